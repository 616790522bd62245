import Foundation
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// A case's life on both backends: closed with a date and a reason, reopened with the
/// closing kept, transferred to another caseworker (whose caseload it then belongs to); each
/// save one audit event naming what changed, and a stale save refused without an event.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct CaseLifeConformanceTests {
    /// 2026-09-21 in Copenhagen, the day of `TestTime.created`.
    static let day = CopenhagenTime.date(at: TestTime.created)

    @Test(arguments: Backend.allCases)
    func aClosedCaseIsReopenedAndKeepsItsClosing(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var value = try fixture.first.loadCase(id: "S-000001")
        try value.close(id: "l1", on: Self.day.adding(days: -2), reason: .other, note: "Flyttet til Færøerne.", by: "MHJ", today: Self.day)
        let closed = try fixture.first.save(value, by: "MHJ", at: TestTime.at(60))
        let read = try fixture.second.loadCase(id: "S-000001")
        #expect(read.isClosed && read.currentClosing?.note == "Flyttet til Færøerne.")
        #expect(read.closingDate(asOf: Self.day) == Self.day.adding(days: -2))

        var reopening = closed
        try reopening.reopen(on: Self.day, by: "SØK", today: Self.day)
        _ = try fixture.second.save(reopening, by: "SØK", at: TestTime.at(120))
        let reopened = try fixture.first.loadCase(id: "S-000001")
        #expect(!reopened.isClosed)
        #expect(reopened.closings == [CaseClosing(
            id: "l1", date: Self.day.adding(days: -2), reason: .other, note: "Flyttet til Færøerne.", closedBy: "MHJ",
            reopened: Self.day, reopenedBy: "SØK")])
        let events = try fixture.second.auditEvents(caseID: "S-000001").events
        #expect(events.map(\.action) == [.create, .update, .update])
        #expect(events.map(\.user) == ["MHJ", "MHJ", "SØK"])
        #expect(events.map(\.changes) == [[], ["closings[l1]"], ["closings[l1].reopened", "closings[l1].reopenedBy"]])
    }

    @Test(arguments: Backend.allCases)
    func aTransferredCaseMovesToTheReceiversCaseload(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var value = try fixture.first.loadCase(id: "S-000002")
        let sender = value.caseworker
        let receiver = try #require(SampleCases.caseworkers.first { $0.initials != sender }).initials
        // The receiver's session before the transfer.
        try fixture.second.record(AuditEvent(time: TestTime.at(30), user: receiver, action: .view, caseID: "S-000001"))
        try value.transfer(id: "o1", to: receiver, on: Self.day, by: sender, caseworkers: SampleCases.caseworkers)
        _ = try fixture.first.save(value, by: sender, at: TestTime.at(60))

        #expect(try fixture.second.loadCases(where: .caseload(of: [receiver])).cases.map(\.id).contains("S-000002"))
        #expect(try !fixture.second.loadCases(where: .caseload(of: [sender])).cases.map(\.id).contains("S-000002"))
        #expect(try fixture.second.caseSummaries().first { $0.id == "S-000002" }?.caseworker == receiver)
        let read = try fixture.second.loadCase(id: "S-000002")
        #expect(read.transfers == [CaseTransfer(id: "o1", date: Self.day, from: sender, to: receiver, by: sender)])
        let events = try fixture.second.auditEvents(caseID: "S-000002").events
        #expect(events.last?.user == sender)
        #expect(events.last?.changes == ["caseworker", "transfers[o1]"])
        // The receiver hears of it in "Nyt siden sidst": the event after their latest one.
        let news = try fixture.second.auditEventsAfterLatest(of: receiver)
        #expect(news.latest == TestTime.at(30))
        #expect(news.history.events.map(\.changes) == [["caseworker", "transfers[o1]"]])
    }

    @Test(arguments: Backend.allCases)
    func aStaleTransferIsRefusedAndLogsNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let loaded = try fixture.first.loadCase(id: "S-000003")
        var closing = loaded
        try closing.close(id: "l1", on: Self.day, reason: .job, by: loaded.caseworker, today: Self.day)
        _ = try fixture.second.save(closing, by: loaded.caseworker, at: TestTime.at(60))
        let before = try fixture.first.auditEvents(caseID: "S-000003").events

        var transfer = loaded
        let receiver = try #require(SampleCases.caseworkers.first { $0.initials != loaded.caseworker }).initials
        try transfer.transfer(id: "o1", to: receiver, on: Self.day, by: loaded.caseworker, caseworkers: SampleCases.caseworkers)
        let error = storeError { () throws(StoreError) in _ = try fixture.first.save(transfer, by: loaded.caseworker, at: TestTime.at(120)) }
        guard case .staleRevision? = error else {
            Issue.record("a stale transfer was not refused: \(String(describing: error))")
            return
        }
        let now = try fixture.first.loadCase(id: "S-000003")
        #expect(now.caseworker == loaded.caseworker && now.transfers.isEmpty && now.isClosed)
        #expect(try fixture.first.auditEvents(caseID: "S-000003").events == before)
        // Transferring the case as it is now is refused too: it is closed.
        var again = now
        #expect(throws: CaseLifeProblem.transferOfClosedCase) {
            try again.transfer(id: "o2", to: receiver, on: Self.day, by: loaded.caseworker, caseworkers: SampleCases.caseworkers)
        }
    }
}
