import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// The mouse hit-tested against the layout: a click selects the row or tab under it, a
/// click on the selected row opens it, the wheel moves the selection; typing is never
/// disturbed by a click.
@Suite struct MouseTests {
    private func click(_ state: inout AppState, x: Int, y: Int) -> [Effect] {
        state.update(.mouse(MouseEvent(.press, x: x, y: y)))
    }

    @Test func aClickSelectsTheCaseloadRowUnderItAndASecondOpensIt() throws {
        var state = Fixtures.state()
        let list = try #require(Layout(state: state).caseloadList)
        #expect(state.caseload.scroll.selected == 0)
        _ = click(&state, x: list.x + 3, y: list.y + 2)
        #expect(state.caseload.scroll.selected == 2)
        #expect(state.screen == .caseload)
        let chosen = state.selectedRow?.id
        _ = click(&state, x: list.x + 3, y: list.y + 2)
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.caseID == chosen)
    }

    @Test func aClickBelowTheLastRowOrOnTheHeadingsDoesNothing() throws {
        var state = Fixtures.state()
        let list = try #require(Layout(state: state).caseloadList)
        #expect(click(&state, x: 1, y: list.y - 1).isEmpty)
        #expect(click(&state, x: 1, y: list.maxY - 1).isEmpty)
        #expect(state.caseload.scroll.selected == 0)
        #expect(state.screen == .caseload)
    }

    @Test func theWheelMovesTheSelectionThreeRowsANotch() {
        var state = Fixtures.state()
        _ = state.update(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(state.caseload.scroll.selected == min(3, state.visibleRows.count - 1))
        _ = state.update(.mouse(MouseEvent(.wheelUp, x: 5, y: 5)))
        #expect(state.caseload.scroll.selected == 0)
    }

    @Test func aClickOnATabShowsThatTab() throws {
        var state = Fixtures.state()
        state.send(.enter)
        let parts = try #require(Layout(state: state).detailParts)
        let titles = DetailTab.allCases.map { state.strings.tabTitle($0) }
        let labels = TabBar.labels(titles, selected: 0, width: parts.tabs.width)
        // The middle of the third tab's label.
        let x = parts.tabs.x + DisplayWidth.of(labels[0]) + DisplayWidth.of(labels[1]) + DisplayWidth.of(labels[2]) / 2
        _ = click(&state, x: x, y: parts.tabs.y)
        #expect(state.detail?.tab == .conversations)
    }

    @Test func aClickOnATabOfThePreviewBesideTheCaseloadOpensTheCaseThere() throws {
        var state = Fixtures.state(size: Size(width: 160, height: 45))
        let parts = try #require(Layout(state: state).detailParts)
        let titles = DetailTab.allCases.map { state.strings.tabTitle($0) }
        let labels = TabBar.labels(titles, selected: 0, width: parts.tabs.width)
        let x = parts.tabs.x + labels.prefix(3).reduce(0) { $0 + DisplayWidth.of($1) } + 2
        let chosen = state.selectedRow?.id
        _ = click(&state, x: x, y: parts.tabs.y)
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.caseID == chosen)
        #expect(state.detail?.tab == .journal)
    }

    @Test func theTabBarHitTestFollowsShortenedLabels() {
        let titles = ["Overblik", "Plan", "Samtaler", "Journal", "Tilbud", "Påmindelser", "Historik"]
        let rect = Rect(x: 10, y: 0, width: 40, height: 1)
        let labels = TabBar.labels(titles, selected: 5, width: rect.width)
        var x = rect.x
        for (index, label) in labels.enumerated() where x < rect.maxX {
            #expect(TabBar.tab(at: x, titles: titles, selected: 5, in: rect) == index)
            x += DisplayWidth.of(label)
        }
        #expect(TabBar.tab(at: rect.maxX, titles: titles, selected: 5, in: rect) == nil)
        #expect(TabBar.tab(at: rect.x - 1, titles: titles, selected: 5, in: rect) == nil)
    }

    @Test func aClickInTheAgendaSelectsAnItemButNotAHeading() throws {
        var state = Fixtures.state()
        state.send(.character("a"))
        let list = try #require(Layout(state: state).agenda).splitTop(1).1
        let headings = state.agenda.lines.indices.filter { !state.agenda.lines[$0].isSelectable }
        let items = state.agenda.lines.indices.filter { state.agenda.lines[$0].isSelectable }
        let heading = try #require(headings.first)
        let item = try #require(items.last { $0 < list.height })
        let before = state.agenda.scroll.selected
        #expect(click(&state, x: 2, y: list.y + heading).isEmpty)
        #expect(state.agenda.scroll.selected == before)
        _ = click(&state, x: 2, y: list.y + item)
        #expect(state.agenda.scroll.selected == item)
        _ = click(&state, x: 2, y: list.y + item)
        #expect(state.screen == .caseDetail)
    }

    @Test func theWheelScrollsTheHelp() {
        var state = Fixtures.state()
        state.send(.character("?"))
        _ = state.update(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        guard case .help(let help)? = state.overlay else {
            Issue.record("the help closed")
            return
        }
        #expect(help.scroll.selected == 3)
    }

    @Test func aClickWhileTheFilterIsTypedChangesNothing() throws {
        var state = Fixtures.state()
        state.send(.character("/"))
        state.type("ø")
        let list = try #require(Layout(state: state).caseloadList)
        #expect(click(&state, x: list.x, y: list.y).isEmpty)
        #expect(state.caseload.isEditingFilter)
        #expect(state.caseload.filter.text == "ø")
    }

    @Test func aClickInAFormIsIgnored() {
        var state = Fixtures.state()
        state.send(.character("s"))
        guard case .form = state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(click(&state, x: 1, y: 3).isEmpty)
        guard case .form = state.overlay else {
            Issue.record("the form closed")
            return
        }
    }
}
