import JobsagCore

/// A conversation read from the tape member by member (`TapeReadable`): a case holds them
/// by the dozen, and read through `Codable`'s containers they were most of the time a case
/// took to read.
extension Conversation: TapeReadable {
    /// The keys `Codable` writes for a conversation (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case agreements, date, educationFocus, form, formChosenBy, formReason, id, injunctionFollowedUp, jobFocus, kind
        case outcome, participants, recordedBy, resourceFocus, rightsGuidanceGiven, summary
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), kind: try members.raw(.kind), form: try members.raw(.form),
            formChosenBy: try members.raw(.formChosenBy), formReason: try members.text(.formReason), outcome: try members.raw(.outcome),
            participants: try members.text(.participants), summary: try members.text(.summary), agreements: try members.text(.agreements),
            jobFocus: try members.flag(.jobFocus), resourceFocus: try members.flag(.resourceFocus),
            educationFocus: try members.flag(.educationFocus), injunctionFollowedUp: try members.flag(.injunctionFollowedUp),
            rightsGuidanceGiven: try members.flag(.rightsGuidanceGiven), recordedBy: try members.text(.recordedBy))
    }
}
