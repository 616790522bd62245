import JobsagCore

/// Min Plan's goals and subgoals read from the tape member by member (`TapeReadable`).
extension Goal: TapeReadable {
    /// The keys `Codable` writes for a goal (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case created, deadline, description, id, kind, status, subgoals, title, updated
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), kind: try members.raw(.kind), title: try members.text(.title),
            description: try members.text(.description), status: try members.raw(.status), created: try members.date(.created),
            updated: try members.date(.updated), deadline: try members.ifPresent(.deadline, members.date),
            subgoals: try members.entries(.subgoals))
    }
}

extension Subgoal: TapeReadable {
    private enum Field: Int, CaseIterable, CodingKey {
        case created, deadline, description, id, kind, status, title, updated
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), kind: try members.raw(.kind), title: try members.text(.title),
            description: try members.text(.description), status: try members.raw(.status), created: try members.date(.created),
            updated: try members.date(.updated), deadline: try members.ifPresent(.deadline, members.date))
    }
}
