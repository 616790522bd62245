import Foundation
import JobsagCore
import JobsagStore
import PostgresNIO

/// What a jobcenter's IT does to the database: make the schema (`jobsag db init`), bring it
/// up to date (`jobsag db migrate`), load a file store into it (`jobsag db import`), and
/// settle it before a measurement (`VACUUM`, `CHECKPOINT`).
public enum PostgresDatabase {
    /// The schema version this build uses.
    public static var schemaVersion: Int { SchemaMigration.latestVersion }

    /// Creates everything in a database without Jobsag tables; refused when it has them.
    public static func initialize(_ url: DatabaseURL) throws(StoreError) -> [Int] {
        let connection = DatabaseConnection(url: url)
        let found = try connection.withConnection { (session) throws(StoreError) -> Int? in try DatabaseSchema.version(session) }
        if let found, found > 0 { throw StoreError.database(DatabaseFailure(.notEmpty, location: url.displayed)) }
        return try DatabaseSchema.migrate(connection).map(\.version)
    }

    /// Applies the missing migration steps; returns their versions (none when current).
    public static func migrate(_ url: DatabaseURL) throws(StoreError) -> [Int] {
        try DatabaseSchema.migrate(DatabaseConnection(url: url)).map(\.version)
    }

    /// Leaves the server nothing of its own to write for a while, as before timing work on a
    /// disk that should not still be busy with what came before it (`jobsag-bench`'s saves):
    /// `VACUUM` (the dead rows of earlier writes cleared now, not by autovacuum during the
    /// work; the tables the role owns), then `CHECKPOINT` (every changed page written and
    /// synced: a superuser's right, or `pg_checkpoint`'s).
    public static func settle(_ url: DatabaseURL) throws(StoreError) {
        try DatabaseConnection(url: url).withConnection { (session) throws(StoreError) in
            try session.execute("VACUUM")
            try session.execute("CHECKPOINT")
        }
    }

    /// Loads a whole store into an initialised database without caseworkers or cases, in one
    /// transaction (all or nothing): the store's identity and settings, the caseworkers, every
    /// case as it is (id, revision, change stamp), the audit log and the rounds. The case-number
    /// sequence continues after the highest imported `S-` number. The tables are vacuumed and
    /// analysed after.
    public static func load(
        _ snapshot: StoreSnapshot, into url: DatabaseURL, caseloadColumns: (_ settings: JSONValue) -> CaseloadColumns.Computer
    ) throws(StoreError) {
        // The columns as the snapshot's settings say: the database's own are replaced below.
        let computer = caseloadColumns(snapshot.settings)
        let store = try PostgresStore.open(url, caseloadColumns: { _ in computer })
        try store.connection.transaction { (session) throws(StoreError) in
            let occupied = try session.query("SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM caseworkers) + (SELECT count(*) FROM audit_events) AS n")
            if let row = occupied.first, try session.decode(Int64.self, row, column: "n") > 0 {
                throw StoreError.database(DatabaseFailure(.notEmpty, location: url.displayed))
            }
            let settings = String(decoding: (try? JSONEncoder().encode(snapshot.settings)) ?? Data("{}".utf8), as: UTF8.self)
            try session.query("""
                UPDATE store_settings SET store_id = \(snapshot.identity.stableID),
                    created = \(snapshot.identity.created.iso)::timestamptz, is_demo = \(snapshot.isDemo), settings = \(settings)::jsonb
                """)
            for caseworker in snapshot.caseworkers {
                try session.query("""
                    INSERT INTO caseworkers (initials, name, role, team, login)
                    VALUES (\(caseworker.initials), \(caseworker.name), \(caseworker.role.rawValue), \(caseworker.team), \(caseworker.login))
                    """)
            }
            for value in snapshot.cases { try store.insert(value, session: session) }
            for event in snapshot.auditEvents { try store.insert(event, session: session) }
            for (id, document) in snapshot.reviews.sorted(by: { $0.key < $1.key }) {
                guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
                try session.query("INSERT INTO reviews (id, document) VALUES (\(id), \(String(decoding: document, as: UTF8.self))::jsonb)")
            }
            let highest = snapshot.cases.compactMap { $0.id.hasPrefix("S-") ? Int64($0.id.dropFirst(2)) : nil }.filter { $0 > 0 }.max()
            if let highest { try session.query("SELECT setval('case_number', \(highest))") }
        }
        // As PostgreSQL's manual advises after a bulk load ("Populating a Database"): the
        // planner's statistics, and the rows' hint bits and visibility map, made once now
        // rather than by the first readers (the wide view, the night's check) and by autovacuum
        // while the first caseworkers save. A role that does not own the tables is told so in
        // a notice. The import has committed: should the vacuum fail, autovacuum does it later.
        _ = try? store.connection.withConnection { (session) throws(StoreError) in
            try session.query("VACUUM (ANALYZE) cases, caseworkers, audit_events, reviews")
        }
    }
}
