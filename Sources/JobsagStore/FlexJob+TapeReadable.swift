import JobsagCore

/// A flex job read from the tape member by member (`TapeReadable`); its work capacity
/// assessment, when it has one, the `Codable` way.
extension FlexJob: TapeReadable {
    /// The keys `Codable` writes for a flex job (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case assessment, effectiveHoursPerWeek, employer, end, hoursPerWeek, id, progressionGoals, start
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), employer: try members.text(.employer), start: try members.date(.start),
            end: try members.ifPresent(.end, members.date), hoursPerWeek: try members.decimal(.hoursPerWeek),
            effectiveHoursPerWeek: try members.decimal(.effectiveHoursPerWeek), assessment: try members.ifPresent(.assessment, members.read),
            progressionGoals: try members.ifPresent(.progressionGoals, members.text))
    }
}
