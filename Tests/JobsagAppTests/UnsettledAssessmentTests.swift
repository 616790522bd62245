import JobsagCore
import JobsagDemo
import JobsagRules
import Testing
import TerminalKit
@testable import JobsagApp

/// The program keeps of each case's assessment only the unsettled obligations; the rows, the
/// agenda and the counts are what the whole assessments give, and the case's overview still
/// lists the met duties with their evidence.
@Suite struct UnsettledAssessmentTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 3) ?? Fixtures.asOf

    static func state() -> (AppState, [Case]) {
        let demo = DemoGenerator(today: today).generate(caseCount: 300)
        let user = Caseworker(initials: "FK", name: "Faglig Konsulent", role: .fagligKonsulent, team: "Jobcenter")
        let context = AppContext(user: user, caseworkers: [user], asOf: today, isDemo: true)
        return (AppState(context: context, cases: demo.cases, strings: Strings(language: .da), size: Size(width: 80, height: 24)), demo.cases)
    }

    @Test func theRowsTheAgendaAndTheCountsAreThoseOfTheWholeAssessments() {
        let (state, cases) = Self.state()
        let engine = RuleEngine()
        let whole = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, engine.evaluate($0, asOf: Self.today)) })
        #expect(state.assessments.values.allSatisfy { $0.obligations.allSatisfy { $0.status != .met && $0.status != .notApplicable } })
        #expect(whole.values.contains { $0.obligations.contains { $0.status == .met } })
        var wholeRows: [CaseRow] = []
        for item in cases {
            guard let all = whole[item.id], let kept = state.assessments[item.id] else {
                Issue.record("\(item.id) has no assessment")
                continue
            }
            let fromKept = CaseRow(case: item, assessment: kept, strings: state.strings)
            let fromWhole = CaseRow(case: item, assessment: all, strings: state.strings)
            #expect(fromKept.light == fromWhole.light && fromKept.nextDue == fromWhole.nextDue && fromKept.missedCount == fromWhole.missedCount)
            #expect(fromKept.hasOverdue == fromWhole.hasOverdue && fromKept.hasDueSoon == fromWhole.hasDueSoon)
            wholeRows.append(fromWhole)
        }
        #expect(state.caseloadCounts == CaseloadCounts(wholeRows))
        func agenda(_ assessments: [CaseID: CaseAssessment]) -> [String] {
            AgendaState(rows: state.rows, assessments: assessments, dueItems: state.dueItems, asOf: Self.today).lines.map { "\($0)" }
        }
        let agendaKept = agenda(state.assessments)
        let agendaWhole = agenda(whole)
        #expect(agendaKept == agendaWhole)
    }

    @Test func theOverviewListsTheMetDutiesToo() throws {
        let (state, cases) = Self.state()
        let item = try #require(cases.first {
            state.assessment(of: $0.id)?.obligations.contains { $0.status == .met && !$0.evidence.isEmpty } == true
        })
        let overview = state.entries(.overview, of: item.id).compactMap { entry -> Obligation? in
            if case .obligation(let obligation) = entry.payload { return obligation }
            return nil
        }
        #expect(overview.count == state.assessment(of: item.id)?.obligations.count)
        #expect(overview.contains { $0.status == .met && !$0.evidence.isEmpty })
    }
}
