import JobsagCore

/// The visitation form: the readiness category decided on a date, with its professional
/// justification (required unless the result is uddannelsesparat, UH.VISITATION); the
/// categories offered are those the benefit allows.
enum VisitationForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.visitations.first { $0.id == id } }
        let date = existing?.date ?? context.today
        let episode = item.episode(on: date) ?? item.currentEpisode
        let allowed = episode?.benefit.allowedCategories ?? []
        let current = existing?.category ?? episode.flatMap { item.category(in: $0, on: date) }
        let fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), date),
            .choice("category", strings.fieldLabel("category"),
                    allowed.map { ChoiceOption(value: $0.rawValue, label: strings.label($0)) }, selected: current?.rawValue),
            .text("justification", strings.fieldLabel("justification"), existing?.justification ?? "", multiline: true,
                  hint: strings[form: .hintJustification]),
        ]
        var form = FormState(kind: .visitation, title: strings.formTitle(.visitation, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields, focus: "category")
        if allowed.isEmpty { form.errors["category"] = noCategories(item, on: date, strings) }
        return form
    }

    /// Why no category can be chosen: no episode, or a benefit without categories.
    static func noCategories(_ item: Case?, on date: CalendarDate?, _ strings: Strings) -> String {
        guard let item else { return strings[form: .chooseCategory] }
        guard let episode = date.flatMap({ item.episode(on: $0) }) ?? item.currentEpisode else { return strings[form: .noEpisode] }
        return strings.format(form: .benefitHasNoCategories, strings.label(episode.benefit))
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            let date = form.day("date", context)
            switch id {
            case "date":
                if let problem = FieldChecks.notInFuture(date, context) { return problem }
                if let item, let date, item.episode(on: date) == nil {
                    return context.strings.format(form: .noEpisodeOn, date.danish)
                }
            case "category":
                guard let category = form.value("category", as: ReadinessCategory.self) else {
                    return noCategories(item, on: date, context.strings)
                }
                if let item, let date, let episode = item.episode(on: date), !episode.benefit.allowedCategories.contains(category) {
                    return context.strings.format(form: .categoryNotAllowed, context.strings.label(category),
                                                  context.strings.label(episode.benefit))
                }
            case "justification":
                if form.choice("category") != ReadinessCategory.uddannelsesparat.rawValue, form.text("justification").isEmpty {
                    return context.strings[form: .justificationRequired]
                }
            default:
                break
            }
            return nil
        },
        build: { form, item, context in
            guard var item, let category = form.value("category", as: ReadinessCategory.self) else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.visitations.first { $0.id == id }
            let visitation = Visitation(
                id: id, date: form.requiredDate("date", today: context.today), category: category,
                justification: form.text("justification"), decidedBy: previous?.decidedBy ?? context.user)
            item.visitations.upsert(visitation)
            return .success(.update(item, description: describe(visitation, context.strings), action: .update))
        })

    static func describe(_ visitation: Visitation, _ strings: Strings) -> String {
        strings.format(form: .describeVisitation, visitation.date.danish, strings.label(visitation.category))
    }
}
