import JobsagCore

/// An exemption read from the tape member by member (`TapeReadable`).
extension Exemption: TapeReadable {
    /// The keys `Codable` writes for an exemption (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case decidedBy, from, id, newAssessment, reason, scope, to
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), scope: try members.text(.scope), reason: try members.text(.reason), from: try members.date(.from),
            to: try members.ifPresent(.to, members.date), decidedBy: try members.text(.decidedBy),
            newAssessment: try members.flag(.newAssessment))
    }
}
