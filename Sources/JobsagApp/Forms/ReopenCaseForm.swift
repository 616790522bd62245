import JobsagCore

/// Reopening a closed case (genåbn sag): the day (today by default). The closing stays in the
/// case as history; the rules run again from the reopening on.
enum ReopenCaseForm {
    static func make(for item: Case, context: FormContext) -> FormState {
        let strings = context.strings
        var form = FormState(kind: .reopenCase, title: strings.formTitle(.reopenCase, editing: false), caseID: item.id,
                             fields: [.date("reopenDate", strings.fieldLabel("reopenDate"), context.today)])
        if let closing = item.currentClosing {
            form.intro = [FormIntroLine(strings.format(
                life: .reopenIntro, item.citizen.name, closing.date.danish, strings.closingReason(closing), closing.closedBy))]
        }
        return form
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            guard id == "reopenDate", var item, let date = form.day("reopenDate", context) else { return nil }
            do throws(CaseLifeProblem) {
                try item.reopen(on: date, by: context.user, today: context.today)
            } catch {
                return context.strings.text(error.message)
            }
            return nil
        },
        build: { form, item, context in
            guard var item, let date = form.day("reopenDate", context) else { return missingCase }
            do throws(CaseLifeProblem) {
                try item.reopen(on: date, by: context.user, today: context.today)
            } catch {
                return .failure(FieldErrors(["reopenDate": context.strings.text(error.message)]))
            }
            let description = context.strings.format(life: .describeReopened, item.citizen.name, date.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
