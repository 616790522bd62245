import JobsagCore

/// A journal note read from the tape member by member (`TapeReadable`).
extension JournalNote: TapeReadable {
    /// The keys `Codable` writes for a note (the properties' names), in byte order.
    private enum Field: Int, CaseIterable, CodingKey {
        case author, corrects, date, id, subject, text
    }

    static let tapeKeys = TapeKeys(of: Field.self)

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws {
        let members = try TapeMembers<Field>(of: object, in: document, keys: Self.tapeKeys)
        self.init(
            id: try members.text(.id), date: try members.date(.date), author: try members.text(.author),
            subject: try members.text(.subject), text: try members.text(.text), corrects: try members.ifPresent(.corrects, members.text))
    }
}
