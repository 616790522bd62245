import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// The audit log: one append-only JSON line per event, per month; torn lines tolerated.
@Suite struct AuditLogTests {
    @Test func eventsAreReadAcrossMonthsOldestFirst() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        let december = Timestamp(iso: "2026-12-31T23:59:59Z") ?? TestTime.created
        let january = Timestamp(iso: "2027-01-01T00:00:00Z") ?? TestTime.created
        try store.record(AuditEvent(time: december, user: "MHJ", action: .export, caseID: "S-000001"))
        try store.record(AuditEvent(time: january, user: "SØK", action: .view, caseID: "S-000001"))
        try store.record(AuditEvent(
            time: january, user: "ALB", action: .accessOutsideCaseload, caseID: "S-000002", reason: "Ferieafløsning"))
        let history = try store.auditEvents(caseID: "S-000001")
        #expect(history.problems.isEmpty)
        #expect(history.events.map(\.action) == [.create, .export, .view])
        #expect(try FileSystem.list(store.layout.auditDirectory) == ["2026-09.jsonl", "2026-12.jsonl", "2027-01.jsonl"])
        let line = try StoreFixtures.read(store.layout.auditFile(month: "2026-12"))
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix("{\"format\":\"jobsag.audit\",\"version\":2,\"action\":\"export\",\"caseID\":\"S-000001\",\"changes\":[],\"previous\":\""))
        #expect(text.hasSuffix("\",\"sequence\":3,\"time\":\"2026-12-31T23:59:59Z\",\"user\":\"MHJ\"}\n"))
    }

    @Test func aTornLastLineIsReportedAndTheNextEventStartsOnItsOwnLine() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let path = store.layout.auditFile(month: AuditLog.month(of: TestTime.created))
        var bytes = try StoreFixtures.read(path)
        let torn = "{\"format\":\"jobsag.audit\",\"version\":1,\"action\":\"view\",\"caseID\":\"S-000001\",\"cha"
        bytes.append(contentsOf: Array(torn.utf8))
        try StoreFixtures.write(bytes, to: path)

        let history = try store.auditEvents(caseID: "S-000001")
        #expect(history.events.count == 1)
        #expect(history.problems.count == 1)
        let problem = try #require(history.problems.first)
        #expect(problem.kind == .tornAuditLine)
        #expect(problem.severity == .warning)
        #expect(problem.position?.line == 2)
        #expect(problem.message.da.hasPrefix(path + ", linje 2, kolonne"))

        try store.record(AuditEvent(time: TestTime.at(5), user: "MHJ", action: .view, caseID: "S-000001"))
        let after = try store.auditEvents(caseID: "S-000001")
        #expect(after.events.map(\.action) == [.create, .view])
        #expect(after.problems.map(\.kind) == [.tornAuditLine])
        #expect(after.problems.first?.position?.line == 2)
        let validation = FileStore.validate(directory: directory.path)
        #expect(validation.map(\.kind) == [.tornAuditLine])
    }

    @Test func aDamagedLineInTheMiddleIsAnErrorWithItsLine() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let path = store.layout.auditFile(month: AuditLog.month(of: TestTime.created))
        var text = String(decoding: try StoreFixtures.read(path), as: UTF8.self)
        text += "{\"format\":\"jobsag.audit\",\"version\":1,\"action\":\"peek\",\"caseID\":\"S-000001\",\"changes\":[],\"time\":\"2026-09-21T14:00:00Z\",\"user\":\"X\"}\n"
        try StoreFixtures.write(Data(text.utf8), to: path)
        try store.record(AuditEvent(time: TestTime.at(5), user: "MHJ", action: .view, caseID: "S-000001"))
        let history = try store.auditEvents(caseID: "S-000001")
        #expect(history.events.count == 2)
        let problem = try #require(history.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.position == TextPosition(line: 2, column: 47))
        #expect(problem.detail.da.contains("ukendt værdi"))
    }

    @Test func theFixtureLinesDecode() throws {
        var events: [AuditEvent] = []
        var problems: [StoreProblem] = []
        AuditLog.scan(try StoreFixtures.fixture("audit-2025-02.jsonl"), path: "x", caseID: "S-000042", events: &events, problems: &problems)
        #expect(problems.isEmpty)
        #expect(events.map(\.action) == [.create, .update, .accessOutsideCaseload])
        #expect(events.last?.reason == "Ferieafløsning")
    }
}
