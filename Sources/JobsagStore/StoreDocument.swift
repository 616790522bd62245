import Foundation
import JobsagCore

/// The store's documents as bytes, for a backend that keeps them somewhere other than files
/// (the database keeps each as `jsonb`): the same formats and the same strict checks as the
/// files, so `schema/` describes both backends. `source` names where a document lives in
/// messages (a path, or e.g. `cases/S-000123` in the database).
public enum StoreDocument {
    /// A case as a case file holds it (`{"format": "jobsag.case", "version": 3, ...}`).
    public static func encode(_ value: Case, source: String) throws(StoreError) -> Data {
        try CaseFileCoding.encode(value, path: source)
    }

    /// A case document, checked as a case file is (format, version, ranges, its id).
    public static func decodeCase(_ data: Data, source: String, caseID: CaseID) -> Result<Case, StoreProblem> {
        CaseFileCoding.decode(data, path: source, fileCaseID: caseID).map(\.value)
    }

    /// Case documents fetched a page at a time, in order of id, each page decoded (and each
    /// case given to `transform`) on every core while the next is fetched: fetching (the
    /// database reading and sending its documents) and decoding overlap instead of taking
    /// turns. `fetch` is given the id the page starts after (nil for the first) and how many
    /// documents it may hold; a page with fewer is the last. What `transform` made of the
    /// cases that decode, in order, and a problem for each one that does not.
    public static func decodeCases<Value: Sendable>(
        pagesOf pageSize: Int, fetch: (_ after: CaseID?, _ limit: Int) throws(StoreError) -> [(id: CaseID, data: Data)],
        source: @escaping @Sendable (CaseID) -> String, transform: @escaping @Sendable (Case) -> Value
    ) throws(StoreError) -> CasesRead<Value> {
        let decoding = PageDecoding(source: source, transform: transform)
        defer { decoding.wait() }
        var after: CaseID?
        while true {
            let page = try fetch(after, pageSize)
            decoding.start(page)
            guard page.count >= pageSize, let last = page.last else { break }
            after = last.id
        }
        return decoding.finished()
    }

    /// An audit event as one line of the audit log holds it (without the newline), at its
    /// place in the chain.
    public static func encode(_ event: AuditEvent, link: AuditChainLink, source: String) throws(StoreError) -> Data {
        try AuditLog.encodeLine(event, link: link, path: source)
    }

    public static func decodeAuditEvent(_ data: Data, source: String) -> Result<AuditEvent, StoreProblem> {
        DocumentCoding.decode(AuditEvent.self, from: data, rules: AuditLog.rules, path: source).map(\.value)
    }

    /// The caseworkers as `caseworkers.json` holds them.
    public static func encode(_ caseworkers: [Caseworker], source: String) throws(StoreError) -> Data {
        try DocumentCoding.encode(CaseworkerList(caseworkers: caseworkers), format: StoreFormat.caseworkers, path: source)
    }

    public static func decodeCaseworkers(_ data: Data, source: String) -> Result<[Caseworker], StoreProblem> {
        DocumentCoding.decode(CaseworkerList.self, from: data, rules: CaseworkerList.rules, path: source).map(\.value.caseworkers)
    }

    /// Any other document (a spot-check round): `{"format", "version", ...value}`.
    public static func encode<Value: Encodable>(_ value: Value, format: DocumentFormat, source: String) throws(StoreError) -> Data {
        try DocumentCoding.encode(value, format: format, path: source)
    }

    /// Refused when the document names another format or a newer version.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, format: DocumentFormat, source: String) -> Result<Value, StoreProblem> {
        DocumentCoding.decode(type, from: data, rules: DocumentRules(format: format), path: source).map(\.value)
    }

    /// The `version` of a document, when it is newer than `format`'s (it may not be overwritten).
    public static func newerVersion(in data: Data, than format: DocumentFormat) -> Int? {
        guard let version = FileStore.foundVersion(in: data), version > format.version else { return nil }
        return version
    }

    /// Refuses a save that changes journal notes `user` may not change on the day of `time`
    /// in Copenhagen (`JournalNoteLock`); `before` is the case as stored (nil for a new case).
    public static func refuseLockedNotes(from before: Case?, to after: Case, by user: Initials, at time: Timestamp) throws(StoreError) {
        if let violation = JournalNoteLock.violation(from: before, to: after, by: user, on: CopenhagenTime.date(at: time)) {
            throw StoreError.journalNoteLocked(caseID: before?.id ?? after.id, violation)
        }
    }

    /// The names of what changed between two versions of a case, for the audit event.
    public static func changes(from old: Case, to new: Case) -> [String] {
        CaseDiff.changes(from: old, to: new)
    }
}
