import Foundation
import Glibc
import JobsagCore

/// A store in a directory of JSON files (see `StoreLayout` and docs/store-format.md).
///
/// Every operation takes the store lock for its own duration only (shared to read,
/// exclusive to write), so several Jobsag processes can work on one store. A `FileStore`
/// holds no mutable state and may be used from any thread.
public final class FileStore: CaseStore {
    public let layout: StoreLayout
    public let info: StoreInfo
    let lock: StoreLock
    let audit: AuditLog
    /// `store.json` as it was read at opening: while it is unchanged, so is the identity.
    private let openedManifest: Data

    init(layout: StoreLayout, info: StoreInfo, manifest: Data) {
        self.layout = layout
        self.info = info
        lock = StoreLock(path: layout.lockFile)
        audit = AuditLog(layout: layout)
        openedManifest = manifest
    }

    /// Sets the process's umask to 077 so that every file it creates is private. Call it
    /// once at start-up, before anything is written.
    public static func restrictFileCreationMask() {
        FileSystem.restrictFileCreationMask()
    }

    // MARK: Opening

    /// How opening checks access to the directory; replaceable in tests (which run as root,
    /// for whom access(2) grants everything).
    struct AccessCheck: Sendable {
        var isAccessible: @Sendable (_ path: String, _ mode: Int32) -> Bool
        static let system = AccessCheck { FileSystem.isAccessible($0, mode: $1) }
    }

    /// Opens an existing store. Fails, naming the path, when the directory does not exist,
    /// is a file, cannot be read or written, or has no valid `store.json` of a version this
    /// build reads. Files readable by others are reported in `info.warnings`.
    public static func open(directory: String) throws(StoreError) -> FileStore {
        try open(directory: directory, access: .system)
    }

    static func open(directory: String, access: AccessCheck) throws(StoreError) -> FileStore {
        let layout = StoreLayout(directory: directory)
        try checkDirectory(layout.directory, access: access)
        guard try FileSystem.status(layout.storeFile) != nil else {
            let isEmpty = try FileSystem.list(layout.directory).isEmpty
            throw StoreError.notAStore(path: layout.directory, isEmpty: isEmpty)
        }
        let lock = StoreLock(path: layout.lockFile)
        let (manifest, manifestBytes) = try lock.withLock(.shared) { () throws(StoreError) -> (StoreManifest, Data) in
            let bytes = try FileSystem.read(layout.storeFile)
            return (try decodeManifest(bytes, path: layout.storeFile), bytes)
        }
        if let linked = linkProblems(layout).first { throw StoreError.linkInStore(path: linked.path) }
        let info = StoreInfo(
            location: layout.directory, identity: manifest.identity, formatVersion: StoreFormat.store.version,
            isDemo: manifest.isDemo, settings: manifest.settings,
            settingsDocument: SettingsDocument(path: layout.storeFile, text: manifestBytes, settingsKeyPath: ["settings"]),
            warnings: permissionWarnings(layout))
        return FileStore(layout: layout, info: info, manifest: manifestBytes)
    }

    // MARK: Every operation

    /// Takes the store lock for `body`, after checking that the directory still holds the
    /// store this `FileStore` opened (a store replaced under a running program is neither
    /// read nor written as if it were the same) and that no directory in it is a symbolic
    /// link (nothing in the store is followed through one).
    /// Reads under one shared lock: writers wait until `body` is done.
    public func readingConsistently<Result>(_ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        try withStore(.shared, body)
    }

    func withStore<Result>(_ mode: StoreLock.Mode, _ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        try lock.withLock(mode) { () throws(StoreError) -> Result in
            if let linked = Self.linkProblems(layout).first { throw StoreError.linkInStore(path: linked.path) }
            let manifest = try FileSystem.read(layout.storeFile)
            if manifest != openedManifest, try Self.decodeManifest(manifest, path: layout.storeFile).identity != info.identity {
                throw StoreError.storeReplaced(path: layout.directory)
            }
            if mode == .exclusive, (Self.foundVersion(in: manifest) ?? 0) < StoreFormat.store.version {
                try chainAuditLog(manifest: manifest)
            }
            return try body()
        }
    }

