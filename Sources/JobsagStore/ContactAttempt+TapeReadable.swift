import JobsagCore

/// An attempt at personal contact read from the tape member by member (`TapeReadable`).
extension ContactAttempt: TapeReadable {
    /// The keys `Codable` writes for an attempt (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case channel, consent, date, id, note, reachedCitizen
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), channel: try members.raw(.channel),
            reachedCitizen: try members.flag(.reachedCitizen), consent: try members.flag(.consent), note: try members.text(.note))
    }
}
