import JobsagCore

/// The step form (trin i uddannelsespålæg): pick the injunction and the step, move its
/// deadline (a moved deadline needs a reason and is kept in the step's history,
/// UH.PAALAEG.FRIST) and mark it completed. FormTarget: parentID is the injunction, entryID
/// the step number.
enum InjunctionStepForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let named = target.parentID.flatMap { id in item.injunctions.first { $0.id == id } }
        let injunction = named ?? item.injunctions.max { ($0.given, $0.id) < ($1.given, $1.id) }
        // A step is edited only on the injunction it was chosen on, never on another one
        // when that one is gone (deleted since the form opened).
        let owner = target.parentID == nil ? injunction : named
        let chosen = target.entryID.flatMap(Int.init).flatMap { number in owner?.steps.first { $0.number == number } }
        let step = chosen ?? injunction?.steps.first { $0.completed == nil } ?? injunction?.steps.last
        let fields: [FormField] = [
            .choice("injunction", strings.fieldLabel("injunction"), injunctionOptions(item, strings), selected: injunction?.id),
            .choice("step", strings.fieldLabel("step"), InjunctionForm.stepNumbers.map {
                ChoiceOption(value: String($0), label: stepLabel($0, strings))
            }, selected: step.map { String($0.number) }),
            .date("deadline", strings.fieldLabel("deadline"), step?.deadline, hint: strings[form: .hintMoveDeadline]),
            .text("reason", strings.fieldLabel("deadlineReason"), ""),
            .date("completed", strings.fieldLabel("completed"), step?.completed, required: false, hint: strings[form: .hintCompleted]),
        ]
        var form = FormState(kind: .injunctionStep, title: strings.formTitle(.injunctionStep, editing: chosen != nil),
                             caseID: item.id, entryID: chosen.map { String($0.number) }, fields: fields,
                             focus: item.injunctions.isEmpty ? "injunction" : "deadline")
        if item.injunctions.isEmpty { form.errors["injunction"] = strings[form: .noInjunction] }
        return form
    }

    static func injunctionOptions(_ item: Case, _ strings: Strings) -> [ChoiceOption] {
        item.injunctions.sorted { ($0.given, $0.id) > ($1.given, $1.id) }.map { injunction in
            let education = injunction.education.isEmpty ? "" : " · " + injunction.education
            return ChoiceOption(value: injunction.id, label: strings.format(form: .injunctionOf, injunction.given.danish) + education)
        }
    }

    /// "Trin 2: søg optagelse".
    static func stepLabel(_ number: Int, _ strings: Strings) -> String {
        let names: [FormText] = [.step1Name, .step2Name, .step3Name]
        return strings.format(form: .stepNumber, number) + (number - 1 < names.count ? ": " + strings[form: names[number - 1]] : "")
    }

    /// The chosen injunction and step as stored.
    static func chosen(_ form: FormState, in item: Case?) -> (EducationInjunction, EducationInjunction.Step)? {
        guard let injunction = form.choice("injunction").flatMap({ id in item?.injunctions.first { $0.id == id } }),
              let number = form.choice("step").flatMap(Int.init),
              let step = injunction.steps.first(where: { $0.number == number })
        else { return nil }
        return (injunction, step)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            let strings = context.strings
            switch id {
            case "injunction":
                guard let chosen = form.choice("injunction") else { return strings[form: .noInjunction] }
                if let item, !item.injunctions.contains(where: { $0.id == chosen }) { return strings[form: .injunctionGone] }
            case "step":
                if let item, let injunction = form.choice("injunction").flatMap({ id in item.injunctions.first { $0.id == id } }),
                   let number = form.choice("step").flatMap(Int.init), !injunction.steps.contains(where: { $0.number == number }) {
                    return strings.format(form: .stepMissing, number)
                }
            case "deadline":
                guard case let (injunction, _)? = chosen(form, in: item) else { return nil }
                return FieldChecks.notBefore(form.day("deadline", context), injunction.given, context, .stepBeforeGiven)
            case "reason":
                guard case let (_, step)? = chosen(form, in: item), let deadline = form.day("deadline", context),
                      deadline != step.deadline, form.text("reason").isEmpty
                else { return nil }
                return strings.format(form: .deadlineReasonRequired, step.deadline.danish)
            case "completed":
                if let problem = FieldChecks.notInFuture(form.day("completed", context), context) { return problem }
                guard case let (injunction, _)? = chosen(form, in: item) else { return nil }
                return FieldChecks.notBefore(form.day("completed", context), injunction.given, context, .completedBeforeGiven)
            default:
                break
            }
            return nil
        },
        build: { form, item, context in
            guard var item, case let (injunction, step)? = chosen(form, in: item),
                  let index = item.injunctions.firstIndex(where: { $0.id == injunction.id }),
                  let stepIndex = injunction.steps.firstIndex(where: { $0.number == step.number })
            else { return missingCase }
            var changed = step
            let deadline = form.requiredDate("deadline", today: context.today)
            if deadline != step.deadline {
                changed.deadlineChanges.append(EducationInjunction.DeadlineChange(
                    changedOn: context.today, previousDeadline: step.deadline, newDeadline: deadline, reason: form.text("reason")))
                changed.deadline = deadline
            }
            changed.completed = form.day("completed", context)
            item.injunctions[index].steps[stepIndex] = changed
            let description = context.strings.format(form: .describeStep, step.number, injunction.given.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
