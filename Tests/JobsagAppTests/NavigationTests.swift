import Testing
import JobsagCore
import JobsagReview
import TerminalKit
@testable import JobsagApp

/// Esc goes back exactly one screen through a stack that holds each screen once, so a few
/// Esc always reach the caseload; a list moved while another screen is on top keeps a full page.
@Suite struct NavigationTests {
    @Test func theStackHoldsEachScreenOnceWithTheCaseloadAtTheBottom() {
        var stack = ScreenStack()
        #expect(stack.current == .caseload)
        stack.back()
        #expect(stack.screens == [.caseload])
        stack.open(.caseDetail)
        stack.open(.agenda)
        #expect(stack.screens == [.caseload, .caseDetail, .agenda])
        // A case opened from the agenda moves the case screen to the top.
        stack.open(.caseDetail)
        #expect(stack.screens == [.caseload, .agenda, .caseDetail])
        stack.remove(.agenda)
        #expect(stack.screens == [.caseload, .caseDetail])
        stack.remove(.caseload)
        stack.open(.review)
        stack.open(.caseload)
        #expect(stack.screens == [.caseload])
    }

    /// The loop of issue 14: Enter on a case, `a`, Enter on an item, then Esc alternated
    /// between Påmindelser and Sagen forever.
    @Test(arguments: [Key.escape, .character("q")])
    func theAgendaLoopEndsAtTheCaseloadAfterTwoBacks(back: Key) {
        var state = Fixtures.state()
        state.send(.enter, .character("a"), .enter)
        #expect(state.screen == .caseDetail)
        #expect(state.navigation.screens == [.caseload, .agenda, .caseDetail])
        #expect(state.send(back).isEmpty)
        #expect(state.screen == .agenda)
        state.send(back)
        #expect(state.screen == .caseload)
        #expect(state.send(.escape).isEmpty)
        #expect(state.screen == .caseload)
        #expect(state.send(.character("q")) == [.quit])
    }

    @Test func everyPathBackGoesOneScreen() {
        var state = Fixtures.state()
        // Caseload -> case -> agenda: back to the case as it was left.
        state.send(.enter, .character("3"), .character("a"))
        #expect(state.screen == .agenda)
        state.send(.escape)
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.tab == .conversations)
        state.send(.escape)
        #expect(state.screen == .caseload)
        // Caseload -> agenda (also by the palette from a case) -> back.
        state.send(.character("a"), .escape)
        #expect(state.screen == .caseload)
        state.send(.enter, .character(":"))
        state.type("hele sagsstammen")
        state.send(.enter)
        #expect(state.navigation.screens == [.caseload, .caseDetail, .agenda])
        state.send(.escape, .escape)
        #expect(state.screen == .caseload)
    }

    @Test func theSpotCheckScreenAndACaseOpenedFromItGoBackOneEach() throws {
        var state = ReviewScreenTests.state()
        _ = try #require(ReviewScreenTests.startRound(&state))
        state.send(.character("o"))
        #expect(state.navigation.screens == [.caseload, .review, .caseDetail])
        state.send(.character("a"), .enter)
        #expect(state.navigation.screens == [.caseload, .review, .agenda, .caseDetail])
        for expected in [Screen.agenda, .review, .caseload, .caseload] {
            state.send(.escape)
            #expect(state.screen == expected)
        }
    }

    @Test func aCaseThatLeavesTheScopeLeavesTheStack() {
        var state = Fixtures.state()
        state.send(.enter, .character("a"))
        let opened = state.detail?.caseID
        _ = state.update(.scopeLoaded(state.evaluated(Fixtures.cases.filter { $0.id != opened }), locked: [], .own))
        #expect(state.navigation.screens == [.caseload, .agenda])
    }

    /// Issue 14: "back from the agenda the caseload draws one row". A case opened from the
    /// agenda is selected in the caseload, which was scrolled for the agenda's one-row page.
    @Test func theCaseloadShowsAFullPageAfterTheAgendaAndAfterASave() throws {
        var state = Fixtures.state()
        state.send(.character("a"))
        // The item of the case lowest in the caseload.
        let position = { (id: CaseID) in state.visibleRows.firstIndex { state.rows[$0].id == id } ?? 0 }
        let lowest = try #require(AgendaRefreshTests.agendaItems(state).map(\.caseID).max { position($0) < position($1) })
        #expect(position(lowest) >= 3)
        try AgendaRefreshTests.select(&state) { $0.caseID == lowest }
        state.send(.enter, .escape, .escape)
        #expect(state.screen == .caseload)
        #expect(state.caseload.scroll.top == 0)
        #expect(state.view().plainText.components(separatedBy: "\n").filter { $0.contains("-xxxx") }.count == 5)

        // A save made in the case (narrow screen) re-sorts the caseload behind it.
        state.send(.enter, .character("s"))
        state.apply([.text("summary", "Samtale om praktik.")])
        #expect(state.store(state.save()) != nil)
        state.send(.escape)
        #expect(state.caseload.scroll.selected >= 3)
        #expect(state.caseload.scroll.top == 0)
    }

    /// A form opened by the palette in the agenda is for the agenda's selected case; back in
    /// a case under the agenda that the save changed, Historik is read again.
    @Test func backToACaseReadsTheHistoryASaveDropped() throws {
        var state = Fixtures.state()
        state.send(.enter)
        let id = try #require(state.detail?.caseID)
        _ = state.update(.historyLoaded(id, [], problems: []))
        state.send(.character("a"))
        try AgendaRefreshTests.select(&state) { $0.caseID == id }
        state.send(.character(":"))
        state.type("kontaktforsøg")
        state.send(.enter)
        #expect(state.form?.caseID == id)
        state.store(state.save())
        #expect(state.histories[id] == nil)
        #expect(state.send(.escape) == [.loadHistory(id)])
        #expect(state.screen == .caseDetail)
    }
}

