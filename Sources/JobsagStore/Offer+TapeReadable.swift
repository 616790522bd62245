import JobsagCore

/// An offer, its follow-ups, its evaluation and its interruption read from the tape member by
/// member (`TapeReadable`): after the conversations, the entries a case reads most of.
extension Offer: TapeReadable {
    /// The keys `Codable` writes for an offer (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case assessment, end, evaluation, followUps, goalID, hoursPerWeek, id, internshipPurpose, interruption, provider
        case purpose, rightAndDuty, start, type
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), type: try members.raw(.type), rightAndDuty: try members.flag(.rightAndDuty),
            start: try members.date(.start), end: try members.ifPresent(.end, members.date), provider: try members.text(.provider),
            hoursPerWeek: try members.ifPresent(.hoursPerWeek, members.decimal), assessment: try members.text(.assessment),
            purpose: try members.text(.purpose), goalID: try members.ifPresent(.goalID, members.text),
            internshipPurpose: try members.ifPresent(.internshipPurpose, members.whole), followUps: try members.entries(.followUps),
            evaluation: try members.ifPresent(.evaluation, members.entry), interruption: try members.ifPresent(.interruption, members.entry))
    }
}

extension Offer.FollowUp: TapeReadable {
    private enum Field: Int, CaseIterable, CodingKey {
        case companyInvolved, date, id, note
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), companyInvolved: try members.flag(.companyInvolved),
            note: try members.text(.note))
    }
}

extension Offer.Evaluation: TapeReadable {
    private enum Field: Int, CaseIterable, CodingKey {
        case date, result
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(date: try members.date(.date), result: try members.text(.result))
    }
}

extension Offer.Interruption: TapeReadable {
    private enum Field: Int, CaseIterable, CodingKey {
        case date, reason
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(date: try members.date(.date), reason: try members.text(.reason))
    }
}
