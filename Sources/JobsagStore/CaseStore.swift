import Foundation
import JobsagCore

/// What the program sees of a store: load, save with an expected revision, create, the audit
/// log, the spot-check rounds and the store's own settings. `FileStore` implements it on a
/// directory of JSON files, `PostgresStore` (JobsagPostgres) on a jobcenter's database; every
/// screen and command works on either.
public protocol CaseStore: Sendable {
    /// What the store knows about itself (demo flag, settings, warnings found on opening).
    var info: StoreInfo { get }

    /// The caseworkers.
    func caseworkers() throws(StoreError) -> [Caseworker]
    /// Changes the list of caseworkers as it is now, with one audit event; a refused change
    /// (`StoreError.caseworkerChangeRefused`) writes and logs nothing. Returns the new list.
    @discardableResult
    func changeCaseworkers(_ change: CaseworkerChange, by user: Initials, at time: Timestamp) throws(StoreError) -> [Caseworker]

    /// Who owns which case, without reading the cases.
    func caseSummaries() throws(StoreError) -> [CaseSummary]

    /// The cases matching `filter` with a stamp that changes whenever the case does (for
    /// caches kept per case), and a problem for each case that cannot be read.
    func caseVersions(where filter: CaseFilter) throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem])

    /// The cases matching `filter` that can be read, and a problem for each one that cannot.
    func loadCases(where filter: CaseFilter) throws(StoreError) -> CaseLoad

    /// The cases matching `filter`, each turned into what the caller keeps of it by
    /// `transform` on the core that decoded it, so that the case is freed there and the work
    /// of many cases overlaps with reading them (`jobsag check`, the caseload of a team or a
    /// jobcenter); a problem for each one that cannot be read.
    func mapCases<Value: Sendable>(where filter: CaseFilter, _ transform: @escaping @Sendable (Case) -> Value) throws(StoreError) -> CasesRead<Value>

    /// `mapCases` with each case's version (`caseVersions`), for a cache kept per case that
    /// is filled from nothing (the day's first `jobsag check`): a data directory's files are
    /// read without their status asked for first, and each one's version is its file's as read.
    func mapCasesWithVersions<Value: Sendable>(
        where filter: CaseFilter, _ transform: @escaping @Sendable (CaseVersion, Case) -> Value
    ) throws(StoreError) -> CasesRead<Value>

    /// One case, as it is now.
    func loadCase(id: CaseID) throws(StoreError) -> Case

    /// The open cases of these caseworkers (as caseworker or coordinating caseworker) that the
    /// user may list but not read until a reason is given (`record` of an
    /// `access-outside-caseload` event). A database lists a sagsbehandler's team cases outside
    /// the own caseload here, since row-level security keeps them out of `loadCases`; the files
    /// return none, as every case in them can be read and the program asks for the reason.
    func lockedCases(of caseworkers: Set<Initials>) throws(StoreError) -> [LockedCase]

    /// Saves a case whose `revision` is the revision it was loaded with. Refused with
    /// `StoreError.staleRevision` when someone saved it since. Returns the case as saved
    /// (next revision, `lastChange` set) and logs one audit event with `action`.
    func save(_ case: Case, by user: Initials, at time: Timestamp, action: AuditEvent.Action) throws(StoreError) -> Case

    /// Stores a new case under the next free case id (`S-000123`), revision 1, and logs a
    /// `create` audit event. The id in `case` is ignored.
    func create(_ case: Case, by user: Initials, at time: Timestamp) throws(StoreError) -> Case

    /// Stores several new cases (an import) as `create` does, all or none: a CPR number the
    /// store has or that comes twice refuses the whole batch (`cprInUse`), and a failed
    /// write leaves the store as it was. Returns the cases with their ids, in order.
    func create(_ cases: [Case], by user: Initials, at time: Timestamp) throws(StoreError) -> [Case]

    /// Appends an audit event (a view, an export, access outside the own caseload, ...).
    func record(_ event: AuditEvent) throws(StoreError)

    /// Every audit event of a case, oldest first, across all months.
    func auditEvents(caseID: CaseID) throws(StoreError) -> AuditHistory

    /// Every audit event of the store, oldest first.
    func allAuditEvents() throws(StoreError) -> AuditHistory

    /// The time of `user`'s latest audit event (where their last session ended, as "Nyt
    /// siden sidst" counts it) and the events logged after it, in the order they were
    /// logged; nil and no events when the user has none.
    func auditEventsAfterLatest(of user: Initials) throws(StoreError) -> (latest: Timestamp?, history: AuditHistory)

    /// Checks the audit log's hash chain and names the first line changed, inserted or removed.
    func verifyAuditChain() throws(StoreError) -> AuditChainReport

    /// The ids of the spot-check rounds, sorted.
    func reviewIDs() throws(StoreError) -> [String]

    /// A spot-check round as `format`: refused when it names another format or a newer version.
    func loadReview<Value: Decodable>(_ type: Value.Type, id: String, format: DocumentFormat) throws(StoreError) -> Value

    /// A spot-check round's document as stored (`{"format", "version", ...}`), for moving it between stores.
    func reviewDocument(id: String) throws(StoreError) -> Data

    /// Writes a spot-check round (one audit event without a case); refuses to overwrite one of a newer version.
    func saveReview<Value: Encodable>(_ value: Value, id: String, format: DocumentFormat, by user: Initials, at time: Timestamp) throws(StoreError)

    /// Whether the store keeps `cache` (`StoreCache`): a data directory keeps both beside its
    /// data; a database keeps each login's caseload cache, under row-level security.
    func keeps(_ cache: StoreCache) -> Bool

    /// A cache's bytes when `accepts` takes its head (`StoreCache.head(of:)`: the format and
    /// the key it was made for), else nil; nil too when there is none or the store keeps none.
    /// A database sends the rest only for a head accepted: the day's first start does not
    /// fetch the lines of the day before.
    func readCache(_ cache: StoreCache, ifHead accepts: (Data) -> Bool) -> Data?

    /// Replaces a cache with the chunks `next` gives until it gives nil, so that a large one is
    /// never whole in memory (best effort: a failure costs only speed).
    func writeCache(_ cache: StoreCache, chunks next: () -> Data?)

    /// Calls `onChange` on another thread for every case saved from now on, by anyone, for as
    /// long as the program runs. A store that cannot announce changes (the files: one
    /// caseworker's store) never calls it.
    func watchCaseChanges(_ onChange: @escaping @Sendable (CaseChange) -> Void)

    /// Runs reads that together see the store at one moment: no save lands between them
    /// (an export, a validation). Only reads belong in `body`.
    func readingConsistently<Result>(_ body: () throws(StoreError) -> Result) throws(StoreError) -> Result
}