/// Every list is recomputed after a change, wherever it was made: the agenda follows a
/// save made in a case opened from it.
@Suite struct AgendaRefreshTests {
    static func agendaItems(_ state: AppState) -> [AgendaItem] {
        state.agenda.lines.compactMap { line in
            if case .item(let item) = line { return item }
            return nil
        }
    }

    /// Moves the agenda's selection to the first item that `matches`.
    static func select(_ state: inout AppState, _ matches: (AgendaItem) -> Bool) throws {
        let line = try #require(state.agenda.lines.firstIndex { line in
            if case .item(let item) = line { return matches(item) }
            return false
        })
        state.send(.home)
        while state.agenda.scroll.selected < line { state.send(.down) }
    }

    @Test func anOwnReminderOpensSelectedAndLeavesTheAgendaWhenDone() throws {
        var state = Fixtures.state()
        state.send(.character("a"))
        let before = Self.agendaItems(state)
        try Self.select(&state) { if case .reminder = $0.due.source { return true } else { return false } }
        let next = Self.agendaItems(state).firstIndex { $0.identity == state.agenda.selectedItem?.identity }.map { before[$0 + 1].identity }
        state.send(.enter)
        #expect(state.detail?.tab == .reminders)
        #expect(state.selectedEntryRef == .reminder("p1"))

        state.store(state.send(.character("x")))
        state.send(.escape)
        #expect(state.screen == .agenda)
        let after = Self.agendaItems(state)
        #expect(after.count == before.count - 1)
        #expect(!after.contains { if case .reminder = $0.due.source { return true } else { return false } })
        #expect(state.view().plainText.contains("\(after.count) ting forfalder"))
        // The item that took the reminder's place is selected.
        #expect(state.agenda.selectedItem?.identity == next)
    }

    /// An own reminder reads the same in the agenda and in the case (symbol, date, "Egen: …"),
    /// and the case opened from the agenda shows it selected, with its details below.
    @Test func anOwnReminderLooksTheSameInTheAgendaAndTheCase() throws {
        var state = Fixtures.state()
        state.send(.character("a"))
        let line = "!  25.11.26 Egen: Ring til Coop om ny praktik"
        #expect(state.view().plainText.contains("!  25.11.26 Søren Ærø Andersen   Egen: Ring til Coop om ny praktik"))
        try Self.select(&state) { if case .reminder = $0.due.source { return true } else { return false } }
        state.send(.enter)
        let screen = state.view().plainText
        #expect(screen.contains(line))
        #expect(screen.contains("Påmindelse  Ring til Coop om ny praktik"))
        #expect(state.selectedEntryRef == .reminder("p1"))
    }

    @Test func aConversationRecordedFromTheAgendaTakesItsDutyOff() throws {
        var state = Fixtures.state()
        state.send(.character("a"))
        let before = Self.agendaItems(state)
        try Self.select(&state) { $0.caseID == "S-000002" && $0.due.tiebreak.hasPrefix("1KF.FOERSTE.1U") }
        let duty = try #require(state.agenda.selectedItem?.identity)
        state.send(.enter)
        #expect(state.detail?.caseID == "S-000002")
        state.send(.character("s"))
        state.apply([.text("summary", "Første samtale.")])
        #expect(state.store(state.save()) != nil)
        state.send(.escape)
        let after = Self.agendaItems(state)
        #expect(!after.contains { $0.identity == duty })
        // The same as the agenda opened afresh (the conversation may bring duties of its own).
        let fresh = AgendaState(rows: state.rows, assessments: state.assessments, dueItems: state.dueItems, asOf: Fixtures.asOf)
        #expect(after.map(\.identity) == fresh.lines.compactMap { if case .item(let item) = $0 { item.identity } else { nil } })
        #expect(after.map(\.identity) != before.map(\.identity))
        #expect(state.view().plainText.contains("\(after.count) ting forfalder"))
    }

    /// Off the stack the agenda is not recomputed on every save; opened again it is built
    /// afresh, at its first item.
    @Test func theAgendaIsBuiltAfreshWhenOpenedAgain() {
        var state = Fixtures.state()
        state.send(.character("a"), .down, .down, .escape, .enter, .character("s"))
        let stale = Self.agendaItems(state).map(\.identity)
        state.apply([.text("summary", "Samtale.")])
        #expect(state.store(state.save()) != nil)
        #expect(Self.agendaItems(state).map(\.identity) == stale)
        state.send(.escape, .character("a"))
        let fresh = AgendaState(rows: state.rows, assessments: state.assessments, dueItems: state.dueItems, asOf: Fixtures.asOf)
        #expect(Self.agendaItems(state).map(\.identity) == fresh.lines.compactMap { if case .item(let item) = $0 { item.identity } else { nil } })
        #expect(Self.agendaItems(state).map(\.identity) != stale)
        #expect(state.agenda.scroll.selected == 1)
    }
}

