import JobsagCore

/// The journal note form (journalnotat): a subject and the text, dated today and written in
/// the user's name. It writes a new note, edits the user's own note of today, or writes a
/// correction: a new note naming the fixed note it corrects (`FormTarget.parentID`), which
/// stays as it is.
enum JournalNoteForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = target.entryID.flatMap { id in item.notes.first { $0.id == id } }
        let corrected = existing == nil ? target.parentID.flatMap { id in item.notes.first { $0.id == id } } : nil
        let subject = existing?.subject ?? corrected.map { strings.format(journal: .correctionSubject, $0.subject) } ?? ""
        let fields: [FormField] = [
            .text("subject", strings.fieldLabel("subject"), subject, required: true),
            .text("text", strings.fieldLabel("text"), existing?.text ?? "", required: true, multiline: true, hint: strings[.hintMultiline]),
        ]
        var form = FormState(kind: .journalNote, title: strings.formTitle(.journalNote, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields, focus: subject.isEmpty ? "subject" : "text")
        let text = EntryText(strings: strings, asOf: context.today)
        if let corrected {
            form.title = strings[journal: .correctionTitle]
            form.intro.append(FormIntroLine(strings.format(journal: .correctionIntro, text.describe(corrected), corrected.author)))
        }
        let date = Format(strings: strings).withWeekday(existing?.date ?? context.today)
        form.intro.append(FormIntroLine(strings.format(journal: existing == nil ? .newNoteIntro : .editNoteIntro, date, existing?.author ?? context.user)))
        return form
    }

    /// The subject and the text are required (the generic check); an edited note keeps its
    /// day, author and the note it corrects.
    static let spec = FormSpec(apply: { form, item, context in
        guard var item else { return missingCase }
        let id = form.entryID ?? context.ids.next()
        let previous = item.notes.first { $0.id == id }
        let note = JournalNote(
            id: id, date: previous?.date ?? context.today, author: previous?.author ?? context.user,
            subject: form.text("subject"), text: form.text("text"), corrects: previous?.corrects ?? form.target?.parentID)
        item.notes.upsert(note)
        let description = EntryText(strings: context.strings, asOf: context.today).describe(note)
        return .success(.update(item, description: description, action: .update))
    })
}
