import Foundation
import Glibc
import JobsagCore

extension FileStore {
    // MARK: Loading

    public func loadCases(where filter: CaseFilter) throws(StoreError) -> CaseLoad {
        try withStore(.shared) { () throws(StoreError) -> CaseLoad in
            if case .ids(let ids) = filter { return readByID(ids.sorted()) { _, item in item }.read }
            return try loadScanning(filter).load
        }
    }

    /// The files of a caseload are found in the index first (`caseVersions`), then read.
    public func mapCases<Value: Sendable>(where filter: CaseFilter, _ transform: @escaping @Sendable (Case) -> Value) throws(StoreError) -> CasesRead<Value> {
        try readCases(where: filter) { _, item in transform(item) }
    }

    /// Each case's version is its file's status as it was read.
    public func mapCasesWithVersions<Value: Sendable>(
        where filter: CaseFilter, _ transform: @escaping @Sendable (CaseVersion, Case) -> Value
    ) throws(StoreError) -> CasesRead<Value> {
        try readCases(where: filter) { status, item in transform(CaseVersion(id: item.id, stamp: status.stamp), item) }
    }

    /// The cases `filter` selects, each given to `transform` with its file's status as read.
    /// Only a caseload's filter needs more than the names of the files (the index's summaries,
    /// `versionsHoldingLock`); every case or cases by id are read without a status asked for
    /// each file first (a `stat` of each of 50,000 files, and their versions' texts, came
    /// before the first case was read), and the files that are not regular or can be read by
    /// others are found as they are opened.
    private func readCases<Value: Sendable>(
        where filter: CaseFilter, _ transform: @escaping @Sendable (FileSystem.Status, Case) -> Value
    ) throws(StoreError) -> CasesRead<Value> {
        try withStore(.shared) { () throws(StoreError) -> CasesRead<Value> in
            if case .ids(let ids) = filter { return readByID(ids.sorted(), transform).read }
            if filter.looksInsideCases {
                let listed = try versionsHoldingLock(where: filter)
                var read = readByID(listed.versions.map(\.id), transform).read
                read.problems = listed.problems + read.problems
                return read
            }
            return try withCasesDirectory(orIfMissing: CasesRead(values: [], problems: [])) { (directory, descriptor) throws(StoreError) in
                let ids = try caseFileNames(in: directory, descriptor: descriptor).lazy.map(\.id).filter { filter.matches(id: $0) }
                var (read, exposedFiles) = readByID(Array(ids), transform)
                if let warning = try exposedFilesWarning(exposedFiles, in: directory) { read.problems.insert(warning, at: 0) }
                return read
            }
        }
    }

    public func caseSummaries() throws(StoreError) -> [CaseSummary] {
        try withStore(.shared) { () throws(StoreError) -> [CaseSummary] in
            try loadScanning(.ids([])).summaries
        }
    }