/// `g`/Home and `G`/End in every list: the caseload, each tab of a case, the agenda, the
/// spot-check checklist, the help, the palette, the pickers and a form's choice.
@Suite struct TopAndBottomTests {
    @Test(arguments: [(Key.character("G"), Key.character("g")), (.end, .home)])
    func caseloadAndEveryTab(bottom: Key, top: Key) {
        var state = Fixtures.state()
        state.send(bottom)
        #expect(state.caseload.scroll.selected == state.visibleRows.count - 1)
        state.send(top)
        #expect(state.caseload.scroll.selected == 0)
        state.send(.character("o"), .home, .down, .down, .enter)  // Søren Ærø Andersen
        _ = state.update(.historyLoaded("S-000001", (0..<40).map { AuditEvent(time: Timestamp(secondsSince1970: 1_790_000_000 + Int64($0)), user: "MHJ", action: .update, caseID: "S-000001") }, problems: []))
        for tab in DetailTab.allCases {
            state.send(.character(Character(String(tab.rawValue + 1))))
            let count = state.entries(tab, of: "S-000001").count
            #expect(count > 0, "tab \(tab)")
            state.send(bottom)
            #expect(state.detail?.scroll.selected == count - 1, "tab \(tab)")
            state.send(top)
            #expect(state.detail?.scroll.selected == 0, "tab \(tab)")
            #expect(state.detail?.scroll.top == 0, "tab \(tab)")
        }
    }

    @Test(arguments: [(Key.character("G"), Key.character("g")), (.end, .home)])
    func agendaSkipsTheHeadings(bottom: Key, top: Key) {
        var state = Fixtures.state()
        state.send(.character("a"), .down, .down)
        state.send(top)
        #expect(state.agenda.scroll.selected == 1)
        #expect(state.agenda.scroll.top == 0)
        state.send(bottom)
        #expect(state.agenda.scroll.selected == state.agenda.lines.count - 1)
        state.send(top)
        #expect(state.agenda.scroll.selected == 1)
        #expect(state.agenda.scroll.top == 0)
        state.send(.pageDown, .pageUp)
        #expect(state.agenda.scroll.selected == 1)
    }

