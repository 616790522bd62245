import Foundation
import Glibc
import JobsagCore

extension FileStore {
    // MARK: Backup

    /// Writes a consistent snapshot of the whole store (taken under the shared lock, so no
    /// save runs meanwhile) to one gzip-compressed POSIX tar archive, atomically, mode 0600.
    /// The index, the caches (`StoreCache`), the lock file, temporary files and migration
    /// backups are left out.
    public func backup(to archivePath: String) throws(StoreError) {
        let parent = Self.resolvedPath(FileSystem.parent(of: archivePath))
        let store = Self.resolvedPath(layout.directory)
        if parent == store || parent.hasPrefix(store + "/") { throw StoreError.backupInsideStore(path: archivePath) }
        try withStore(.shared) { () throws(StoreError) in
            try writeSnapshot(to: archivePath)
        }
    }

    /// The snapshot as a compressed tar archive on standard output (`jobsag backup -`).
    public func backupToStandardOutput() throws(StoreError) {
        try withStore(.shared) { () throws(StoreError) in
            try writeSnapshot(into: DescriptorSink.standardOutput())
        }
    }

    /// The snapshot as a compressed tar archive in a file written atomically, or into the
    /// device or pipe `archivePath` names (`DescriptorSink`); the caller holds the store lock.
    func writeSnapshot(to archivePath: String) throws(StoreError) {
        if try DescriptorSink.isDeviceOrPipe(archivePath) {
            try writeSnapshot(into: DescriptorSink(opening: archivePath))
            return
        }
        let output = try AtomicFileWriter(path: archivePath)
        try writeSnapshot(into: output)
        try output.commit()
    }

    private func writeSnapshot(into output: any ByteSink) throws(StoreError) {
        let compressed = try GzipWriter(output: output)
        let tar = TarArchive.Writer(output: compressed)
        for name in [StoreLayout.storeFileName, StoreLayout.caseworkersFileName] {
            let path = layout.path(name)
            guard let (data, status) = try Self.readIfPresent(path) else { continue }
            try tar.addFile(name, contents: data, modified: status.modifiedNanoseconds / 1_000_000_000)
        }
        for directory in StoreLayout.subdirectories {
            let directoryPath = layout.path(directory)
            guard let status = try FileSystem.status(directoryPath), status.kind == .directory else { continue }
            try tar.addDirectory(directory, modified: status.modifiedNanoseconds / 1_000_000_000)
            for name in try FileSystem.list(directoryPath) where !name.hasPrefix(".") {
                let path = directoryPath + "/" + name
                guard let fileStatus = try FileSystem.status(path), fileStatus.kind == .regular,
                      let (data, _) = try Self.readIfPresent(path)
                else { continue }
                try tar.addFile(directory + "/" + name, contents: data, modified: fileStatus.modifiedNanoseconds / 1_000_000_000)
            }
        }
        try tar.finish()
        try compressed.finish()
    }

    static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: Restore

    /// Restores a backup archive into `directory`, which must be empty or not exist (its
    /// parent must exist). The archive is `jobsag backup`'s (gzip), an older uncompressed one,
    /// or GNU tar's of a store directory, compressed or not (`tar czf x.tgz -C store .`:
    /// names start with `./`; the store's own lock, caches, migration backups and stray
    /// temporary files in it are skipped). The archive is unpacked into a hidden sibling
    /// directory first and renamed into place only when complete, with directories 0700 and
    /// files 0600. Entries outside the store layout, with `..`, absolute paths, links or
    /// special files are refused and nothing is restored. Returns the problems `validate`
    /// finds in the result.
    public static func restore(from archivePath: String, into directory: String) throws(StoreError) -> [StoreProblem] {
        let target = StoreLayout(directory: directory).directory
        if let status = try FileSystem.status(target) {
            guard status.kind == .directory else { throw StoreError.notADirectory(path: target) }
            guard try FileSystem.list(target).isEmpty else { throw StoreError.directoryNotEmpty(path: target) }
        }
        let parent = FileSystem.parent(of: target)
        guard let parentStatus = try FileSystem.statusFollowingLinks(parent), parentStatus.kind == .directory else {
            throw StoreError.directoryDoesNotExist(path: parent)
        }
        let descriptor = FileSystem.retrying { Glibc.open(archivePath, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw FileSystem.failure(.open, archivePath) }
        defer { close(descriptor) }

        var random = SystemRandomNumberGenerator()
        let staging = parent + "/." + FileSystem.lastComponent(of: target) + ".restoring-" + String(getpid()) + "-"
            + String(random.next() as UInt64, radix: 16)
        guard mkdir(staging, FileSystem.directoryMode) == 0 else { throw FileSystem.failure(.create, staging) }
        do throws(StoreError) {
            try unpack(descriptor: descriptor, archivePath: archivePath, into: staging)
            guard try FileSystem.status(StoreLayout(directory: staging).storeFile) != nil else {
                throw StoreError.archiveInvalid(
                    path: archivePath, reason: LocalizedText(da: "store.json mangler", en: "store.json is missing"))
            }
            try FileSystem.syncDirectory(staging)
            try FileSystem.rename(staging, to: target)
            try FileSystem.syncDirectory(parent)
        } catch {
            try? FileSystem.removeTree(staging)
            throw error
        }
        return validate(directory: target)
    }

    private static func unpack(descriptor: Int32, archivePath: String, into staging: String) throws(StoreError) {
        var reader = TarArchive.Reader(input: try ArchiveInput(descriptor: descriptor, path: archivePath))
        var createdDirectories: Set<String> = []
        while let entry = try reader.next() {
            guard let relative = try restoredPath(for: entry, archivePath: archivePath) else { continue }
            let path = staging + "/" + relative
            switch entry.kind {
            case .directory:
                if createdDirectories.insert(relative).inserted {
                    guard mkdir(path, FileSystem.directoryMode) == 0 || errno == EEXIST else { throw FileSystem.failure(.create, path) }
                    try FileSystem.setPermissions(path, FileSystem.directoryMode)
                }
            case .file:
                if relative.contains("/") {
                    let directory = String(relative.prefix(while: { $0 != "/" }))
                    if createdDirectories.insert(directory).inserted {
                        let directoryPath = staging + "/" + directory
                        guard mkdir(directoryPath, FileSystem.directoryMode) == 0 || errno == EEXIST else {
                            throw FileSystem.failure(.create, directoryPath)
                        }
                    }
                }
                let data = try reader.content()
                let file = FileSystem.retrying { Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode) }
                guard file >= 0 else {
                    if errno == EEXIST {
                        throw StoreError.archiveInvalid(
                            path: archivePath,
                            reason: LocalizedText(da: "»\(entry.name)« findes to gange", en: "\"\(entry.name)\" occurs twice"))
                    }
                    throw FileSystem.failure(.create, path)
                }
                defer { close(file) }
                guard fchmod(file, FileSystem.fileMode) == 0 else { throw FileSystem.failure(.changePermissions, path) }
                try FileSystem.writeAll(descriptor: file, [UInt8](data), path: path)
                try FileSystem.sync(descriptor: file, path: path)
            }
        }
        for directory in createdDirectories { try FileSystem.syncDirectory(staging + "/" + directory) }
    }

