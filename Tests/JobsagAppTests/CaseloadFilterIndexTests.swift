import JobsagCore
import JobsagDemo
import TerminalKit
import Testing
@testable import JobsagApp

/// The `/` filter searches the rows' texts laid end to end: it finds exactly the rows that a
/// search of each row's own text finds (open or closed as asked), for a match at a text's start or end, a query longer
/// than a text, Danish letters, goal titles only where a word starts, and a query no text
/// can hold.
@Suite struct CaseloadFilterIndexTests {
    static let state: AppState = {
        let today = CalendarDate(year: 2026, month: 12, day: 3) ?? Fixtures.asOf
        let demo = DemoGenerator(today: today).generate(caseCount: 300)
        let consultant = demo.caseworkers.first { $0.role == .fagligKonsulent } ?? demo.caseworkers[0]
        // Every seventh case closed: the quick filter for closed cases shows those only.
        let cases = demo.cases.enumerated().map { number, item in
            var value = item
            if number % 7 == 3 { value.closings.append(CaseClosing(id: "luk-\(number)", date: today, reason: .job, closedBy: consultant.initials)) }
            return value
        }
        return AppState(
            context: AppContext(user: consultant, caseworkers: demo.caseworkers, asOf: today, isDemo: true),
            cases: cases, strings: Strings(language: .da), theme: .monochrome, size: Size(width: 80, height: 24))
    }()

    /// The rows each row's own texts match, as the filter matched before.
    static func rowByRow(_ rows: [CaseRow], _ query: CaseQuery, closed: Bool = false) -> [Bool] {
        rows.map {
            ($0.closing != nil) == closed
                && (DanishText.matches($0.searchKey, query: query.anywhere) || DanishText.matches($0.goalSearchKey, query: query.atWordStart))
        }
    }

    @Test func everyQueryFindsWhatARowByRowSearchFinds() {
        let rows = Self.state.rows
        #expect(rows.count == 300)
        let index = CaseloadFilterIndex(rows)
        #expect(rows.contains { $0.closing != nil } && rows.contains { $0.closing == nil })
        let first = rows[0].searchKey, last = rows[rows.count - 1].searchKey
        var queries = ["", "a", "e", "ø", "æ", "å", "aa", "sen", "jobparat", "ledig", "0", "12", "-", "zzzz", "\u{0}",
                       String(first.prefix(3)), String(first.suffix(3)), first, String(last.suffix(4)), last + "x",
                       String(repeating: "a", count: 400)]
        queries += rows.prefix(20).map { String($0.goalSearchKey.prefix(5)) }
        for raw in queries {
            let query = CaseQuery(raw)
            #expect(index.matches(query, showingClosed: false) == Self.rowByRow(rows, query), "query »\(raw)«")
            #expect(index.matches(query, showingClosed: true) == Self.rowByRow(rows, query, closed: true), "query »\(raw)«, closed")
        }
        #expect(index.matches(CaseQuery("a"), showingClosed: false).contains(true))
    }

    @Test func theFilterOnScreenShowsTheRowsThatMatch() {
        var state = Self.state
        state.send(.character("/"))
        state.type("ør")
        let expected = zip(state.rows.indices, Self.rowByRow(state.rows, CaseQuery("ør"))).filter(\.1).map(\.0)
        #expect(!expected.isEmpty)
        #expect(state.visibleRows == expected)
    }
}
