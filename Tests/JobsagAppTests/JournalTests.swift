import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Journal notes in the program: the Journal tab newest first, `J` and the palette open the
/// form, its author changes a note the same day, after that `e` writes a correction, Delete
/// and undo leave a fixed note alone, Enter reads the whole note, Historik names it.
@Suite struct JournalTests {
    /// The fixture's Søren Ærø Andersen (S-000001) at the Journal tab.
    static func atJournal(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = Fixtures.state(size: size)
        state.send(.character("o"), .home, .down, .down, .enter, .character("4"))
        return state
    }

    @Test func theJournalTabListsTheNotesNewestFirst() {
        let state = Self.atJournal()
        #expect(state.detail?.tab == .journal)
        let lines = state.entries(.journal, of: "S-000001").map(\.id)
        #expect(lines == ["n3", "n2", "n1"])
    }

    @Test func jWritesANoteDatedTodayInTheUsersName() {
        var state = Self.atJournal()
        state.send(.character("J"))
        #expect(state.form?.kind == .journalNote)
        #expect(state.form?.focusedField?.id == "subject")
        state.type("Brev fra Ærø Kommune")
        state.send(.tab)
        state.type("Første linje.")
        state.send(.enter)
        state.type("Anden linje med æ ø å.")
        let effects = state.save()
        guard let saved = savedCases(effects).first, let note = saved.notes.last else {
            Issue.record("nothing saved: \(effects)")
            return
        }
        #expect(note.subject == "Brev fra Ærø Kommune")
        #expect(note.text == "Første linje.\nAnden linje med æ ø å.")
        #expect(note.date == Fixtures.asOf && note.author == "MHJ" && note.corrects == nil)
        state.store(effects)
        #expect(state.message?.text == "Gemt: journalnotat 23.11.2026 »Brev fra Ærø Kommune«")
        #expect(state.entries(.journal, of: "S-000001").first?.id == note.id)
        #expect(state.selectedNote?.id == note.id)  // the new note is selected, at the top
    }

    @Test func thePaletteAndTheCaseloadOpenTheForm() {
        var state = Fixtures.state()
        state.send(.character(":"))
        state.type("journalnotat")
        state.send(.enter)
        #expect(state.form?.kind == .journalNote)
        state.send(.escape)
        #expect(state.overlay == nil)
        state.send(.character("J"))
        #expect(state.form?.kind == .journalNote)
    }

    @Test func emptySubjectOrTextIsADanishMessageAndNothingIsSaved() {
        var state = Self.atJournal()
        state.send(.character("J"))
        #expect(state.save().isEmpty)
        #expect(state.form?.errors["subject"] != nil)
        #expect(state.form?.errors["text"] != nil)
        #expect(state.message?.kind == .error)
    }

    @Test func theAuthorChangesTodaysNoteWithE() {
        var state = Self.atJournal()
        #expect(state.selectedNote?.id == "n3")
        state.send(.character("e"))
        #expect(state.form?.entryID == "n3")
        #expect(state.form?.title == "Ret journalnotat")
        state.apply([.text("text", "Søren ringede og meldte afbud.")])
        let saved = savedCases(state.save()).first
        #expect(saved?.notes.first { $0.id == "n3" }?.text == "Søren ringede og meldte afbud.")
        #expect(saved?.notes.count == 3)
    }

