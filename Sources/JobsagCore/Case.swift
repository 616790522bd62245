/// A case (sag): one citizen, the caseworker responsible, and every entry the caseworker
/// records. The unit of storage: one case, one file, one revision.
public struct Case: Hashable, Sendable, Identifiable {
    public var id: CaseID
    /// Increments on every save; a save with a stale revision is refused.
    public var revision: Int
    public var created: CalendarDate
    public var caseworker: Initials
    /// The coordinating caseworker (koordinerende sagsbehandler), when one is appointed.
    public var coordinatingCaseworker: Initials?
    /// Part of a generated demo store: every screen says DEMO.
    public var isDemo: Bool
    public var citizen: Citizen
    /// The benefit episodes, oldest first; exactly one is open.
    public var episodes: [BenefitEpisode]
    public var visitations: [Visitation]
    /// Min Plan: the goals with their subgoals.
    public var goals: [Goal]
    public var conversations: [Conversation]
    /// The journal notes (journalnotater), in the order written.
    public var notes: [JournalNote]
    public var offers: [Offer]
    public var ordinaryHours: [OrdinaryHours]
    public var injunctions: [EducationInjunction]
    public var literacyTests: [LiteracyTest]
    public var guidance: [Guidance]
    public var exemptions: [Exemption]
    public var absences: [Absence]
    public var contactAttempts: [ContactAttempt]
    public var sanctions: [SanctionDecision]
    public var reminders: [Reminder]
    public var rehabilitationRecommendations: [RehabilitationRecommendation]
    public var flexJobs: [FlexJob]
    public var cv: JobnetCV?
    /// Every closing of the case, oldest first; the case is closed while the last one has
    /// not been reopened (`CaseLife`).
    public var closings: [CaseClosing]
    /// Every transfer of the case to another caseworker, oldest first.
    public var transfers: [CaseTransfer]
    /// The meetings booked with the citizen, in the order booked; held, no-show and
    /// cancelled ones stay (`MeetingBooking`).
    public var meetings: [Meeting]
    /// Who saved the case last, and when; set by the store on every save (nil for a case
    /// never saved, or read from a file older than format version 2).
    public var lastChange: ChangeStamp?

    public init(
        id: CaseID, revision: Int = 0, created: CalendarDate, caseworker: Initials,
        coordinatingCaseworker: Initials? = nil, isDemo: Bool = false, citizen: Citizen,
        episodes: [BenefitEpisode] = [], visitations: [Visitation] = [], goals: [Goal] = [],
        conversations: [Conversation] = [], notes: [JournalNote] = [], offers: [Offer] = [], ordinaryHours: [OrdinaryHours] = [],
        injunctions: [EducationInjunction] = [], literacyTests: [LiteracyTest] = [], guidance: [Guidance] = [],
        exemptions: [Exemption] = [], absences: [Absence] = [], contactAttempts: [ContactAttempt] = [],
        sanctions: [SanctionDecision] = [], reminders: [Reminder] = [],
        rehabilitationRecommendations: [RehabilitationRecommendation] = [], flexJobs: [FlexJob] = [],
        cv: JobnetCV? = nil, closings: [CaseClosing] = [], transfers: [CaseTransfer] = [], meetings: [Meeting] = [],
        lastChange: ChangeStamp? = nil
    ) {
        self.id = id
        self.revision = revision
        self.created = created
        self.caseworker = caseworker
        self.coordinatingCaseworker = coordinatingCaseworker
        self.isDemo = isDemo
        self.citizen = citizen
        self.episodes = episodes
        self.visitations = visitations
        self.goals = goals
        self.conversations = conversations
        self.notes = notes
        self.offers = offers
        self.ordinaryHours = ordinaryHours
        self.injunctions = injunctions
        self.literacyTests = literacyTests
        self.guidance = guidance
        self.exemptions = exemptions
        self.absences = absences
        self.contactAttempts = contactAttempts
        self.sanctions = sanctions
        self.reminders = reminders
        self.rehabilitationRecommendations = rehabilitationRecommendations
        self.flexJobs = flexJobs
        self.cv = cv
        self.closings = closings
        self.transfers = transfers
        self.meetings = meetings
        self.lastChange = lastChange
    }
}

extension Case: Codable {
    enum CodingKeys: String, CodingKey {
        case id, revision, created, caseworker, coordinatingCaseworker, isDemo, citizen, episodes
        case visitations, goals, conversations, notes, offers, ordinaryHours, injunctions, literacyTests
        case guidance, exemptions, absences, contactAttempts, sanctions, reminders
        case rehabilitationRecommendations, flexJobs, cv, closings, transfers, meetings, lastChange
    }

