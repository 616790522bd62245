/// Guidance given to the citizen (vejledning), through one or more channels.
public struct Guidance: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    public var kind: Kind
    public var channels: [Channel]
    /// For the offer of a coordinating caseworker: the citizen's answer.
    public var answer: Answer?
    /// For the § 35 stk. 2 warning: all four elements were given.
    public var allElementsGiven: Bool
    public var note: String

    public enum Kind: String, Sendable, RawTextCodable, CaseIterable {
        /// Rights, duties and sanctions, LAS § 35 stk. 1.
        case rettigheder35_1 = "rettigheder35.1"
        /// The specific warning before an aggravated sanction, LAS § 35 stk. 2.
        case advarsel35_2 = "advarsel35.2"
        /// The 225-hour rule.
        case timer225 = "225timer"
        /// A coordinating caseworker was offered.
        case koordinerendeTilbudt
    }

    public enum Channel: String, Sendable, RawTextCodable, CaseIterable {
        case mundtlig
        /// Written, handed out.
        case skriftligUdleveret
        /// The leaflet sent to the digital mailbox.
        case eBoks
    }

    public enum Answer: String, Sendable, RawTextCodable, CaseIterable {
        case accepteret
        case afslaaet
    }

    public init(
        id: EntryID, date: CalendarDate, kind: Kind, channels: [Channel] = [], answer: Answer? = nil,
        allElementsGiven: Bool = false, note: String = ""
    ) {
        self.id = id
        self.date = date
        self.kind = kind
        self.channels = channels
        self.answer = answer
        self.allElementsGiven = allElementsGiven
        self.note = note
    }
}
