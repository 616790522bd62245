import Foundation
import Glibc
import JobsagCore

extension FileStore {
    /// Creates a new store in `directory` (which must not exist or be empty; its parent must
    /// exist) with the given caseworkers and cases, and opens it.
    ///
    /// The store is built in a hidden sibling directory and renamed into place when
    /// complete, so a crash never leaves half a store. A demo store (`isDemo`) may replace
    /// an existing demo store; a real store is never replaced, and a directory with other
    /// content is never written into. Each case keeps its id (which must be a valid, unique
    /// case id), gets revision 1 and a change stamp, and one `create` audit event.
    public static func create(
        directory: String, isDemo: Bool, caseworkers: [Caseworker], cases: [Case] = [],
        settings: JSONValue = .emptyObject, by user: Initials, at time: Timestamp
    ) throws(StoreError) -> FileStore {
        let stamp = ChangeStamp(by: user, at: time)
        let stored = cases.map { value -> Case in
            var stored = value
            stored.revision = 1
            stored.lastChange = stamp
            return stored
        }
        return try create(directory: directory, from: StoreSnapshot(
            identity: StoreIdentity(id: StoreIdentity.newID(), created: time), isDemo: isDemo, settings: settings,
            caseworkers: caseworkers, cases: stored,
            auditEvents: cases.map { AuditEvent(time: time, user: user, action: .create, caseID: $0.id) }, reviews: [:]))
    }

    /// Creates a store holding `snapshot` as it is (identity, revisions, change stamps, the
    /// audit log and the rounds kept), like `create(directory:isDemo:...)`: built aside and
    /// renamed into place, never over anything but a demo store.
    public static func create(directory: String, from snapshot: StoreSnapshot) throws(StoreError) -> FileStore {
        let isDemo = snapshot.isDemo
        let cases = snapshot.cases
        var target = StoreLayout(directory: directory).directory
        var replacesDemo = false
        if let status = try FileSystem.statusFollowingLinks(target) {
            guard status.kind == .directory else { throw StoreError.notADirectory(path: target) }
            target = resolvedPath(target)
            let existing = StoreLayout(directory: target)
            if try FileSystem.status(existing.storeFile) != nil {
                guard isDemo else { throw StoreError.storeAlreadyExists(path: target) }
                let manifest: StoreManifest
                do throws(StoreError) {
                    manifest = try readManifest(existing)
                } catch {
                    throw StoreError.existingStoreIsNotDemo(path: target)
                }
                guard manifest.isDemo else { throw StoreError.existingStoreIsNotDemo(path: target) }
                replacesDemo = true
            } else if !(try FileSystem.list(target).isEmpty) {
                throw StoreError.directoryNotEmpty(path: target)
            }
        }
        let parent = FileSystem.parent(of: target)
        guard let parentStatus = try FileSystem.statusFollowingLinks(parent), parentStatus.kind == .directory else {
            throw StoreError.directoryDoesNotExist(path: parent)
        }

        var seen: Set<CaseID> = []
        for value in cases {
            guard value.id.isValidCaseID, seen.insert(value.id).inserted else { throw StoreError.invalidCaseID(value.id) }
        }

        var random = SystemRandomNumberGenerator()
        let suffix = String(getpid()) + "-" + String(random.next() as UInt64, radix: 16)
        let staging = parent + "/." + FileSystem.lastComponent(of: target) + ".creating-" + suffix
        guard mkdir(staging, FileSystem.directoryMode) == 0 else { throw FileSystem.failure(.create, staging) }
        do throws(StoreError) {
            try build(StoreLayout(directory: staging), snapshot)
            if replacesDemo {
                // Swap under the old demo store's exclusive lock, so no save is torn.
                let old = parent + "/." + FileSystem.lastComponent(of: target) + ".replaced-" + suffix
                try StoreLock(path: StoreLayout(directory: target).lockFile).withLock(.exclusive) { () throws(StoreError) in
                    try FileSystem.rename(target, to: old)
                    try FileSystem.rename(staging, to: target)
                    try FileSystem.syncDirectory(parent)
                }
                try? FileSystem.removeTree(old)
            } else {
                try FileSystem.rename(staging, to: target)
                try FileSystem.syncDirectory(parent)
            }
        } catch {
            try? FileSystem.removeTree(staging)
            throw error
        }
        return try open(directory: target)
    }

