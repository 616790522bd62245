/// What fixes journal notes, checked by the program before it saves and by the store when it
/// saves: a note may be changed or removed only by its author on the day it was written, and
/// a new note is written in the name of the one who saves it.
public enum JournalNoteLock {
    /// A change to the notes that is not allowed, and why.
    public struct Violation: Hashable, Sendable {
        public enum Reason: Hashable, Sendable {
            /// The note was written on an earlier (or another) day: it is fixed.
            case fixed
            /// Someone other than its author changed or removed it.
            case notTheAuthor
            /// A new note names someone other than the one saving it as its author.
            case writtenInAnothersName
            /// A change moved the note to another day or gave it another author.
            case dateOrAuthorChanged
        }

        public var note: JournalNote
        public var reason: Reason

        /// The message for the user: which note, why, and what to do instead.
        public var message: LocalizedText {
            let date = note.date
            switch reason {
            case .fixed:
                return LocalizedText(
                    da: "Journalnotatet fra \(date.danish) af \(note.author) er låst: et notat kan kun rettes samme dag, det er skrevet. Skriv et nyt notat som rettelse.",
                    en: "The journal note of \(date.iso) by \(note.author) is fixed: a note can only be changed on the day it was written. Write a new note as a correction.")
            case .notTheAuthor:
                return LocalizedText(
                    da: "Journalnotatet fra \(date.danish) er skrevet af \(note.author) og kan kun rettes af \(note.author). Skriv et nyt notat som rettelse.",
                    en: "The journal note of \(date.iso) was written by \(note.author) and can only be changed by \(note.author). Write a new note as a correction.")
            case .writtenInAnothersName:
                return LocalizedText(
                    da: "Et nyt journalnotat skal have den, der gemmer det, som forfatter (ikke \(note.author)).",
                    en: "A new journal note must have the one saving it as its author (not \(note.author)).")
            case .dateOrAuthorChanged:
                return LocalizedText(
                    da: "Journalnotatet fra \(date.danish) af \(note.author) kan ikke få en anden dato eller forfatter.",
                    en: "The journal note of \(date.iso) by \(note.author) cannot get another date or author.")
            }
        }
    }

    /// The first change from `before` to `after` (nil: a new case) that `user` may not make
    /// on `day`, or nil when every change to the notes is allowed.
    public static func violation(from before: Case?, to after: Case, by user: Initials, on day: CalendarDate) -> Violation? {
        let old = Dictionary((before?.notes ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for note in before?.notes ?? [] where new[note.id] != note {
            if note.author != user { return Violation(note: note, reason: .notTheAuthor) }
            if note.date != day { return Violation(note: note, reason: .fixed) }
            if let changed = new[note.id], changed.date != note.date || changed.author != note.author {
                return Violation(note: note, reason: .dateOrAuthorChanged)
            }
        }
        for note in after.notes where old[note.id] == nil && note.author != user {
            return Violation(note: note, reason: .writtenInAnothersName)
        }
        return nil
    }
}
