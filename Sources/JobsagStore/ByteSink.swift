import Foundation
import Glibc

/// Where a stream of bytes goes (a compressed backup): an atomically written file, or
/// standard output for `jobsag backup -`.
protocol ByteSink: AnyObject {
    /// What to name in a message about a failed write.
    var path: String { get }
    func write(_ bytes: [UInt8]) throws(StoreError)
}

extension AtomicFileWriter: ByteSink {}

/// Standard output, written in full (short writes and EINTR continue).
final class StandardOutputSink: ByteSink {
    let path = "standard output"

    func write(_ bytes: [UInt8]) throws(StoreError) {
        try FileSystem.writeAll(descriptor: STDOUT_FILENO, bytes, path: path)
    }
}