    /// Lists that are missing from the JSON decode as empty, so other tools may leave them out.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(CaseID.self, forKey: .id)
        revision = try c.decode(Int.self, forKey: .revision)
        created = try c.decode(CalendarDate.self, forKey: .created)
        caseworker = try c.decode(Initials.self, forKey: .caseworker)
        coordinatingCaseworker = try c.decodeIfPresent(Initials.self, forKey: .coordinatingCaseworker)
        isDemo = try c.decodeIfPresent(Bool.self, forKey: .isDemo) ?? false
        citizen = try c.decode(Citizen.self, forKey: .citizen)
        episodes = try c.decodeList(forKey: .episodes)
        visitations = try c.decodeList(forKey: .visitations)
        goals = try c.decodeList(forKey: .goals)
        conversations = try c.decodeList(forKey: .conversations)
        notes = try c.decodeList(forKey: .notes)
        offers = try c.decodeList(forKey: .offers)
        ordinaryHours = try c.decodeList(forKey: .ordinaryHours)
        injunctions = try c.decodeList(forKey: .injunctions)
        literacyTests = try c.decodeList(forKey: .literacyTests)
        guidance = try c.decodeList(forKey: .guidance)
        exemptions = try c.decodeList(forKey: .exemptions)
        absences = try c.decodeList(forKey: .absences)
        contactAttempts = try c.decodeList(forKey: .contactAttempts)
        sanctions = try c.decodeList(forKey: .sanctions)
        reminders = try c.decodeList(forKey: .reminders)
        rehabilitationRecommendations = try c.decodeList(forKey: .rehabilitationRecommendations)
        flexJobs = try c.decodeList(forKey: .flexJobs)
        cv = try c.decodeIfPresent(JobnetCV.self, forKey: .cv)
        closings = try c.decodeList(forKey: .closings)
        transfers = try c.decodeList(forKey: .transfers)
        meetings = try c.decodeList(forKey: .meetings)
        lastChange = try c.decodeIfPresent(ChangeStamp.self, forKey: .lastChange)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a list, or an empty list when the key is missing or null. Reads the elements
    /// itself, in code specialized for `Element`: the standard library's reading of an array
    /// is generic and looks up its types at every list.
    func decodeList<Element: Decodable>(forKey key: Key) throws -> [Element] {
        guard contains(key), try !decodeNil(forKey: key) else { return [] }
        var elements = try nestedUnkeyedContainer(forKey: key)
        var list: [Element] = []
        list.reserveCapacity(elements.count ?? 0)
        while !elements.isAtEnd { list.append(try elements.decode(Element.self)) }
        return list
    }
}

// MARK: - Facts derived from the entries

extension Case {
    /// The open episode (no end date), or the latest one if all are closed.
    public var currentEpisode: BenefitEpisode? {
        episodes.last(where: { $0.end == nil }) ?? episodes.max(by: { ($0.start ?? .distantPast) < ($1.start ?? .distantPast) })
    }

    /// The episode in force on `date`: the latest-starting episode that covers it.
    public func episode(on date: CalendarDate) -> BenefitEpisode? {
        episodes.filter { $0.covers(date) }.max(by: { ($0.start ?? .distantPast) < ($1.start ?? .distantPast) })
    }

    /// The readiness category in force on `date` within `episode`: the latest visitation
    /// dated in the episode (from its start, or its first contact if earlier) on or before
    /// `date`, else the episode's own category.
    public func category(in episode: BenefitEpisode, on date: CalendarDate) -> ReadinessCategory? {
        guard episode.benefit.hasReadinessCategory else { return nil }
        let start = [episode.start, episode.firstContact].compactMap { $0 }.min() ?? .distantPast
        let latest = visitations
            .filter { $0.date >= start && $0.date <= date && episode.benefit.allowedCategories.contains($0.category) }
            .max(by: { ($0.date, $0.id) < ($1.date, $1.id) })
        return latest?.category ?? episode.category
    }

    /// The target group on `date`, or nil when no episode covers it.
    public func targetGroup(on date: CalendarDate) -> TargetGroup? {
        guard let episode = episode(on: date) else { return nil }
        return TargetGroup(benefit: episode.benefit, category: category(in: episode, on: date))
    }

    /// The goal or subgoal with `id`, as a title, for showing links.
    public func goalTitle(for id: EntryID) -> String? {
        for goal in goals {
            if goal.id == id { return goal.title }
            if let subgoal = goal.subgoals.first(where: { $0.id == id }) { return subgoal.title }
        }
        return nil
    }
}

extension CalendarDate {
    /// A date before every date in a case, for sorting missing dates first.
    public static let distantPast = CalendarDate(dayNumber: Int.min / 4)
    /// A date after every date in a case, for sorting missing dates last.
    public static let distantFuture = CalendarDate(dayNumber: Int.max / 4)
}
