import JobsagCore

/// The citizen's CV on Jobnet read from the tape member by member (`TapeReadable`).
extension JobnetCV: TapeReadable {
    /// The keys `Codable` writes for a CV (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case registered, visibleToEmployers
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(registered: try members.date(.registered), visibleToEmployers: try members.ifPresent(.visibleToEmployers, members.date))
    }
}
