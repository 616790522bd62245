import JobsagCore
import JobsagRules
import TerminalKit
import Testing
@testable import JobsagApp

/// "Nyt siden sidst": others' changes to the user's own cases since the last session, and the
/// deadlines that came within the lead time since then; shown at start when there is any,
/// closed with Esc, shown again with `N`.
@Suite struct NewsTests {
    static func time(_ iso: String) -> Timestamp { Timestamp(iso: iso) ?? Timestamp(secondsSince1970: 0) }
    static let lastSession = time("2026-11-20T15:00:00Z")

    static func event(_ user: Initials, _ action: AuditEvent.Action, _ caseID: CaseID?, at iso: String, changes: [String] = []) -> AuditEvent {
        AuditEvent(time: time(iso), user: user, action: action, caseID: caseID, changes: changes)
    }

    static func obligation(_ ruleID: String, _ status: ObligationStatus, deadline: String) -> Obligation {
        Obligation(ruleID: ruleID, ruleVersion: 1, kind: .lovkrav, status: status, deadline: Fixtures.date(deadline),
                   explanation: LocalizedText(da: "", en: ""))
    }

    static let events = [
        event("SØK", .update, "S-000001", at: "2026-11-21T09:14:00Z", changes: ["goals[g1].title"]),
        event("SØK", .create, "S-000002", at: "2026-11-22T10:00:00Z"),
        event("SØK", .view, "S-000004", at: "2026-11-22T10:05:00Z"),
        event("MHJ", .update, "S-000004", at: "2026-11-22T11:00:00Z"),
        event("SØK", .update, "S-000099", at: "2026-11-22T12:00:00Z"),
    ]

    @Test func othersChangesToOwnCasesSinceTheLastSessionAreNews() {
        let news = News(
            since: Self.lastSession, events: Self.events, user: "MHJ", cases: Fixtures.cases, assessments: [:],
            leadTimeDays: 7)
        // Not: a view, the user's own change, a case not theirs.
        #expect(news.changedCases.map(\.caseID) == ["S-000002", "S-000001"], "latest change first")
        #expect(news.changedCases.last?.events.map(\.changes) == [["goals[g1].title"]])
    }

    @Test func deadlinesThatCameWithinTheLeadTimeSinceTheLastSessionAreNews() {
        let assessments: [CaseID: CaseAssessment] = [
            "S-000001": CaseAssessment(asOf: Fixtures.asOf, obligations: [
                Self.obligation("KF.4I6", .dueSoon, deadline: "2026-11-30"),  // within the lead time since 23.11: new
                Self.obligation("PL.JOBMAAL", .dueSoon, deadline: "2026-11-25"),  // since 18.11, before the last session
                Self.obligation("PL.DELMAAL", .overdue, deadline: "2026-11-19"),  // overdue already at the last session
                Self.obligation("KF.FAELLES", .open, deadline: "2026-12-20"),
            ]),
            // Passed its deadline since the last session: new.
            "S-000002": CaseAssessment(asOf: Fixtures.asOf, obligations: [Self.obligation("UH.PAALAEG", .overdue, deadline: "2026-11-22")]),
        ]
        let news = News(
            since: Self.lastSession, events: [], user: "MHJ", cases: Fixtures.cases, assessments: assessments,
            leadTimeDays: 7)
        #expect(news.dueObligations.map(\.obligation.ruleID) == ["UH.PAALAEG", "KF.4I6"])
    }

    @Test func theFirstSessionHasNoNews() {
        let news = News(since: nil, events: Self.events, user: "MHJ", cases: Fixtures.cases, assessments: [:], leadTimeDays: 7)
        #expect(news.isEmpty)
    }

    @Test func startReadsTheNewsAndShowsItOverTheCaseloadUntilEsc() {
        var state = Fixtures.state()
        #expect(state.startEffects == [.startSession])
        _ = state.update(.newsLoaded(since: Self.lastSession, events: Self.events))
        guard case .reading(let reading)? = state.overlay else {
            Issue.record("no news window: \(String(describing: state.overlay))")
            return
        }
        #expect(reading.title == "Nyt siden sidst")
        Golden.check(state.view(), "news-80x24")
        state.send(.escape)
        #expect(state.overlay == nil)
        state.send(.character("N"))
        guard case .reading? = state.overlay else {
            Issue.record("N does not show the news again")
            return
        }
        // Any key the window does not use closes it and acts: `/` starts the filter.
        state.send(.character("/"))
        #expect(state.overlay == nil)
        #expect(state.caseload.isEditingFilter)
        var wide = Fixtures.state(size: Size(width: 160, height: 45))
        _ = wide.update(.newsLoaded(since: Self.lastSession, events: Self.events))
        Golden.check(wide.view(), "news-160x45")
    }

    @Test func nothingNewShowsNothingAtStartAndSaysSoOnN() {
        var state = Fixtures.state()
        _ = state.update(.newsLoaded(since: Self.time("2026-11-23T07:00:00Z"), events: []))
        #expect(state.overlay == nil)
        state.send(.character("N"))
        guard case .reading(let reading)? = state.overlay else {
            Issue.record("N shows nothing")
            return
        }
        #expect(reading.paragraphs.contains { $0.text.hasPrefix("Intet nyt i dine sager siden 23.11.2026 08:00") })
    }

    @Test func thePlanKeyAsksTheRuntimeToWriteTheOpenCasesPlanAndSaysWhere() throws {
        var state = Fixtures.state()
        state.send(.enter)
        let opened = try #require(state.detail?.caseID)
        let effects = state.send(.character("P"))
        #expect(effects == [.writePlan(try #require(state.cases[opened]), asOf: Fixtures.asOf)])
        _ = state.update(.planWritten(path: "/home/mhj/min-plan-S-000001.html"))
        #expect(state.message?.text == "Borgerens plan er skrevet: /home/mhj/min-plan-S-000001.html")
        // Historik names the export in words.
        let export = AuditEvent(time: Self.lastSession, user: "MHJ", action: .export, caseID: opened, changes: ["plan.html"])
        let line = HistoryLine.lines([export], of: try #require(state.cases[opened]), strings: state.strings)
        #expect(line.map(\.changes) == [["Borgerens plan › HTML"]])
    }
}
