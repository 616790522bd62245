import JobsagCore

/// A case read from the tape member by member (`TapeReadable`), as `Case.init(from:)` reads
/// it: a list missing or null is empty; its entries each read the way their type reads.
extension Case: TapeReadable {
    /// The envelope's two keys (`format`, `version`: the envelope reads them), written first,
    /// then the keys `Codable` writes for a case (the properties' names), in byte order.
    private enum Field: Int, CaseIterable {
        case format, version
        case absences, caseworker, citizen, closings, contactAttempts, conversations, coordinatingCaseworker, created, cv
        case episodes, exemptions, flexJobs, goals, guidance, id, injunctions, isDemo, lastChange, literacyTests
        case meetings, notes, offers, ordinaryHours, rehabilitationRecommendations, reminders, revision, sanctions
        case transfers, visitations
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        /// A list missing or null is empty.
        func list<Element: Decodable>(_ field: Field) throws -> [Element] {
            try members.ifPresent(field, members.list) ?? []
        }
        self.init(
            id: try members.text(.id), revision: try members.whole(.revision), created: try members.date(.created),
            caseworker: try members.text(.caseworker), coordinatingCaseworker: try members.ifPresent(.coordinatingCaseworker, members.text),
            isDemo: try members.ifPresent(.isDemo, members.flag) ?? false, citizen: try members.read(.citizen),
            episodes: try list(.episodes), visitations: try list(.visitations), goals: try list(.goals),
            conversations: try list(.conversations), notes: try list(.notes), offers: try list(.offers),
            ordinaryHours: try list(.ordinaryHours), injunctions: try list(.injunctions), literacyTests: try list(.literacyTests),
            guidance: try list(.guidance), exemptions: try list(.exemptions), absences: try list(.absences),
            contactAttempts: try list(.contactAttempts), sanctions: try list(.sanctions), reminders: try list(.reminders),
            rehabilitationRecommendations: try list(.rehabilitationRecommendations), flexJobs: try list(.flexJobs),
            cv: try members.ifPresent(.cv, members.read), closings: try list(.closings), transfers: try list(.transfers),
            meetings: try list(.meetings), lastChange: try members.ifPresent(.lastChange, members.read))
    }
}
