/// An absence (udeblivelse) from a conversation or an offer, and how it was assessed.
public struct Absence: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    /// What the citizen was absent from (the conversation's or the offer's entry id, or a text).
    public var from: String
    public var reasonableCause: ReasonableCause
    /// Partshøring sent.
    public var hearingSent: CalendarDate?
    /// Partshøring answered.
    public var hearingAnswered: CalendarDate?
    public var note: String

    public enum ReasonableCause: String, Sendable, RawTextCodable, CaseIterable {
        case ja
        case nej
        case ukendt
    }

    public init(
        id: EntryID, date: CalendarDate, from: String, reasonableCause: ReasonableCause = .ukendt,
        hearingSent: CalendarDate? = nil, hearingAnswered: CalendarDate? = nil, note: String = ""
    ) {
        self.id = id
        self.date = date
        self.from = from
        self.reasonableCause = reasonableCause
        self.hearingSent = hearingSent
        self.hearingAnswered = hearingAnswered
        self.note = note
    }
}

/// An attempt at personal contact before a sanction (aktivitetsparate, § 13 stk. 8).
public struct ContactAttempt: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    public var channel: Channel
    public var reachedCitizen: Bool
    /// For contact through family: the citizen consented.
    public var consent: Bool
    public var note: String

    public enum Channel: String, Sendable, RawTextCodable, CaseIterable {
        case telefon, brev, hjemmebesoeg, mentor, tilbudsudbyder, familie, andet
    }

    public init(
        id: EntryID, date: CalendarDate, channel: Channel, reachedCitizen: Bool = false,
        consent: Bool = false, note: String = ""
    ) {
        self.id = id
        self.date = date
        self.channel = channel
        self.reachedCitizen = reachedCitizen
        self.consent = consent
        self.note = note
    }
}
