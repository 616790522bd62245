import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// The search screen (`S`): hits as the user types, with the filter's folding; Enter opens the
/// case at the entry and logs the view once; Esc comes back to the hits; a colleague's case is
/// not searched without a reason.
@Suite struct SearchScreenTests {
    @Test func sOpensTheSearchAndTypingFindsEntriesInEveryCase() {
        var state = Fixtures.state()
        state.send(.character("S"))
        #expect(state.screen == .search)
        #expect(state.keyContext == .search)
        #expect(state.search?.index.caseCount == 5)
        state.type("lager")
        #expect(state.search?.hits.map(\.entryID) == ["g1", "c1"])  // the goal was made after the conversation
        state.send(.backspace, .backspace, .backspace, .backspace, .backspace)
        state.type("LÆGEERKLÆRING")
        #expect(state.search?.hits.map(\.entryID) == ["n3", "n2", "n1"])
        state.send(.ctrl("u"))
        state.type("aagaard")  // names are not searched, only what was written
        #expect(state.search?.hits.isEmpty == true)
    }

    @Test func letterKeysGoToTheQueryAndArrowsMove() {
        var state = Fixtures.state()
        state.send(.character("S"))
        state.type("jqg?")
        #expect(state.search?.query.text == "jqg?")
        #expect(state.overlay == nil)
        state.send(.ctrl("u"))
        state.type("søren")
        #expect((state.search?.hits.count ?? 0) >= 2)
        state.send(.down)
        #expect(state.search?.scroll.selected == 1)
        state.send(.up)
        #expect(state.search?.scroll.selected == 0)
    }

    @Test func enterOpensTheCaseAtTheEntryLogsTheViewOnceAndEscComesBack() {
        var state = Fixtures.state()
        state.send(.character("S"))
        state.type("ølstykke")
        let hits = state.search.map { Array($0.hits) } ?? []
        #expect(hits.map(\.entryID) == ["n3", "g1"])
        let effects = state.send(.enter)
        #expect(effects.contains(.audit(action: .view, caseID: "S-000001", changes: [], reason: nil)))
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.tab == .journal)
        #expect(state.selectedNote?.id == "n3")
        state.send(.escape)
        #expect(state.screen == .search)
        #expect(state.search?.query.text == "ølstykke")
        state.send(.down)
        let again = state.send(.enter)
        #expect(!again.contains { if case .audit = $0 { return true } else { return false } })
        #expect(state.detail?.tab == .plan)
        #expect(state.selectedEntryRef == .goal("g1"))
        state.send(.escape, .escape)
        #expect(state.screen == .caseload)
    }

    @Test func aSavedNoteIsFoundAtOnce() {
        var state = Fixtures.state()
        state.send(.character("S"))
        state.type("Brøndby")
        #expect(state.search?.hits.isEmpty == true)
        var item = state.cases["S-000002"]!
        item.notes.append(JournalNote(id: "n9", date: Fixtures.asOf, author: "MHJ", subject: "Praktik i Brøndby", text: "Aftalt."))
        item.revision += 1
        _ = state.update(.caseRefreshed(item))
        #expect(state.search?.hits.map(\.entryID) == ["n9"])
    }

    @Test func aChangedCaseKeepsTheSelectedHit() {
        var state = Fixtures.state()
        state.send(.character("S"))
        state.type("ølstykke")
        state.send(.down)
        #expect(state.search?.selectedHit?.entryID == "g1")
        var item = state.cases["S-000002"]!
        item.notes.append(JournalNote(id: "n9", date: Fixtures.asOf, author: "MHJ", subject: "Praktik i Ølstykke", text: ""))
        item.revision += 1
        _ = state.update(.caseRefreshed(item))
        #expect(state.search?.hits.map(\.entryID) == ["n3", "n9", "g1"])  // the same day: by case id
        #expect(state.search?.selectedHit?.entryID == "g1")
        #expect(state.search?.caseCount == 2)
    }

    @Test func aColleaguesCaseIsNotSearchedWithoutAReason() {
        let colleague = Caseworker(initials: "SØK", name: "Søren Kjær", role: .sagsbehandler, team: "Team Ledighed")
        let context = AppContext(user: Fixtures.caseworker, caseworkers: [Fixtures.caseworker, colleague], asOf: Fixtures.asOf, isDemo: true)
        var cases = Fixtures.cases
        cases[1].caseworker = "SØK"
        var state = AppState(context: context, cases: cases, strings: Strings(language: .da), theme: .monochrome,
                             size: Size(width: 80, height: 24), scope: .team)
        state.send(.character("S"))
        #expect(state.search?.index.caseCount == 4)
        state.type("pædagogisk")
        #expect(state.search?.hits.isEmpty == true)
    }

    @Test func theSearchScreenAt80x24AndWide() {
        var state = Fixtures.state()
        state.send(.character("S"))
        Golden.check(state.view(), "search-empty-80x24")
        state.type("søren")
        let frame = state.view()
        Golden.check(frame, "search-80x24")
        #expect(frame.cursor?.y == 1)
        _ = state.update(.resize(Size(width: 160, height: 45)))
        Golden.check(state.view(), "search-160x45")
        _ = state.update(.resize(Size(width: 60, height: 15)))
        Golden.check(state.view(), "search-60x15")
    }
}
