import Foundation
import Testing

/// The shell completions and the man page, generated from the argument parser
/// (`scripts/generate-docs`): the files in the repository are current, and bash completes
/// round and case ids from the store, rule ids from the catalogue.
@Suite(.serialized) struct CompletionEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var environment: [String: String] {
        ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": FileManager.default.temporaryDirectory.path, "PATH": "/usr/bin:/bin"]
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptInTheRepositoryIsCurrent(shell: String) throws {
        let generated = try Tmux.executeWithStatus(Tmux.binary, ["--generate-completion-script", shell], environment: environment)
        #expect(generated.status == 0, "\(generated.error)")
        let kept = try String(contentsOf: Self.repository.appendingPathComponent("completions/jobsag.\(shell)"), encoding: .utf8)
        #expect(kept == generated.output, "completions/jobsag.\(shell) is out of date: run scripts/generate-docs")
    }

    /// Every command and every option the parser knows is in the man page.
    @Test func theManPageNamesEveryCommandAndOption() throws {
        struct Command: Decodable {
            struct Argument: Decodable {
                struct Name: Decodable { var kind: String; var name: String }
                var names: [Name]?
                var shouldDisplay: Bool
            }
            var commandName: String
            var arguments: [Argument]?
            var subcommands: [Command]?
        }
        struct Dump: Decodable { var command: Command }
        let dump = try Tmux.executeWithStatus(Tmux.binary, ["--experimental-dump-help"], environment: environment)
        let root = try JSONDecoder().decode(Dump.self, from: Data(dump.output.utf8)).command
        // groff writes a hyphen as \- in the page.
        let page = try String(contentsOf: Self.repository.appendingPathComponent("docs/man/jobsag.1"), encoding: .utf8)
            .replacingOccurrences(of: "\\-", with: "-")
        func expectDocumented(_ command: Command, path: [String]) {
            if path.count > 1 { #expect(page.contains(path.dropFirst().joined(separator: " ")) || page.contains(command.commandName), "\(path)") }
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                for name in argument.names ?? [] where name.kind == "long" {
                    #expect(page.contains("--" + name.name), "\(path.joined(separator: " ")) --\(name.name) is not in docs/man/jobsag.1: run scripts/generate-docs")
                }
            }
            for sub in command.subcommands ?? [] { expectDocumented(sub, path: path + [sub.commandName]) }
        }
        expectDocumented(root, path: [root.commandName])
    }

    /// A command's discussion is wrapped by the help to the terminal's width, and by groff on
    /// the page: a line broken by hand within a paragraph left a word alone on a line at 80
    /// columns (`jobsag demo --help`).
    @Test func theHelpTextsAreNotBrokenByHand() throws {
        struct Command: Decodable {
            var commandName: String
            var discussion: String?
            var subcommands: [Command]?
        }
        struct Dump: Decodable { var command: Command }
        let dump = try Tmux.executeWithStatus(Tmux.binary, ["--experimental-dump-help"], environment: environment)
        let root = try JSONDecoder().decode(Dump.self, from: Data(dump.output.utf8)).command
        var discussions = 0
        func expectUnbroken(_ command: Command, path: [String]) {
            if let discussion = command.discussion {
                discussions += 1
                for paragraph in discussion.components(separatedBy: "\n\n") {
                    #expect(!paragraph.contains("\n"), "\(path.joined(separator: " ")): a line broken by hand in »\(paragraph)«")
                }
            }
            for sub in command.subcommands ?? [] { expectUnbroken(sub, path: path + [sub.commandName]) }
        }
        expectUnbroken(root, path: [root.commandName])
        #expect(discussions >= 9)
    }

    /// Tab after `review report`, `review access --case` and `rules` offers what the store
    /// and the catalogue hold.
    @Test func bashCompletesRoundCaseAndRuleIDs() throws {
        let tmux = try Tmux(width: 120, height: 30)
        let demo = try Tmux.executeWithStatus(Tmux.binary, ["demo", "--data", tmux.storePath, "--cases", "30", "--as-of", "2026-11-20"], environment: tmux.environment)
        #expect(demo.status == 0, "\(demo.error)")
        let round = try Tmux.executeWithStatus(
            Tmux.binary, ["review", "start", "--user", "SI", "--from", "2026-07-01", "--to", "2026-09-30", "--size", "3", "--seed", "1", "--as-of", "2026-11-20"],
            environment: tmux.environment)
        #expect(round.status == 0, "\(round.error)")
        try tmux.shell("source " + Tmux.shellQuote(Self.repository.appendingPathComponent("completions/jobsag.bash").path))
        try tmux.type("jobsag review report 2026-Q")
        try tmux.press("Tab")
        try tmux.waitFor(text: "jobsag review report 2026-Q4-1")
        try tmux.press("C-u")
        try tmux.type("jobsag review access --case S-00002")
        try tmux.press("Tab")
        try tmux.press("Tab")
        let screen = try tmux.waitFor(text: "S-000029")
        #expect(screen.contains("S-000020") && !screen.contains("S-000019"), "\(screen)")
        try tmux.press("C-u")
        try tmux.type("jobsag rules KF.4")
        try tmux.press("Tab")
        try tmux.waitFor(text: "jobsag rules KF.4I6")
    }
}
