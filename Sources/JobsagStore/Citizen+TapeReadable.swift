import JobsagCore

/// A case's citizen read from the tape member by member (`TapeReadable`).
extension Citizen: TapeReadable {
    /// The keys `Codable` writes for a citizen (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case address, barriers, cpr, email, hasVocationalQualification, hasYouthEducation, name, phone, preferredForm
        case resources, spouseCaseID
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            cpr: try members.parsed(.cpr, CPR.init), name: try members.text(.name), phone: try members.text(.phone),
            email: try members.text(.email), address: try members.text(.address), preferredForm: try members.raw(.preferredForm),
            hasYouthEducation: try members.flag(.hasYouthEducation), hasVocationalQualification: try members.flag(.hasVocationalQualification),
            spouseCaseID: try members.ifPresent(.spouseCaseID, members.text), barriers: try members.rawList(.barriers),
            resources: try members.text(.resources))
    }
}
