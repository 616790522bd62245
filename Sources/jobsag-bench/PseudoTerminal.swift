// A pseudo-terminal of a given size for a child process: the master side stays here and is read until the child closes the slave.
import Foundation
import Glibc

final class PseudoTerminal {
    let master: Int32
    let slavePath: String
    /// Held open here for the terminal's lifetime (see `drain`).
    private let slave: Int32

    enum Failure: Error, CustomStringConvertible {
        case open(String)
        var description: String { "could not open a pseudo-terminal: \(self)" }
    }

    init(width: Int, height: Int) throws {
        // posix_openpt and friends need _XOPEN_SOURCE, which Swift's Glibc does not set;
        // on Linux they are /dev/ptmx and two ioctls (whose _IOR/_IOW macros Swift cannot
        // import: the values are Linux's on x86_64 and arm64).
        let unlockRequest: UInt = 0x4004_5431  // TIOCSPTLCK
        let numberRequest: UInt = 0x8004_5430  // TIOCGPTN
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure.open(String(cString: strerror(errno))) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            close(master)
            throw Failure.open(String(cString: strerror(errno)))
        }
        slavePath = "/dev/pts/\(number)"
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    deinit {
        if slave >= 0 { close(slave) }
        close(master)
    }

    /// Reads what the child writes until `isFinished` holds (then what is left); false when
    /// `deadline` (a `Clock` time) passes first. This side keeps the slave open, so that
    /// reading never fails before the child has opened it.
    func drain(into data: inout Data, until deadline: Double, isFinished: () -> Bool) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let finished = isFinished()
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, finished ? 0 : 5)
            if ready > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 {
                    data.append(contentsOf: buffer[0..<count])
                    continue
                }
            }
            if finished { return true }
            if Clock.now() > deadline { return false }
        }
    }
}
