import JobsagCore

/// A guidance entry read from the tape member by member (`TapeReadable`).
extension Guidance: TapeReadable {
    /// The keys `Codable` writes for a guidance entry (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case allElementsGiven, answer, channels, date, id, kind, note
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), kind: try members.raw(.kind), channels: try members.rawList(.channels),
            answer: try members.ifPresent(.answer, members.raw), allElementsGiven: try members.flag(.allElementsGiven),
            note: try members.text(.note))
    }
}
