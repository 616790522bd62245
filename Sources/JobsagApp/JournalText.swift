/// The keys of the texts of journal notes: the Journal tab's lines and details, the note
/// form's intro lines and the messages about fixed notes. Looked up as `journal.<case>` in
/// Resources/Strings/<lang>-journal.json (`strings[journal: .heading]`).
enum JournalText: String, StringTableKey, Sendable {
    static let prefix = "journal"

    case heading
    case subject
    case text
    case corrects
    case correctedBy
    case status
    case openToYou
    case openToAuthor
    case fixed
    case describeNote
    case newNoteIntro
    case editNoteIntro
    case correctionIntro
    case correctionTitle
    case correctionSubject
    case fixedEditOpensCorrection
    case fixedCannotDelete
    case undoRefused
    case readingTitle
}

extension Strings {
    /// The text of journal notes for `key` (`strings[journal: .heading]`).
    subscript(journal key: JournalText) -> String { entry(of: key) }

    func format(journal key: JournalText, _ arguments: CustomStringConvertible...) -> String { format(key, with: arguments) }
}
