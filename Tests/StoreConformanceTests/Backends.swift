import Foundation
import Glibc
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport

/// The two backends every promise of the store is tried on.
enum Backend: String, CaseIterable, CustomStringConvertible, Sendable {
    case files, postgres

    var description: String { rawValue }
}

enum TestTime {
    static let created = Timestamp(secondsSince1970: 1_790_000_000)  // 2026-09-21
    static func at(_ offset: Int64) -> Timestamp { Timestamp(secondsSince1970: created.secondsSince1970 + offset) }
}

/// The caseload columns the tests compute: yellow when an own reminder is open, with the
/// earliest one as the next deadline (the program computes them from the rules).
let testColumns: CaseloadColumns.Computer = { value, _ in
    let open = value.reminders.filter { $0.done == nil }.sorted { $0.due < $1.due }
    return CaseloadColumns(light: open.isEmpty ? .green : .yellow, nextDeadline: open.first?.due, nextRule: open.isEmpty ? nil : "egen påmindelse")
}

/// A new store with `count` sample cases on a backend, opened twice (as two programs would).
struct StoreFixture {
    let backend: Backend
    let first: any CaseStore
    let second: any CaseStore
    /// The database's name (postgres), for SQL run behind the program's back.
    let database: String?
    /// The data directory (files).
    let directory: String?
    private let cleanup: @Sendable () -> Void

    static func make(_ backend: Backend, count: Int = 3) throws -> StoreFixture {
        let snapshot = sampleSnapshot(count: count)
        switch backend {
        case .files:
            let directory = temporaryDirectory()
            let path = directory + "/store"
            _ = try FileStore.create(directory: path, from: snapshot)
            return StoreFixture(
                backend: backend, first: try FileStore.open(directory: path), second: try FileStore.open(directory: path),
                database: nil, directory: path, cleanup: { _ = try? FileManager.default.removeItem(atPath: directory) })
        case .postgres:
            let cluster = try TestCluster.shared()
            let text = try cluster.createDatabase()
            let url = try DatabaseURL(parsing: text)
            _ = try PostgresDatabase.initialize(url)
            try PostgresDatabase.load(snapshot, into: url, caseloadColumns: { _ in testColumns })
            return StoreFixture(
                backend: backend, first: try PostgresStore.open(url, caseloadColumns: { _ in testColumns }),
                second: try PostgresStore.open(url, caseloadColumns: { _ in testColumns }),
                database: url.database, directory: nil, cleanup: {})
        }
    }

    /// The sample store as it is right after creation: revision 1, one create event per case.
    static func sampleSnapshot(count: Int) -> StoreSnapshot {
        let stamp = ChangeStamp(by: "MHJ", at: TestTime.created)
        let cases = SampleCases.make(count: count).map { value -> Case in
            var stored = value
            stored.revision = 1
            stored.lastChange = stamp
            return stored
        }
        return StoreSnapshot(
            identity: StoreIdentity(id: StoreIdentity.newID(), created: TestTime.created), isDemo: false, settings: .emptyObject,
            caseworkers: SampleCases.caseworkers, cases: cases,
            auditEvents: cases.map { AuditEvent(time: TestTime.created, user: "MHJ", action: .create, caseID: $0.id) }, reviews: [:])
    }

    func remove() { cleanup() }

    /// SQL as the superuser (postgres only); its output.
    @discardableResult
    func sql(_ statement: String) throws -> String {
        guard let database else { return "" }
        return try TestCluster.shared().psql(database, statement)
    }
}

func temporaryDirectory() -> String {
    var template = Array((NSTemporaryDirectory() + "/jobsag-conformance-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else { return NSTemporaryDirectory() }
    return String(cString: made)
}