    /// A problem for each of the store's directories that is a symbolic link.
    static func linkProblems(_ layout: StoreLayout) -> [StoreProblem] {
        StoreLayout.subdirectories.map(layout.path).compactMap { path in
            guard let status = try? FileSystem.status(path), status.kind == .symbolicLink else { return nil }
            return StoreProblem(.error, .link, path: path, detail: StoreError.linkDetail)
        }
    }

    static func checkDirectory(_ path: String, access: AccessCheck) throws(StoreError) {
        guard let status = try FileSystem.statusFollowingLinks(path) else {
            throw StoreError.directoryDoesNotExist(path: path)
        }
        guard status.kind == .directory else { throw StoreError.notADirectory(path: path) }
        guard access.isAccessible(path, R_OK | X_OK) else { throw StoreError.notAccessible(path: path, access: .read) }
        guard access.isAccessible(path, W_OK) else { throw StoreError.notAccessible(path: path, access: .write) }
    }

    static func readManifest(_ layout: StoreLayout) throws(StoreError) -> StoreManifest {
        try decodeManifest(try FileSystem.read(layout.storeFile), path: layout.storeFile)
    }

    static func decodeManifest(_ data: Data, path: String) throws(StoreError) -> StoreManifest {
        switch DocumentCoding.decode(StoreManifest.self, from: data, rules: StoreManifest.rules, path: path) {
        case .success(let decoded):
            return decoded.value
        case .failure(let problem):
            if problem.kind == .newerVersion {
                throw StoreError.newerFormat(path: path, found: foundVersion(in: data) ?? 0, supported: StoreFormat.store.version)
            }
            throw StoreError.invalidFile(problem)
        }
    }

    /// The `version` field of a JSON document, when it is a whole number.
    static func foundVersion(in data: Data) -> Int? {
        guard case .success(let root) = data.withUnsafeBytes({ JSONParser.parse($0) }),
              case .number(let text)? = root.member("version")?.value
        else { return nil }
        return Int(text)
    }

    /// Warnings for the directories and top-level files that others than the owner may
    /// read or change (the data directory itself as what it links to, when it is a link).
    static func permissionWarnings(_ layout: StoreLayout) -> [StoreProblem] {
        var warnings: [StoreProblem] = []
        if let status = try? FileSystem.statusFollowingLinks(layout.directory), status.isAccessibleToOthers {
            warnings.append(permissionProblem(path: layout.directory, status: status))
        }
        let paths = StoreLayout.subdirectories.map(layout.path) + [layout.storeFile, layout.caseworkersFile]
        for path in paths {
            guard let status = try? FileSystem.status(path), status.kind != .symbolicLink, status.isAccessibleToOthers else { continue }
            warnings.append(permissionProblem(path: path, status: status))
        }
        return warnings
    }

    /// A file or directory others may use, with the `chmod` that fits what was found.
    static func permissionProblem(path: String, status: FileSystem.Status) -> StoreProblem {
        let mode = String(status.permissions, radix: 8)
        let isDirectory = status.kind == .directory
        let wanted = isDirectory ? "700" : "600"
        let writable = status.permissions & 0o022 != 0
        let who: (da: String, en: String)
        switch (isDirectory, writable) {
        case (true, true): who = ("andre end ejeren kan se og ændre filerne i mappen", "others than the owner can see and change the files in it")
        case (true, false): who = ("andre end ejeren kan se filerne i mappen", "others than the owner can see the files in it")
        case (false, true): who = ("andre end ejeren kan læse og ændre filen", "others than the owner can read and change the file")
        case (false, false): who = ("andre end ejeren kan læse filen", "others than the owner can read the file")
        }
        return StoreProblem(
            .warning, .permissions, path: path,
            detail: LocalizedText(
                da: "\(who.da) (rettigheder \(mode)); personoplysninger skal være private: `chmod \(wanted) \(path)`",
                en: "\(who.en) (mode \(mode)); personal data must be private: `chmod \(wanted) \(path)`"))
    }

