import JobsagCore

/// Who last saved a case, and when, read from the tape member by member (`TapeReadable`).
extension ChangeStamp: TapeReadable {
    /// The keys `Codable` writes for a stamp (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case at, by
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(by: try members.text(.by), at: try members.parsed(.at, Timestamp.init(iso:)))
    }
}
