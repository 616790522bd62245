import Foundation
import Glibc

/// The store's test tool (`jobsag-store-test-tool`) run as a separate process, with its
/// standard output on a pipe. The tool is built with the tests, next to the test bundle.
final class ChildProcess {
    let pid: pid_t
    private let output: Int32
    private var waited = false

    struct SpawnFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// The directory holding the test bundle and the package's built executables.
    static var buildDirectory: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().path
    }

    static var toolPath: String { buildDirectory + "/jobsag-store-test-tool" }

    init(arguments: [String]) throws {
        let tool = Self.toolPath
        guard access(tool, X_OK) == 0 else { throw SpawnFailure(description: "\(tool) is not built (swift build builds it with the tests)") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw SpawnFailure(description: "pipe failed") }
        _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        let argv: [UnsafeMutablePointer<CChar>?] = ([tool] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, tool, &actions, nil, argv, environ)
        close(pipeEnds[1])
        guard result == 0 else {
            close(pipeEnds[0])
            throw SpawnFailure(description: "posix_spawn failed: \(result)")
        }
        pid = child
        output = pipeEnds[0]
    }

    deinit {
        if !waited {
            Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(output)
    }

    /// The next chunk of output, or nil at the end.
    func readOutput() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(output, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return nil }
            return String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// Everything the process still writes, until it exits.
    func readRemainingOutput() -> String {
        var text = ""
        while let chunk = readOutput() { text += chunk }
        return text
    }

    func kill(_ signal: Int32 = SIGKILL) {
        Glibc.kill(pid, signal)
    }

    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        waited = true
        return status
    }
}
