import JobsagCore

/// What the app sees of a store: load, save with an expected revision, create, and the
/// audit log. `FileStore` implements it on a directory of JSON files; a database server
/// could implement it for a whole jobcenter without the app changing.
public protocol CaseStore: Sendable {
    /// What the store knows about itself (demo flag, settings, warnings found on opening).
    var info: StoreInfo { get }

    /// The caseworkers.
    func caseworkers() throws(StoreError) -> [Caseworker]

    /// Who owns which case, without reading the cases.
    func caseSummaries() throws(StoreError) -> [CaseSummary]

    /// The cases matching `filter` that can be read, and a problem for each file that cannot.
    func loadCases(where filter: CaseFilter) throws(StoreError) -> CaseLoad

    /// One case, as it is now.
    func loadCase(id: CaseID) throws(StoreError) -> Case

    /// Saves a case whose `revision` is the revision it was loaded with. Refused with
    /// `StoreError.staleRevision` when someone saved it since. Returns the case as saved
    /// (next revision, `lastChange` set) and logs one audit event with `action`.
    func save(_ case: Case, by user: Initials, at time: Timestamp, action: AuditEvent.Action) throws(StoreError) -> Case

    /// Stores a new case under the next free case id (`S-000123`), revision 1, and logs a
    /// `create` audit event. The id in `case` is ignored.
    func create(_ case: Case, by user: Initials, at time: Timestamp) throws(StoreError) -> Case

    /// Appends an audit event (a view, an export, access outside the own caseload, ...).
    func record(_ event: AuditEvent) throws(StoreError)

    /// Every audit event of a case, oldest first, across all months.
    func auditEvents(caseID: CaseID) throws(StoreError) -> AuditHistory
}

extension CaseStore {
    /// Saves a changed case (an `update` audit event).
    public func save(_ case: Case, by user: Initials, at time: Timestamp) throws(StoreError) -> Case {
        try save(`case`, by: user, at: time, action: .update)
    }
}
