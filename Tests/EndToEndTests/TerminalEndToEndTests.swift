import Foundation
import Testing

/// The terminal around the program: a terminal type curses does not know is a Danish
/// error after the terminal is given back, and Ctrl-Z suspends until the shell's `fg`.
@Suite(.serialized) struct TerminalEndToEndTests {
    /// Whether the shell printed `status=N`: the printed line, not the typed command line
    /// (which may wrap right before `status=$?`).
    static func showsExitStatus(_ screen: String) -> Bool {
        screen.split(separator: "\n").contains { $0.hasPrefix("status=") && $0.count > 7 && $0.dropFirst(7).allSatisfy(\.isNumber) }
    }

    @Test func anUnknownTerminalTypeIsADanishErrorWithStatus2() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        let errors = tmux.workDirectory.appendingPathComponent("stderr.txt").path
        try tmux.shell("TERM=xterm-ghostty jobsag 2>\(Tmux.shellQuote(errors)); echo \"status=$?\"")
        let screen = try tmux.waitFor("the exit status", Self.showsExitStatus)
        #expect(screen.split(separator: "\n").contains("status=2"), "\(screen)")
        #expect(!screen.contains("Sagsstamme"), "nothing drawn")
        let message = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(message.hasPrefix("jobsag: Terminaltypen TERM=xterm-ghostty kendes ikke"), "\(message)")
        #expect(message.contains("TERM=xterm-256color"))
        let logFile = (tmux.environment["XDG_STATE_HOME"] ?? "") + "/jobsag/jobsag.log"
        #expect(try String(contentsOfFile: logFile, encoding: .utf8).contains("terminal not started: TERM=xterm-ghostty"))
    }

    @Test func ctrlZSuspendsAndFgRedrawsTheCaseload() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 60)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")

        try tmux.press("C-z")
        try tmux.waitFor("the stopped job at the shell prompt") { $0.contains("Stopped") && !$0.contains("Sagsstamme") }
        try tmux.shell("jobs")
        try tmux.waitFor("jobs listing the stopped program") { $0.components(separatedBy: "Stopped").count >= 3 }

        try tmux.shell("fg")
        try tmux.waitFor("the caseload drawn again") { $0.contains("Sagsstamme") && $0.contains("SAGSSTAMME") && !$0.contains("Stopped") }
        // Keys reach the program again.
        try tmux.press("/")
        try tmux.type("Ærø")
        try tmux.waitFor(text: "Filter: Ærø")
        try tmux.press("Escape", "q")
        try tmux.waitFor("the prompt") { !$0.contains("Sagsstamme") }
        try tmux.waitForShell()
        try tmux.shell("echo \"status=$?\"")
        let screen = try tmux.waitFor("the exit status", Self.showsExitStatus)
        #expect(screen.split(separator: "\n").contains("status=0"), "\(screen)")
    }
}
