import JobsagCore

/// The work-capacity form (vurdering af arbejdsevnen i fleksjob, FJ.ARBEJDSEVNE and
/// FJ.TIMER): on one of the case's flex jobs, the day the capacity was assessed, the hours
/// and intensity, whether it was decided in writing with complaint guidance, and why the
/// job's hours differ from the assessment. Flex jobs themselves are not created here.
/// FormTarget: entryID is the flex job.
enum WorkCapacityForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let named = target.entryID.flatMap { id in item.flexJobs.first { $0.id == id } }
        let job = named ?? item.flexJobs.first { $0.assessment == nil } ?? item.flexJobs.max { ($0.start, $0.id) < ($1.start, $1.id) }
        let assessment = job?.assessment
        let fields: [FormField] = [
            .choice("flexJob", strings.fieldLabel("flexJob"), FlexJobProgressionForm.jobOptions(item, strings), selected: job?.id),
            .date("assessed", strings.fieldLabel("capacityAssessed"), assessment?.date ?? context.today),
            .number("assessedHours", strings.fieldLabel("capacityHours"), assessment?.hoursPerWeek, required: true),
            .number("intensity", strings.fieldLabel("capacityIntensity"), assessment.map { Double($0.intensityPercent) }, required: true),
            .checkbox("writtenDecision", strings.fieldLabel("writtenDecision"), assessment?.writtenDecision ?? false),
            .checkbox("complaintGuidance", strings.fieldLabel("complaintGuidance"), assessment?.complaintGuidance ?? false),
            .text("hoursDifferenceReason", strings.fieldLabel("hoursDifferenceReason"), assessment?.hoursDifferenceReason ?? "",
                  multiline: true, hint: strings[form: .hintHoursDifferenceReason]),
        ]
        var form = FormState(kind: .workCapacity, title: strings.formTitle(.workCapacity, editing: assessment != nil),
                             caseID: item.id, entryID: named?.id, fields: fields, focus: item.flexJobs.isEmpty ? "flexJob" : "assessed")
        if item.flexJobs.isEmpty { form.errors["flexJob"] = strings[form: .noFlexJob] }
        return form
    }

    static let hoursRange: ClosedRange<Double> = 0.01...60
    static let intensityRange: ClosedRange<Double> = 1...100

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            switch id {
            case "flexJob":
                guard let chosen = form.choice("flexJob") else { return context.strings[form: .noFlexJob] }
                if let item, !item.flexJobs.contains(where: { $0.id == chosen }) { return context.strings[form: .flexJobGone] }
                return nil
            case "assessed":
                return FieldChecks.notInFuture(form.day("assessed", context), context)
            case "assessedHours":
                return FieldChecks.within(form.number("assessedHours"), hoursRange, context, .hoursPerWeekRange)
            case "intensity":
                return FieldChecks.within(form.number("intensity"), intensityRange, context, .intensityRange)
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item, let id = form.choice("flexJob"), let index = item.flexJobs.firstIndex(where: { $0.id == id }) else {
                return missingCase
            }
            let intensity = min(max(form.number("intensity") ?? intensityRange.upperBound, intensityRange.lowerBound), intensityRange.upperBound)
            item.flexJobs[index].assessment = FlexJob.WorkCapacityAssessment(
                date: form.requiredDate("assessed", today: context.today), hoursPerWeek: form.number("assessedHours") ?? 0,
                intensityPercent: Int(intensity.rounded()), writtenDecision: form.bool("writtenDecision"),
                complaintGuidance: form.bool("complaintGuidance"), hoursDifferenceReason: form.text("hoursDifferenceReason"))
            let job = item.flexJobs[index]
            let description = context.strings.format(form: .describeWorkCapacity, job.employer, job.start.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
