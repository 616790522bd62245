import Foundation
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// What only the database backend has: migrations, refusing a database without or with
/// another schema, the caseload columns kept by every save, and a retried save that is
/// not a second copy.
@Suite(.enabled(if: TestCluster.shouldRun))
struct DatabaseTests {
    @Test func initCreatesTheSchemaOnceAndMigrateIsIdempotent() throws {
        let cluster = try TestCluster.shared()
        let text = try cluster.createDatabase()
        let url = try DatabaseURL(parsing: text)
        let opening = storeError { () throws(StoreError) in try PostgresStore.open(url, caseloadColumns: { _ in testColumns }) }
        guard case .database(let failure)? = opening, failure.kind == .notInitialized else {
            Issue.record("an empty database was opened: \(String(describing: opening))")
            return
        }
        #expect(opening?.message.da.contains("jobsag db init") == true)
        #expect(try PostgresDatabase.initialize(url) == [1, 2, 3, 4, 5, 6, 7])
        #expect(try PostgresDatabase.migrate(url) == [])
        let again = storeError { () throws(StoreError) in try PostgresDatabase.initialize(url) }
        guard case .database(let refusal)? = again, refusal.kind == .notEmpty else {
            Issue.record("init ran twice: \(String(describing: again))")
            return
        }
        #expect(try cluster.psql(url.database, "SELECT version, name FROM jobsag_migrations ORDER BY version") == "1|initial\n2|audit-chain\n3|caseworker-logins\n4|row-security\n5|team-listing\n6|document-text\n7|caseload-cache\n")
        #expect(try cluster.psql(url.database, "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'jobsag_%'")
            == "jobsag_caseworker,jobsag_consultant,jobsag_teamlead\n")
    }

    @Test func aNewerSchemaIsRefused() throws {
        let fixture = try StoreFixture.make(.postgres)
        try fixture.sql("INSERT INTO jobsag_migrations (version, name) VALUES (99, 'future')")
        guard let database = fixture.database else { return }
        let url = try DatabaseURL(parsing: try TestCluster.shared().url(database: database))
        let error = storeError { () throws(StoreError) in try PostgresStore.open(url, caseloadColumns: { _ in testColumns }) }
        guard case .database(let failure)? = error, failure.kind == .schemaNewer(found: 99, supported: PostgresDatabase.schemaVersion) else {
            Issue.record("a newer schema was opened: \(String(describing: error))")
            return
        }
    }

    @Test func everySaveKeepsTheCaseloadColumnsCurrent() throws {
        let fixture = try StoreFixture.make(.postgres)
        var value = try fixture.first.loadCase(id: "S-000001")
        value.reminders = [Reminder(id: "r1", due: SampleCases.date("2026-12-24"), text: "Ring til Ærø Kommune", createdBy: "MHJ")]
        value.caseworker = "JPØ"
        _ = try fixture.first.save(value, by: "MHJ", at: TestTime.at(7))
        #expect(try fixture.sql("SELECT caseworker, team, revision, light, next_deadline, next_rule FROM cases WHERE id = 'S-000001'")
            == "JPØ|Team Syd|2|yellow|2026-12-24|egen påmindelse\n")
    }

    /// Settling (before the benchmark times saves): the tables vacuumed and a checkpoint
    /// made; a role without the right to make checkpoints is refused, and told so.
    @Test func settlingVacuumsAndMakesACheckpoint() throws {
        let fixture = try StoreFixture.make(.postgres)
        defer { fixture.remove() }
        let cluster = try TestCluster.shared()
        let database = try #require(fixture.database)
        func figure(_ sql: String) throws -> Int {
            Int(try fixture.sql(sql).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let vacuums = try figure("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'cases'")
        let checkpoints = try figure("SELECT checkpoints_req FROM pg_stat_bgwriter")
        try PostgresDatabase.settle(try DatabaseURL(parsing: cluster.url(database: database)))
        #expect(try figure("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'cases'") == vacuums + 1)
        #expect(try figure("SELECT checkpoints_req FROM pg_stat_bgwriter") > checkpoints)

        try cluster.createLogin("settle_mhj", in: "jobsag_caseworker")
        let url = try DatabaseURL(parsing: cluster.url(database: database, role: "settle_mhj"))
        let refusal = storeError { () throws(StoreError) in try PostgresDatabase.settle(url) }
        guard case .database(let failure)? = refusal, failure.kind == .refused(sqlState: "42501") else {
            Issue.record("a caseworker's login settled the database: \(String(describing: refusal))")
            return
        }
    }

    /// A read of many cases comes a page at a time: every case once, in order, whatever
    /// selects them.
    @Test func aReadOfManyPagesGivesEveryCaseOnceInOrder() throws {
        let fixture = try StoreFixture.make(.postgres, count: 7)
        guard let database = fixture.database else { return }
        let url = try DatabaseURL(parsing: try TestCluster.shared().url(database: database))
        let paged = try PostgresStore.open(url, documentsPerPage: 2, caseloadColumns: { _ in testColumns })
        let all = try fixture.first.loadCases(where: .all).cases
        #expect(all.count == 7)
        #expect(try paged.loadCases(where: .all).cases == all)
        let mine = all.filter { $0.caseworker == "MHJ" || $0.coordinatingCaseworker == "MHJ" }
        #expect(try paged.loadCases(where: .caseload(of: ["MHJ"])).cases == mine)
        let some: Set<CaseID> = ["S-000002", "S-000003", "S-000005", "S-000007"]
        #expect(try paged.loadCases(where: .ids(some)).cases.map(\.id) == some.sorted())
    }

    /// An export or a validation reads the whole database in one snapshot: a save committed
    /// meanwhile is not half in it, and no write slips in through the reading connection.
    @Test func readsTogetherSeeOneMomentOfTheDatabase() throws {
        let fixture = try StoreFixture.make(.postgres)
        var changed = try fixture.second.loadCase(id: "S-000001")
        changed.citizen.phone = "33334444"
        let (before, after, write) = try fixture.first.readingConsistently { () throws(StoreError) in
            let before = try fixture.first.loadCase(id: "S-000001")
            _ = try fixture.second.save(changed, by: "SØK", at: TestTime.at(7))
            let after = try fixture.first.loadCases(where: .all).cases.first { $0.id == "S-000001" }
            let write = storeError { () throws(StoreError) in _ = try fixture.first.save(before, by: "MHJ", at: TestTime.at(8)) }
            return (before, after, write)
        }
        #expect(after == before, "the save committed during the reads is not seen by them")
        guard case .database(let failure)? = write, failure.kind == .refused(sqlState: "25006") else {
            Issue.record("a write inside the reads was not refused: \(String(describing: write))")
            return
        }
        #expect(try fixture.first.loadCase(id: "S-000001").citizen.phone == "33334444")
    }

    @Test func aSaveSentAgainAfterItsAnswerWasLostIsNotASecondCopy() throws {
        let fixture = try StoreFixture.make(.postgres)
        var value = try fixture.first.loadCase(id: "S-000001")
        value.citizen.phone = "33334444"
        let saved = try fixture.first.save(value, by: "MHJ", at: TestTime.at(7))
        // The same save again (the program did not hear back): taken as saved, nothing logged twice.
        let retried = try fixture.first.save(value, by: "MHJ", at: TestTime.at(9))
        #expect(retried == saved)
        #expect(try fixture.first.auditEvents(caseID: "S-000001").events.count == 2)
        // Someone else's identical change is still a conflict.
        let other = storeError { () throws(StoreError) in try fixture.second.save(value, by: "SØK", at: TestTime.at(10)) }
        guard case .staleRevision? = other else {
            Issue.record("another user's stale save was taken: \(String(describing: other))")
            return
        }
        let fresh = SampleCases.make(number: 30, seed: 2)
        let created = try fixture.first.create(fresh, by: "MHJ", at: TestTime.at(11))
        #expect(try fixture.first.create(fresh, by: "MHJ", at: TestTime.at(12)) == created)
        #expect(try fixture.first.caseSummaries().count == 4)
    }

    @Test func connectionURLsInLibpqForm() throws {
        let socket = try DatabaseURL(parsing: "postgresql:///jobsag?host=/var/run/postgresql", environment: ["USER": "x"])
        #expect(socket.endpoint == .unixSocket(path: "/var/run/postgresql/.s.PGSQL.5432"))
        #expect(socket.database == "jobsag")
        #expect(socket.displayed.hasSuffix("@/jobsag?host=/var/run/postgresql"))
        let otherPort = try DatabaseURL(parsing: "postgresql://x@/jobsag?host=/tmp/pg&port=5433", environment: [:])
        #expect(otherPort.displayed == "postgresql://x@/jobsag?host=/tmp/pg&port=5433")
        let tcp = try DatabaseURL(parsing: "postgres://mhj:hemmelig@db.kommune.dk:6432/jobsag?sslmode=require", environment: [:])
        #expect(tcp.endpoint == .tcp(host: "db.kommune.dk", port: 6432))
        #expect(tcp.user == "mhj" && tcp.password == "hemmelig" && tcp.tls == .require)
        #expect(tcp.displayed == "postgresql://mhj@db.kommune.dk:6432/jobsag")
        let encoded = try DatabaseURL(parsing: "postgresql://%2Ftmp%2Fpg/jobsag", environment: ["PGUSER": "sb"])
        #expect(encoded.endpoint == .unixSocket(path: "/tmp/pg/.s.PGSQL.5432") && encoded.user == "sb")
        for bad in ["mysql://x", "postgresql://h:99999/db", "postgresql:///db?sslmode=maybe", "postgresql:///db?colour=blue"] {
            #expect(throws: DatabaseURL.Invalid.self) { try DatabaseURL(parsing: bad, environment: [:]) }
        }
    }
}
