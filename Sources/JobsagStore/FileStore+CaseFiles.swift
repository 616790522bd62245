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

    /// Lists the case files in `directory` (open as `descriptor`), each one's status asked
    /// for on every core (a `stat` each: 50,000 of them took a fifth of a warm `jobsag check`
    /// on one core), then gone through in order. A temporary file is removed on the way:
    /// saves write only under the exclusive lock, and the caller holds a shared one, so it
    /// was left by a crashed save.
    func caseFiles(in directory: String, descriptor: Int32) throws(StoreError) -> CaseFiles {
        let names = try FileSystem.list(directory)
        let statuses = Parallel.map(names, perChunk: 256) { name -> Result<FileSystem.Status?, StoreError> in
            guard !AtomicFileWriter.isTemporaryFileName(name), StoreLayout.caseID(fromFileName: name) != nil else { return .success(nil) }
            return Result { () throws(StoreError) in try FileSystem.status(in: descriptor, name: name, path: directory + "/" + name) }
        }
        var listing = CaseFiles(files: [], problems: [])
        listing.files.reserveCapacity(names.count)
        var exposedFiles = 0
        for (name, found) in zip(names, statuses) {
            if AtomicFileWriter.isTemporaryFileName(name) {
                unlinkat(descriptor, name, 0)
                continue
            }
            guard let id = StoreLayout.caseID(fromFileName: name), let status = try found.get() else { continue }
            guard status.kind == .regular else {
                listing.problems.append(StoreProblem(
                    .error, .unreadable, path: directory + "/" + name, caseID: id,
                    detail: LocalizedText(da: "er ikke en almindelig fil (en mappe eller et link)", en: "is not a regular file (a directory or a link)")))
                continue
            }
            if status.isAccessibleToOthers { exposedFiles += 1 }
            listing.files.append((id, status.stamp))
        }
        if exposedFiles > 0, let status = try FileSystem.status(directory) {
            var warning = Self.permissionProblem(path: directory, status: status)
            warning.detail = LocalizedText(
                da: "\(exposedFiles) sagsfiler kan læses af andre end ejeren; personoplysninger skal være private: `chmod 600 \(directory)/*.json`",
                en: "\(exposedFiles) case files are readable by others than the owner; personal data must be private: `chmod 600 \(directory)/*.json`")
            listing.problems.append(warning)
        }
        return listing
    }
}
