import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// The screens at 80x24 and 120x40 with æ ø å in the data, compared with golden files.
@Suite struct GoldenScreenTests {
    @Test func caseloadAt80x24() {
        Golden.check(Fixtures.state().view(), "caseload-80x24")
    }

    @Test func caseloadAt120x40ShowsTheSelectedCaseBeside() {
        Golden.check(Fixtures.state(size: Size(width: 120, height: 40)).view(), "caseload-120x40")
    }

    /// At 160 columns the case keeps 80 and the caseload gets the rest: every column shows.
    @Test func caseloadAt160x45GivesTheListTheRoom() {
        let state = Fixtures.state(size: Size(width: 160, height: 45))
        #expect(Layout(state: state).detail?.width == Layout.caseWidthBeside)
        Golden.check(state.view(), "caseload-160x45")
    }

    @Test func caseloadAt60x15DropsColumns() {
        Golden.check(Fixtures.state(size: Size(width: 60, height: 15)).view(), "caseload-60x15")
    }

    @Test func filteringAt80x24() {
        var state = Fixtures.state()
        state.send(.character("/"))
        state.type("Ærø")
        let frame = state.view()
        Golden.check(frame, "caseload-filter-80x24")
        #expect(frame.cursor?.y == 1)
    }

    @Test func everyTabOfACaseAt80x24() {
        var state = Fixtures.state()
        state.send(.character("o"), .home, .down, .down, .enter)  // Søren Ærø Andersen
        for (index, tab) in DetailTab.allCases.enumerated() {
            state.send(.character(Character(String(index + 1))))
            Golden.check(state.view(), "case-\(tab)-80x24")
        }
    }

    @Test func caseAt120x40() {
        var state = Fixtures.state(size: Size(width: 120, height: 40))
        state.send(.character("o"), .home, .down, .down, .enter, .character("2"))
        Golden.check(state.view(), "case-plan-120x40")
    }

    @Test func helpOverlayAt80x24() {
        var state = Fixtures.state()
        state.send(.character("?"))
        Golden.check(state.view(), "help-caseload-80x24")
    }

    @Test func agendaAt80x24() {
        var state = Fixtures.state()
        state.send(.character("a"))
        Golden.check(state.view(), "agenda-80x24")
    }

    @Test func englishCaseloadAt80x24() {
        Golden.check(Fixtures.state(language: .en).view(), "caseload-en-80x24")
    }

    @Test func tooSmall() {
        Golden.check(Fixtures.state(size: Size(width: 40, height: 10)).view(), "too-small-40x10")
    }
}
