// JobsagStore: the JSON-file store of Jobsag — one JSON file per case, saved atomically and
// durably under a file lock, with revisions, versioned formats, an append-only audit log,
// validation that pinpoints bad files, and backups. Depends on JobsagCore only.

import JobsagCore

/// The format names and versions this build reads and writes.
public enum StoreFormat {
    /// `store.json`: the layout version of the whole data directory. Version 2 added the
    /// store's random `id`; version 3 the audit log's hash chain (`AuditChainLink`).
    public static let store = DocumentFormat(name: "jobsag.store", version: 3)
    /// `caseworkers.json`. Version 2 added each caseworker's `login`.
    public static let caseworkers = DocumentFormat(name: "jobsag.caseworkers", version: 2)
    /// `cases/<case-id>.json`. Version 2 added the required `lastChange` stamp; version 3
    /// the journal notes (`notes`), which a program of version 2 would drop when it saved;
    /// version 4 the earlier decisions on a § 40 a approval (`sanctions[].earlierApprovals`);
    /// version 5 the closings and transfers; version 6 the booked meetings (`meetings`).
    public static let caseFile = DocumentFormat(name: JobsagFormat.caseFormatName, version: 6)
    /// One line of `audit/<yyyy-mm>.jsonl`. Version 2 added the required `sequence` and
    /// `previous` of the hash chain.
    public static let auditLine = DocumentFormat(name: "jobsag.audit", version: 2)
    /// `cases.index`: a cache of who owns which case; never the truth, rebuilt when stale.
    /// Version 2 added the keyed CPR digest.
    public static let caseIndex = DocumentFormat(name: "jobsag.case-index", version: 2)
}

/// A format name and version, as written in a file's `format` and `version` fields.
public struct DocumentFormat: Hashable, Sendable {
    public var name: String
    public var version: Int

    public init(name: String, version: Int) {
        self.name = name
        self.version = version
    }
}
