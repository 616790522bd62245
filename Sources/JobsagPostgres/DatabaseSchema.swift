import JobsagStore
import PostgresNIO

/// The schema's version in a database, and bringing it up to date: each step of
/// `SchemaMigration.all` not yet recorded in `jobsag_migrations` is applied in its own
/// transaction, under an advisory lock so that two programs migrating at once take turns.
enum DatabaseSchema {
    /// The lock every migration takes (an arbitrary number, the same in every Jobsag).
    private static let migrationLock: Int64 = 0x6A6F_6273_6167

    /// The last step recorded, or nil when the database has no `jobsag_migrations` table.
    static func version(_ session: Session) throws(StoreError) -> Int? {
        let present = try session.query("SELECT to_regclass('jobsag_migrations') IS NOT NULL AS present")
        guard let row = present.first, try session.decode(Bool.self, row, column: "present") else { return nil }
        let rows = try session.query("SELECT coalesce(max(version), 0) AS version FROM jobsag_migrations")
        guard let versionRow = rows.first else { return 0 }
        return try session.decode(Int.self, versionRow, column: "version")
    }

    /// Refuses a database without the schema, or with another version than this build's.
    static func requireCurrent(_ session: Session) throws(StoreError) -> Int {
        let location = session.url.displayed
        guard let found = try version(session), found > 0 else {
            throw StoreError.database(DatabaseFailure(.notInitialized, location: location))
        }
        let supported = SchemaMigration.latestVersion
        if found < supported { throw StoreError.database(DatabaseFailure(.schemaOutdated(found: found, supported: supported), location: location)) }
        if found > supported { throw StoreError.database(DatabaseFailure(.schemaNewer(found: found, supported: supported), location: location)) }
        return found
    }

    /// Applies the missing steps; returns those applied (none when the schema is current).
    static func migrate(_ connection: DatabaseConnection) throws(StoreError) -> [SchemaMigration] {
        try connection.withConnection { (session) throws(StoreError) -> Void in
            try session.query("SELECT pg_advisory_lock(\(migrationLock))")
        }
        defer { _ = try? connection.withConnection { (session) throws(StoreError) -> Void in try session.query("SELECT pg_advisory_unlock(\(migrationLock))") } }
        let found = try connection.withConnection { (session) throws(StoreError) -> Int? in try version(session) }
        if let found, found > SchemaMigration.latestVersion {
            throw StoreError.database(DatabaseFailure(
                .schemaNewer(found: found, supported: SchemaMigration.latestVersion), location: connection.url.displayed))
        }
        var applied: [SchemaMigration] = []
        for step in SchemaMigration.all where step.version > (found ?? 0) {
            try connection.transaction { (session) throws(StoreError) in
                try session.execute("""
                    CREATE TABLE IF NOT EXISTS jobsag_migrations (
                        version integer PRIMARY KEY,
                        name text NOT NULL,
                        applied_at timestamptz NOT NULL DEFAULT now()
                    )
                    """)
                for statement in step.statements { try session.execute(statement) }
                try session.query("INSERT INTO jobsag_migrations (version, name) VALUES (\(step.version), \(step.name))")
            }
            applied.append(step)
        }
        return applied
    }
}
