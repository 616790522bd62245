import Foundation

/// The log file. While curses owns the terminal nothing may reach stdout or stderr, so the
/// session points stderr here too: a crash report lands in the log, not on the screen.
final class Log: @unchecked Sendable {
    let path: String
    private let descriptor: Int32

    /// Opens `$XDG_STATE_HOME/jobsag/jobsag.log` (default `~/.local/state/jobsag/jobsag.log`)
    /// for appending, private to the user.
    init?() {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        let directory = base + "/jobsag"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        path = directory + "/jobsag.log"
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
    }

    deinit {
        close(descriptor)
    }

    func write(_ message: String) {
        let line = SystemClock.now().iso + " " + message + "\n"
        _ = line.withCString { Glibc.write(descriptor, $0, strlen($0)) }
    }

    /// Runs `body` with stderr pointing at the log file, and puts stderr back after.
    func redirectingStandardError<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        dup2(descriptor, STDERR_FILENO)
        defer {
            fflush(nil)
            if saved >= 0 {
                dup2(saved, STDERR_FILENO)
                close(saved)
            }
        }
        return try body()
    }
}
