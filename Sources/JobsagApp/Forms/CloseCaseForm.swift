import JobsagCore

/// Closing a case (luk sag): the day (today by default), the reason and a note (required for
/// "andet"). The rules stop at the closing day and the case leaves the caseload; the quick
/// filter "Lukkede sager" shows it, and the same key reopens it.
enum CloseCaseForm {
    static func make(for item: Case, context: FormContext) -> FormState {
        let strings = context.strings
        let fields: [FormField] = [
            .date("closingDate", strings.fieldLabel("closingDate"), context.today),
            .choice("closingReason", strings.fieldLabel("closingReason"), strings.options(CaseClosing.Reason.self), selected: nil),
            .text("closingNote", strings.fieldLabel("closingNote"), "", hint: strings[life: .noteHint]),
        ]
        var form = FormState(kind: .closeCase, title: strings.formTitle(.closeCase, editing: false), caseID: item.id, fields: fields)
        form.intro = [FormIntroLine(strings.format(life: .closeIntro, item.citizen.name))]
        return form
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            guard let item, let closing = closing(form, context) else { return nil }
            var copy = item
            do throws(CaseLifeProblem) {
                try copy.close(id: "check", on: closing.date, reason: closing.reason, note: closing.note, by: context.user, today: context.today)
            } catch {
                return field(of: error) == id ? context.strings.text(error.message) : nil
            }
            return nil
        },
        build: { form, item, context in
            guard var item, let closing = closing(form, context) else { return missingCase }
            do throws(CaseLifeProblem) {
                try item.close(id: context.ids.next(), on: closing.date, reason: closing.reason, note: closing.note,
                               by: context.user, today: context.today)
            } catch {
                return .failure(FieldErrors([field(of: error): context.strings.text(error.message)]))
            }
            let description = context.strings.format(life: .describeClosed, item.citizen.name, closing.date.danish)
            return .success(.update(item, description: description, action: .update))
        })

    /// The values typed, once the day is a valid date.
    private static func closing(_ form: FormState, _ context: FormContext) -> (date: CalendarDate, reason: CaseClosing.Reason, note: String)? {
        guard let date = form.day("closingDate", context) else { return nil }
        return (date, form.value("closingReason", as: CaseClosing.Reason.self) ?? .other, form.text("closingNote"))
    }

    /// The field a problem is shown at.
    private static func field(of problem: CaseLifeProblem) -> String {
        problem == .reasonNeedsNote ? "closingNote" : "closingDate"
    }
}
