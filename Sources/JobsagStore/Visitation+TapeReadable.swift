import JobsagCore

/// A visitation read from the tape member by member (`TapeReadable`).
extension Visitation: TapeReadable {
    /// The keys `Codable` writes for a visitation (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case category, date, decidedBy, id, justification
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), category: try members.raw(.category),
            justification: try members.text(.justification), decidedBy: try members.text(.decidedBy))
    }
}
