import JobsagCore

/// A rehabilitation team's recommendation read from the tape member by member (`TapeReadable`).
extension RehabilitationRecommendation: TapeReadable {
    /// The keys `Codable` writes for a recommendation (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case accommodations, date, employmentGoal, id, jobKinds
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), employmentGoal: try members.text(.employmentGoal),
            jobKinds: try members.text(.jobKinds), accommodations: try members.text(.accommodations))
    }
}
