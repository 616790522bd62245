import Foundation
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// Each login's caseload cache in the database (`StoreCache.caseload`): written and read back
/// whole, by that login alone, only ever with the lines of cases it may read now.
@Suite(.enabled(if: TestCluster.shouldRun))
struct CaseloadCacheDatabaseTests {
    private static func store(_ cluster: TestCluster, _ name: String, as login: String) throws -> PostgresStore {
        try PostgresStore.open(try DatabaseURL(parsing: cluster.url(database: name, role: login)), caseloadColumns: { _ in testColumns })
    }

    /// A cache as a data directory's file holds it: the head, then a line per case.
    private static func file(_ ids: [CaseID]) -> Data {
        Data(("jobsag.caseload-cache 1\n{\"asOf\":\"2026-12-05\"}\n" + ids.map { "\($0)\tr1\tThor Ørsted, Åse Ærø\n" }.joined()).utf8)
    }

    @Test func aLoginReadsBackItsOwnCacheOfTheCasesItMayReadAndNoOneElses() throws {
        let (fixture, cluster, name) = try RowSecurityTests.database()
        defer { fixture.remove() }
        let consultant = try Self.store(cluster, name, as: "rls_kon")
        #expect(consultant.keeps(.caseload) && !consultant.keeps(.check))
        #expect(consultant.readCache(.caseload) == nil && consultant.readCache(.check) == nil)
        let every = (1...12).map { "S-" + String(repeating: "0", count: 6 - String($0).count) + String($0) }
        let whole = Self.file(every)
        // In chunks that end in the middle of a line and of a letter.
        var chunks = [whole.prefix(10), whole.dropFirst(10).prefix(61), whole.dropFirst(71)].map { Data($0) }
        consultant.writeCache(.caseload) { chunks.isEmpty ? nil : chunks.removeFirst() }
        #expect(consultant.readCache(.caseload) == whole)

        let caseworker = try Self.store(cluster, name, as: "rls_mhj")
        #expect(caseworker.readCache(.caseload) == nil, "another login's cache")
        caseworker.writeCache(.caseload, Self.file(["S-000001", "S-000002"]))
        #expect(caseworker.readCache(.caseload) == nil, "a line of SØK's case refuses the whole write")
        caseworker.writeCache(.caseload, Self.file(["S-000001"]))
        #expect(caseworker.readCache(.caseload) == Self.file(["S-000001"]))
        #expect(consultant.readCache(.caseload) == whole, "one login's write leaves another's cache as it was")

        let seen = try cluster.psql(name, "SELECT count(*) FROM caseload_cache_lines", as: "rls_mhj")
        #expect(seen.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        for statement in [
            "INSERT INTO caseload_caches (login, head) VALUES ('rls_soek', 'x')", "UPDATE caseload_cache_lines SET line = 'x'",
            "DELETE FROM caseload_cache_lines", "UPDATE caseload_caches SET head = 'x'",
        ] {
            #expect(throws: TestCluster.Unavailable.self, "\(statement)") { try cluster.psql(name, statement, as: "rls_mhj") }
        }

        // S-000001 handed on to SØK: its line is out of MHJ's sight at once.
        try fixture.sql("""
            UPDATE cases SET caseworker = 'SØK', document = jsonb_set(document, '{caseworker}', '"SØK"') WHERE id = 'S-000001'
            """)
        #expect(caseworker.readCache(.caseload) == Self.file([]))
        #expect(consultant.readCache(.caseload) == whole)

        // Nothing written: the cache is gone.
        consultant.writeCache(.caseload, Data())
        #expect(consultant.readCache(.caseload) == nil)
    }

    /// A cache line is used only for the case's version (`CaseVersion.stamp`): a change by hand
    /// in SQL that keeps the revision still gets a new one.
    @Test func aCaseChangedByHandInSQLHasANewStamp() throws {
        let (fixture, _, _) = try RowSecurityTests.database()
        defer { fixture.remove() }
        let before = try fixture.first.caseVersions(where: .ids(["S-000004"])).versions
        try fixture.sql("UPDATE cases SET document = jsonb_set(document, '{citizen,name}', '\"Åse Ærø\"') WHERE id = 'S-000004'")
        let after = try fixture.first.caseVersions(where: .ids(["S-000004"])).versions
        #expect(before.map(\.id) == ["S-000004"] && after.map(\.id) == ["S-000004"])
        #expect(before.map(\.stamp) != after.map(\.stamp))
    }
}
