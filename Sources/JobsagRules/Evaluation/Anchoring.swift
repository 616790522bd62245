import JobsagCore

/// One point a rule counts from in a case: a date (or why it is missing) and, for rules
/// evaluated per entry, the entry.
struct RuleAnchor {
    /// The anchor date; nil when the case lacks it (the rule cannot be evaluated).
    var date: CalendarDate?
    /// The entry the obligation is about, for per-entry rules.
    var subjectID: EntryID?
    /// The subject's position in the facts' sorted list (for per-entry rules), else 0.
    var index: Int
    /// Which date of the episode `date` would come from is missing (its start, first contact, arrival).
    var missing: MissingData.Field?

    init(date: CalendarDate?, subjectID: EntryID? = nil, index: Int = 0, missing: MissingData.Field? = nil) {
        self.date = date
        self.subjectID = subjectID
        self.index = index
        self.missing = missing
    }
}

/// How a rule finds its anchors in a case. Every version of one rule anchors the same way
/// (a rule that changes its anchor is a new rule id): the engine finds the anchors with the
/// newest version and judges each by the version in force on its date.
struct Anchoring: Sendable {
    /// What the anchor is, for "hvorfor?" (e.g. "episodens startdato").
    let description: LocalizedText
    /// The anchor's name inside a sentence (e.g. "episodestart").
    let label: LocalizedText
    /// For per-entry rules: the kind of entry judged.
    let subjectKind: EntryKind?
    let resolver: Resolver

    /// Most rules have exactly one anchor per case; they skip building an array.
    enum Resolver: Sendable {
        case single(@Sendable (CaseFacts) -> RuleAnchor)
        case many(@Sendable (CaseFacts) -> [RuleAnchor])
    }

    init(description: LocalizedText, label: LocalizedText, subjectKind: EntryKind?, single: @escaping @Sendable (CaseFacts) -> RuleAnchor) {
        self.description = description
        self.label = label
        self.subjectKind = subjectKind
        self.resolver = .single(single)
    }

    init(description: LocalizedText, label: LocalizedText, subjectKind: EntryKind?, resolve: @escaping @Sendable (CaseFacts) -> [RuleAnchor]) {
        self.description = description
        self.label = label
        self.subjectKind = subjectKind
        self.resolver = .many(resolve)
    }

    /// The anchors of a case, in order.
    func resolve(_ facts: CaseFacts) -> [RuleAnchor] {
        switch resolver {
        case .single(let resolve): return [resolve(facts)]
        case .many(let resolve): return resolve(facts)
        }
    }
}

extension Anchoring {
    /// The start of the episode in force (for sygedagpenge the first day of sickness).
    static let episodeStart = Anchoring(
        description: LocalizedText(
            da: "ydelsesforløbets startdato (første dag på ydelsen; for sygedagpenge første sygedag)",
            en: "the start of the benefit episode (first day on the benefit; for sickness benefit the first day of sickness)"),
        label: LocalizedText(da: "episodestart", en: "episode start"),
        subjectKind: nil,
        single: { facts in RuleAnchor(date: facts.episodeStart, missing: .start) })

    /// The citizen's first contact (første henvendelse) in the episode.
    static let firstContact = Anchoring(
        description: LocalizedText(
            da: "borgerens første henvendelse til kommunen om hjælp", en: "the citizen's first contact asking for help"),
        label: LocalizedText(da: "første henvendelse", en: "first contact"),
        subjectKind: nil,
        single: { facts in RuleAnchor(date: facts.firstContact, missing: .firstContact) })

    /// The day the citizen moved to the municipality (integration).
    static let arrival = Anchoring(
        description: LocalizedText(
            da: "tilflytningsdatoen (dagen borgeren flyttede til kommunen)", en: "the day the citizen moved to the municipality"),
        label: LocalizedText(da: "tilflytning", en: "arrival"),
        subjectKind: nil,
        single: { facts in RuleAnchor(date: facts.arrivalDate, missing: .arrivalDate) })

    /// The evaluation date: for rolling windows and standing duties, judged by the law of the day.
    static let evaluationDate = Anchoring(
        description: LocalizedText(
            da: "opgørelsesdatoen (en løbende pligt eller et rullende vindue vurderes efter reglerne på dagen)",
            en: "the evaluation date (a standing duty or rolling window is judged by the rules of the day)"),
        label: LocalizedText(da: "opgørelsesdatoen", en: "evaluation date"),
        subjectKind: nil,
        single: { facts in RuleAnchor(date: facts.asOf) })

    /// One anchor per entry chosen by `select` from a sorted list, dated by `date`.
    static func perEntry<T: Identifiable & Sendable>(
        _ kind: EntryKind, description: LocalizedText, label: LocalizedText,
        list: @escaping @Sendable (CaseFacts) -> [T], date: @escaping @Sendable (T) -> CalendarDate,
        where select: @escaping @Sendable (T, CaseFacts) -> Bool
    ) -> Anchoring where T.ID == EntryID {
        Anchoring(description: description, label: label, subjectKind: kind) { facts in
            let items = list(facts)
            // Room for every entry at once: grown as it filled, the list was made five times over.
            var anchors: [RuleAnchor] = []
            anchors.reserveCapacity(items.count)
            for index in items.indices where select(items[index], facts) {
                anchors.append(RuleAnchor(date: date(items[index]), subjectID: items[index].id, index: index))
            }
            return anchors
        }
    }
}
