import JobsagCore
import JobsagReview

/// A new spot-check round (ledelsestilsyn): a title, the period the cases must be active
/// in (the last quarter by default), the sample size (15, as the national audits), the
/// seed that draws the same sample again, and the stratification.
enum ReviewRoundForm {
    static func make(context: FormContext) -> FormState {
        let strings = context.strings
        let today = context.today
        let quarter = (today.month - 1) / 3 + 1
        let fields: [FormField] = [
            .text("title", strings.fieldLabel("roundTitle"), strings.format(form: .roundDefaultTitle, quarter, today.year), required: true),
            .date("from", strings.fieldLabel("periodFrom"), today.adding(months: -3)),
            .date("to", strings.fieldLabel("periodTo"), today),
            .number("size", strings.fieldLabel("sampleSize"), 15, required: true),
            .number("seed", strings.fieldLabel("seed"), Double(today.year * 10_000 + today.month * 100 + today.day), required: true,
                    hint: strings[form: .hintSeed]),
            .checkbox("byTargetGroup", strings.fieldLabel("byTargetGroup"), true),
            .checkbox("byCaseworker", strings.fieldLabel("byCaseworker"), true),
        ]
        return FormState(kind: .reviewRound, title: strings.formTitle(.reviewRound, editing: false), caseID: nil, fields: fields, focus: "size")
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "to":
                return FieldChecks.notBefore(form.day("to", context), form.day("from", context), context, .periodEndsBeforeStart)
            case "size":
                guard let size = form.number("size"), size.rounded() == size else { return context.strings[form: .sampleSizeRange] }
                return FieldChecks.within(size, 1...500, context, .sampleSizeRange)
            case "seed":
                guard let seed = form.number("seed"), seed.rounded() == seed else { return context.strings[form: .seedRange] }
                return FieldChecks.within(seed, 0...999_999_999_999, context, .seedRange)
            default:
                return nil
            }
        },
        build: { form, _, context in
            let request = SampleRequest(
                from: form.requiredDate("from", today: context.today), to: form.requiredDate("to", today: context.today),
                size: Int(form.number("size") ?? 15), seed: UInt64(form.number("seed") ?? 0),
                byTargetGroup: form.bool("byTargetGroup"), byCaseworker: form.bool("byCaseworker"))
            return .success(.startRound(title: form.text("title"), request: request))
        })
}
