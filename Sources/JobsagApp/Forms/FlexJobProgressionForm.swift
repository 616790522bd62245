import JobsagCore

/// The progression-goals form (progressionsmål i fleksjob): pick one of the case's flex jobs
/// and write the progression goals agreed in it (FJ.PROGRESSION, for a job under 10
/// effective hours a week). It edits only that field; flex jobs themselves are not created
/// here. FormTarget: entryID is the flex job.
enum FlexJobProgressionForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let named = target.entryID.flatMap { id in item.flexJobs.first { $0.id == id } }
        let job = named ?? defaultJob(in: item)
        let fields: [FormField] = [
            .choice("flexJob", strings.fieldLabel("flexJob"), jobOptions(item, strings), selected: job?.id),
            .text("progressionGoals", strings.fieldLabel("progressionGoals"), job?.progressionGoals ?? "", required: true,
                  multiline: true, hint: strings[form: .hintProgressionGoals]),
        ]
        var form = FormState(kind: .flexJobProgression, title: strings.formTitle(.flexJobProgression, editing: named != nil),
                             caseID: item.id, entryID: named?.id, fields: fields,
                             focus: item.flexJobs.isEmpty ? "flexJob" : "progressionGoals")
        if item.flexJobs.isEmpty { form.errors["flexJob"] = strings[form: .noFlexJob] }
        return form
    }

    /// The job the form opens on: the latest one under 10 effective hours without goals (the
    /// one FJ.PROGRESSION asks about), else the latest one.
    static func defaultJob(in item: Case) -> FlexJob? {
        let latestFirst = item.flexJobs.sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        return latestFirst.first { $0.effectiveHoursPerWeek < 10 && ($0.progressionGoals ?? "").trimmingWhitespace().isEmpty } ?? latestFirst.first
    }

    /// "Bageriet fra 01.03.2024", latest first.
    static func jobOptions(_ item: Case, _ strings: Strings) -> [ChoiceOption] {
        item.flexJobs.sorted { ($0.start, $0.id) > ($1.start, $1.id) }.map { job in
            ChoiceOption(value: job.id, label: strings.format(form: .flexJobOf, job.employer, job.start.danish))
        }
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            guard id == "flexJob" else { return nil }
            guard let chosen = form.choice("flexJob") else { return context.strings[form: .noFlexJob] }
            if let item, !item.flexJobs.contains(where: { $0.id == chosen }) { return context.strings[form: .flexJobGone] }
            return nil
        },
        build: { form, item, context in
            guard var item, let id = form.choice("flexJob"), let index = item.flexJobs.firstIndex(where: { $0.id == id }) else {
                return missingCase
            }
            item.flexJobs[index].progressionGoals = form.text("progressionGoals")
            let job = item.flexJobs[index]
            let description = context.strings.format(form: .describeProgressionGoals, job.employer, job.start.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