    @Test func eOnAFixedNoteWritesACorrectionThatNamesIt() {
        var state = Self.atJournal()
        state.send(.down, .down)  // n1, 14.10.2026
        #expect(state.selectedNote?.id == "n1")
        state.send(.character("e"))
        #expect(state.form?.entryID == nil)
        #expect(state.form?.target?.parentID == "n1")
        #expect(state.form?.fields.first?.value.snapshot == "Rettelse: Lægeerklæring modtaget")
        #expect(state.form?.focusedField?.id == "text")
        #expect(state.form?.intro.first?.text.hasPrefix("Rettelse til journalnotat 14.10.2026 »Lægeerklæring modtaget« af MHJ.") == true)
        #expect(state.message?.text == "Notatet fra 14.10.2026 af MHJ er låst: du skriver en rettelse.")
        state.type("Det var 12 timer.")
        let effects = state.save()
        guard let saved = savedCases(effects).first else {
            Issue.record("not saved")
            return
        }
        #expect(saved.notes.first { $0.id == "n1" } == Fixtures.cases[0].notes.first)
        #expect(saved.notes.last?.corrects == "n1")
        #expect(saved.notes.last?.date == Fixtures.asOf)
        state.store(effects)
        #expect(state.selectedNote?.corrects == "n1")
        #expect(state.selectedNote.map { EntryText(strings: state.strings, asOf: Fixtures.asOf).noteDetails($0, in: saved) }?
            .contains { $0.label == "Retter" && $0.text == "journalnotat 14.10.2026 »Lægeerklæring modtaget«" } == true)
    }

    @Test func aFixedNoteCannotBeDeletedButTodaysCan() {
        var state = Self.atJournal()
        state.send(.down)  // n2, 15.10.2026
        state.send(.delete)
        #expect(state.overlay == nil)
        #expect(state.message?.text == "Låst notat (15.10.2026, MHJ) kan ikke slettes; skriv en rettelse med e.")
        state.send(.up, .delete)
        guard case .confirm(let confirm)? = state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirm.question.contains("journalnotat 23.11.2026 »Telefon fra Søren«"))
        let effects = state.send(.character("j"))
        #expect(savedCases(effects).first?.notes.map(\.id) == ["n1", "n2"])
    }

    @Test func anotherCaseworkersNoteOfTodayIsTheirs() {
        var state = Self.atJournal()
        var item = state.cases["S-000001"]!
        item.notes.append(JournalNote(id: "n4", date: Fixtures.asOf, author: "SØK", subject: "Dækker for MHJ", text: "Ringede til Søren."))
        item.revision += 1
        _ = state.update(.caseRefreshed(item))
        state.send(.home)
        #expect(state.selectedNote?.id == "n4")
        state.send(.character("e"))
        #expect(state.form?.entryID == nil)
        #expect(state.form?.target?.parentID == "n4")
    }

    @Test func undoThatWouldChangeAFixedNoteIsRefused() {
        var state = Self.atJournal()
        // A note saved "today" (as of the program's day), then the day is over: the next
        // program's day; undo would remove a note of an earlier day.
        state.send(.character("J"))
        state.apply([.text("subject", "Kort notat"), .text("text", "Tekst.")])
        state.store(state.save())
        #expect(state.undoStack.count == 1)
        var later = AppState(context: AppContext(user: Fixtures.caseworker, caseworkers: [Fixtures.caseworker],
                                                 asOf: Fixtures.asOf.adding(days: 1), isDemo: true),
                             cases: Array(state.cases.values), strings: Strings(language: .da), theme: .monochrome,
                             size: Size(width: 80, height: 24))
        later.undoStack = state.undoStack
        let effects = later.send(.character("u"))
        #expect(effects.isEmpty)
        #expect(later.message?.text.hasPrefix("Kan ikke fortryde: Journalnotatet fra 23.11.2026 af MHJ er låst") == true)
    }

    @Test func enterReadsTheWholeNoteWithItsLineBreaks() {
        var state = Self.atJournal(size: Size(width: 60, height: 15))
        state.send(.enter)
        guard case .reading(let reading)? = state.overlay else {
            Issue.record("no reading window")
            return
        }
        #expect(reading.title == "Journalnotat 23.11.2026")
        #expect(state.readingRows(reading).rows.contains { $0.text.hasPrefix("Han forventer at møde igen") })
        #expect(state.keyContext == .reading)
        let (box, rows) = state.readingRows(reading)
        state.send(.character("G"))
        if case .reading(let end)? = state.overlay { #expect(end.top == max(0, rows.count - (box.height - 2))) }
        state.send(.escape)
        #expect(state.overlay == nil)
    }

    @Test func historikNamesTheNoteInWords() {
        var state = Self.atJournal()
        state.send(.character("7"))
        let event = AuditEvent(time: Timestamp(secondsSince1970: 1_795_000_000), user: "MHJ", action: .update, caseID: "S-000001",
                               changes: ["notes[n2]", "notes[n3].text"])
        _ = state.update(.historyLoaded("S-000001", [event], problems: []))
        guard case .auditEvent(let line)? = state.entries(.history, of: "S-000001").first?.payload else {
            Issue.record("no history line")
            return
        }
        #expect(line.changes == ["Journalnotat 15.10.2026 »Rettelse: Lægeerklæring modtaget«", "Journalnotat 23.11.2026 »Telefon fra Søren« › tekst"])
    }

    @Test func theJournalTabAndTheNoteFormAt80x24() {
        var state = Self.atJournal()
        Golden.check(state.view(), "case-journal-80x24")
        state.send(.down, .down, .character("e"))
        state.type("Det var 12 timer, ikke 15 – bekræftet af lægen på Ærø.")
        Golden.check(state.view(), "form-journal-correction-80x24")
        state.send(.escape, .character("j"))
        state.send(.home, .enter)
        Golden.check(state.view(), "journal-reading-80x24")
    }
}
