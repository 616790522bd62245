import Glibc
import Foundation

/// Thin, typed wrappers of the POSIX calls the store needs. Every call retries on EINTR
/// and turns `errno` into an `IOFailure` naming the path.
enum FileSystem {
    /// Permission bits the store gives its directories and files.
    static let directoryMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600

    /// The kind and identity of a file, for the index and permission checks.
    struct Status: Hashable, Sendable {
        enum Kind: Sendable { case regular, directory, symbolicLink, other }
        var kind: Kind
        /// The permission bits (the low 12 bits of st_mode).
        var permissions: mode_t
        var size: Int64
        var inode: UInt64
        var modifiedNanoseconds: Int64
        var changedNanoseconds: Int64

        /// Readable, writable or executable by group or others.
        var isAccessibleToOthers: Bool { permissions & 0o077 != 0 }

        /// The file identity the index keeps: changes whenever the file is replaced or edited.
        var stamp: FileStamp {
            FileStamp(inode: inode, size: size, modified: modifiedNanoseconds, changed: changedNanoseconds)
        }
    }

    // MARK: Errors and retries

    static func failure(_ operation: IOFailure.Operation, _ path: String, _ number: Int32 = errno) -> StoreError {
        .io(IOFailure(operation, path: path, errorNumber: number))
    }

    /// Runs a system call until it does not fail with EINTR.
    @discardableResult
    static func retrying<Result: BinaryInteger>(_ call: () -> Result) -> Result {
        while true {
            let result = call()
            if result == -1, errno == EINTR { continue }
            return result
        }
    }

    // MARK: Status

