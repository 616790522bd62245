import Foundation
import JobsagCore

extension FileStore {
    /// Writes an export (a report, a calendar) the way the store writes its own files: a
    /// temporary file in the same directory, fsync, rename, directory fsync; mode 0600.
    public static func writeExport(_ data: Data, to path: String) throws(StoreError) {
        try AtomicFileWriter.write(data, to: path)
    }
}
