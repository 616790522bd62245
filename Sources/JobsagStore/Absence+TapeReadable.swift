import JobsagCore

/// An absence read from the tape member by member (`TapeReadable`).
extension Absence: TapeReadable {
    /// The keys `Codable` writes for an absence (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case date, from, hearingAnswered, hearingSent, id, note, reasonableCause
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), from: try members.text(.from),
            reasonableCause: try members.raw(.reasonableCause), hearingSent: try members.ifPresent(.hearingSent, members.date),
            hearingAnswered: try members.ifPresent(.hearingAnswered, members.date), note: try members.text(.note))
    }
}
