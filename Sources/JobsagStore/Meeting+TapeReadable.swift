import JobsagCore

/// A booked meeting read from the tape member by member (`TapeReadable`).
extension Meeting: TapeReadable {
    /// The keys `Codable` writes for a meeting (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case absenceID, bookedBy, bookedOn, conversationID, date, form, id, kind, participants, place, revision, selfBooked, state, time
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        // A time is the minutes after midnight; any other number is read the `Codable` way, which refuses it.
        guard let time = ClockTime(minutesAfterMidnight: try members.whole(.time)) else { throw TapeDecoder.Unread() }
        self.init(
            id: try members.text(.id), date: try members.date(.date), time: time, kind: try members.raw(.kind), form: try members.raw(.form),
            place: try members.text(.place), participants: try members.text(.participants), selfBooked: try members.flag(.selfBooked),
            bookedBy: try members.text(.bookedBy), bookedOn: try members.date(.bookedOn), state: try members.raw(.state),
            conversationID: try members.ifPresent(.conversationID, members.text), absenceID: try members.ifPresent(.absenceID, members.text),
            revision: try members.whole(.revision))
    }
}
