import JobsagCore

/// The sentences shared by many rules: missing data, exemptions, regimes, deadline arithmetic.
enum Messages {
    // MARK: Missing data

    static let noEpisode = RuleMessage(
        da: "sagen har intet ydelsesforløb, så målgruppen kan ikke fastlægges",
        en: "the case has no benefit episode, so the target group is unknown")
    static let episodeWithoutStart = RuleMessage(
        da: "ydelsesforløbet har ingen startdato, så målgruppen kan ikke fastlægges",
        en: "the benefit episode has no start date, so the target group is unknown")
    /// "Kan ikke vurderes: {reason}." for a case without an episode to evaluate.
    static func cannotEvaluate(_ reason: RuleMessage) -> RuleMessage {
        RuleMessage(da: "Kan ikke vurderes: {0}.", en: "Cannot be evaluated: {0}.", .message(reason))
    }

    /// "Kan ikke vurderes: ydelsesforløbet fra 01.03.2025 har ingen dato for første
    /// henvendelse.": the episode named by the date it has, and the date it lacks.
    static func cannotEvaluate(_ field: MissingData.Field, in episode: BenefitEpisode?) -> RuleMessage {
        RuleMessage(da: "Kan ikke vurderes: {0} har ingen {1}.", en: "Cannot be evaluated: {0} has no {1}.",
                    .message(name(of: episode)), .localized(field.label))
    }

    /// "ydelsesforløbet fra 01.03.2025", "... med første henvendelse 24.02.2025", or plainly
    /// "ydelsesforløbet" when it has neither date.
    static func name(of episode: BenefitEpisode?) -> RuleMessage {
        if let start = episode?.start {
            return RuleMessage(da: "ydelsesforløbet fra {0}", en: "the benefit episode from {0}", .date(start))
        }
        if let contact = episode?.firstContact {
            return RuleMessage(da: "ydelsesforløbet med første henvendelse {0}", en: "the benefit episode with first contact {0}", .date(contact))
        }
        return RuleMessage(da: "ydelsesforløbet", en: "the benefit episode")
    }

    // MARK: Regimes and exemptions

    static func notYetInForce(label: LocalizedText, anchor: CalendarDate, validFrom: CalendarDate) -> RuleMessage {
        RuleMessage(
            da: "Reglen gælder, når {0} er {1} eller senere; her er {0} {2}, så sagen vurderes efter de regler, der gjaldt dengang.",
            en: "The rule applies when the {0} is {1} or later; here the {0} is {2}, so the case is judged by the rules of that time.",
            .localized(label), .date(validFrom), .date(anchor))
    }

    static func noLongerInForce(label: LocalizedText, anchor: CalendarDate, validTo: CalendarDate) -> RuleMessage {
        RuleMessage(
            da: "Reglen gjaldt, når {0} var før {1}; her er {0} {2}, så senere regler gælder.",
            en: "The rule applied when the {0} was before {1}; here the {0} is {2}, so later rules apply.",
            .localized(label), .date(validTo), .date(anchor))
    }

    static func regimeEnded(validTo: CalendarDate, finding: RuleMessage) -> RuleMessage {
        RuleMessage(
            da: "Reglen ophørte {0} og gælder ikke længere: {1}",
            en: "The rule ended on {0} and no longer applies: {1}",
            .date(validTo), .message(finding))
    }

    static func caseClosed(on date: CalendarDate, finding: RuleMessage) -> RuleMessage {
        RuleMessage(
            da: "Sagen blev lukket {0}; intet forfalder derefter: {1}",
            en: "The case was closed on {0}; nothing falls due after that: {1}",
            .date(date), .message(finding))
    }

