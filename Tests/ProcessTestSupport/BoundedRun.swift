import Dispatch
import Foundation

/// One run of a program for a test (the end-to-end and fuzz tests): its output in files, and,
/// with a `timeout`, a kill when it is up, so that a hang is a result and not a stuck test.
public struct BoundedRun: Sendable {
    /// How the run ended.
    public enum Ending: Sendable, Equatable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)
        case timedOut(seconds: Double)

        /// A signal or a hang: the failures the fuzzer looks for.
        public var isFailure: Bool {
            if case .exited = self { return false }
            return true
        }

        /// The shell's exit status: the status, or 128 + the signal.
        public var status: Int32 {
            switch self {
            case .exited(let status): return status
            case .signalled(let signal): return 128 + signal
            case .timedOut: return 128 + SIGKILL
            }
        }

        public var description: String {
            switch self {
            case .exited(let status): return "exit status \(status)"
            case .signalled(let signal): return "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
            case .timedOut(let seconds): return "no end after \(Int(seconds)) s (killed)"
            }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    public let ending: Ending
    public let output: String
    public let error: String

    /// Runs `program` with `arguments` in `environment`, standard input from /dev/null,
    /// inheriting no other descriptor; with a `timeout` in seconds it is killed when that is up.
    public init(_ program: String, _ arguments: [String], environment: [String: String], timeout: Double? = nil) throws {
        let directory = FileManager.default.temporaryDirectory
        let outputFile = directory.appendingPathComponent("jobsag-test-out-\(UUID().uuidString)")
        let errorFile = directory.appendingPathComponent("jobsag-test-err-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorFile)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        Self.closeDescriptorsOnExec()
        // The test runs on a Dispatch thread that blocks every signal; a child would inherit
        // that mask (and tmux's panes with it: no SIGWINCH, no SIGTERM), so reset it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "\(program): \(String(cString: strerror(spawned)))")
        }
        ending = Self.wait(for: pid, timeout: timeout)
        output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    /// Marks every descriptor above stderr close-on-exec, so that nothing else is inherited:
    /// a tmux server left behind must not hold our files (or a build lock) open.
    private static func closeDescriptorsOnExec() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 {
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// Waits for the child's end without reaping it (so its pid cannot be reused while a
    /// kill may still be sent), kills it when the time is up, then reaps it.
    private static func wait(for pid: pid_t, timeout: Double?) -> Ending {
        guard let timeout else {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return ending(of: status)
        }
        let ended = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var info = siginfo_t()
            while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
            ended.signal()
        }
        let timedOut = ended.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(pid, SIGKILL)
            ended.wait()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return timedOut ? .timedOut(seconds: timeout) : ending(of: status)
    }

    private static func ending(of status: Int32) -> Ending {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}
