import Foundation

extension FileStore {
    // MARK: The caches

    public func keeps(_ cache: StoreCache) -> Bool { true }

    /// The bytes of a cache whose head `accepts` takes, or nil when there is none or it cannot
    /// be read. Only a cache: its reader checks its format, and every entry against the case
    /// file's version.
    public func readCache(_ cache: StoreCache, ifHead accepts: (Data) -> Bool) -> Data? {
        guard let data = try? FileSystem.read(layout.cacheFile(cache)), accepts(StoreCache.head(of: data)) else { return nil }
        return data
    }

    /// Writes a cache atomically (mode 0600) under the shared lock, like the case index: a
    /// failure costs only speed, so it is not reported.
    public func writeCache(_ cache: StoreCache, chunks next: () -> Data?) {
        try? withStore(.shared) { () throws(StoreError) in
            let writer = try AtomicFileWriter(path: layout.cacheFile(cache))
            while let chunk = next() { try writer.write(chunk) }
            try writer.commit()
        }
    }
}
