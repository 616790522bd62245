import Foundation
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// The audit log's hash chain on both backends: intact after saves from two programs at
/// once, and in the database a row the owner changed, deleted or added by hand is named by
/// `verifyAuditChain`, as is a database chained by the schema migration.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct AuditChainConformanceTests {
    @Test(arguments: Backend.allCases)
    func concurrentWritersLeaveAnIntactChain(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let stores = [fixture.first, fixture.second]
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            let store = stores[writer % stores.count]
            for index in 0..<10 {
                do throws(StoreError) {
                    try store.record(AuditEvent(
                        time: TestTime.at(Int64(writer * 100 + index)), user: "MHJ", action: .view, caseID: "S-00000\(1 + writer % 3)"))
                } catch {
                    failures.add()
                }
            }
        }
        #expect(failures.value == 0)
        let report = try fixture.first.verifyAuditChain()
        #expect(report.isIntact, "\(report.breakage?.message.da ?? "")")
        #expect(report.count == 3 + 40)
    }

    @Test func anUpdateByTheOwnerIsNamed() throws {
        let fixture = try StoreFixture.make(.postgres)
        try Self.addEvents(fixture)
        #expect(try fixture.first.verifyAuditChain().isIntact)
        let seq = try Self.seq(fixture, ofSequence: 4)
        try fixture.sql("UPDATE audit_events SET event = jsonb_set(event, '{reason}', '\"Nysgerrighed\"') WHERE seq = \(seq)")
        let breakage = try #require(try fixture.first.verifyAuditChain().breakage)
        #expect(breakage.path.hasSuffix("audit_events/\(seq)"))
        #expect(breakage.detail.da.hasPrefix("linjen er ændret"))
    }

    @Test func aChangedColumnIsNamed() throws {
        let fixture = try StoreFixture.make(.postgres)
        try Self.addEvents(fixture)
        let seq = try Self.seq(fixture, ofSequence: 4)
        try fixture.sql("UPDATE audit_events SET case_id = 'S-000003' WHERE seq = \(seq)")
        let breakage = try #require(try fixture.first.verifyAuditChain().breakage)
        #expect(breakage.path.hasSuffix("audit_events/\(seq)"))
        #expect(breakage.detail.da.hasPrefix("rækken er ændret"))
    }

    @Test func aDeletedRowIsNamed() throws {
        let fixture = try StoreFixture.make(.postgres)
        try Self.addEvents(fixture)
        let seq = try Self.seq(fixture, ofSequence: 4)
        let next = try Self.seq(fixture, ofSequence: 5)
        try fixture.sql("DELETE FROM audit_events WHERE seq = \(seq)")
        let report = try fixture.first.verifyAuditChain()
        let breakage = try #require(report.breakage)
        #expect(breakage.path.hasSuffix("audit_events/\(next)"))
        #expect(breakage.detail.da == "en linje (nr. 4 i kæden) er fjernet lige før denne linje")
        #expect(report.count == 3)
    }

    @Test func aRowAddedByHandIsNamed() throws {
        let fixture = try StoreFixture.make(.postgres)
        try Self.addEvents(fixture)
        try fixture.sql("""
            INSERT INTO audit_events (time, user_initials, action, case_id, event) VALUES ('2026-09-21T15:00:00Z', 'JJ', 'view', 'S-000001',
            '{"format":"jobsag.audit","version":2,"action":"view","caseID":"S-000001","changes":[],"time":"2026-09-21T15:00:00Z","user":"JJ","sequence":7,"previous":"\(String(repeating: "ab", count: 32))"}')
            """)
        let seq = try #require(Int(try fixture.sql("SELECT max(seq) FROM audit_events").trimmingCharacters(in: .whitespacesAndNewlines)))
        // The last row: its own link does not fit the row before.
        let breakage = try #require(try fixture.first.verifyAuditChain().breakage)
        #expect(breakage.path.hasSuffix("audit_events/\(seq)"))
        #expect(breakage.detail.da.contains("indsat"))
        // A later event chains to it, and the break stays where it is.
        try fixture.first.record(AuditEvent(time: TestTime.at(900), user: "MHJ", action: .view, caseID: "S-000001"))
        let report = try fixture.first.verifyAuditChain()
        #expect(report.breakage != nil)
        #expect(report.count == 5)
    }

    /// A database of schema version 1 has unchained events: migration 2 chains them in the
    /// order of `seq`, hashing in SQL what the program hashes (`event::text` as UTF-8), and
    /// steps 3 to 7 follow (6 gives the existing rows their text).
    @Test func theSchemaMigrationChainsTheExistingEvents() throws {
        let fixture = try StoreFixture.make(.postgres)
        try Self.addEvents(fixture)
        let before = try fixture.first.loadCase(id: "S-000001")
        try fixture.sql("""
            UPDATE audit_events SET event = (event - 'sequence' - 'previous') || '{"version": 1}';
            DELETE FROM jobsag_migrations WHERE version >= 2;
            DROP FUNCTION jobsag_me, jobsag_is_admin, jobsag_visible_caseworkers, jobsag_sees_every_case, jobsag_accessed_cases,
                jobsag_case_of_citizen, jobsag_open_case_outside_caseload, jobsag_hand_over_case, jobsag_event_in_own_name,
                jobsag_check_sanction_approvals, jobsag_case_change_is_logged, jobsag_team_case_listing CASCADE;
            DROP TABLE case_access, caseload_cache_lines, caseload_caches;
            DROP POLICY caseworkers_read ON caseworkers;
            ALTER TABLE cases DISABLE ROW LEVEL SECURITY;
            ALTER TABLE caseworkers DISABLE ROW LEVEL SECURITY;
            ALTER TABLE caseworkers DROP COLUMN login;
            ALTER TABLE cases DROP COLUMN document_text
            """)
        #expect(try fixture.first.verifyAuditChain().breakage != nil)
        guard let database = fixture.database else { return }
        let url = try DatabaseURL(parsing: try TestCluster.shared().url(database: database))
        #expect(try PostgresDatabase.migrate(url) == [2, 3, 4, 5, 6, 7])
        // Step 6 gave every row its document's text, which is what the program reads.
        #expect(try fixture.first.loadCase(id: "S-000001") == before)
        let report = try fixture.first.verifyAuditChain()
        #expect(report.isIntact, "\(report.breakage?.message.da ?? "")")
        #expect(report.count == 6)
        try fixture.first.record(AuditEvent(time: TestTime.at(900), user: "ÅBØ", action: .view, caseID: "S-000002"))
        #expect(try fixture.first.verifyAuditChain().count == 7)
        #expect(try fixture.first.auditEvents(caseID: "S-000001").events.map(\.action) == [.create, .view, .accessOutsideCaseload])
    }

    /// Three events after the three `create`s: a view, an access with a reason, an export.
    static func addEvents(_ fixture: StoreFixture) throws {
        try fixture.first.record(AuditEvent(time: TestTime.at(60), user: "MHJ", action: .view, caseID: "S-000001"))
        try fixture.second.record(AuditEvent(
            time: TestTime.at(120), user: "SØK", action: .accessOutsideCaseload, caseID: "S-000001", reason: "Ferieafløsning"))
        try fixture.first.record(AuditEvent(time: TestTime.at(180), user: "ÅBØ", action: .export, caseID: nil))
    }

    /// The row that holds the event at `sequence` in the chain.
    static func seq(_ fixture: StoreFixture, ofSequence sequence: Int) throws -> Int {
        let text = try fixture.sql("SELECT seq FROM audit_events WHERE (event->>'sequence')::int = \(sequence)")
        return try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
