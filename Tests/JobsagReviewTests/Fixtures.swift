// Shared test data: a 300-case demo caseload and small hand-made rounds.
import JobsagCore
import JobsagDemo
import JobsagReview
import JobsagRules

enum Fixtures {
    static let today = CalendarDate(year: 2026, month: 11, day: 20) ?? .distantPast
    static let from = CalendarDate(year: 2026, month: 7, day: 1) ?? .distantPast
    static let to = CalendarDate(year: 2026, month: 9, day: 30) ?? .distantPast

    /// A 300-case demo store's cases (generated once).
    static let demo: DemoData = DemoGenerator(seed: 7, today: today).generate(caseCount: 300)

    static var candidates: [SampleCandidate] {
        SampleCandidate.candidates(demo.cases, from: from, to: to, asOf: today)
    }

    static func request(size: Int = 15, seed: UInt64 = 42, byTargetGroup: Bool = true, byCaseworker: Bool = true) -> SampleRequest {
        SampleRequest(from: from, to: to, size: size, seed: seed, byTargetGroup: byTargetGroup, byCaseworker: byCaseworker)
    }

    static func date(_ iso: String) -> CalendarDate {
        CalendarDate(iso) ?? .distantPast
    }
}