    /// The path inside the store for an archive entry, nil for an entry that is skipped (the
    /// top directory `./`, and what the store keeps for itself: the lock, the index, the check
    /// cache, migration backups, temporary files), or an error: only the store layout
    /// (store.json, caseworkers.json, and plain files one level inside cases/, reviews/,
    /// audit/) may be restored.
    static func restoredPath(for entry: TarArchive.Entry, archivePath: String) throws(StoreError) -> String? {
        var name = entry.name
        if name.hasPrefix("/") || name.contains("\0") || name.contains("\\") {
            throw StoreError.unsafeArchiveEntry(path: archivePath, entry: entry.name)
        }
        // GNU tar of a directory's content (`-C store .`) names every entry from `./`.
        while name.hasPrefix("./") { name.removeFirst(2) }
        if entry.kind == .directory, name.hasSuffix("/") { name.removeLast() }
        let components = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if components.contains("..") { throw StoreError.unsafeArchiveEntry(path: archivePath, entry: entry.name) }
        if name.isEmpty || name == "." { return nil }
        let unknown = StoreError.archiveInvalid(
            path: archivePath,
            reason: LocalizedText(
                da: "»\(entry.name)« hører ikke til en Jobsag-datamappe (med tar pakkes mappens indhold: tar czf kopi.tar.gz -C datamappe .)",
                en: "\"\(entry.name)\" does not belong in a Jobsag store (with tar, archive the directory's content: tar czf copy.tar.gz -C store .)"))
        if isStoreOwn(components) { return nil }
        switch (components.count, entry.kind) {
        case (1, .file):
            guard [StoreLayout.storeFileName, StoreLayout.caseworkersFileName].contains(name) else { throw unknown }
        case (1, .directory):
            guard StoreLayout.subdirectories.contains(name) else { throw unknown }
        case (2, .file):
            guard StoreLayout.subdirectories.contains(components[0]), !components[1].isEmpty,
                  !components[1].hasPrefix("."), components[1].utf8.count <= 255
            else { throw unknown }
        default:
            throw unknown
        }
        return name
    }

    /// What a store directory holds for itself besides its data: rebuilt or taken anew, never restored.
    static let storeOwnEntries = Set([
        StoreLayout.lockFileName, StoreLayout.indexFileName, StoreLayout.migrationBackupsDirectoryName,
    ] + StoreCache.allCases.map(\.fileName))

    /// Whether an entry (its path components) is one of `storeOwnEntries`, a file in the
    /// migration backups, or a temporary file left by an interrupted save.
    static func isStoreOwn(_ components: [String]) -> Bool {
        guard let first = components.first, let last = components.last else { return false }
        switch components.count {
        case 1: return storeOwnEntries.contains(first) || AtomicFileWriter.isTemporaryFileName(first)
        case 2:
            return first == StoreLayout.migrationBackupsDirectoryName
                || StoreLayout.subdirectories.contains(first) && AtomicFileWriter.isTemporaryFileName(last)
        default: return false
        }
    }
}