extension CaseStore {
    /// `mapCasesWithVersions` of a store that tells the versions apart from the cases: listed
    /// first, at the same moment as the cases are read.
    public func mapCasesWithVersions<Value: Sendable>(
        where filter: CaseFilter, _ transform: @escaping @Sendable (CaseVersion, Case) -> Value
    ) throws(StoreError) -> CasesRead<Value> {
        try readingConsistently { () throws(StoreError) -> CasesRead<Value> in
            let listed = try caseVersions(where: filter)
            let stamps = Dictionary(listed.versions.map { ($0.id, $0.stamp) }) { first, _ in first }
            var read = try mapCases(where: filter) { item in transform(CaseVersion(id: item.id, stamp: stamps[item.id] ?? ""), item) }
            read.problems = listed.problems + read.problems
            return read
        }
    }

    /// A cache's bytes whatever its head, or nil when there is none or the store keeps none.
    public func readCache(_ cache: StoreCache) -> Data? {
        readCache(cache) { _ in true }
    }

    /// Replaces a cache with `data` (best effort).
    public func writeCache(_ cache: StoreCache, _ data: Data) {
        var rest: Data? = data
        writeCache(cache) {
            defer { rest = nil }
            return rest
        }
    }

    /// Saves a changed case (an `update` audit event).
    public func save(_ case: Case, by user: Initials, at time: Timestamp) throws(StoreError) -> Case {
        try save(`case`, by: user, at: time, action: .update)
    }

    /// Everything the store holds, and a problem for each case, event or round that cannot be read.
    public func snapshot() throws(StoreError) -> (snapshot: StoreSnapshot, problems: [StoreProblem]) {
        try readingConsistently { () throws(StoreError) -> (snapshot: StoreSnapshot, problems: [StoreProblem]) in
            try readSnapshot()
        }
    }

    private func readSnapshot() throws(StoreError) -> (snapshot: StoreSnapshot, problems: [StoreProblem]) {
        let load = try loadCases(where: .all)
        let audit = try allAuditEvents()
        var reviews: [String: Data] = [:]
        var problems = load.problems + audit.problems
        for id in try reviewIDs() {
            do throws(StoreError) {
                reviews[id] = try reviewDocument(id: id)
            } catch {
                guard case .invalidFile(let problem) = error else { throw error }
                problems.append(problem)
            }
        }
        let snapshot = StoreSnapshot(
            identity: info.identity, isDemo: info.isDemo, settings: info.settings, caseworkers: try caseworkers(),
            cases: load.cases, auditEvents: audit.events, reviews: reviews)
        return (snapshot, problems)
    }
}
