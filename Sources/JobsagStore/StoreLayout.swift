import JobsagCore

/// Where each file of a store lives, relative to the data directory.
///
/// ```
/// <data dir>/                 0700
///   store.json                format, version, created, isDemo, settings
///   caseworkers.json          the caseworkers
///   cases/<case-id>.json      one file per case
///   reviews/<round-id>.json   spot-check rounds
///   audit/<yyyy-mm>.jsonl     append-only audit log, one event per line (UTC month)
///   cases.index               cache: case id -> caseworker, revision, file stamp
///   migration-backups/        a tar of the store taken before the first migrating write
///   .lock                     the flock file
/// ```
public struct StoreLayout: Hashable, Sendable {
    /// The data directory, as given (no trailing slash).
    public let directory: String

    public init(directory: String) {
        var path = directory
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.directory = path
    }

    public static let storeFileName = "store.json"
    public static let caseworkersFileName = "caseworkers.json"
    public static let casesDirectoryName = "cases"
    public static let reviewsDirectoryName = "reviews"
    public static let auditDirectoryName = "audit"
    public static let indexFileName = "cases.index"
    public static let migrationBackupsDirectoryName = "migration-backups"
    public static let lockFileName = ".lock"

    /// The subdirectories every store has.
    public static let subdirectories = [casesDirectoryName, reviewsDirectoryName, auditDirectoryName]

    public var storeFile: String { path(Self.storeFileName) }
    public var caseworkersFile: String { path(Self.caseworkersFileName) }
    public var casesDirectory: String { path(Self.casesDirectoryName) }
    public var reviewsDirectory: String { path(Self.reviewsDirectoryName) }
    public var auditDirectory: String { path(Self.auditDirectoryName) }
    public var indexFile: String { path(Self.indexFileName) }
    public func cacheFile(_ cache: StoreCache) -> String { path(cache.fileName) }
    public var migrationBackupsDirectory: String { path(Self.migrationBackupsDirectoryName) }
    public var lockFile: String { path(Self.lockFileName) }

    public func caseFile(_ id: CaseID) -> String { casesDirectory + "/" + Self.caseFileName(id) }
    public func reviewFile(_ id: String) -> String { reviewsDirectory + "/" + id + ".json" }
    public func auditFile(month: String) -> String { auditDirectory + "/" + month + ".jsonl" }

    public static func caseFileName(_ id: CaseID) -> String { id + ".json" }

    /// `S-000123`: the case id of a number (six digits at least).
    public static func caseID(number: Int) -> CaseID {
        let digits = String(number)
        return "S-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The case id a file name in `cases/` stands for, or nil for any other name.
    public static func caseID(fromFileName name: String) -> CaseID? {
        guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
        let id = String(name.dropLast(5))
        return id.isValidCaseID ? id : nil
    }

    /// The path of `name` in the data directory.
    public func path(_ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }
}
