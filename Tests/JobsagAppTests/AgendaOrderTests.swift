import JobsagCore
import JobsagDemo
import JobsagRules
import Testing
@testable import JobsagApp

/// The agenda's order: by date, the day's meetings first by time, then the citizens' names in
/// Danish order, then case and item. The names' sort keys are worked out once a case; the
/// order is the one comparing the names themselves gives.
@Suite struct AgendaOrderTests {
    @Test func theAgendaIsInDateTimeAndDanishNameOrder() {
        let today = CalendarDate(year: 2026, month: 12, day: 3) ?? Fixtures.asOf
        let demo = DemoGenerator(today: today).generate(caseCount: 300)
        let engine = RuleEngine()
        let cases = Dictionary(uniqueKeysWithValues: demo.cases.map { ($0.id, $0) })
        let assessments = Dictionary(uniqueKeysWithValues: demo.cases.map { ($0.id, engine.evaluate($0, asOf: today)) })
        let items = AgendaState(cases: cases, assessments: assessments, asOf: today).lines.compactMap { line -> AgendaItem? in
            if case .item(let item) = line { return item }
            return nil
        }
        #expect(items.count > 300)
        #expect(Set(items.map(\.citizenName)).count < items.count, "names repeat: the name order is tried")
        for (earlier, later) in zip(items, items.dropFirst()) {
            #expect(!Self.precedes(later, earlier), "\(later.citizenName) \(later.date) before \(earlier.citizenName) \(earlier.date)")
        }
    }

    /// The order compared item by item, each name's key worked out at every comparison.
    private static func precedes(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        if a.date != b.date { return a.date < b.date }
        let aTime = a.due.time?.minutesAfterMidnight ?? ClockTime.minutesPerDay
        let bTime = b.due.time?.minutesAfterMidnight ?? ClockTime.minutesPerDay
        if aTime != bTime { return aTime < bTime }
        if a.citizenName != b.citizenName { return DanishText.precedes(a.citizenName, b.citizenName) }
        return (a.caseID, a.due.tiebreak) < (b.caseID, b.due.tiebreak)
    }
}
