import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Golden screens of the forms that record what a rule asks for (issue 14): the citizen's
/// details on an existing case and the CV on Jobnet, at 80x24 with æ ø å.
@Suite struct FormGoldenScreenTests {
    @Test func citizenDetailsAt80x24() {
        var state = Fixtures.state()
        state.send(.character("o"), .home, .down, .down, .enter)  // Søren Ærø Andersen
        state.send(.character("i"))
        state.apply([.text("address", "Åboulevarden 7, 8000 Aarhus C")])
        Golden.check(state.view(), "form-citizen-80x24")
    }

    @Test func cvOnJobnetAt80x24() {
        var state = Fixtures.state()
        state.send(.character("o"), .home, .down, .down, .enter)
        state.send(.character(":"))
        _ = state.type("CV på")
        state.send(.enter)
        Golden.check(state.view(), "form-cv-80x24")
    }
}
