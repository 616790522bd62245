import JobsagCore

/// The facts of one case as of a date, built once per evaluation and shared by every rule:
/// the episode in force and its target group, and the entries dated on or before `asOf`,
/// sorted by date and then id (so the result never depends on the order the case stores
/// them in). Lists that only some rules need are built on first use.
final class CaseFacts {
    let source: Case
    let asOf: CalendarDate
    /// The episode in force on `asOf`; or, when none is, the episode the citizen has asked
    /// for help in (first contact on or before `asOf`) before its benefit starts; or the open
    /// episode that has no start date.
    let episode: BenefitEpisode?
    /// The target group on `asOf` (from the episode and the latest visitation in it).
    let group: TargetGroup?
    /// Why there is no episode to evaluate, when data is missing (not when the citizen has
    /// simply left benefits).
    let missingEpisode: RuleMessage?
    /// The day the case closed, when it is closed on `asOf`: the rules stop there.
    let closedOn: CalendarDate?

    init(_ source: Case, asOf: CalendarDate) {
        self.asOf = asOf
        closedOn = source.closingDate(asOf: asOf)
        func latestStarting(_ episodes: [BenefitEpisode]) -> BenefitEpisode? {
            episodes.max { ($0.start ?? .distantPast, $0.id) < ($1.start ?? .distantPast, $1.id) }
        }
        if let inForce = latestStarting(source.episodes.filter { $0.covers(asOf) }) {
            episode = inForce
            missingEpisode = nil
        } else if let contacted = latestStarting(source.episodes.filter { $0.awaitsStart(on: asOf) }) {
            // The duties counted from the first contact (KF.FOERSTE.1U, UH.VISITATION, UH.LSR,
            // ...) run before the benefit does: the episode's entries count from its first
            // contact (its floor), so the episode is in force from then.
            episode = contacted
            missingEpisode = nil
        } else if let withoutStart = source.episodes.filter({ $0.start == nil && $0.end == nil }).min(by: { $0.id < $1.id }) {
            episode = withoutStart
            missingEpisode = nil
        } else if source.episodes.isEmpty {
            episode = nil
            missingEpisode = Messages.noEpisode
        } else if source.episodes.contains(where: { $0.start == nil }) {
            episode = nil
            missingEpisode = Messages.episodeWithoutStart
        } else {
            episode = nil
            missingEpisode = nil
        }
        if let episode {
            group = TargetGroup(benefit: episode.benefit, category: source.category(in: episode, on: asOf))
        } else {
            group = nil
        }
        // Kept last: the case is moved in, not copied (each of its texts and lists retained).
        self.source = source
    }

    // MARK: The episode

    var episodeStart: CalendarDate? { episode?.start }
    var firstContact: CalendarDate? { episode?.firstContact }
    var arrivalDate: CalendarDate? { episode?.arrivalDate }

    /// The first day entries belong to the episode: its start, or its first contact when that
    /// comes earlier; `distantPast` when neither is known.
    lazy var episodeFloor: CalendarDate = {
        switch (episodeStart, firstContact) {
        case let (start?, contact?): return min(start, contact)
        case let (start?, nil): return start
        case let (nil, contact?): return contact
        case (nil, nil): return .distantPast
        }
    }()

    /// The value when it is dated on or before `asOf`, else nil (a later date is unknown as of `asOf`).
    func known(_ date: CalendarDate?) -> CalendarDate? {
        guard let date, date <= asOf else { return nil }
        return date
    }

    // MARK: Entries dated on or before asOf, sorted

    lazy var conversations: [Conversation] = CaseFacts.sorted(source.conversations, asOf) { ($0.date, $0.id) }
    lazy var offers: [Offer] = CaseFacts.sorted(source.offers, asOf) { ($0.start, $0.id) }
    lazy var visitations: [Visitation] = CaseFacts.sorted(source.visitations, asOf) { ($0.date, $0.id) }
    lazy var guidance: [Guidance] = CaseFacts.sorted(source.guidance, asOf) { ($0.date, $0.id) }
    lazy var exemptions: [Exemption] = CaseFacts.sorted(source.exemptions, asOf) { ($0.from, $0.id) }
    lazy var absences: [Absence] = CaseFacts.sorted(source.absences, asOf) { ($0.date, $0.id) }
    lazy var contactAttempts: [ContactAttempt] = CaseFacts.sorted(source.contactAttempts, asOf) { ($0.date, $0.id) }
    lazy var sanctions: [SanctionDecision] = CaseFacts.sorted(source.sanctions, asOf) { ($0.decided, $0.id) }
    lazy var injunctions: [EducationInjunction] = CaseFacts.sorted(source.injunctions, asOf) { ($0.given, $0.id) }
    lazy var literacyTests: [LiteracyTest] = CaseFacts.sorted(source.literacyTests, asOf) { ($0.date ?? $0.recorded, $0.id) }
    lazy var goals: [Goal] = CaseFacts.sorted(source.goals, asOf) { ($0.created, $0.id) }
    lazy var ordinaryHours: [OrdinaryHours] = CaseFacts.sorted(source.ordinaryHours, asOf) { ($0.month, $0.id) }
    lazy var rehabilitationRecommendations: [RehabilitationRecommendation] =
        CaseFacts.sorted(source.rehabilitationRecommendations, asOf) { ($0.date, $0.id) }
    lazy var flexJobs: [FlexJob] = CaseFacts.sorted(source.flexJobs, asOf) { ($0.start, $0.id) }
    lazy var cv: JobnetCV? = source.cv.flatMap { $0.registered <= asOf ? $0 : nil }

    // MARK: Derived lists