    /// The status of `path` without following a final symbolic link; nil when it does not exist.
    static func status(_ path: String) throws(StoreError) -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure(.inspect, path)
        }
        return Status(info)
    }

    /// The status of `path`, following symbolic links (for the data directory itself, which may be one).
    static func statusFollowingLinks(_ path: String) throws(StoreError) -> Status? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure(.inspect, path)
        }
        return Status(info)
    }

    /// The status of the entry `name` in the open directory `directory`.
    static func status(in directory: Int32, name: String, path: String) throws(StoreError) -> Status? {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return nil }
            throw failure(.inspect, path)
        }
        return Status(info)
    }

    static func status(ofDescriptor descriptor: Int32, path: String) throws(StoreError) -> Status {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(.inspect, path) }
        return Status(info)
    }

    // MARK: Directories

    /// The names in a directory, without `.` and `..`, sorted.
    static func list(_ path: String) throws(StoreError) -> [String] {
        guard let stream = opendir(path) else { throw failure(.list, path) }
        defer { closedir(stream) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw failure(.list, path) }
                break
            }
            // The name read in place, up to its NUL: `entry.pointee.d_name` as a value would copy
            // all 256 bytes of the field, past the end of `readdir`'s buffer for a last entry with
            // a short name (AddressSanitizer found it).
            let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Opens a directory for `fsync` and the `*at` calls.
    static func openDirectory(_ path: String) throws(StoreError) -> Int32 {
        let descriptor = retrying { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw failure(.open, path) }
        return descriptor
    }

    /// Flushes a directory's entries (a rename or a new file in it) to disk. A file system
    /// that cannot sync directories (EINVAL) has nothing more to flush.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let descriptor = try openDirectory(path)
        defer { close(descriptor) }
        try syncDirectory(descriptor: descriptor, path: path)
    }

    static func syncDirectory(descriptor: Int32, path: String) throws(StoreError) {
        guard retrying({ fsync(descriptor) }) == 0 else {
            if errno == EINVAL { return }
            throw failure(.sync, path)
        }
    }

    /// Creates a directory 0700 and flushes its parent; an existing directory is made 0700.
    static func makeDirectory(_ path: String) throws(StoreError) {
        if mkdir(path, directoryMode) != 0 {
            guard errno == EEXIST, let existing = try status(path), existing.kind == .directory else {
                throw failure(.create, path)
            }
        }
        try setPermissions(path, directoryMode)
        try syncDirectory(parent(of: path))
    }

    // MARK: Files

    /// Reads a whole regular file (never follows a symbolic link).
    static func read(_ path: String, limit: Int64 = maximumFileSize) throws(StoreError) -> Data {
        let descriptor = retrying { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        guard descriptor >= 0 else { throw failure(.open, path) }
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor, status: try status(ofDescriptor: descriptor, path: path), path: path, limit: limit)
    }

    /// The largest file the store reads into memory (no store file comes near it).
    static let maximumFileSize: Int64 = 512 << 20

    /// The largest case file: thousands of pages of notes; anything larger is damage, and
    /// would cost every caseload load seconds to parse.
    static let maximumCaseFileSize: Int64 = 32 << 20

    /// Reads the whole file open at `descriptor`, whose status `info` was just taken.
    static func readAll(descriptor: Int32, status info: Status, path: String, limit: Int64 = maximumFileSize) throws(StoreError) -> Data {
        guard info.kind == .regular else { throw failure(.read, path, EISDIR) }
        guard info.size <= limit else { throw failure(.read, path, EFBIG) }
        // Read into memory not cleared first (`Data(count:)` writes zeros over every byte the
        // read then writes again), which the data then owns.
        let size = Int(info.size)
        guard let base = malloc(max(size, 1)) else { throw failure(.read, path, ENOMEM) }
        var filled = 0
        while filled < size {
            let count = retrying { Glibc.read(descriptor, base + filled, size - filled) }
            if count < 0 {
                let failedErrno = errno
                free(base)
                throw failure(.read, path, failedErrno)
            }
            if count == 0 { break }  // the file shrank meanwhile
            filled += count
        }
        var data = Data(bytesNoCopy: base, count: filled, deallocator: .free)
        // The file may also have grown since fstat: read the rest, through a buffer on the
        // stack (usually the first read says the file has ended).
        let grown = withUnsafeTemporaryAllocation(byteCount: 16_384, alignment: 1) { chunk -> Int32 in
            while true {
                let count = retrying { Glibc.read(descriptor, chunk.baseAddress, chunk.count) }
                if count < 0 { return errno }
                if count == 0 { return 0 }
                data.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
                if data.count > limit { return EFBIG }
            }
        }
        if grown != 0 { throw failure(.read, path, grown) }
        return data
    }

    /// Writes every byte, continuing after short writes and EINTR.
    static func writeAll(descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(StoreError) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let count = retrying { Glibc.write(descriptor, base + written, bytes.count - written) }
            if count < 0 { throw failure(.write, path) }
            if count == 0 { throw failure(.write, path, EIO) }
            written += count
        }
    }

    static func writeAll(descriptor: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var failure: StoreError?
        bytes.withUnsafeBytes { buffer in
            do throws(StoreError) {
                try writeAll(descriptor: descriptor, buffer, path: path)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    static func sync(descriptor: Int32, path: String) throws(StoreError) {
        guard retrying({ fsync(descriptor) }) == 0 else { throw failure(.sync, path) }
    }

    /// Flushes many newly written files to disk. With `allAtOnce`, one sync(2) (which on
    /// Linux returns only when everything is written) replaces one fsync per file.
    static func syncFiles(_ paths: [String], allAtOnce: Bool) throws(StoreError) {
        if allAtOnce {
            Glibc.sync()
            return
        }
        for path in paths {
            let file = retrying { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
            guard file >= 0 else { throw failure(.open, path) }
            defer { close(file) }
            try sync(descriptor: file, path: path)
        }
    }

    static func setPermissions(_ path: String, _ mode: mode_t) throws(StoreError) {
        guard chmod(path, mode) == 0 else { throw failure(.changePermissions, path) }
    }

    static func removeFile(_ path: String) throws(StoreError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure(.remove, path) }
    }

    /// Removes a directory tree that this process created (never follows symbolic links).
    static func removeTree(_ path: String) throws(StoreError) {
        guard let info = try status(path) else { return }
        if info.kind == .directory {
            for name in try list(path) { try removeTree(path + "/" + name) }
            guard rmdir(path) == 0 || errno == ENOENT else { throw failure(.remove, path) }
        } else {
            try removeFile(path)
        }
    }

    static func rename(_ from: String, to: String) throws(StoreError) {
        guard Glibc.rename(from, to) == 0 else { throw failure(.rename, to) }
    }

    /// Whether this user may access `path` in `mode` (R_OK, W_OK, X_OK), by access(2).
    static func isAccessible(_ path: String, mode: Int32) -> Bool {
        access(path, mode) == 0
    }

    // MARK: Paths

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Sets the process's file-creation mask to 077, so every file it creates is private.
    static func restrictFileCreationMask() {
        umask(0o077)
    }
}

extension FileSystem.Status {
    init(_ info: stat) {
        let type = info.st_mode & mode_t(S_IFMT)
        switch type {
        case mode_t(S_IFREG): kind = .regular
        case mode_t(S_IFDIR): kind = .directory
        case mode_t(S_IFLNK): kind = .symbolicLink
        default: kind = .other
        }
        permissions = info.st_mode & 0o7777
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}

/// The identity of a file version as the index remembers it: inode, size, and the
/// modification and change times in nanoseconds. Any save (a new inode by rename) or edit
/// in place changes it.
struct FileStamp: Hashable, Sendable, Codable {
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64
}
