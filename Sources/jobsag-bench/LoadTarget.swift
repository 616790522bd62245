// The store the load benchmark's writers share: a PostgreSQL database, or a data directory (the file store, for comparison).
import JobsagPostgres
import JobsagStore
import JobsagStoreRules

enum LoadTarget: Sendable {
    case files(String)
    case database(DatabaseURL)

    /// A store of its own for one writer (its own connection, or its own lock acquisitions).
    func open() throws(StoreError) -> any CaseStore {
        switch self {
        case .files(let directory): return try FileStore.open(directory: directory)
        case .database(let url): return try PostgresStore.open(url, caseloadColumns: CaseloadColumns.fromRules)
        }
    }

    var name: String {
        switch self {
        case .files: return "files"
        case .database: return "database"
        }
    }
}
