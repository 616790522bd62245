/// A journal note (journalnotat): something the caseworker writes down about the case that
/// is not a conversation (a phone call, a letter received, a consideration). Its author may
/// change it on the day it was written; after that it is fixed, and a correction is a new
/// note that names the note it corrects (`JournalNoteLock`).
public struct JournalNote: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    /// The day the note was written.
    public var date: CalendarDate
    /// Who wrote it: the only one who may change it, and only on `date`.
    public var author: Initials
    public var subject: String
    public var text: String
    /// The note this one corrects, when it is a correction of a fixed note.
    public var corrects: EntryID?

    public init(id: EntryID, date: CalendarDate, author: Initials, subject: String, text: String, corrects: EntryID? = nil) {
        self.id = id
        self.date = date
        self.author = author
        self.subject = subject
        self.text = text
        self.corrects = corrects
    }

    /// Whether `user` may still change or remove the note on `day`: its author, on the day
    /// it was written. `day` is the store's or the program's day, never read from a clock here.
    public func isOpen(to user: Initials, on day: CalendarDate) -> Bool {
        author == user && date == day
    }
}
