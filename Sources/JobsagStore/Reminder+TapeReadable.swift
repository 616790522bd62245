import JobsagCore

/// A reminder read from the tape member by member (`TapeReadable`).
extension Reminder: TapeReadable {
    /// The keys `Codable` writes for a reminder (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case createdBy, done, due, id, reviewRoundID, text
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), due: try members.date(.due), text: try members.text(.text),
            done: try members.ifPresent(.done, members.date), createdBy: try members.text(.createdBy),
            reviewRoundID: try members.ifPresent(.reviewRoundID, members.text))
    }
}
