import Glibc
import JobsagCore

extension FileStore {
    /// The case files of `cases/` as they are on disk, in order of id.
    struct CaseFiles {
        /// Each regular case file's id and stamp.
        var files: [(id: CaseID, stamp: FileStamp)]
        /// A problem for each case file that is not a regular file, and a warning when any
        /// can be read by others than the owner.
        var problems: [StoreProblem]
    }

    /// `body` given `cases/` and its descriptor, open while it runs; `missing` when there is
    /// no such directory (a store without cases yet).
    func withCasesDirectory<Result>(
        orIfMissing missing: Result, _ body: (String, Int32) throws(StoreError) -> Result
    ) throws(StoreError) -> Result {
        let directory = layout.casesDirectory
        guard try FileSystem.status(directory) != nil else { return missing }
        let descriptor = try FileSystem.openDirectory(directory)
        defer { close(descriptor) }
        return try body(directory, descriptor)
    }

    /// The case files of `directory` (open as `descriptor`) by their names alone, each id
    /// with its file's name, in order of id. A temporary file is removed on the way: saves
    /// write only under the exclusive lock, and the caller holds a shared one, so it was left
    /// by a crashed save.
    func caseFileNames(in directory: String, descriptor: Int32) throws(StoreError) -> [(id: CaseID, name: String)] {
        var named: [(id: CaseID, name: String)] = []
        for name in try FileSystem.list(directory) {
            if AtomicFileWriter.isTemporaryFileName(name) {
                unlinkat(descriptor, name, 0)
            } else if let id = StoreLayout.caseID(fromFileName: name) {
                named.append((id, name))
            }
        }
        return named
    }

    /// Lists the case files in `directory` (open as `descriptor`), each one's status asked
    /// for on every core (a `stat` each: 50,000 of them took a fifth of a warm `jobsag check`
    /// on one core), then gone through in order.
    func caseFiles(in directory: String, descriptor: Int32) throws(StoreError) -> CaseFiles {
        let named = try caseFileNames(in: directory, descriptor: descriptor)
        let statuses = Parallel.map(named, perChunk: 256, bound: .files) { file -> Result<FileSystem.Status?, StoreError> in
            Result { () throws(StoreError) in try FileSystem.status(in: descriptor, name: file.name, path: directory + "/" + file.name) }
        }
        var listing = CaseFiles(files: [], problems: [])
        listing.files.reserveCapacity(named.count)
        var exposedFiles = 0
        for (file, found) in zip(named, statuses) {
            guard let status = try found.get() else { continue }
            guard status.kind == .regular else {
                listing.problems.append(Self.notRegularProblem(path: directory + "/" + file.name, caseID: file.id))
                continue
            }
            if status.isAccessibleToOthers { exposedFiles += 1 }
            listing.files.append((file.id, status.stamp))
        }
        if let warning = try exposedFilesWarning(exposedFiles, in: directory) { listing.problems.append(warning) }
        return listing
    }

    /// A case file that is a directory, a link or anything else than a regular file.
    static func notRegularProblem(path: String, caseID: CaseID) -> StoreProblem {
        StoreProblem(
            .error, .unreadable, path: path, caseID: caseID,
            detail: LocalizedText(da: "er ikke en almindelig fil (en mappe eller et link)", en: "is not a regular file (a directory or a link)"))
    }

    /// The warning that `count` case files in `directory` can be read by others; nil for none.
    func exposedFilesWarning(_ count: Int, in directory: String) throws(StoreError) -> StoreProblem? {
        guard count > 0, let status = try FileSystem.status(directory) else { return nil }
        var warning = Self.permissionProblem(path: directory, status: status)
        warning.detail = LocalizedText(
            da: "\(count) sagsfiler kan læses af andre end ejeren; personoplysninger skal være private: `chmod 600 \(directory)/*.json`",
            en: "\(count) case files are readable by others than the owner; personal data must be private: `chmod 600 \(directory)/*.json`")
        return warning
    }
}
