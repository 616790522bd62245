/// An offer (tilbud): an activity the citizen takes part in, with its purpose and follow-up.
public struct Offer: Hashable, Sendable, Codable, Identifiable {
    /// The stored fields, shared by the copies of an offer (`CopyOnWrite`); `Codable` writes
    /// them as the offer's own.
    private struct Fields: Hashable, Sendable, Codable {
        var id: EntryID
        var type: OfferType
        var rightAndDuty: Bool
        var start: CalendarDate
        var end: CalendarDate?
        var provider: String
        var hoursPerWeek: Double?
        var assessment: String
        var purpose: String
        var goalID: EntryID?
        var internshipPurpose: Int?
        var followUps: [FollowUp]
        var evaluation: Evaluation?
        var interruption: Interruption?
    }

    @CopyOnWrite private var fields: Fields

    public var id: EntryID { get { fields.id } set { fields.id = newValue } }
    public var type: OfferType { get { fields.type } set { fields.type = newValue } }
    /// A right-and-duty offer (ret- og pligttilbud).
    public var rightAndDuty: Bool { get { fields.rightAndDuty } set { fields.rightAndDuty = newValue } }
    public var start: CalendarDate { get { fields.start } set { fields.start = newValue } }
    public var end: CalendarDate? { get { fields.end } set { fields.end = newValue } }
    /// The provider or the company.
    public var provider: String { get { fields.provider } set { fields.provider = newValue } }
    public var hoursPerWeek: Double? { get { fields.hoursPerWeek } set { fields.hoursPerWeek = newValue } }
    /// The concrete individual assessment (vurdering).
    public var assessment: String { get { fields.assessment } set { fields.assessment = newValue } }
    /// How the offer leads to job or education (formålsbeskrivelse).
    public var purpose: String { get { fields.purpose } set { fields.purpose = newValue } }
    /// The plan goal the offer serves.
    public var goalID: EntryID? { get { fields.goalID } set { fields.goalID = newValue } }
    /// A virksomhedspraktik under uddannelseshjælp states one purpose: 1 ordinary hours,
    /// 2 training education-goal skills, 3 clarifying the education goal.
    public var internshipPurpose: Int? { get { fields.internshipPurpose } set { fields.internshipPurpose = newValue } }
    public var followUps: [FollowUp] { get { fields.followUps } set { fields.followUps = newValue } }
    public var evaluation: Evaluation? { get { fields.evaluation } set { fields.evaluation = newValue } }
    public var interruption: Interruption? { get { fields.interruption } set { fields.interruption = newValue } }

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
        fields = Fields(
            id: id, type: type, rightAndDuty: rightAndDuty, start: start, end: end, provider: provider, hoursPerWeek: hoursPerWeek,
            assessment: assessment, purpose: purpose, goalID: goalID, internshipPurpose: internshipPurpose, followUps: followUps,
            evaluation: evaluation, interruption: interruption)
    }

    public init(from decoder: any Decoder) throws {
        fields = try Fields(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
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
