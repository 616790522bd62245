/// An offer (tilbud): an activity the citizen takes part in, with its purpose and follow-up.
public struct Offer: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var type: OfferType
    /// A right-and-duty offer (ret- og pligttilbud).
    public var rightAndDuty: Bool
    public var start: CalendarDate
    public var end: CalendarDate?
    /// The provider or the company.
    public var provider: String
    public var hoursPerWeek: Double?
    /// The concrete individual assessment (vurdering).
    public var assessment: String
    /// How the offer leads to job or education (formålsbeskrivelse).
    public var purpose: String
    /// The plan goal the offer serves.
    public var goalID: EntryID?
    /// A virksomhedspraktik under uddannelseshjælp states one purpose: 1 ordinary hours,
    /// 2 training education-goal skills, 3 clarifying the education goal.
    public var internshipPurpose: Int?
    public var followUps: [FollowUp]
    public var evaluation: Evaluation?
    public var interruption: Interruption?

    public enum OfferType: String, Sendable, RawTextCodable, CaseIterable {
        case virksomhedspraktik
        case loentilskud
        /// Øvrig vejledning og opkvalificering.
        case vejledningOgOpkvalificering
        case ordinaerUddannelse
        case nytteindsats
        case mentor
        case lsrKursus
        case danskundervisning
        case andet

        /// Employer-based offers (virksomhedsrettede tilbud).
        public var isEmployerBased: Bool {
            self == .virksomhedspraktik || self == .loentilskud
        }
    }

    /// A follow-up during the offer.
    public struct FollowUp: Hashable, Sendable, Codable, Identifiable {
        public var id: EntryID
        public var date: CalendarDate
        /// The company or provider took part.
        public var companyInvolved: Bool
        public var note: String

        public init(id: EntryID, date: CalendarDate, companyInvolved: Bool, note: String) {
            self.id = id
            self.date = date
            self.companyInvolved = companyInvolved
            self.note = note
        }
    }

    /// The final evaluation when the offer ends.
    public struct Evaluation: Hashable, Sendable, Codable {
        public var date: CalendarDate
        public var result: String

        public init(date: CalendarDate, result: String) {
            self.date = date
            self.result = result
        }
    }

    /// The offer stopped before its planned end.
    public struct Interruption: Hashable, Sendable, Codable {
        public var date: CalendarDate
        public var reason: String

        public init(date: CalendarDate, reason: String) {
            self.date = date
            self.reason = reason
        }
    }

    public init(
        id: EntryID, type: OfferType, rightAndDuty: Bool = false, start: CalendarDate, end: CalendarDate? = nil,
        provider: String = "", hoursPerWeek: Double? = nil, assessment: String = "", purpose: String = "",
        goalID: EntryID? = nil, internshipPurpose: Int? = nil, followUps: [FollowUp] = [],
        evaluation: Evaluation? = nil, interruption: Interruption? = nil
    ) {
        self.id = id
        self.type = type
        self.rightAndDuty = rightAndDuty
        self.start = start
        self.end = end
        self.provider = provider
        self.hoursPerWeek = hoursPerWeek
        self.assessment = assessment
        self.purpose = purpose
        self.goalID = goalID
        self.internshipPurpose = internshipPurpose
        self.followUps = followUps
        self.evaluation = evaluation
        self.interruption = interruption
    }

    /// The last day of the offer: the interruption, else the planned end.
    public var effectiveEnd: CalendarDate? {
        interruption?.date ?? end
    }

    /// Whether the offer runs on `date`.
    public func isActive(on date: CalendarDate) -> Bool {
        guard start <= date else { return false }
        if let last = effectiveEnd, last < date { return false }
        return true
    }
}

/// Ordinary paid hours (ordinære løntimer) worked in one month.
public struct OrdinaryHours: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    /// The first day of the month the hours belong to.
    public var month: CalendarDate
    public var hours: Double

    public init(id: EntryID, month: CalendarDate, hours: Double) {
        self.id = id
        self.month = month.firstOfMonth
        self.hours = hours
    }
}