    // MARK: Store-level documents

    public func caseworkers() throws(StoreError) -> [Caseworker] {
        try withStore(.shared) { () throws(StoreError) -> [Caseworker] in try caseworkersUnlocked() }
    }

    /// `caseworkers.json` read by a caller that holds the lock.
    private func caseworkersUnlocked() throws(StoreError) -> [Caseworker] {
        let path = layout.caseworkersFile
        guard try FileSystem.status(path) != nil else { return [] }
        let data = try FileSystem.read(path)
        switch DocumentCoding.decode(CaseworkerList.self, from: data, rules: CaseworkerList.rules, path: path) {
        case .success(let decoded): return decoded.value.caseworkers
        case .failure(let problem): throw StoreError.invalidFile(problem)
        }
    }

    /// Changes the list of caseworkers as it is under the lock (one audit event without a
    /// case, naming the initials); a change the list refuses writes and logs nothing.
    @discardableResult
    public func changeCaseworkers(_ change: CaseworkerChange, by user: Initials, at time: Timestamp) throws(StoreError) -> [Caseworker] {
        try withStore(.exclusive) { () throws(StoreError) -> [Caseworker] in
            let path = layout.caseworkersFile
            try refuseNewerVersion(at: path)
            let current = try caseworkersUnlocked()
            let changed: [Caseworker]
            switch change.apply(to: current, by: current.first { $0.initials == user }) {
            case .success(let list): changed = list
            case .failure(let refusal): throw StoreError.caseworkerChangeRefused(refusal)
            }
            let data = try DocumentCoding.encode(CaseworkerList(caseworkers: changed), format: StoreFormat.caseworkers, path: path)
            try writeLogged(data, to: path, event: AuditEvent(time: time, user: user, action: .update, caseID: nil, changes: ["caseworkers[\(change.initials)]"]))
            return changed
        }
    }

    /// Replaces the settings in `store.json` (one audit event without a case).
    public func updateSettings(_ settings: JSONValue, by user: Initials, at time: Timestamp) throws(StoreError) -> StoreInfo {
        try withStore(.exclusive) { () throws(StoreError) -> StoreInfo in
            var manifest = try Self.readManifest(layout)
            manifest.settings = settings
            let data = try DocumentCoding.encode(manifest, format: StoreFormat.store, path: layout.storeFile)
            try writeLogged(data, to: layout.storeFile, event: AuditEvent(time: time, user: user, action: .update, caseID: nil, changes: ["settings"]))
            var info = self.info
            info.settings = settings
            info.settingsDocument = SettingsDocument(path: layout.storeFile, text: data, settingsKeyPath: ["settings"])
            return info
        }
    }

    /// Writes a store file with its audit event, so that the log holds an event for every
    /// change and none for a change that did not happen: the new content is written and
    /// flushed first (a full disk stops the save here, before anything is logged), then the
    /// event is logged, then the file is put in place; when that fails, the event is taken
    /// back. The caller holds the exclusive lock.
    @discardableResult
    func writeLogged(_ data: Data, to path: String, event: AuditEvent, replacingExisting: Bool = true) throws(StoreError) -> AuditLog.Appended {
        try prepareDirectories()
        let writer = try AtomicFileWriter(path: path)
        try writer.write(data)
        try writer.flush()
        let appended = try audit.append(event)
        do throws(StoreError) {
            try writer.commit(replacingExisting: replacingExisting)
        } catch {
            if !writer.isInPlace { try? audit.retract(appended) }
            throw error
        }
        return appended
    }