    /// Conversations dated in the episode (on or after its floor). The floor is read before
    /// the entries: a lazy property's getter called for each entry made the compiler copy it.
    lazy var episodeConversations: [Conversation] = { [floor = episodeFloor] in
        CaseFacts.filterSharing(conversations) { $0.date >= floor }
    }()

    /// Held conversations that count as jobsamtaler (KF.4I6 and the other counts): a counting
    /// kind, held, and not in writing on or after 22.03.2023 (KF.FORM).
    lazy var countingConversations: [Conversation] = CaseFacts.filterSharing(episodeConversations) { $0.countsAsJobsamtale }

    /// The id of the first counting conversation of the episode.
    lazy var firstCountingConversationID: EntryID? = countingConversations.first?.id

    /// Conversations of a counting kind that were held in writing on or after 22.03.2023 and
    /// therefore do not count (KF.FORM).
    lazy var writtenConversations: [Conversation] = episodeConversations.filter {
        $0.wasHeld && $0.kind.countsAsJobConversation && $0.isWrittenAfterTheLaw
    }

    /// The offers that ran during the episode (started before `asOf`, not ended before the episode).
    lazy var episodeOffers: [Offer] = { [floor = episodeFloor] in
        CaseFacts.filterSharing(offers) { offer in
            guard let end = effectiveEnd(of: offer) else { return true }
            return end >= floor
        }
    }()

    /// The entries of the episode: dated on or after its floor.
    lazy var episodeVisitations: [Visitation] = { [floor = episodeFloor] in visitations.filter { $0.date >= floor } }()
    lazy var episodeGuidance: [Guidance] = { [floor = episodeFloor] in guidance.filter { $0.date >= floor } }()
    lazy var episodeInjunctions: [EducationInjunction] = { [floor = episodeFloor] in injunctions.filter { $0.given >= floor } }()
    /// The dropout-risk reports known on `asOf` (UH.FRAFALD).
    lazy var dropoutReports: [DropoutReportFact] = findDropoutReports()

    /// The goals (with subgoals) of Min Plan that are active now.
    lazy var activeGoals: [Goal] = goals.filter { $0.status == .aktiv }

    /// All goal and subgoal ids, for checking links from offers.
    lazy var goalIDs: Set<EntryID> = {
        var ids = Set<EntryID>()
        for goal in source.goals {
            ids.insert(goal.id)
            for subgoal in goal.subgoals { ids.insert(subgoal.id) }
        }
        return ids
    }()

    /// The last day of an offer as known on `asOf`: an interruption dated after `asOf` is not
    /// known yet.
    func effectiveEnd(of offer: Offer) -> CalendarDate? {
        if let interruption = offer.interruption, interruption.date <= asOf { return interruption.date }
        return offer.end
    }

    /// Whether the offer runs on `date` (as known on `asOf`).
    func isActive(_ offer: Offer, on date: CalendarDate) -> Bool {
        guard offer.start <= date else { return false }
        if let end = effectiveEnd(of: offer), end < date { return false }
        return true
    }

    /// Whether the offer ran at any time in [from, to].
    func ran(_ offer: Offer, from: CalendarDate, to: CalendarDate) -> Bool {
        guard offer.start <= to else { return false }
        if let end = effectiveEnd(of: offer), end < from { return false }
        return true
    }

    /// The exemptions of scope `scope` known on `asOf`.
    func exemptions(scope: String) -> [Exemption] {
        exemptions.filter { $0.scope == scope }
    }

    // MARK: Sorting and filtering

    /// `items.filter(isIncluded)`, but returns `items` itself (sharing its storage) when every
    /// item is included, as is usual for the episode's entries.
    static func filterSharing<T>(_ items: [T], _ isIncluded: (T) -> Bool) -> [T] {
        guard let firstExcluded = items.firstIndex(where: { !isIncluded($0) }) else { return items }
        var result = Array(items[..<firstExcluded])
        for item in items[(firstExcluded + 1)...] where isIncluded(item) { result.append(item) }
        return result
    }

    /// The items dated on or before `asOf`, sorted by (date, id). Returns `items` itself
    /// (sharing its storage, no entry copied) when every item is dated on or before `asOf`
    /// and they are in order, as is usual; sorts only when they are not.
    static func sorted<T>(_ items: [T], _ asOf: CalendarDate, key: (T) -> (CalendarDate, String)) -> [T] {
        if isKnownAndInOrder(items, asOf, key: key) { return items }
        var result = items.filter { key($0).0 <= asOf }
        if !isKnownAndInOrder(result, asOf, key: key) { result.sort { key($0) < key($1) } }
        return result
    }

    /// Whether every item is dated on or before `asOf` and the items are in order of `key`.
    private static func isKnownAndInOrder<T>(_ items: [T], _ asOf: CalendarDate, key: (T) -> (CalendarDate, String)) -> Bool {
        var previous: (CalendarDate, String)?
        for item in items {
            let itemKey = key(item)
            guard itemKey.0 <= asOf else { return false }
            if let previous, itemKey < previous { return false }
            previous = itemKey
        }
        return true
    }
}

extension BenefitEpisode {
    /// The citizen asked for help on or before `date` but the benefit starts after it (and
    /// the episode has not ended).
    func awaitsStart(on date: CalendarDate) -> Bool {
        guard let start, let firstContact, firstContact <= date, date < start else { return false }
        return end.map { date <= $0 } ?? true
    }
}

extension Conversation {
    /// Held in writing on or after 22.03.2023: not a jobsamtale (KF.FORM).
    var isWrittenAfterTheLaw: Bool {
        form == .skriftlig && date >= LawDates.writtenConversationsEnd
    }

    /// Counts toward the conversation counts: held, a counting kind, not in writing after 22.03.2023.
    var countsAsJobsamtale: Bool {
        wasHeld && kind.countsAsJobConversation && !isWrittenAfterTheLaw
    }
}
