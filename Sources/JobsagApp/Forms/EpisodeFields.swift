import JobsagCore

/// The fields of a benefit episode, shared by the new-case form and the episode form:
/// benefit, a category field per categorised benefit (only the one of the chosen benefit
/// shows, with only the categories that benefit allows), start, first contact
/// (kontanthjælp and uddannelseshjælp), arrival and integration programme (S&H).
enum EpisodeFields {
    /// The benefits with readiness categories, each with its own category field.
    static let categorised: [Benefit] = Benefit.allCases.filter(\.hasReadinessCategory)
    /// The benefits whose first conversation is due a week after the first contact.
    static let withFirstContact: Set<String> = [Benefit.kontanthjaelp.rawValue, Benefit.uddannelseshjaelp.rawValue]
    static let integration: Set<String> = [Benefit.selvforsoergelsesydelse.rawValue]

    static func categoryFieldID(_ benefit: Benefit) -> String {
        "category." + benefit.rawValue
    }

    /// The category a new episode of `benefit` starts with (RULES.md §2: uddannelsesparat
    /// for uddannelseshjælp, jobparat otherwise).
    static func defaultCategory(_ benefit: Benefit) -> ReadinessCategory? {
        benefit == .uddannelseshjaelp ? .uddannelsesparat : benefit.allowedCategories.first
    }

    static func fields(_ episode: BenefitEpisode?, benefit: Benefit, start: CalendarDate?, strings: Strings) -> [FormField] {
        var fields: [FormField] = [
            .choice("benefit", strings.fieldLabel("benefit"), strings.options(Benefit.self), selected: benefit.rawValue),
        ]
        for categorised in categorised {
            let options = categorised.allowedCategories.map { ChoiceOption(value: $0.rawValue, label: strings.label($0)) }
            let selected = episode?.benefit == categorised ? episode?.category : defaultCategory(categorised)
            fields.append(.choice(categoryFieldID(categorised), strings.fieldLabel("category"), options, selected: selected?.rawValue,
                                  visibleWhen: FieldCondition("benefit", in: [categorised.rawValue])))
        }
        fields += [
            .date("start", strings.fieldLabel("episodeStart"), start, hint: strings[form: .hintEpisodeStart]),
            .date("firstContact", strings.fieldLabel("firstContact"), episode == nil ? start : episode?.firstContact,
                  visibleWhen: FieldCondition("benefit", in: withFirstContact), hint: strings[form: .hintFirstContact]),
            .date("arrivalDate", strings.fieldLabel("arrivalDate"), episode?.arrivalDate, required: false,
                  visibleWhen: FieldCondition("benefit", in: integration)),
            .checkbox("integrationProgramme", strings.fieldLabel("integrationProgramme"), episode?.inIntegrationProgramme ?? false,
                      visibleWhen: FieldCondition("benefit", in: integration)),
        ]
        return fields
    }

    /// The rules of the episode fields.
    static func problem(_ id: String, _ form: FormState, _ context: FormContext) -> String? {
        switch id {
        case "firstContact":
            return FieldChecks.notInFuture(form.day("firstContact", context), context, .firstContactInFuture)
        default:
            return nil
        }
    }

    /// The episode the fields describe (the end is the caller's).
    static func episode(id: EntryID, from form: FormState, context: FormContext, end: CalendarDate?) -> BenefitEpisode {
        let benefit = form.value("benefit", as: Benefit.self) ?? .kontanthjaelp
        let category = benefit.hasReadinessCategory ? form.value(categoryFieldID(benefit), as: ReadinessCategory.self) : nil
        let isIntegration = benefit == .selvforsoergelsesydelse
        return BenefitEpisode(
            id: id, benefit: benefit, category: category, start: form.day("start", context), end: end,
            firstContact: withFirstContact.contains(benefit.rawValue) ? form.day("firstContact", context) : nil,
            arrivalDate: isIntegration ? form.day("arrivalDate", context) : nil,
            inIntegrationProgramme: isIntegration && form.bool("integrationProgramme"))
    }
}
