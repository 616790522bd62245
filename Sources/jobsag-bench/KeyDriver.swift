// Builds the program's state the way `jobsag` does at start-up and times keystrokes on it: the pure update plus the view into a 120x40 cell buffer.
import Foundation
import JobsagApp
import JobsagCore
import JobsagRules
import JobsagStore
import JobsagStoreRules
import TerminalKit

enum KeyDriver {
    /// The terminal the keys are timed on (wide enough for the case beside the caseload).
    static let size = Size(width: 120, height: 40)

    /// The timings of one run: moving in the list, typing in the `/` filter, opening the
    /// agenda (`a`: everything due in the cases, in order), opening the search (`S`: every
    /// text of the cases folded) and typing in it.
    struct Timings {
        var list = Samples()
        var filter = Samples()
        var agendaOpen = Samples()
        var searchOpen = Samples()
        var search = Samples()
    }

    /// The state `ProgramRunner` builds (strings, the store's policy, evaluation of every
    /// case in scope and the rows), then the first resize the terminal session sends.
    static func state(cases: [Case], user: Caseworker, caseworkers: [Caseworker], asOf: CalendarDate, store: FileStore) -> AppState {
        let context = AppContext(user: user, caseworkers: caseworkers, asOf: asOf, isDemo: store.info.isDemo)
        var state = AppState(
            context: context, cases: cases, strings: Strings(language: .da), engine: RuleEngine(policy: store.policy),
            theme: .color, size: Size(width: 80, height: 24), idSeed: 1)
        _ = state.update(.resize(size))
        return state
    }

    /// `keys` moves in the list (j down to the last row, then k up to the first, and so on),
    /// then `/` and `keys` keys in the filter (a letter, then Backspace, in turn), then `a`
    /// and back, then `S` and `keys` keys in the search (a word typed letter by letter, then
    /// erased: the first letter alone matches almost every text).
    static func run(on initial: AppState, keys: Int) -> Timings {
        var timings = Timings()
        var state = initial
        var down = true
        for _ in 0..<keys {
            let count = state.visibleRows.count
            if state.caseload.scroll.selected >= count - 1 { down = false }
            if state.caseload.scroll.selected == 0 { down = true }
            press(down ? .character("j") : .character("k"), on: &state, into: &timings.list)
        }
        var unused = Samples()
        press(.character("/"), on: &state, into: &unused)
        let letters = Array("aeinrstlo")
        for index in 0..<keys {
            let key: Key = index % 2 == 0 ? .character(letters[(index / 2) % letters.count]) : .backspace
            press(key, on: &state, into: &timings.filter)
        }
        press(.escape, on: &state, into: &unused)
        press(.escape, on: &state, into: &unused)
        press(.character("a"), on: &state, into: &timings.agendaOpen)
        press(.escape, on: &state, into: &unused)
        press(.character("S"), on: &state, into: &timings.searchOpen)
        let word = Array("lægeerklæring")
        for index in 0..<keys {
            let position = index % (2 * word.count)
            let key: Key = position < word.count ? .character(word[position]) : .backspace
            press(key, on: &state, into: &timings.search)
        }
        return timings
    }

    /// One key: update, then draw the whole frame, as the terminal session does.
    private static func press(_ key: Key, on state: inout AppState, into samples: inout Samples) {
        let start = Clock.now()
        _ = state.update(.key(key))
        let frame = state.view()
        samples.append(Clock.now() - start)
        withExtendedLifetime(frame) {}
    }

    static func record(_ timings: Timings, prefix: String, into figures: inout [String: Double]) {
        for (name, samples) in [("listKey", timings.list), ("filterKey", timings.filter), ("searchKey", timings.search)] {
            let key = FigureName.prefixed(prefix, name)
            figures[key + "P50"] = samples.median
            figures[key + "P99"] = samples.percentile(99)
            figures[key + "Max"] = samples.maximum
        }
        figures[FigureName.prefixed(prefix, "agendaOpen")] = timings.agendaOpen.median
        figures[FigureName.prefixed(prefix, "searchOpen")] = timings.searchOpen.median
    }
}
