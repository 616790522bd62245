import Foundation
import ProcessTestSupport
import Testing

/// Drives the built `jobsag` binary in a private tmux server: types keys, reads the screen,
/// waits for conditions (never fixed sleeps). Every test gets its own socket, store and HOME.
final class Tmux {
    let socket: String
    let session = "jobsag"
    let workDirectory: URL
    /// The pinned environment of the program under test.
    let environment: [String: String]

    enum Failure: Error, CustomStringConvertible {
        case tmuxMissing
        case command(String, status: Int32, output: String)
        case timeout(String, screen: String)

        var description: String {
            switch self {
            case .tmuxMissing: return "tmux is not installed (apt-get install -y tmux); end-to-end tests need it"
            case .command(let command, let status, let output): return "\(command) exited \(status): \(output)"
            case .timeout(let what, let screen): return "timed out waiting for \(what); the screen was:\n\(screen)"
            }
        }
    }

    /// Starts a shell in a new tmux server of `width` x `height`.
    init(width: Int = 80, height: Int = 24, extraEnvironment: [String: String] = [:]) throws {
        guard Tmux.executable != nil else { throw Failure.tmuxMissing }
        socket = "jobsag-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: workDirectory.appendingPathComponent("home"), withIntermediateDirectories: true)
        var environment = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen",
            "HOME": workDirectory.appendingPathComponent("home").path,
            "JOBSAG_DATA": workDirectory.appendingPathComponent("store").path,
            "XDG_DATA_HOME": workDirectory.appendingPathComponent("home/.local/share").path,
            "XDG_STATE_HOME": workDirectory.appendingPathComponent("home/.local/state").path,
            "XDG_CONFIG_HOME": workDirectory.appendingPathComponent("home/.config").path,
            "PATH": Tmux.binaryDirectory.path + ":/usr/local/bin:/usr/bin:/bin",
            "PS1": "$ ",
            "HISTFILE": "/dev/null",
        ]
        environment.merge(extraEnvironment) { $1 }
        self.environment = environment
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.shellQuote($0.value))" }.joined(separator: " ")
        try run(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                 "env -i \(exports) bash --norc --noprofile"])
        try run(["set-option", "-s", "escape-time", "0"])
        try run(["set-option", "-g", "status", "off"])
        try waitFor("the shell prompt") { $0.contains("$") }
    }

    /// Stops the server and waits (up to 5 s) for the shell to exit before removing the
    /// directory, so that nothing the shell or the program writes on its way out is left.
    deinit {
        let shell = (try? shellPID()) ?? -1
        _ = try? run(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while shell > 0, kill(shell, 0) == 0, Date() < deadline { usleep(10_000) }
        try? FileManager.default.removeItem(at: workDirectory)
    }

    var storePath: String { environment["JOBSAG_DATA"] ?? "" }

    // MARK: Keys

    /// Types a command line into the shell and presses Enter.
    func shell(_ command: String) throws {
        try type(command)
        try run(["send-keys", "-t", session, "Enter"])
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Tab`, `BTab`, `Up`, `C-c`, `q`, ...).
    func press(_ keys: String...) throws {
        for key in keys { try run(["send-keys", "-t", session, key]) }
    }

    /// Types text literally (æ ø å and emoji included). tmux takes an argument's last `;` as
    /// the end of its command and drops it, so a final `;` is sent as a byte of its own.
    func type(_ text: String) throws {
        guard text.hasSuffix(";") else {
            try run(["send-keys", "-t", session, "-l", text])
            return
        }
        if text.count > 1 { try run(["send-keys", "-t", session, "-l", String(text.dropLast())]) }
        try sendBytes(";")
    }

    /// Sends bytes unchanged (`send-keys -H`), as a terminal sends a key: `"\u{1B}[1~"` is Home
    /// the way tmux, screen and the Linux console send it.
    func sendBytes(_ text: String) throws {
        try run(["send-keys", "-t", session, "-H"] + text.utf8.map { String($0, radix: 16) })
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    // MARK: Screen

    /// The screen's text, one line per row.
    func screen(withEscapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (withEscapes ? ["-e"] : []))
    }

    /// The cursor's column and row.
    func cursor() throws -> (x: Int, y: Int) {
        let text = try run(["display-message", "-p", "-t", session, "#{cursor_x} #{cursor_y}"])
        let parts = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (parts.first ?? -1, parts.dropFirst().first ?? -1)
    }

    /// The process id of the shell in the pane.
    func shellPID() throws -> Int32 {
        Int32(try run(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// The process id of the program `name` the pane's shell runs (e.g. `jobsag`).
    func programPID(_ name: String = "jobsag") throws -> Int32 {
        let children = try Tmux.execute("/usr/bin/pgrep", ["-P", String(try shellPID()), name])
        guard let pid = children.split(separator: "\n").first.flatMap({ Int32($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw Failure.command("pgrep -P \(try shellPID()) \(name)", status: 1, output: "no such program in the pane")
        }
        return pid
    }

    /// Polls the screen until `condition` holds, up to `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Failure.timeout(what, screen: last)
    }

    /// Waits until the program in the pane has ended and the shell has the terminal again.
    /// The screen is no sign: curses gives the terminal back (the old shell line with its
    /// `$ ` shows again) before the program has finished its last writes.
    func waitForShell(timeout: Double = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var foreground = ""
        while Date() < deadline {
            foreground = try run(["display-message", "-p", "-t", session, "#{pane_current_command}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if foreground == "bash" { return }
            usleep(50_000)
        }
        throw Failure.timeout("the shell (the pane still runs \(foreground))", screen: try screen())
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 15) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls until the screen shows `text` and a whole frame: curses paints from the top, so a
    /// frame is complete when its bottom row (the status bar) is there too. A capture taken
    /// while the terminal is still receiving the frame would count too few rows.
    @discardableResult
    func waitForFrame(text: String, timeout: Double = 15) throws -> String {
        try waitFor("a whole frame with \"\(text)\"", timeout: timeout) { Tmux.isWholeFrame($0) && $0.contains(text) }
    }

    /// Whether the bottom row of a captured screen is painted.
    static func isWholeFrame(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let painted = lines.last?.isEmpty == true ? lines.dropLast() : lines[...]
        return painted.count >= 2 && painted.last.map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == true
    }

    // MARK: Running tmux

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Tmux.execute(Tmux.executable ?? "tmux", ["-L", socket] + arguments)
    }

    /// Runs a program to completion and returns its standard output.
    @discardableResult
    static func execute(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let result = try executeWithStatus(program, arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure.command(([program] + arguments).joined(separator: " "), status: result.status, output: result.output + result.error)
        }
        return result.output
    }

    /// Runs a program with posix_spawn and waitpid, its output going to files. (Foundation's
    /// Process also waits for a descriptor that a daemon such as tmux's server inherits, and
    /// then never returns.) Without an environment of its own the program gets the test's,
    /// less the developer's config file: `XDG_CONFIG_HOME` names a folder that has none.
    static func executeWithStatus(_ program: String, _ arguments: [String], environment: [String: String]? = nil)
        throws -> (status: Int32, output: String, error: String) {
        let run: BoundedRun
        var inherited = ProcessInfo.processInfo.environment
        inherited["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-tests-without-config").path
        do {
            run = try BoundedRun(program, arguments, environment: environment ?? inherited)
        } catch {
            throw Failure.command(program, status: -1, output: "\(error)")
        }
        return (run.ending.status, run.output, run.error)
    }

    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The folder of the built `jobsag` binary: `JOBSAG_BIN_DIR`, else `testBuildDirectory`.
    static let binaryDirectory: URL = {
        if let directory = ProcessInfo.processInfo.environment["JOBSAG_BIN_DIR"] {
            return URL(fileURLWithPath: directory)
        }
        return testBuildDirectory
    }()

    /// The folder of the programs built with these tests: beside the test bundle, else
    /// `.build/debug` of the package.
    static let testBuildDirectory: URL = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first).deletingLastPathComponent()
            if url.pathExtension == "xctest" { url = url.deletingLastPathComponent() }
            candidates.append(url)
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().deletingLastPathComponent())
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("jobsag").path) }
            ?? root.appendingPathComponent(".build/debug")
    }()

    static var binary: String { binaryDirectory.appendingPathComponent("jobsag").path }

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
