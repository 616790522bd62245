import Foundation

/// A pipe that ends the terminal's wait for a key: written when a message is posted from
/// another thread (and by the resize and continue signal handlers), read empty by the wait.
public final class WakeUpPipe: Sendable {
    /// Polled beside the terminal.
    public let readEnd: Int32
    /// Written to wake the wait up.
    public let writeEnd: Int32

    /// Nil when the process has no descriptors left.
    public init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Wakes the wait up. A full pipe already wakes it, so a refused write is no loss.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Reads every wake-up written so far, so the next wait blocks again.
    public func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &bytes, bytes.count) > 0 {}
    }
}
