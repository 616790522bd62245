// Starts a program with posix_spawn (optionally on a pseudo-terminal) and times it to its exit, with its peak memory from wait4.
import Foundation
import Glibc

/// What one run of a child process gave.
struct ChildRun {
    /// Wall time from just before the spawn to the child's exit, in seconds.
    var seconds: Double
    var status: Int32
    /// The child's peak resident set size (ru_maxrss), in KiB: never less than what the
    /// benchmark held when it started the child (`forgetPeakResidentSet`).
    var maxResidentKiB: Int
    /// What the child wrote, when it was captured (a terminal's output, or stdout to a file).
    var output: String
}

enum ChildProcessFailure: Error, CustomStringConvertible {
    case spawn(String, String)
    case timedOut(String, Double)

    var description: String {
        switch self {
        case .spawn(let program, let reason): return "could not start \(program): \(reason)"
        case .timedOut(let program, let seconds): return "\(program) did not exit within \(Int(seconds)) s"
        }
    }
}

/// Where a child's standard output goes.
enum ChildOutput {
    case null
    /// To a file, read back into `ChildRun.output`.
    case capture
    /// To a file that stays (the caller reads it).
    case file(String)
}

enum ChildProcess {
    /// glibc's POSIX_SPAWN_SETSID (not imported without _GNU_SOURCE): the child leads a new session.
    private static let spawnNewSession: Int32 = 0x80

    /// Runs `program` to its exit. On `terminal`, stdin, stdout and stderr are the terminal's
    /// slave side, the child leads a new session (so the terminal is its controlling one),
    /// and everything it writes is read from the master side.
    static func run(
        _ program: String, _ arguments: [String], environment: [String: String],
        output: ChildOutput = .null, terminal: PseudoTerminal? = nil, timeout: Double = 300
    ) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var captureFile: String?
        if let terminal {
            posix_spawn_file_actions_addopen(&actions, 0, terminal.slavePath, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            switch output {
            case .null:
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            case .capture:
                let path = NSTemporaryDirectory() + "jobsag-bench-out-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
                captureFile = path
                posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            }
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        defer { if let captureFile { unlink(captureFile) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK)
        if terminal != nil { flags |= spawnNewSession }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        closeDescriptorsOnExec()

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        forgetPeakResidentSet()
        var pid: pid_t = 0
        let start = Clock.now()
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw ChildProcessFailure.spawn(program, String(cString: strerror(spawned))) }
        var screen = Data()
        let status: Int32, usage: rusage, seconds: Double
        if let terminal {
            // Another thread waits for the exit, so that its time is exact while this one
            // reads the terminal (a child blocked on a full terminal would never exit).
            let waiter = ExitWaiter(pid: pid)
            let thread = Thread { waiter.wait() }
            thread.start()
            let exited = terminal.drain(into: &screen, until: start + timeout) { waiter.result != nil }
            if !exited { kill(pid, SIGKILL) }
            while waiter.result == nil { usleep(1_000) }
            guard exited, let result = waiter.result else { throw ChildProcessFailure.timedOut(program, timeout) }
            (status, usage, seconds) = (result.status, result.usage, result.end - start)
        } else {
            (status, usage) = reap(pid)
            seconds = Clock.now() - start
        }
        var text = String(decoding: screen, as: UTF8.self)
        if let captureFile { text = (try? String(contentsOfFile: captureFile, encoding: .utf8)) ?? "" }
        return ChildRun(seconds: seconds, status: status, maxResidentKiB: usage.ru_maxrss, output: text)
    }

    /// Waits for a child on its own thread and keeps the exit time.
    private final class ExitWaiter: @unchecked Sendable {
        let pid: pid_t
        private let lock = NSLock()
        private var stored: (status: Int32, usage: rusage, end: Double)?

        init(pid: pid_t) { self.pid = pid }

        var result: (status: Int32, usage: rusage, end: Double)? {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }

        func wait() {
            let (status, usage) = ChildProcess.reap(pid)
            let end = Clock.now()
            lock.lock()
            stored = (status, usage, end)
            lock.unlock()
        }
    }

    /// Waits for the child and returns its exit status (128 + signal when killed) and usage.
    fileprivate static func reap(_ pid: pid_t) -> (Int32, rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, usage)
    }

    /// A child started with posix_spawn runs in this process's memory until it execs, and
    /// the kernel then counts this process's peak resident set as the child's (in its
    /// `ru_maxrss`): the peak is brought down to what this process holds now (Linux's
    /// `clear_refs`, 5), so that a run that generated a store, or read taskwarrior's tasks, in
    /// this process does not report that peak as every later child's.
    private static func forgetPeakResidentSet() {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, "5", 1)
        close(descriptor)
    }

    /// Marks every descriptor above stderr close-on-exec, so a child inherits none of ours
    /// (the build lock among them).
    private static func closeDescriptorsOnExec() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 {
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }
}

/// A monotonic clock in seconds.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
