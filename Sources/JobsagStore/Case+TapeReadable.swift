import JobsagCore

/// A case read from the tape member by member (`TapeReadable`), as `Case.init(from:)` reads
/// it: a list missing or null is empty; its entries each read the way their type reads.
extension Case: TapeReadable {
    /// The envelope's two keys (`format`, `version`: the envelope reads them), written first,
    /// then the keys `Codable` writes for a case (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case format, version
        case absences, caseworker, citizen, closings, contactAttempts, conversations, coordinatingCaseworker, created, cv
        case episodes, exemptions, flexJobs, goals, guidance, id, injunctions, isDemo, lastChange, literacyTests
        case meetings, notes, offers, ordinaryHours, rehabilitationRecommendations, reminders, revision, sanctions
        case transfers, visitations
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        /// A list missing or null is empty. Entries that read themselves are read so; the
        /// others (`decodedList`) the `Codable` way.
        func list<Element: TapeReadable>(_ field: Field) throws -> [Element] {
            try members.ifPresent(field, members.entries) ?? []
        }
        func decodedList<Element: Decodable>(_ field: Field) throws -> [Element] {
            try members.ifPresent(field, members.list) ?? []
        }
        self.init(
            id: try members.text(.id), revision: try members.whole(.revision), created: try members.date(.created),
            caseworker: try members.text(.caseworker), coordinatingCaseworker: try members.ifPresent(.coordinatingCaseworker, members.text),
            isDemo: try members.ifPresent(.isDemo, members.flag) ?? false, citizen: try members.entry(.citizen),
            episodes: try list(.episodes), visitations: try list(.visitations), goals: try list(.goals),
            conversations: try list(.conversations), notes: try list(.notes), offers: try list(.offers),
            ordinaryHours: try decodedList(.ordinaryHours), injunctions: try decodedList(.injunctions), literacyTests: try decodedList(.literacyTests),
            guidance: try list(.guidance), exemptions: try list(.exemptions), absences: try list(.absences),
            contactAttempts: try list(.contactAttempts), sanctions: try decodedList(.sanctions), reminders: try list(.reminders),
            rehabilitationRecommendations: try list(.rehabilitationRecommendations), flexJobs: try list(.flexJobs),
            cv: try members.ifPresent(.cv, members.entry), closings: try decodedList(.closings), transfers: try decodedList(.transfers),
            meetings: try list(.meetings), lastChange: try members.ifPresent(.lastChange, members.entry))
    }
}
