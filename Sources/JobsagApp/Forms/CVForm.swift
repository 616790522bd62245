import JobsagCore

/// The CV form (CV på Jobnet, PL.CV and PL.CV.AAUP): the day the citizen's CV was registered
/// on Jobnet and the day it was made visible to employers. A case has one CV, so the form
/// records it or, when there is one, edits it.
enum CVForm {
    static func make(for item: Case, context: FormContext) -> FormState {
        let strings = context.strings
        let fields: [FormField] = [
            .date("registered", strings.fieldLabel("cvRegistered"), item.cv?.registered ?? context.today,
                  hint: strings[form: .hintCVRegistered]),
            .date("visibleToEmployers", strings.fieldLabel("cvVisibleToEmployers"), item.cv?.visibleToEmployers, required: false,
                  hint: strings[form: .hintCVVisible]),
        ]
        return FormState(kind: .cv, title: strings.formTitle(.cv, editing: item.cv != nil), caseID: item.id, fields: fields)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "registered":
                return FieldChecks.notInFuture(form.day("registered", context), context)
            case "visibleToEmployers":
                return FieldChecks.notInFuture(form.day("visibleToEmployers", context), context)
                    ?? FieldChecks.notBefore(form.day("visibleToEmployers", context), form.day("registered", context), context, .visibleBeforeRegistered)
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let cv = JobnetCV(registered: form.requiredDate("registered", today: context.today),
                              visibleToEmployers: form.optionalDate("visibleToEmployers", today: context.today))
            item.cv = cv
            return .success(.update(item, description: context.strings.format(form: .describeCV, cv.registered.danish), action: .update))
        })
}
