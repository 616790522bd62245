import Foundation
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// What "Nyt siden sidst" reads, on both backends: a user's latest audit event (their last
/// session's end) across months, and the events logged after it in the order they were
/// logged, also those in the same second; nothing for a user without events.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct SessionNewsConformanceTests {
    static let day: Int64 = 24 * 3600

    @Test(arguments: Backend.allCases)
    func theEventsAfterAUsersLatestAcrossMonthsInTheOrderLogged(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let events = [
            AuditEvent(time: TestTime.at(3600), user: "ÅSE", action: .sessionStart, caseID: nil),
            AuditEvent(time: TestTime.at(7200), user: "SØK", action: .update, caseID: "S-000001", changes: ["goals[g1].title"]),
            AuditEvent(time: TestTime.at(40 * Self.day), user: "ÅSE", action: .view, caseID: "S-000001"),
            AuditEvent(time: TestTime.at(40 * Self.day), user: "SØK", action: .update, caseID: "S-000001", changes: ["notes[n1]"]),
            AuditEvent(time: TestTime.at(41 * Self.day), user: "SØK", action: .update, caseID: "S-000002", changes: ["reminders[p1]"]),
            AuditEvent(time: TestTime.at(70 * Self.day), user: "SØK", action: .delete, caseID: "S-000001", changes: ["offers[o1]"]),
        ]
        for event in events { try fixture.first.record(event) }
        // September, October and November: the latest of ÅSE is in October.
        let news = try fixture.second.auditEventsAfterLatest(of: "ÅSE")
        #expect(news.latest == TestTime.at(40 * Self.day))
        #expect(news.history.problems.isEmpty)
        #expect(news.history.events == Array(events.suffix(3)), "the same second's event after hers included")
        let latest = try fixture.second.auditEventsAfterLatest(of: "SØK")
        #expect(latest.latest == TestTime.at(70 * Self.day) && latest.history.events.isEmpty)
        let none = try fixture.second.auditEventsAfterLatest(of: "ZZZ")
        #expect(none.latest == nil && none.history.events.isEmpty)
    }
}
