import Foundation
import Glibc

/// Writes a file so that a crash at any moment leaves either the old or the new file,
/// never a torn one, and the new file is on disk before `commit` returns:
///
/// 1. a temporary file `.<name>.tmp-<pid>-<random>` is created exclusively
///    (O_CREAT|O_EXCL|O_NOFOLLOW) in the target's directory, mode 0600 (fchmod, whatever
///    the umask or the old file's mode);
/// 2. every byte is written (short writes and EINTR continue), then fsync;
/// 3. it is renamed over the target (or linked to it, when the target must not exist);
/// 4. the directory is fsynced.
///
/// On any error the temporary file is removed. No step truncates a file in place and there
/// is no fallback to a non-atomic write (unlike `Data.write(options: .atomic)` on Linux).
final class AtomicFileWriter {
    let path: String
    private let directoryPath: String
    private let name: String
    private let temporaryName: String
    private var directory: Int32 = -1
    private var file: Int32 = -1
    private var finished = false
    private var flushed = false
    /// Whether `commit` put the file in place (it may still fail after, syncing the directory).
    private(set) var isInPlace = false

    /// The prefix and marker of temporary file names, so stray ones can be recognised.
    static func isTemporaryFileName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    init(path: String) throws(StoreError) {
        self.path = path
        directoryPath = FileSystem.parent(of: path)
        name = FileSystem.lastComponent(of: path)
        var random = SystemRandomNumberGenerator()
        let suffix = String(random.next() as UInt64, radix: 16)
        temporaryName = "." + name + ".tmp-" + String(getpid()) + "-" + suffix
        directory = try FileSystem.openDirectory(directoryPath)
        file = FileSystem.retrying {
            openat(directory, temporaryName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode)
        }
        guard file >= 0 else {
            let number = errno
            close(directory)
            directory = -1
            throw FileSystem.failure(.create, directoryPath + "/" + temporaryName, number)
        }
        guard fchmod(file, FileSystem.fileMode) == 0 else {
            let number = errno
            discard()
            throw FileSystem.failure(.changePermissions, path, number)
        }
    }

    deinit {
        if !finished { discard() }
    }

    func write(_ data: Data) throws(StoreError) {
        var failure: StoreError?
        data.withUnsafeBytes { bytes in
            do throws(StoreError) {
                try FileSystem.writeAll(descriptor: file, bytes, path: path)
            } catch {
                failure = error
            }
        }
        if let failure {
            discard()
            throw failure
        }
    }

    func write(_ bytes: [UInt8]) throws(StoreError) {
        var failure: StoreError?
        bytes.withUnsafeBytes { buffer in
            do throws(StoreError) {
                try FileSystem.writeAll(descriptor: file, buffer, path: path)
            } catch {
                failure = error
            }
        }
        if let failure {
            discard()
            throw failure
        }
    }

    /// Makes the bytes written so far durable in the temporary file: a full disk or an I/O
    /// error shows here, before the caller commits to anything else.
    func flush() throws(StoreError) {
        do throws(StoreError) {
            try FileSystem.sync(descriptor: file, path: path)
        } catch {
            discard()
            throw error
        }
        flushed = true
    }

    /// Flushes (unless `flush` did), renames into place and flushes the directory. With `replacingExisting`
    /// false, fails with EEXIST when the target exists (the temporary file is linked, not
    /// renamed, so an existing file is never replaced).
    ///
    /// `durable: false` skips both fsyncs: only for caches that are checked when read (the
    /// rename keeps the replacement atomic, a crash may lose it).
    func commit(replacingExisting: Bool = true, durable: Bool = true) throws(StoreError) {
        precondition(!finished, "commit after the writer finished")
        do throws(StoreError) {
            if durable && !flushed { try FileSystem.sync(descriptor: file, path: path) }
            guard close(file) == 0 else {
                file = -1
                throw FileSystem.failure(.write, path)
            }
            file = -1
            if replacingExisting {
                guard renameat(directory, temporaryName, directory, name) == 0 else {
                    throw FileSystem.failure(.rename, path)
                }
            } else {
                try linkWithoutReplacing()
            }
            finished = true
            isInPlace = true
            defer {
                close(directory)
                directory = -1
            }
            if durable { try FileSystem.syncDirectory(descriptor: directory, path: directoryPath) }
        } catch {
            if !finished { discard() }
            throw error
        }
    }

    private func linkWithoutReplacing() throws(StoreError) {
        if linkat(directory, temporaryName, directory, name, 0) == 0 {
            unlinkat(directory, temporaryName, 0)
            return
        }
        let number = errno
        if number == EEXIST { throw FileSystem.failure(.create, path, EEXIST) }
        // A file system without hard links: the caller holds the exclusive store lock, so
        // checking and renaming is still safe against other Jobsag processes, and atomic.
        guard number == EPERM || number == EOPNOTSUPP || number == EMLINK else {
            throw FileSystem.failure(.create, path, number)
        }
        var info = stat()
        if fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 { throw FileSystem.failure(.create, path, EEXIST) }
        guard renameat(directory, temporaryName, directory, name) == 0 else { throw FileSystem.failure(.rename, path) }
    }

    /// Closes and removes the temporary file (after an error, or when abandoned).
    private func discard() {
        if file >= 0 {
            close(file)
            file = -1
        }
        if directory >= 0 {
            unlinkat(directory, temporaryName, 0)
            close(directory)
            directory = -1
        }
        finished = true
    }

    /// Writes `data` to `path` atomically and durably.
    static func write(_ data: Data, to path: String, replacingExisting: Bool = true, durable: Bool = true) throws(StoreError) {
        let writer = try AtomicFileWriter(path: path)
        try writer.write(data)
        try writer.commit(replacingExisting: replacingExisting, durable: durable)
    }
}
