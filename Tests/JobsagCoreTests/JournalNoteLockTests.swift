import Testing
@testable import JobsagCore

/// The rule that fixes a journal note: its author, on its day; a correction is a new note.
@Suite struct JournalNoteLockTests {
    let day = CalendarDate("2026-12-03")!
    var nextDay: CalendarDate { day.adding(days: 1) }

    func item(_ notes: [JournalNote]) -> Case {
        Case(id: "S-000001", created: day, caseworker: "MHJ",
             citizen: Citizen(cpr: CPR("120385-1235")!, name: "Søren Ærø Andersen", preferredForm: .fysisk), notes: notes)
    }

    func note(_ id: EntryID = "n1", by author: Initials = "MHJ", on date: CalendarDate? = nil, text: String = "Ringede.") -> JournalNote {
        JournalNote(id: id, date: date ?? day, author: author, subject: "Telefon", text: text)
    }

    @Test func theAuthorChangesAndRemovesANoteOnItsDay() {
        let before = item([note()])
        #expect(JournalNoteLock.violation(from: before, to: item([note(text: "Ringede igen.")]), by: "MHJ", on: day) == nil)
        #expect(JournalNoteLock.violation(from: before, to: item([]), by: "MHJ", on: day) == nil)
        #expect(note().isOpen(to: "MHJ", on: day))
    }

    @Test func afterItsDayTheNoteIsFixed() {
        let before = item([note()])
        #expect(JournalNoteLock.violation(from: before, to: item([note(text: "Senere.")]), by: "MHJ", on: nextDay)?.reason == .fixed)
        #expect(JournalNoteLock.violation(from: before, to: item([]), by: "MHJ", on: nextDay)?.reason == .fixed)
        #expect(!note().isOpen(to: "MHJ", on: nextDay))
        // Unchanged, it may stay beside a correction written the next day.
        let correction = JournalNote(id: "n2", date: nextDay, author: "MHJ", subject: "Rettelse: Telefon", text: "Det var i går.", corrects: "n1")
        #expect(JournalNoteLock.violation(from: before, to: item([note(), correction]), by: "MHJ", on: nextDay) == nil)
    }

    @Test func anotherCaseworkerNeitherChangesNorWritesInTheAuthorsName() {
        let before = item([note()])
        #expect(JournalNoteLock.violation(from: before, to: item([note(text: "Andet.")]), by: "SØK", on: day)?.reason == .notTheAuthor)
        #expect(!note().isOpen(to: "SØK", on: day))
        #expect(JournalNoteLock.violation(from: before, to: item([note(), note("n2", by: "MHJ")]), by: "SØK", on: day)?.reason == .writtenInAnothersName)
        #expect(JournalNoteLock.violation(from: nil, to: item([note(by: "MHJ")]), by: "SØK", on: day)?.reason == .writtenInAnothersName)
        #expect(JournalNoteLock.violation(from: before, to: item([note(), note("n2", by: "SØK")]), by: "SØK", on: day) == nil)
    }

    @Test func aNoteKeepsItsDayAndAuthor() {
        let before = item([note()])
        #expect(JournalNoteLock.violation(from: before, to: item([note(on: nextDay)]), by: "MHJ", on: day)?.reason == .dateOrAuthorChanged)
    }

    @Test func theMessagesSayWhatToDoInstead() {
        let fixed = JournalNoteLock.Violation(note: note(), reason: .fixed).message
        #expect(fixed.da == "Journalnotatet fra 03.12.2026 af MHJ er låst: et notat kan kun rettes samme dag, det er skrevet. Skriv et nyt notat som rettelse.")
        #expect(fixed.en.contains("Write a new note as a correction."))
    }
}
