/// A booked meeting (booket møde) with the citizen: the day and time, the kind of
/// conversation it will be, its form and place, and what became of it. A meeting is not a
/// conversation: the rules read it only as *booket* until it is recorded as held (which adds
/// the conversation) or as a no-show (which adds an absence).
public struct Meeting: Hashable, Sendable, Codable, Identifiable {
    /// What became of the booking.
    public enum State: String, Sendable, RawTextCodable, CaseIterable {
        /// Booked, not yet held (booket).
        case booked
        /// Held: `conversationID` names the conversation recorded from it (holdt).
        case held
        /// The citizen did not come: `absenceID` names the absence recorded (udeblevet).
        case noShow
        /// Cancelled before it was held (aflyst).
        case cancelled
    }

    /// The forms a meeting can be booked in (a written "conversation" is not a meeting).
    public static let bookableForms: [Conversation.Form] = [.fysisk, .telefon, .video]

    /// How long a meeting lasts in a calendar.
    public static let calendarMinutes = 30

    public var id: EntryID
    public var date: CalendarDate
    public var time: ClockTime
    public var kind: Conversation.Kind
    public var form: Conversation.Form
    /// Where (an address, a room) or, for video, the link.
    public var place: String
    public var participants: String
    /// The citizen booked it themself (selvbooking, seed 001 R17).
    public var selfBooked: Bool
    /// Who recorded the booking (for a self-booking, the caseworker who entered it).
    public var bookedBy: Initials
    /// The day it was booked.
    public var bookedOn: CalendarDate
    public var state: State
    public var conversationID: EntryID?
    public var absenceID: EntryID?
    /// Counts the moves and the cancellation (a calendar's SEQUENCE): 0 as first booked.
    public var revision: Int

    public init(
        id: EntryID, date: CalendarDate, time: ClockTime, kind: Conversation.Kind = .jobsamtale, form: Conversation.Form = .fysisk,
        place: String = "", participants: String = "", selfBooked: Bool = false, bookedBy: Initials, bookedOn: CalendarDate,
        state: State = .booked, conversationID: EntryID? = nil, absenceID: EntryID? = nil, revision: Int = 0
    ) {
        self.id = id
        self.date = date
        self.time = time
        self.kind = kind
        self.form = form
        self.place = place
        self.participants = participants
        self.selfBooked = selfBooked
        self.bookedBy = bookedBy
        self.bookedOn = bookedOn
        self.state = state
        self.conversationID = conversationID
        self.absenceID = absenceID
        self.revision = revision
    }

    public var isBooked: Bool { state == .booked }

    /// The highest revision counted (a calendar's SEQUENCE is a 32-bit integer): counting on
    /// from any stored value cannot overflow.
    public static let maximumRevision = 1_000_000_000

    /// The revision after one more move or the cancellation.
    var nextRevision: Int { min(max(0, revision), Meeting.maximumRevision - 1) + 1 }

    /// The conversation the meeting would be if it were held as booked: what the rules try
    /// when they ask whether a booking lies before a deadline.
    public var asHeldConversation: Conversation {
        Conversation(id: id, date: date, kind: kind, form: form, participants: participants, recordedBy: bookedBy)
    }
}
