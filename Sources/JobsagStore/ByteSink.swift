import Foundation
import Glibc

/// Where a stream of bytes goes (a compressed backup, an export): an atomically written file,
/// or a descriptor written as it is (standard output, a device, a pipe).
protocol ByteSink: AnyObject {
    /// What to name in a message about a failed write.
    var path: String { get }
    func write(_ bytes: [UInt8]) throws(StoreError)
}

extension AtomicFileWriter: ByteSink {}

/// A descriptor written in full (short writes and EINTR continue): standard output for
/// `jobsag backup -`, or a device, a pipe or a socket named as the output (`/dev/null`, a
/// shell's `>(…)`), which renamed over would be replaced by a file.
final class DescriptorSink: ByteSink {
    let path: String
    private let descriptor: Int32
    private let closesWhenDone: Bool

    static func standardOutput() -> DescriptorSink {
        DescriptorSink(descriptor: STDOUT_FILENO, path: "standard output", closesWhenDone: false)
    }

    /// The device, pipe or socket at `path` opened for writing: nothing made, truncated or replaced.
    convenience init(opening path: String) throws(StoreError) {
        let descriptor = FileSystem.retrying { open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY) }
        guard descriptor >= 0 else { throw FileSystem.failure(.open, path) }
        self.init(descriptor: descriptor, path: path, closesWhenDone: true)
    }

    private init(descriptor: Int32, path: String, closesWhenDone: Bool) {
        self.descriptor = descriptor
        self.path = path
        self.closesWhenDone = closesWhenDone
    }

    deinit {
        if closesWhenDone { close(descriptor) }
    }

    func write(_ bytes: [UInt8]) throws(StoreError) {
        try FileSystem.writeAll(descriptor: descriptor, bytes, path: path)
    }

    /// Whether `path` names a device, a pipe or a socket (following links: `/dev/stdout`).
    static func isDeviceOrPipe(_ path: String) throws(StoreError) -> Bool {
        try FileSystem.statusFollowingLinks(path)?.kind == .other
    }
}
