import JobsagCore

/// The caseworker's own reminder (påmindelse): a due date (a week ahead by default) and a
/// text. Editing keeps whether and when it was done, and who made it.
enum ReminderForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.reminders.first { $0.id == id } }
        let fields: [FormField] = [
            .date("due", strings.fieldLabel("due"), existing?.due ?? context.today.adding(days: 7)),
            .text("text", strings.fieldLabel("reminderText"), existing?.text ?? "", required: true),
        ]
        return FormState(kind: .reminder, title: strings.formTitle(.reminder, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "text")
    }

    static let spec = FormSpec.checked(
        rules: { _, _, _, _ in nil },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.reminders.first { $0.id == id }
            let reminder = Reminder(id: id, due: form.requiredDate("due", today: context.today), text: form.text("text"),
                                    done: previous?.done, createdBy: previous?.createdBy ?? context.user,
                                    reviewRoundID: previous?.reviewRoundID)
            item.reminders.upsert(reminder)
            return .success(.update(item, description: context.strings.format(.describeReminder, reminder.text), action: .update))
        })
}
