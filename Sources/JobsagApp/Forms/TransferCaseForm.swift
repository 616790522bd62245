import JobsagCore

/// Transferring a case (overdrag sag) to another caseworker of the store, today. The case
/// moves to the receiver's caseload; both see the transfer in Historik, and the receiver sees
/// the case marked as new until they open it.
enum TransferCaseForm {
    static func make(for item: Case, context: FormContext) -> FormState {
        let strings = context.strings
        let options = context.caseworkers.filter { $0.initials != item.caseworker }
            .map { ChoiceOption(value: $0.initials, label: $0.initials + " " + $0.name) }
        let preferred = options.first { $0.value != context.user }?.value
        var form = FormState(kind: .transferCase, title: strings.formTitle(.transferCase, editing: false), caseID: item.id,
                             fields: [.choice("receiver", strings.fieldLabel("receiver"), options, selected: preferred)])
        form.intro = [FormIntroLine(strings.format(life: .transferIntro, item.citizen.name, item.caseworker))]
        return form
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            guard id == "receiver", var item else { return nil }
            guard form.choice("receiver")?.isEmpty == false else { return context.strings[life: .noOtherCaseworker] }
            do throws(CaseLifeProblem) {
                try item.transfer(id: "check", to: form.choice("receiver") ?? "", on: context.today, by: context.user,
                                  caseworkers: context.caseworkers)
            } catch {
                return context.strings.text(error.message)
            }
            return nil
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let receiver = form.choice("receiver") ?? ""
            guard !receiver.isEmpty else { return .failure(FieldErrors(["receiver": context.strings[life: .noOtherCaseworker]])) }
            do throws(CaseLifeProblem) {
                try item.transfer(id: context.ids.next(), to: receiver, on: context.today, by: context.user, caseworkers: context.caseworkers)
            } catch {
                return .failure(FieldErrors(["receiver": context.strings.text(error.message)]))
            }
            let description = context.strings.format(life: .describeTransferred, item.citizen.name, receiver)
            return .success(.update(item, description: description, action: .update))
        })
}
