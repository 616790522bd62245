import Foundation

/// This build of the program, for caches of what it computed: the executable's size and
/// modification time (a new build changes both), read through `/proc/self/exe` with stat
/// (which follows the link). Unknown when it cannot be read, and then no two runs share a
/// cache.
enum ProgramIdentity {
    static let current: String = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown-" + UUID().uuidString }
        return "\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
