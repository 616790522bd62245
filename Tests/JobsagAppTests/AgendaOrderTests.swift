import JobsagCore
import JobsagDemo
import JobsagRules
import Testing
@testable import JobsagApp

/// The agenda's order: by date, the day's meetings first by time, then the citizens' names in
/// Danish order, then case and item, in groups under their headings. The names' sort keys are
/// worked out once a case; the order is the one comparing the names themselves gives.
@Suite struct AgendaOrderTests {
    @Test func theAgendaIsInDateTimeAndDanishNameOrder() {
        let today = CalendarDate(year: 2026, month: 12, day: 3) ?? Fixtures.asOf
        let demo = DemoGenerator(today: today).generate(caseCount: 300)
        let engine = RuleEngine()
        let evaluated = AppState.evaluate(demo.cases, holding: { _ in false }, engine: engine, strings: Strings(language: .da), asOf: today)
        let lines = AgendaState(
            rows: evaluated.map(\.row), assessments: Dictionary(uniqueKeysWithValues: evaluated.map { ($0.id, $0.assessment) }),
            dueItems: Dictionary(uniqueKeysWithValues: evaluated.map { ($0.id, $0.due) }), asOf: today).lines
        let items = lines.compactMap { line -> AgendaItem? in
            if case .item(let item) = line { return item }
            return nil
        }
        // Each group under its heading, in the order of the groups, with its count.
        var groups: [(bucket: AgendaBucket, count: Int, items: [AgendaItem])] = []
        for line in lines {
            switch line {
            case .heading(let bucket, let count): groups.append((bucket, count, []))
            case .item(let item): if !groups.isEmpty { groups[groups.count - 1].items.append(item) }
            }
        }
        #expect(groups.map(\.bucket) == AgendaBucket.allCases.filter { bucket in groups.contains { $0.bucket == bucket } })
        #expect(groups.count >= 3)
        for group in groups {
            #expect(group.count == group.items.count && !group.items.isEmpty)
            #expect(group.items.allSatisfy { AgendaBucket.of($0.date, asOf: today) == group.bucket })
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