    /// Writes every file of a new store into an empty directory with O_EXCL, then flushes
    /// them all at once (sync(2) for many files: one flush instead of one fsync per case file,
    /// which made a 5,000-case demo take seconds), and flushes the directories.
    private static func build(_ layout: StoreLayout, _ snapshot: StoreSnapshot) throws(StoreError) {
        let cases = snapshot.cases
        for name in StoreLayout.subdirectories {
            let path = layout.path(name)
            guard mkdir(path, FileSystem.directoryMode) == 0 else { throw FileSystem.failure(.create, path) }
        }
        let manifest = StoreManifest(
            id: snapshot.identity.id, created: snapshot.identity.created, isDemo: snapshot.isDemo, settings: snapshot.settings)
        try writeNewFile(DocumentCoding.encode(manifest, format: StoreFormat.store, path: layout.storeFile), to: layout.storeFile)
        try writeNewFile(
            DocumentCoding.encode(CaseworkerList(caseworkers: snapshot.caseworkers), format: StoreFormat.caseworkers, path: layout.caseworkersFile),
            to: layout.caseworkersFile)
        let files = Parallel.map(cases, perChunk: 64) { value -> Result<Data, StoreError> in
            do throws(StoreError) {
                return .success(try CaseFileCoding.encode(value, path: layout.caseFile(value.id)))
            } catch {
                return .failure(error)
            }
        }
        var written: [String] = [layout.storeFile, layout.caseworkersFile]
        var index = CaseIndex()
        let digester = CPRDigester(identity: manifest.identity)
        for (value, file) in zip(cases, files) {
            try writeNewFile(file.get(), to: layout.caseFile(value.id))
            written.append(layout.caseFile(value.id))
            if let status = try FileSystem.status(layout.caseFile(value.id)) {
                index.entries[value.id] = CaseIndex.Entry(stamp: status.stamp, summary: CaseSummary(value, digester: digester))
            }
        }
        // One chain through the events in their order, each in its month's file (or a later
        // one, as an append puts it, so that the files' order is the chain's).
        let audit = AuditLog(layout: layout)
        var auditMonths: [String: Data] = [:]
        var newest: String?
        var link = AuditChainLink.first
        for event in snapshot.auditEvents {
            let name = audit.fileName(for: event, newest: newest)
            newest = name
            let path = layout.auditDirectory + "/" + name
            let line = try AuditLog.encodeLine(event, link: link, path: path)
            link = link.next(after: line)
            auditMonths[path, default: Data()].append(line + [0x0A])
        }
        for (path, lines) in auditMonths.sorted(by: { $0.key < $1.key }) {
            try writeNewFile(lines, to: path)
            written.append(path)
        }
        for (id, document) in snapshot.reviews.sorted(by: { $0.key < $1.key }) {
            guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
            try writeNewFile(document, to: layout.reviewFile(id))
            written.append(layout.reviewFile(id))
        }
        // The index as a load would write it, so that the first start does not decode
        // every case (13 s for 50,000); a cache, so not among the files flushed.
        if !cases.isEmpty { try index.write(to: layout.indexFile) }
        try FileSystem.syncFiles(written, allAtOnce: written.count > 64)
        for name in StoreLayout.subdirectories { try FileSystem.syncDirectory(layout.path(name)) }
        try FileSystem.syncDirectory(layout.directory)
    }

    private static func writeNewFile(_ data: Data, to path: String) throws(StoreError) {
        let descriptor = FileSystem.retrying { Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode) }
        guard descriptor >= 0 else { throw FileSystem.failure(.create, path) }
        defer { close(descriptor) }
        guard fchmod(descriptor, FileSystem.fileMode) == 0 else { throw FileSystem.failure(.changePermissions, path) }
        try FileSystem.writeAll(descriptor: descriptor, [UInt8](data), path: path)
    }
}
