import JobsagCore

/// The rehabilitation-team form (rehabiliteringsteamets indstilling, FJ.REHAB): the day of
/// the recommendation and the employment goal, the kinds of job and the accommodation needs
/// it states, all of which the rule needs. FormTarget: entryID is the recommendation edited.
enum RehabilitationRecommendationForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.rehabilitationRecommendations.first { $0.id == id } }
        let fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), existing?.date ?? context.today),
            .text("employmentGoal", strings.fieldLabel("employmentGoal"), existing?.employmentGoal ?? "", required: true),
            .text("jobKinds", strings.fieldLabel("jobKinds"), existing?.jobKinds ?? "", required: true, multiline: true,
                  hint: strings[.hintMultiline]),
            .text("accommodations", strings.fieldLabel("accommodations"), existing?.accommodations ?? "", required: true,
                  multiline: true, hint: strings[.hintMultiline]),
        ]
        return FormState(kind: .rehabilitationRecommendation, title: strings.formTitle(.rehabilitationRecommendation, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            id == "date" ? FieldChecks.notInFuture(form.day("date", context), context) : nil
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let recommendation = RehabilitationRecommendation(
                id: form.entryID ?? context.ids.next(), date: form.requiredDate("date", today: context.today),
                employmentGoal: form.text("employmentGoal"), jobKinds: form.text("jobKinds"), accommodations: form.text("accommodations"))
            item.rehabilitationRecommendations.upsert(recommendation)
            let description = context.strings.format(form: .describeRehabilitationRecommendation, recommendation.date.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
