import Foundation
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// What "Nyt siden sidst" reads, on both backends: a user's latest audit event (their last
/// session's end) across months, none for a user without events, and the events from a
/// moment on (that second included), in order.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct SessionNewsConformanceTests {
    static let day: Int64 = 24 * 3600

    @Test(arguments: Backend.allCases)
    func theLatestEventOfAUserAndTheEventsAfterItAcrossMonths(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let events = [
            AuditEvent(time: TestTime.at(3600), user: "ÅSE", action: .sessionStart, caseID: nil),
            AuditEvent(time: TestTime.at(7200), user: "SØK", action: .update, caseID: "S-000001", changes: ["goals[g1].title"]),
            AuditEvent(time: TestTime.at(40 * Self.day), user: "ÅSE", action: .view, caseID: "S-000001"),
            AuditEvent(time: TestTime.at(41 * Self.day), user: "SØK", action: .update, caseID: "S-000002", changes: ["reminders[p1]"]),
            AuditEvent(time: TestTime.at(70 * Self.day), user: "SØK", action: .delete, caseID: "S-000001", changes: ["offers[o1]"]),
        ]
        for event in events { try fixture.first.record(event) }
        // September, October and November: the latest of ÅSE is in October.
        #expect(try fixture.second.latestAuditTime(of: "ÅSE") == TestTime.at(40 * Self.day))
        #expect(try fixture.second.latestAuditTime(of: "SØK") == TestTime.at(70 * Self.day))
        #expect(try fixture.second.latestAuditTime(of: "ZZZ") == nil)
        let since = try fixture.second.auditEvents(since: TestTime.at(40 * Self.day + 1))
        #expect(since.problems.isEmpty)
        #expect(since.events == Array(events.suffix(2)), "oldest first")
        #expect(try fixture.second.auditEvents(since: TestTime.at(7200)).events == Array(events.dropFirst()), "the second itself included")
        #expect(try fixture.second.auditEvents(since: TestTime.at(80 * Self.day)).events.isEmpty)
    }
}
