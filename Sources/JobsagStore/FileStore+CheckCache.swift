import Foundation

extension FileStore {
    // MARK: The check cache

    /// The bytes of `check.cache`, or nil when there is none or it cannot be read. Only a
    /// cache: its reader checks its format, and every entry against the case file's version.
    public func readCheckCache() -> Data? {
        try? FileSystem.read(layout.checkCacheFile)
    }

    /// Writes `check.cache` atomically (mode 0600) under the shared lock, like the case
    /// index: a failure costs only speed, so it is not reported.
    public func writeCheckCache(_ data: Data) {
        try? withStore(.shared) { () throws(StoreError) in
            try AtomicFileWriter.write(data, to: layout.checkCacheFile)
        }
    }
}
