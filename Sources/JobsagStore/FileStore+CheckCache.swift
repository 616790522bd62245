import Foundation

extension FileStore {
    // MARK: The check cache

    /// The bytes of `check.cache`, or nil when there is none, it cannot be read or it is not
    /// strict JSON. Only a cache: its reader checks every entry against the case file's version.
    public func readCheckCache() -> Data? {
        guard let data = try? FileSystem.read(layout.checkCacheFile), JSONParser.validate(data) == nil else { return nil }
        return data
    }

    /// Writes `check.cache` atomically (mode 0600) under the shared lock, like the case
    /// index: a failure costs only speed, so it is not reported.
    public func writeCheckCache(_ data: Data) {
        try? withStore(.shared) { () throws(StoreError) in
            try AtomicFileWriter.write(data, to: layout.checkCacheFile)
        }
    }
}
