/// One versioned step of the database schema: statements applied in one transaction and
/// recorded in `jobsag_migrations`. Steps are never changed once released; a change of the
/// schema is a new step (docs/database.md lists them).
struct SchemaMigration: Sendable {
    var version: Int
    var name: String
    var statements: [String]

    /// Every step, in order. The program works on a database whose last step is the last here.
    static let all: [SchemaMigration] = [.initial, .auditChain, .logins, .rowSecurity, .teamListing, .documentText, .caseloadCache]

    static var latestVersion: Int { all.last?.version ?? 0 }
}
