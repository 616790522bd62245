import Foundation
import Glibc
import JobsagCore

extension FileStore {
    /// Writes an export (a report, a calendar) the way the store writes its own files: a
    /// temporary file in the same directory, fsync, rename, directory fsync; mode 0600. A
    /// device, a pipe or a socket (`/dev/null`, `/dev/stdout`, a shell's `>(…)`) is written
    /// into as it is (`DescriptorSink`).
    public static func writeExport(_ data: Data, to path: String) throws(StoreError) {
        if try DescriptorSink.isDeviceOrPipe(path) {
            try DescriptorSink(opening: path).write([UInt8](data))
        } else {
            try AtomicFileWriter.write(data, to: path)
        }
    }

    /// The export written to `path` last time (a calendar the next one continues), or nil
    /// when there is none, or when `path` is not a file (a device or a pipe keeps nothing).
    public static func readExport(at path: String) throws(StoreError) -> Data? {
        guard try FileSystem.statusFollowingLinks(path)?.kind == .regular else { return nil }
        return try FileSystem.read(path, limit: maximumExportSize)
    }

    /// The largest earlier export read back: far above any calendar of a caseload.
    static let maximumExportSize: Int64 = 64 << 20
}
