import Foundation
import JobsagCore
import JobsagDemo
import Testing
import TerminalKit
@testable import JobsagApp

/// The search on the whole 500-case demo (a faglig konsulent sees every case): opening it
/// folds every text once, and each keystroke then answers within a frame's time.
@Suite struct SearchPerformanceTests {
    @Test func aKeystrokeOnFiveHundredCasesTakesMilliseconds() {
        let today = CalendarDate(year: 2026, month: 12, day: 3) ?? Fixtures.asOf
        let demo = DemoGenerator(today: today).generate(caseCount: 500)
        guard let consultant = demo.caseworkers.first(where: { $0.role == .fagligKonsulent }) else {
            Issue.record("the demo has no faglig konsulent")
            return
        }
        var state = AppState(
            context: AppContext(user: consultant, caseworkers: demo.caseworkers, asOf: today, isDemo: true),
            cases: demo.cases, strings: Strings(language: .da), theme: .monochrome, size: Size(width: 80, height: 24))
        let clock = ContinuousClock()
        let opening = clock.measure { state.send(.character("S")) }
        #expect(state.search?.index.caseCount == 500)
        var slowest = Duration.zero
        var total = Duration.zero
        let query = "lægeerklæring"
        for character in query {
            let keystroke = clock.measure {
                state.send(.character(character))
                _ = state.view()
            }
            slowest = max(slowest, keystroke)
            total += keystroke
        }
        let texts = demo.cases.reduce(0) { $0 + $1.conversations.count + $1.notes.count + $1.goals.count }
        print("search on 500 cases (\(texts) conversations, notes and goals): opening \(opening), "
            + "a keystroke with its frame \(total / query.count) on average, \(slowest) at most; \(state.search?.hits.count ?? 0) hits")
        #expect((state.search?.hits.count ?? 0) > 0)
        #expect(slowest < .milliseconds(250), "a keystroke took \(slowest)")
    }
}