    /// Refuses to overwrite a file that a newer Jobsag wrote.
    func refuseNewerVersion(at path: String) throws(StoreError) {
        guard try FileSystem.status(path) != nil else { return }
        let data = try FileSystem.read(path)
        if let version = Self.foundVersion(in: data), version > StoreFormat.caseworkers.version {
            throw StoreError.newerFormat(path: path, found: version, supported: StoreFormat.caseworkers.version)
        }
    }

    /// Makes sure the store's directories exist and are 0700 before a write (best effort
    /// for the mode: a directory owned by someone else keeps its mode and is reported by
    /// `validate`).
    func prepareDirectories() throws(StoreError) {
        tighten(layout.directory)
        for name in StoreLayout.subdirectories {
            let path = layout.path(name)
            if try FileSystem.status(path) == nil {
                try FileSystem.makeDirectory(path)
            } else {
                tighten(path)
            }
        }
    }

    private func tighten(_ path: String) {
        guard let status = try? FileSystem.status(path), status.kind == .directory,
              status.permissions != FileSystem.directoryMode
        else { return }
        _ = chmod(path, FileSystem.directoryMode)
    }

    // MARK: Audit

    /// Brings a store made before the audit chain (`store.json` version 2) to version 3 before
    /// its first write: a copy of the store in `migration-backups/`, every event chained
    /// (`AuditLog.chainExisting`), then `store.json` written as version 3. The caller holds
    /// the exclusive lock.
    private func chainAuditLog(manifest: Data) throws(StoreError) {
        let decoded = try Self.decodeManifest(manifest, path: layout.storeFile)
        try ensureMigrationBackup(format: StoreFormat.store, at: Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970)))
        try audit.chainExisting()
        try AtomicFileWriter.write(DocumentCoding.encode(decoded, format: StoreFormat.store, path: layout.storeFile), to: layout.storeFile)
    }

    /// Checks the audit log's hash chain (`AuditChain`), under the shared lock.
    public func verifyAuditChain() throws(StoreError) -> AuditChainReport {
        try withStore(.shared) { () throws(StoreError) -> AuditChainReport in
            try Self.verifyAuditChain(layout)
        }
    }

    /// The chain of the store at `layout`; a store not yet chained (`store.json` older than
    /// version 3) is reported as such. The caller holds the store lock.
    static func verifyAuditChain(_ layout: StoreLayout) throws(StoreError) -> AuditChainReport {
        let version = foundVersion(in: try FileSystem.read(layout.storeFile)) ?? 0
        var report = AuditChain.verify(try AuditLog(layout: layout).chainLines())
        if version < StoreFormat.store.version, !report.isIntact {
            report.breakage = StoreProblem(
                .warning, .auditChain, path: layout.auditDirectory,
                detail: LocalizedText(
                    da: "loggen er fra før hash-kæden (store.json version \(version)) og kan ikke kontrolleres endnu; den kædes, næste gang der gemmes",
                    en: "the log is from before the hash chain (store.json version \(version)) and cannot be checked yet; it is chained at the next save"))
        }
        return report
    }

    public func record(_ event: AuditEvent) throws(StoreError) {
        try withStore(.exclusive) { () throws(StoreError) in
            try prepareDirectories()
            try audit.append(event)
        }
    }

    public func auditEvents(caseID: CaseID) throws(StoreError) -> AuditHistory {
        try withStore(.shared) { () throws(StoreError) -> AuditHistory in
            try audit.events(caseID: caseID)
        }
    }

    /// Every audit event in the store, oldest first.
    public func allAuditEvents() throws(StoreError) -> AuditHistory {
        try withStore(.shared) { () throws(StoreError) -> AuditHistory in
            try audit.events(caseID: nil)
        }
    }
}

extension FileStore {
    /// The files announce nothing: a data directory is one caseworker's store, and another
    /// program's save shows as a stale-save refusal with who and when.
    public func watchCaseChanges(_ onChange: @escaping @Sendable (CaseChange) -> Void) {}
}