    static func exempt(_ exemption: Exemption) -> RuleMessage {
        if let to = exemption.to {
            return RuleMessage(
                da: "Fritaget: {0} ({1}–{2}, besluttet af {3}).", en: "Exempt: {0} ({1} to {2}, decided by {3}).",
                .text(exemption.reason), .date(exemption.from), .date(to), .text(exemption.decidedBy))
        }
        return RuleMessage(
            da: "Fritaget: {0} (fra {1}, besluttet af {2}).", en: "Exempt: {0} (from {1}, decided by {2}).",
            .text(exemption.reason), .date(exemption.from), .text(exemption.decidedBy))
    }

    /// "12 samtaler opfylder kravet." for the met entries of a per-entry rule.
    static func aggregatedMet(_ count: Int, subject: EntryKind?) -> RuleMessage {
        let noun: LocalizedText
        switch subject {
        case .conversation?: noun = count == 1 ? LocalizedText(da: "samtale", en: "conversation") : LocalizedText(da: "samtaler", en: "conversations")
        case .offer?: noun = LocalizedText(da: "tilbud", en: count == 1 ? "offer" : "offers")
        case .absence?: noun = count == 1 ? LocalizedText(da: "udeblivelse", en: "absence") : LocalizedText(da: "udeblivelser", en: "absences")
        default: noun = LocalizedText(da: "registreringer", en: count == 1 ? "entry" : "entries")
        }
        return RuleMessage(
            da: "{0} {1} opfylder kravet.",
            en: count == 1 ? "{0} {1} meets the requirement." : "{0} {1} meet the requirement.",
            .number(count), .localized(noun))
    }

    // MARK: Deadline arithmetic

    /// "episodestart 08.01.2024 + 6 måneder = 08.07.2024"
    static func plusMonths(_ label: LocalizedText, _ anchor: CalendarDate, _ months: Int) -> RuleMessage {
        RuleMessage(
            da: "{0} {1} + {2} = {3}", en: "{0} {1} + {2} = {3}",
            .localized(label), .date(anchor), Wording.months(months), .date(anchor.adding(months: months)))
    }

    /// "episodestart 08.01.2024 + 6 måneder = 08.07.2024; sidste dag 07.07.2024"
    static func firstMonths(_ label: LocalizedText, _ anchor: CalendarDate, _ months: Int) -> RuleMessage {
        let end = anchor.adding(months: months)
        return RuleMessage(
            da: "{0} {1} + {2} = {3}; sidste dag {4}", en: "{0} {1} + {2} = {3}; last day {4}",
            [.localized(label), .date(anchor), Wording.months(months), .date(end), .date(end.adding(days: -1))])
    }

    /// "første henvendelse 02.09.2024 + 7 dage = 09.09.2024"
    static func plusDays(_ label: LocalizedText, _ anchor: CalendarDate, _ days: Int) -> RuleMessage {
        RuleMessage(
            da: "{0} {1} + {2} = {3}", en: "{0} {1} + {2} = {3}",
            .localized(label), .date(anchor), Wording.days(days), .date(anchor.adding(days: days)))
    }

    /// "første henvendelse 02.09.2024 + 1 uge = 09.09.2024"
    static func plusWeeks(_ label: LocalizedText, _ anchor: CalendarDate, _ weeks: Int) -> RuleMessage {
        RuleMessage(
            da: "{0} {1} + {2} = {3}", en: "{0} {1} + {2} = {3}",
            .localized(label), .date(anchor), Wording.weeks(weeks), .date(anchor.adding(weeks: weeks)))
    }

    /// "12 måneder til og med 20.06.2024: 21.06.2023–20.06.2024"
    static func rollingWindow(from start: CalendarDate, to end: CalendarDate, months: Int) -> RuleMessage {
        RuleMessage(
            da: "{0} til og med {1}: {2}–{1}", en: "{0} up to and including {1}: {2} to {1}",
            Wording.months(months), .date(end), .date(start))
    }

    // MARK: Common labels

    static let episodeStartLabel = LocalizedText(da: "episodestart", en: "episode start")
    static let firstContactLabel = LocalizedText(da: "første henvendelse", en: "first contact")
    static let arrivalLabel = LocalizedText(da: "tilflytning", en: "arrival")
}
