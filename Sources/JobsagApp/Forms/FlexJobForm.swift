import JobsagCore

/// The flex-job form (fleksjob): the employer, the period, the hours a week and the
/// effective hours (hours × intensity) of a flex job, new or edited; what the FJ.* rules
/// count from. The work-capacity assessment and the progression goals have their own forms
/// and are kept. FormTarget: entryID is the flex job edited (nil for a new one).
enum FlexJobForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.flexJobs.first { $0.id == id } }
        let fields: [FormField] = [
            .text("employer", strings.fieldLabel("employer"), existing?.employer ?? "", required: true),
            .date("start", strings.fieldLabel("start"), existing?.start ?? context.today, required: true),
            .date("end", strings.fieldLabel("end"), existing?.end, required: false),
            .number("hoursPerWeek", strings.fieldLabel("hoursPerWeek"), existing?.hoursPerWeek, required: true),
            .number("effectiveHours", strings.fieldLabel("effectiveHours"), existing?.effectiveHoursPerWeek, required: true,
                    hint: strings[form: .hintEffectiveHours]),
        ]
        return FormState(kind: .flexJob, title: strings.formTitle(.flexJob, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "employer")
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "end":
                return FieldChecks.notBefore(form.day("end", context), form.day("start", context), context, .endBeforeStart)
            case "hoursPerWeek":
                return FieldChecks.within(form.number("hoursPerWeek"), WorkCapacityForm.hoursRange, context, .hoursPerWeekRange)
            case "effectiveHours":
                guard let effective = form.number("effectiveHours") else { return nil }
                let hours = form.number("hoursPerWeek") ?? WorkCapacityForm.hoursRange.upperBound
                return (WorkCapacityForm.hoursRange.lowerBound...max(WorkCapacityForm.hoursRange.lowerBound, hours)).contains(effective)
                    ? nil : context.strings[form: .effectiveHoursRange]
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.flexJobs.first { $0.id == id }
            let job = FlexJob(
                id: id, employer: form.text("employer"), start: form.requiredDate("start", today: context.today),
                end: form.optionalDate("end", today: context.today), hoursPerWeek: form.number("hoursPerWeek") ?? 0,
                effectiveHoursPerWeek: form.number("effectiveHours") ?? 0, assessment: previous?.assessment,
                progressionGoals: previous?.progressionGoals)
            item.flexJobs.upsert(job)
            let description = context.strings.format(form: .describeFlexJob, job.employer, job.start.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
