import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Ctrl-C in a form, and `q` while the terminal is too small, quit at once only when nothing
/// was typed; with typed text they ask first, as Esc in a form does (issue 14).
@Suite struct QuitWithTypedTextTests {
    @Test func ctrlCInAFormWithTypedTextAsksBeforeQuitting() {
        var state = Fixtures.state()
        state.send(.character("s"))
        state.type("Talte om truckcertifikat på Ærø")
        #expect(state.send(.ctrl("c")).isEmpty)
        #expect(state.form?.discardQuestion == .quit)
        #expect(state.view().plainText.contains("Afslut Jobsag og kassér det, du har skrevet?"))
        // Any other key goes back to the form with the text kept.
        #expect(state.send(.character("n")).isEmpty)
        #expect(state.form?.discardQuestion == nil)
        #expect(state.form?.text("summary").hasSuffix("på Ærø") == true)
        state.send(.ctrl("c"))
        #expect(state.send(.character("j")) == [.quit])
    }

    @Test func ctrlCInAnUntouchedFormQuitsAtOnce() {
        var state = Fixtures.state()
        state.send(.character("s"))
        #expect(state.send(.ctrl("c")) == [.quit])
    }

    @Test(arguments: [Key.character("q"), .ctrl("c")])
    func quittingWhileTooSmallAsksWhenAFormHoldsTypedText(key: Key) {
        var state = Fixtures.state()
        state.send(.character("s"))
        state.type("Søren møder på Ærø")
        _ = state.update(.resize(Size(width: 40, height: 10)))
        #expect(state.send(key).isEmpty)
        #expect(state.form?.discardQuestion == .quit)
        Golden.check(state.view(), "too-small-asks-40x10")
        state.send(.character("n"))
        #expect(state.form?.discardQuestion == nil)
        _ = state.update(.resize(Size(width: 80, height: 24)))
        #expect(state.form?.text("summary") == "Søren møder på Ærø")
        _ = state.update(.resize(Size(width: 40, height: 10)))
        state.send(key)
        #expect(state.send(.enter) == [.quit])
    }

    @Test func quittingWhileTooSmallWithoutTypedTextQuitsAtOnce() {
        var state = Fixtures.state(size: Size(width: 40, height: 10))
        #expect(state.send(.character("q")) == [.quit])
        state = Fixtures.state()
        state.send(.character("s"))
        _ = state.update(.resize(Size(width: 40, height: 10)))
        #expect(state.send(.character("q")) == [.quit])
    }
}
