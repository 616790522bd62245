import Glibc

/// The store lock: `flock` on `<data dir>/.lock`, shared for reading, exclusive for writing,
/// held only for the duration of one operation. Each acquisition opens the lock file anew,
/// so two stores in one process (or two threads) exclude each other like two processes.
struct StoreLock {
    enum Mode: Sendable {
        case shared
        case exclusive
    }

    let path: String
    /// How long to wait for another process before giving up.
    var timeoutSeconds: Int = 15

    init(path: String) {
        self.path = path
    }

    /// Runs `body` while holding the lock in `mode`.
    func withLock<Result>(_ mode: Mode, _ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        let descriptor = try acquire(mode)
        defer { close(descriptor) }  // closing the descriptor releases the lock
        return try body()
    }

    private func acquire(_ mode: Mode) throws(StoreError) -> Int32 {
        var descriptor = FileSystem.retrying { open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileSystem.fileMode) }
        if descriptor < 0, mode == .shared, errno == EACCES || errno == EROFS {
            // A read-only store can still be read under a shared lock.
            descriptor = FileSystem.retrying { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        }
        guard descriptor >= 0 else { throw FileSystem.failure(.lock, path) }
        let operation = (mode == .shared ? LOCK_SH : LOCK_EX) | LOCK_NB
        var waitedMilliseconds = 0
        while flock(descriptor, operation) != 0 {
            let number = errno
            guard number == EWOULDBLOCK || number == EINTR else {
                close(descriptor)
                throw FileSystem.failure(.lock, path, number)
            }
            if waitedMilliseconds >= timeoutSeconds * 1000 {
                close(descriptor)
                throw StoreError.lockTimeout(path: path, seconds: timeoutSeconds)
            }
            usleep(5_000)
            waitedMilliseconds += 5
        }
        return descriptor
    }
}