    @Test(arguments: [(Key.character("G"), Key.character("g")), (.end, .home)])
    func spotCheckChecklistAndRoundsList(bottom: Key, top: Key) throws {
        var state = ReviewScreenTests.state()
        let round = try #require(ReviewScreenTests.startRound(&state))
        let count = state.reviewing?.review?.checkpoints.count ?? 0
        state.send(bottom)
        #expect(state.reviewing?.scroll.selected == count - 1)
        state.send(top)
        #expect(state.reviewing?.scroll.selected == 0)
        state.send(.escape)
        _ = state.update(.roundsLoaded([round, round], problems: []))
        state.send(bottom)
        #expect(state.pickerScroll?.selected == 2)
        state.send(top)
        #expect(state.pickerScroll?.selected == 0)
    }

    @Test func helpAndPaletteMoveWithHomeAndEndAndTypeLetters() {
        var state = Fixtures.state()
        state.send(.character("?"), .end)
        guard case .help(let help)? = state.overlay else {
            Issue.record("no help")
            return
        }
        #expect(help.scroll.selected == state.helpEntries(help).count - 1)
        state.send(.home)
        if case .help(let help)? = state.overlay { #expect(help.scroll.selected == 0) }
        state.send(.character("g"))
        if case .help(let help)? = state.overlay { #expect(help.search.text == "g") }
        state.send(.escape, .character(":"), .end)
        guard case .picker(let palette)? = state.overlay else {
            Issue.record("no palette")
            return
        }
        #expect(palette.scroll.selected == palette.shownOptions.count - 1)
        state.send(.home)
        #expect(state.pickerScroll?.selected == 0)
        state.send(.character("G"))
        if case .picker(let typed)? = state.overlay { #expect(typed.search?.text == "G") }
    }

    @Test(arguments: [(Key.character("G"), Key.character("g")), (.end, .home)])
    func quickFilterPicker(bottom: Key, top: Key) {
        var state = Fixtures.state()
        state.send(.character("f"), bottom)
        guard case .picker(let picker)? = state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(picker.scroll.selected == picker.options.count - 1)
        state.send(top)
        #expect(state.pickerScroll?.selected == 0)
    }

    @Test func aChoiceFieldTakesItsFirstAndLastOptionWithHomeAndEnd() throws {
        var state = Fixtures.state()
        state.send(.enter, .character("s"))
        let form = try #require(state.form)
        let kind = try #require(form.fields.firstIndex { $0.id == "kind" })
        state.overlay = .form({ var moved = form; moved.focus = kind; return moved }())
        state.send(.end)
        guard case .choice(let options, let selected)? = state.form?.fields[kind].value else {
            Issue.record("no choice")
            return
        }
        #expect(selected == options.count - 1)
        state.send(.home)
        if case .choice(_, let first)? = state.form?.fields[kind].value { #expect(first == 0) }
    }

    @Test(arguments: [(Key.character("G"), Key.character("g")), (.end, .home)])
    func theWhyTextScrollsToItsEndsAndNoFurther(bottom: Key, top: Key) {
        var state = Fixtures.state(size: Size(width: 60, height: 15))
        state.send(.enter, .enter)
        guard case .why? = state.overlay else {
            Issue.record("no why")
            return
        }
        state.send(bottom)
        guard case .why(let why)? = state.overlay else { return }
        let (box, rows) = state.readingRows(why)
        #expect(rows.count > box.height - 2)
        #expect(why.top == rows.count - (box.height - 2))
        state.send(.down, .down)
        if case .why(let end)? = state.overlay { #expect(end.top == why.top) }
        state.send(.up, top)
        if case .why(let start)? = state.overlay { #expect(start.top == 0) }
    }
}

extension AppState {
    /// The selection of the picker shown.
    var pickerScroll: ListScroll? {
        if case .picker(let picker)? = overlay { return picker.scroll }
        return nil
    }
}
