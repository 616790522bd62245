/// A benefit episode (ydelsesforløb): one benefit from a start date. A change of benefit
/// starts a new episode; a change of category within the benefit is a visitation.
public struct BenefitEpisode: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var benefit: Benefit
    /// The category at the start; later visitations change it within the episode.
    public var category: ReadinessCategory?
    /// The first day on the benefit (for sygedagpenge: the first day of sickness).
    public var start: CalendarDate?
    /// The last day on the benefit; nil while the episode is open.
    public var end: CalendarDate?
    /// The citizen's first contact (første henvendelse): the anchor of the kh/uh deadlines.
    public var firstContact: CalendarDate?
    /// Integration: the day the citizen moved to the municipality.
    public var arrivalDate: CalendarDate?
    /// Integration: whether the citizen is in the integration programme.
    public var inIntegrationProgramme: Bool

    public init(
        id: EntryID, benefit: Benefit, category: ReadinessCategory? = nil, start: CalendarDate?,
        end: CalendarDate? = nil, firstContact: CalendarDate? = nil, arrivalDate: CalendarDate? = nil,
        inIntegrationProgramme: Bool = false
    ) {
        self.id = id
        self.benefit = benefit
        self.category = category
        self.start = start
        self.end = end
        self.firstContact = firstContact
        self.arrivalDate = arrivalDate
        self.inIntegrationProgramme = inIntegrationProgramme
    }

    /// Whether the episode covers `date` (start on or before it, not ended before it).
    public func covers(_ date: CalendarDate) -> Bool {
        guard let start, start <= date else { return false }
        if let end, end < date { return false }
        return true
    }
}

/// A visitation: the decision of a readiness category, with its professional justification.
public struct Visitation: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    public var category: ReadinessCategory
    /// The professional justification (faglig begrundelse); required unless the result is UP.
    public var justification: String
    public var decidedBy: Initials

    public init(id: EntryID, date: CalendarDate, category: ReadinessCategory, justification: String, decidedBy: Initials) {
        self.id = id
        self.date = date
        self.category = category
        self.justification = justification
        self.decidedBy = decidedBy
    }
}
