import JobsagCore

/// A benefit episode read from the tape member by member (`TapeReadable`).
extension BenefitEpisode: TapeReadable {
    /// The keys `Codable` writes for an episode (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case arrivalDate, benefit, category, end, firstContact, id, inIntegrationProgramme, start
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), benefit: try members.raw(.benefit), category: try members.ifPresent(.category, members.raw),
            start: try members.ifPresent(.start, members.date), end: try members.ifPresent(.end, members.date),
            firstContact: try members.ifPresent(.firstContact, members.date), arrivalDate: try members.ifPresent(.arrivalDate, members.date),
            inIntegrationProgramme: try members.flag(.inIntegrationProgramme))
    }
}
