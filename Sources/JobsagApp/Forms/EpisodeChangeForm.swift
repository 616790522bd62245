import JobsagCore

/// The benefit-episode form (ydelsesforløb). New: a change of benefit starts a new episode
/// and the open one ends the day before. Edited: the episode's own facts; a closed episode
/// also shows its end, and moving a start moves the end of the episode just before it.
enum EpisodeChangeForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.episodes.first { $0.id == id } }
        let benefit = existing?.benefit ?? item.currentEpisode?.benefit ?? .kontanthjaelp
        var fields = EpisodeFields.fields(existing, benefit: benefit, start: existing?.start ?? context.today, strings: strings)
        if let existing, existing.end != nil {
            fields.append(.date("end", strings.fieldLabel("episodeEnd"), existing.end, required: false))
        }
        return FormState(kind: .episodeChange, title: strings.formTitle(.episodeChange, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    /// The episode before the one being edited, or the open one before a new episode.
    static func previous(_ form: FormState, in item: Case) -> BenefitEpisode? {
        guard let id = form.entryID else { return item.openEpisode }
        guard let index = item.episodes.firstIndex(where: { $0.id == id }), index > 0 else { return nil }
        return item.episodes[index - 1]
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            switch id {
            case "start":
                guard let item, let start = form.day("start", context), let previous = previous(form, in: item),
                      let previousStart = previous.start, start <= previousStart
                else { return nil }
                return context.strings.format(form: .episodeStartsTooEarly, previousStart.danish)
            case "end":
                return FieldChecks.notBefore(form.day("end", context), form.day("start", context), context, .endBeforeStart)
            default:
                return EpisodeFields.problem(id, form, context)
            }
        },
        warnings: { id, form, item, context in
            guard id == "benefit", form.entryID == nil, let open = item?.openEpisode,
                  open.benefit == form.value("benefit", as: Benefit.self)
            else { return nil }
            return context.strings[form: .sameBenefit]
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let start = form.day("start", context)
            if let id = form.entryID, let index = item.episodes.firstIndex(where: { $0.id == id }) {
                let old = item.episodes[index]
                let end = old.end == nil ? nil : form.day("end", context)
                item.episodes[index] = EpisodeFields.episode(id: id, from: form, context: context, end: end)
                if index > 0, let oldStart = old.start, let start, item.episodes[index - 1].end == oldStart.adding(days: -1) {
                    item.episodes[index - 1].end = start.adding(days: -1)
                }
                return .success(.update(item, description: describe(item.episodes[index], context.strings), action: .update))
            }
            if let start, let open = item.episodes.lastIndex(where: { $0.end == nil }) {
                item.episodes[open].end = start.adding(days: -1)
            }
            let episode = EpisodeFields.episode(id: context.ids.next(), from: form, context: context, end: nil)
            item.episodes.append(episode)
            return .success(.update(item, description: describe(episode, context.strings), action: .update))
        })

    static func describe(_ episode: BenefitEpisode, _ strings: Strings) -> String {
        strings.format(form: .describeEpisode, strings.label(episode.benefit), Format(strings: strings).long(episode.start))
    }
}
