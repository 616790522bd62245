import JobsagCore

/// The caseworker's own reminder (påmindelse): a due date (a week ahead by default) and a
/// text; or, as `followUpAction`, a spot-check's follow-up action for the caseworker (two
/// weeks ahead, tied to the round being reviewed). Editing keeps whether and when it was
/// done, who made it, and its round.
enum ReminderForm {
    static func make(_ kind: FormKind, for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.reminders.first { $0.id == id } }
        let ahead = kind == .followUpAction ? 14 : 7
        let fields: [FormField] = [
            .date("due", strings.fieldLabel("due"), existing?.due ?? context.today.adding(days: ahead)),
            .text("text", strings.fieldLabel(kind == .followUpAction ? "followUpText" : "reminderText"), existing?.text ?? "", required: true),
        ]
        return FormState(kind: kind, title: strings.formTitle(kind, editing: existing != nil),
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
                                    reviewRoundID: previous?.reviewRoundID ?? (form.kind == .followUpAction ? context.reviewRoundID : nil))
            item.reminders.upsert(reminder)
            return .success(.update(item, description: context.strings.format(.describeReminder, reminder.text), action: .update))
        })
}
