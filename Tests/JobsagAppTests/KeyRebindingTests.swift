import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// A keymap rebound as the config file's `[keys]` does it: the new key acts, the old one
/// no longer does, the help and the palette show the key as bound; two actions on one key
/// where both apply is a conflict naming both.
@Suite struct KeyRebindingTests {
    private func state(_ keymap: Keymap) -> AppState {
        let context = AppContext(user: Fixtures.caseworker, caseworkers: [Fixtures.caseworker], asOf: Fixtures.asOf, isDemo: true)
        return AppState(context: context, cases: Fixtures.cases, strings: Strings(language: .da), keymap: keymap, theme: .monochrome,
                        size: Size(width: 80, height: 24))
    }

    @Test func theReboundKeyFiltersAndTheOldOneNoLonger() throws {
        let keymap = try Keymap.standard.rebinding([(.filter, [.function(3)])]).get()
        var app = state(keymap)
        app.send(.character("/"))
        #expect(!app.caseload.isEditingFilter)
        app.send(.function(3))
        #expect(app.caseload.isEditingFilter)
    }

    @Test func theHelpAndThePaletteShowTheKeyAsBound() throws {
        let keymap = try Keymap.standard.rebinding([(.filter, [.function(3)]), (.help, [.character("H")])]).get()
        var app = state(keymap)
        app.send(.character("H"))
        app.type("filtr")
        #expect(app.view().plainText.contains("F3"))
        guard case .help(let shown)? = app.overlay else {
            Issue.record("H did not open the help")
            return
        }
        let filterEntry = app.helpEntries(shown).first { $0.action == .filter }
        #expect(filterEntry?.keys == [.function(3)])
        app.send(.escape, .character(":"))
        app.type("filtr")
        #expect(app.view().plainText.contains("F3"))
    }

    @Test func aConflictNamesBothActions() {
        let result = Keymap.standard.rebinding([(.filter, [.character("f")])])
        #expect(result.failureValue == KeyConflict(key: .character("f"), rebound: .filter, other: .quickFilter))
    }

    @Test func aKeyFreedByAnotherRebindingIsNoConflict() throws {
        let keymap = try Keymap.standard.rebinding([(.filter, [.character("f")]), (.quickFilter, [.character("F")])]).get()
        #expect(keymap.action(for: .character("f"), in: .caseload) == .filter)
        #expect(keymap.action(for: .character("F"), in: .caseload) == .quickFilter)
    }

    /// What `jobsag config show` prints, uncommented: every action given its standard keys,
    /// one at a time and all at once, is the standard keymap (`quit = ["q", "Ctrl-C"]` was a
    /// conflict with `back`'s q in the case, as q then quit wherever Ctrl-C does).
    @Test func theStandardKeysWrittenOutAreTheStandardKeymap() throws {
        let standard = Keymap.standard
        let written = Action.allCases.map { action in
            (action: action, keys: standard.bindings.filter { $0.action == action }.map(\.key))
        }
        let keys = standard.bindings.map(\.key)
        for rebound in written.map({ [$0] }) + [written] {
            let keymap = try Keymap.standard.rebinding(rebound).get()
            for key in keys {
                for context in KeyContext.allCases {
                    #expect(keymap.action(for: key, in: context) == standard.action(for: key, in: context), "\(key) in \(context)")
                }
            }
        }
    }

    @Test func aKeyTheActionHadKeepsWhereItAppliedAndANewOneAppliesWhereverTheActionDoes() throws {
        let keymap = try Keymap.standard.rebinding([(.quit, [.character("q"), .ctrl("c"), .ctrl("q")])]).get()
        #expect(keymap.action(for: .character("q"), in: .caseload) == .quit)
        #expect(keymap.action(for: .character("q"), in: .caseDetail) == .back)
        #expect(keymap.action(for: .ctrl("q"), in: .caseDetail) == .quit)
        #expect(keymap.action(for: .ctrl("q"), in: .form) == .quit)
        // Without its other keys, q still quits only where it did; Ctrl-C no longer quits.
        let qAlone = try Keymap.standard.rebinding([(.quit, [.character("q")])]).get()
        #expect(qAlone.action(for: .character("q"), in: .caseDetail) == .back)
        #expect(qAlone.action(for: .ctrl("c"), in: .caseload) == nil)
    }

    @Test func aPrintableKeyIsNotBoundWhereTextIsTyped() throws {
        let keymap = try Keymap.standard.rebinding([(.moveDown, [.down, .character("ø")])]).get()
        #expect(keymap.action(for: .character("ø"), in: .caseload) == .moveDown)
        #expect(keymap.action(for: .character("ø"), in: .search) == nil)
        #expect(keymap.action(for: .down, in: .search) == .moveDown)
        #expect(!Keymap.standard.canBind(.character("s"), to: .save))
        #expect(Keymap.standard.canBind(.function(2), to: .save))
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