    /// The case files `filter` matches, sorted by id, each with its version, from the index
    /// (files changed since it was written are read), and a problem for every file that
    /// cannot be read: for commands that go through many cases a batch at a time
    /// (`loadCases(where: .ids(...))`) and keep what they found per file version.
    public func caseVersions(where filter: CaseFilter) throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem]) {
        try withStore(.shared) { () throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem]) in
            try versionsHoldingLock(where: filter)
        }
    }

    private func versionsHoldingLock(where filter: CaseFilter) throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem]) {
        guard filter.looksInsideCases else { return try versionsListed(where: filter) }
        let scan = try loadScanning(.ids([]))
        // By the rows' places: a list of the matching summaries first was a copy of every
        // case's row. Each stamp's text made on every core (a check of every case lists all).
        let summaries = scan.summaries
        let entries = scan.index.entries
        let matching = summaries.indices.filter { filter.matches(summaries[$0]) }
        let versions = Parallel.map(matching, perChunk: 1_024) { index -> CaseVersion? in
            let id = summaries[index].id
            return entries[id].map { CaseVersion(id: id, stamp: $0.stamp) }
        }
        return (versions.compactMap { $0 }, scan.load.problems)
    }

    /// The versions of every case file, or of some by id: their stamps as listed, without
    /// the index, which only a caseload's filter needs (a check of every case read and
    /// matched it for nothing: 70 of the 160-205 ms before the first of 50,000 cases was
    /// read). A file that cannot be decoded is among them, and is reported when it is read.
    private func versionsListed(where filter: CaseFilter) throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem]) {
        try withCasesDirectory(orIfMissing: ([], [])) { (directory, descriptor) throws(StoreError) in
            let listing = try caseFiles(in: directory, descriptor: descriptor)
            let matching = listing.files.filter { filter.matches(id: $0.id) }
            // Each stamp's text made on every core.
            return (Parallel.map(matching, perChunk: 1_024) { CaseVersion(id: $0.id, stamp: $0.stamp) }, listing.problems)
        }
    }

    /// None: whoever can open the directory reads every case in it (the program asks for the
    /// reason before it shows one outside the caseload).
    public func lockedCases(of caseworkers: Set<Initials>) throws(StoreError) -> [LockedCase] {
        []
    }

    public func loadCase(id: CaseID) throws(StoreError) -> Case {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        return try withStore(.shared) { () throws(StoreError) -> Case in
            let path = layout.caseFile(id)
            guard let (data, _) = try Self.readIfPresent(path, limit: FileSystem.maximumCaseFileSize) else { throw StoreError.caseNotFound(caseID: id, path: path) }
            switch CaseFileCoding.decode(data, path: path, fileCaseID: id) {
            case .success(let decoded): return decoded.value
            case .failure(let problem): throw StoreError.caseFileInvalid(problem)
            }
        }
    }

    /// A file's content and status, or nil when it does not exist.
    static func readIfPresent(_ path: String, limit: Int64 = FileSystem.maximumFileSize) throws(StoreError) -> (Data, FileSystem.Status)? {
        try readIfPresent(name: path, in: AT_FDCWD, path: path, limit: limit)
    }

    /// `readIfPresent` of the file `name` in the directory open as `directory` (one name looked
    /// up instead of every directory of the path); `path` names the file in errors.
    static func readIfPresent(name: String, in directory: Int32, path: String, limit: Int64) throws(StoreError) -> (Data, FileSystem.Status)? {
        switch try content(name: name, in: directory, path: path, limit: limit) {
        case .missing: return nil
        case .notRegular(let failure): throw failure
        case .read(let data, let status): return (data, status)
        }
    }

    /// What opening a store file found.
    enum FileContent {
        case missing
        /// A directory, a link or anything else than a regular file, not read; with what a
        /// read reports of it.
        case notRegular(StoreError)
        case read(Data, FileSystem.Status)
    }

    /// The content of the file `name` in the directory open as `directory`. Opened without
    /// waiting (a FIFO named as a store file would wait for a writer) and without following a
    /// link; only a regular file is read.
    static func content(name: String, in directory: Int32, path: String, limit: Int64) throws(StoreError) -> FileContent {
        let descriptor = FileSystem.retrying { openat(directory, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return .missing
            case ELOOP: return .notRegular(FileSystem.failure(.open, path))
            default: throw FileSystem.failure(.open, path)
            }
        }
        defer { close(descriptor) }
        let status = try FileSystem.status(ofDescriptor: descriptor, path: path)
        guard status.kind == .regular else { return .notRegular(FileSystem.failure(.read, path, EISDIR)) }
        return .read(try FileSystem.readAll(descriptor: descriptor, status: status, path: path, limit: limit), status)
    }

    /// Reads the cases `ids` (sorted), decoding and transforming each on every core; with
    /// how many of the files can be read by others than the owner.
    private func readByID<Value: Sendable>(
        _ ids: [CaseID], _ transform: @escaping @Sendable (FileSystem.Status, Case) -> Value
    ) -> (read: CasesRead<Value>, exposedFiles: Int) {
        let layout = self.layout
        // Without the directory (gone, say), each file is looked for by its path and missed.
        let directory = (try? FileSystem.openDirectory(layout.casesDirectory)) ?? AT_FDCWD
        defer { if directory != AT_FDCWD { close(directory) } }
        let exposedFiles = ExposedFileCount()
        let read = Parallel.partition(count: ids.count, bound: .files) { number -> Result<Value, StoreProblem> in
            let id = ids[number]
            let path = layout.caseFile(id)
            let name = directory == AT_FDCWD ? path : StoreLayout.caseFileName(id)
            do throws(StoreError) {
                guard id.isValidCaseID else { return .failure(Self.missingCaseProblem(path: path, caseID: id)) }
                switch try FileStore.content(name: name, in: directory, path: path, limit: FileSystem.maximumCaseFileSize) {
                case .missing:
                    return .failure(Self.missingCaseProblem(path: path, caseID: id))
                case .notRegular:
                    return .failure(Self.notRegularProblem(path: path, caseID: id))
                case .read(let data, let status):
                    if status.isAccessibleToOthers { exposedFiles.add() }
                    return CaseFileCoding.decode(data, path: path, fileCaseID: id).map { transform(status, $0.value) }
                }
            } catch {
                return .failure(StoreProblem(.error, .unreadable, path: path, caseID: id, detail: error.message))
            }
        }
        return (CasesRead(values: read.successes, problems: read.failures), exposedFiles.count)
    }

    /// How many of the case files read on every core can be read by others than the owner
    /// (none, normally: counted under a lock).
    private final class ExposedFileCount: @unchecked Sendable {
        private let lock = NSLock()
        private var files = 0

        func add() { lock.withLock { files += 1 } }
        var count: Int { lock.withLock { files } }
    }

    /// A case asked for by id that has no file.
    private static func missingCaseProblem(path: String, caseID: CaseID) -> StoreProblem {
        StoreProblem(.warning, .missingFile, path: path, caseID: caseID, detail: LocalizedText(da: "sagen findes ikke", en: "the case does not exist"))
    }

    /// What reading one case file gave.
    private enum Outcome: Sendable {
        case loaded(Case, FileStamp)
        case invalid(StoreProblem, FileStamp)
        case vanished
    }

    /// Lists `cases/`, uses the index for files whose stamp is unchanged, decodes the rest
    /// and the matching cases (on every core), and refreshes the index when it was stale.
    private func loadScanning(_ filter: CaseFilter) throws(StoreError) -> (load: CaseLoad, summaries: [CaseSummary], index: CaseIndex) {
        try withCasesDirectory(orIfMissing: (CaseLoad(cases: [], problems: []), [], CaseIndex())) { (directory, descriptor) throws(StoreError) in
            try loadScanning(filter, in: directory, descriptor: descriptor)
        }
    }

    /// `loadScanning` of `cases/`, open as `descriptor`.
    private func loadScanning(
        _ filter: CaseFilter, in directory: String, descriptor: Int32
    ) throws(StoreError) -> (load: CaseLoad, summaries: [CaseSummary], index: CaseIndex) {
        let listing = try caseFiles(in: directory, descriptor: descriptor)

        var index = CaseIndex.read(layout.indexFile)
        var changedEntries = 0
        var problems = listing.problems
        var summaries: [CaseSummary] = []
        var toRead: [CaseID] = []
        summaries.reserveCapacity(listing.files.count)
        // How many case files have an entry in the index: when fewer than its entries, some
        // are gone (a set of the files is made only then).
        var indexedFiles = 0
        for (id, stamp) in listing.files {
            guard let entry = index.entries[id] else {
                toRead.append(id)
                continue
            }
            indexedFiles += 1
            if entry.stamp == stamp {
                if let summary = entry.summary {
                    summaries.append(summary)
                    if filter.matches(summary) { toRead.append(id) }
                } else {
                    toRead.append(id)  // known to be invalid: read again to report where
                }
            } else {
                toRead.append(id)
            }
        }
        if indexedFiles < index.entries.count {
            let present = Set(listing.files.map(\.id))
            for id in index.entries.keys where !present.contains(id) {
                index.entries[id] = nil
                changedEntries += 1
            }
        }

        let layout = self.layout
        let outcomes = Parallel.map(toRead, bound: .files) { id -> Outcome in
            let path = layout.caseFile(id)
            do throws(StoreError) {
                guard let (data, status) = try FileStore.readIfPresent(
                    name: StoreLayout.caseFileName(id), in: descriptor, path: path, limit: FileSystem.maximumCaseFileSize)
                else { return .vanished }
                switch CaseFileCoding.decode(data, path: path, fileCaseID: id) {
                case .success(let decoded): return .loaded(decoded.value, status.stamp)
                case .failure(let problem): return .invalid(problem, status.stamp)
                }
            } catch {
                let problem = StoreProblem(.error, .unreadable, path: path, caseID: id, detail: error.message)
                return .invalid(problem, FileStamp(inode: 0, size: -1, modified: 0, changed: 0))
            }
        }
        var cases: [Case] = []
        // Made only when a case was read (a warm load reads none).
        let known = outcomes.isEmpty ? [] : Set(summaries.map(\.id))
        lazy var digester = CPRDigester(identity: info.identity)
        for outcome in outcomes {
            switch outcome {
            case .loaded(let value, let stamp):
                let summary: CaseSummary
                if let entry = index.entries[value.id], entry.stamp == stamp, let indexed = entry.summary {
                    // The file is as the index saw it (a view of every case reads them all):
                    // its summary stands, without a digest of the CPR number again.
                    summary = indexed
                } else {
                    summary = CaseSummary(value, digester: digester)
                    index.entries[value.id] = CaseIndex.Entry(stamp: stamp, summary: summary)
                    changedEntries += 1
                }
                if !known.contains(value.id) { summaries.append(summary) }
                if filter.matches(summary) { cases.append(value) }
            case .invalid(let problem, let stamp):
                problems.append(problem)
                if let id = problem.caseID, stamp.size >= 0, index.entries[id] != CaseIndex.Entry(stamp: stamp, summary: nil) {
                    index.entries[id] = CaseIndex.Entry(stamp: stamp, summary: nil)
                    changedEntries += 1
                }
            case .vanished:
                break
            }
        }
        // The index is only a cache, checked against each file's stamp: writing it under the
        // shared lock is safe, and a failure to write it costs only speed. A few stale entries
        // (the cases saved since) cost less to decode again than the index costs to rewrite.
        if changedEntries > Self.staleEntriesBeforeIndexRewrite || (changedEntries > 0 && index.entries.count <= 4 * Self.staleEntriesBeforeIndexRewrite) {
            try? index.write(to: layout.indexFile)
        }
        cases.sort { $0.id < $1.id }
        summaries.sort { $0.id < $1.id }
        return (CaseLoad(cases: cases, problems: problems), summaries, index)
    }

    /// How many stale index entries a load tolerates before it rewrites the index.
    static let staleEntriesBeforeIndexRewrite = 16

    // MARK: Saving

    public func save(_ case: Case, by user: Initials, at time: Timestamp, action: AuditEvent.Action) throws(StoreError) -> Case {
        let id = `case`.id
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        return try withStore(.exclusive) { () throws(StoreError) -> Case in
            let path = layout.caseFile(id)
            guard let (data, _) = try Self.readIfPresent(path, limit: FileSystem.maximumCaseFileSize) else { throw StoreError.caseNotFound(caseID: id, path: path) }
            let current: DecodedDocument<Case>
            switch CaseFileCoding.decode(data, path: path, fileCaseID: id) {
            case .success(let decoded): current = decoded
            case .failure(let problem): throw StoreError.caseFileInvalid(problem)
            }
            guard current.value.revision == `case`.revision else {
                throw StoreError.staleRevision(
                    caseID: id, path: path, expected: `case`.revision, found: current.value.revision,
                    lastChange: current.value.lastChange)
            }
            if `case`.citizen.cpr != current.value.citizen.cpr { try refuseCPRInUse([`case`.citizen.cpr], by: id) }
            try StoreDocument.refuseLockedNotes(from: current.value, to: `case`, by: user, at: time)
            if current.version < StoreFormat.caseFile.version {
                try ensureMigrationBackup(format: StoreFormat.caseFile, at: time)
            }
            var saved = `case`
            saved.revision = current.value.revision + 1
            saved.lastChange = ChangeStamp(by: user, at: time)
            let bytes = try CaseFileCoding.encode(saved, path: path)
            let changes = CaseDiff.changes(from: current.value, to: saved)
            try writeLogged(bytes, to: path, event: AuditEvent(time: time, user: user, action: action, caseID: id, changes: changes))
            return saved
        }
    }

    public func create(_ case: Case, by user: Initials, at time: Timestamp) throws(StoreError) -> Case {
        try withStore(.exclusive) { () throws(StoreError) -> Case in
            try prepareDirectories()
            try refuseCPRInUse([`case`.citizen.cpr], by: nil)
            try StoreDocument.refuseLockedNotes(from: nil, to: `case`, by: user, at: time)
            var created = `case`
            created.id = try nextCaseID()
            created.revision = 1
            created.lastChange = ChangeStamp(by: user, at: time)
            let path = layout.caseFile(created.id)
            let bytes = try CaseFileCoding.encode(created, path: path)
            try writeLogged(bytes, to: path, event: AuditEvent(time: time, user: user, action: .create, caseID: created.id), replacingExisting: false)
            return created
        }
    }

    /// Refuses a CPR number that another case of the store has (one citizen, one case),
    /// found through the index's keyed digests and confirmed by reading that case; several
    /// numbers (an import) in one scan. The caller holds the exclusive lock.
    func refuseCPRInUse(_ cprs: [CPR], by caseID: CaseID?) throws(StoreError) {
        let digester = CPRDigester(identity: info.identity)
        let wanted = Dictionary(cprs.map { (digester.digest($0), $0) }, uniquingKeysWith: { first, _ in first })
        for summary in try loadScanning(.ids([])).summaries where summary.id != caseID {
            guard let digest = summary.cprDigest, let cpr = wanted[digest],
                  let (data, _) = try Self.readIfPresent(layout.caseFile(summary.id), limit: FileSystem.maximumCaseFileSize),
                  case .success(let other) = CaseFileCoding.decode(data, path: layout.caseFile(summary.id), fileCaseID: summary.id),
                  other.value.citizen.cpr == cpr
            else { continue }
            throw StoreError.cprInUse(caseID: summary.id, caseworker: summary.caseworker)
        }
    }

    /// `S-000123`: one more than the highest `S-` number in `cases/`.
    func nextCaseID() throws(StoreError) -> CaseID {
        StoreLayout.caseID(number: try nextCaseNumber())
    }

    /// One more than the highest `S-` number in `cases/` (numbers of 13 digits and more are
    /// not Jobsag's, and counting on from them could overflow).
    func nextCaseNumber() throws(StoreError) -> Int {
        var highest = 0
        for name in try FileSystem.list(layout.casesDirectory) {
            guard let id = StoreLayout.caseID(fromFileName: name), id.hasPrefix("S-"),
                  let number = Int(id.dropFirst(2)), (0..<1_000_000_000_000).contains(number)
            else { continue }
            highest = max(highest, number)
        }
        return highest + 1
    }

    // MARK: Migration

    /// Before the first write that turns a file of an older version into `format`'s
    /// version, takes a copy of the whole store: `migration-backups/before-<format>-v<version>-<time>.tar.gz`
    /// (a `.tar` from an older program counts as taken).
    func ensureMigrationBackup(format: DocumentFormat, at time: Timestamp) throws(StoreError) {
        let directory = layout.migrationBackupsDirectory
        let prefix = "before-\(format.name)-v\(format.version)-"
        if try FileSystem.status(directory) != nil,
           try FileSystem.list(directory).contains(where: { $0.hasPrefix(prefix) && ($0.hasSuffix(".tar") || $0.hasSuffix(".tar.gz")) }) {
            return
        }
        try FileSystem.makeDirectory(directory)
        let stamp = time.iso.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        try writeSnapshot(to: directory + "/" + prefix + stamp + ".tar.gz")
    }
}
