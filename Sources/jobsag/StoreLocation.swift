import JobsagPostgres

/// Where a command's store is: a data directory of JSON files (the embedded default) or a
/// jobcenter's PostgreSQL database.
enum StoreLocation {
    case files(String)
    case database(DatabaseURL)
}
