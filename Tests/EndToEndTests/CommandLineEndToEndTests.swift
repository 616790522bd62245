import Foundation
import Testing

/// The command line as a user types it: relative paths work for every command, and a
/// wrong command line is a Danish message with exit status 2 that writes nothing.
@Suite(.serialized) struct CommandLineEndToEndTests {
    private func environment(home: URL) -> [String: String] {
        ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen", "HOME": home.path,
         "XDG_DATA_HOME": home.appendingPathComponent("data").path,
         "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin"]
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `jobsag` with `directory` as its working directory (`env -C`).
    private func run(_ arguments: [String], in directory: URL, environment: [String: String]) throws
        -> (status: Int32, output: String, error: String) {
        try Tmux.executeWithStatus("/usr/bin/env", ["-C", directory.path, Tmux.binary] + arguments, environment: environment)
    }

    @Test func aRelativeDataDirectoryWorksForEveryCommand() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = environment(home: work.appendingPathComponent("home"))
        let store = work.appendingPathComponent("dd").path

        let demo = try run(["demo", "--cases", "20", "--data", "dd"], in: work, environment: environment)
        #expect(demo.status == 0, "\(demo.error)")
        #expect(demo.output.contains("20 sager"), "\(demo.output)")
        #expect(demo.output.contains(store), "messages name the whole path: \(demo.output)")
        #expect(FileManager.default.fileExists(atPath: store + "/store.json"))

        let check = try run(["check", "--data", "dd"], in: work, environment: environment)
        #expect(check.status == 0 || check.status == 1, "\(check.error)")
        #expect(check.output.hasPrefix("Jobsag check pr. "), "\(check.output)")
        #expect(check.output.contains("20 sager"))

        var fromEnvironment = environment
        fromEnvironment["JOBSAG_DATA"] = "dd"
        let validate = try run(["validate"], in: work, environment: fromEnvironment)
        #expect(validate.status == 0, "\(validate.output)\(validate.error)")
        #expect(validate.output.contains("Ingen problemer i \(store)."))

        let backup = try run(["backup", "kopi.tar.gz", "--data", "dd"], in: work, environment: environment)
        #expect(backup.status == 0, "\(backup.error)")
        let archive = try Data(contentsOf: work.appendingPathComponent("kopi.tar.gz"))
        #expect(archive.prefix(2) == Data([0x1F, 0x8B]), "a backup is gzip")
        let restore = try run(["restore", "kopi.tar.gz", "--data", "gendannet"], in: work, environment: environment)
        #expect(restore.status == 0, "\(restore.error)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("gendannet/store.json").path))

        // A store archived with GNU tar, as an administrator would, restores too.
        _ = try Tmux.execute("/usr/bin/tar", ["czf", work.appendingPathComponent("gnu.tgz").path, "-C", store, "."])
        let fromTar = try run(["restore", "gnu.tgz", "--data", "fra-tar"], in: work, environment: environment)
        #expect(fromTar.status == 0, "\(fromTar.output)\(fromTar.error)")
        #expect(fromTar.output.contains("ingen problemer"), "\(fromTar.output)")
    }

    /// Text from the store (here every citizen's name) holds terminal commands: every command
    /// that prints it writes them visibly, never as the bytes a terminal would obey.
    @Test func storeTextCannotCommandTheTerminal() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = environment(home: work.appendingPathComponent("home"))
        #expect(try run(["demo", "--cases", "20", "--data", "dd"], in: work, environment: environment).status == 0)
        let cases = work.appendingPathComponent("dd/cases")
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path) where name.hasSuffix(".json") {
            let file = cases.appendingPathComponent(name)
            var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            var citizen = try #require(document["citizen"] as? [String: Any])
            citizen["name"] = "Åse \u{1B}[2J\u{1B}]0;pwn\u{07}Ærø"
            document["citizen"] = citizen
            try JSONSerialization.data(withJSONObject: document).write(to: file)
        }
        for arguments in [["check", "--with-names"], ["reminders", "--with-names"], ["export", "--csv", "-"], ["validate"]] {
            let result = try run(arguments + ["--data", "dd", "--as-of", "2026-12-01"], in: work, environment: environment)
            #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{07}"), "\(arguments): \(result.output.prefix(400))")
            #expect(!result.error.contains("\u{1B}"), "\(arguments): \(result.error.prefix(400))")
        }
        let listed = try run(["export", "--csv", "-", "--data", "dd"], in: work, environment: environment)
        #expect(listed.output.contains("Åse ^[[2J^[]0;pwn^GÆrø"))
    }

    /// `-` is standard output for a backup too: it restores; a terminal is refused.
    @Test func aBackupGoesToStandardOutput() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = environment(home: work.appendingPathComponent("home"))
        #expect(try run(["demo", "--cases", "5", "--data", "dd"], in: work, environment: environment).status == 0)
        let piped = try Tmux.executeWithStatus(
            "/bin/sh", ["-c", "cd \(Tmux.shellQuote(work.path)) && \(Tmux.shellQuote(Tmux.binary)) backup - --data dd > kopi.tar.gz"], environment: environment)
        #expect(piped.status == 0 && piped.output.isEmpty, "\(piped.error)")
        let archive = try Data(contentsOf: work.appendingPathComponent("kopi.tar.gz"))
        #expect(Array(archive.prefix(2)) == [0x1F, 0x8B], "a gzip stream and nothing before it")
        let restored = try run(["restore", "kopi.tar.gz", "--data", "igen"], in: work, environment: environment)
        #expect(restored.status == 0, "\(restored.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("igen/cases").path).filter { $0.hasSuffix(".json") }.count == 5)
    }

    @Test func versionPrintsTheVersionAndExitsZero() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try run(["--version"], in: work, environment: environment(home: work.appendingPathComponent("home")))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.range(of: #"^jobsag \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.output)")
    }

    @Test func anUnknownOptionIsDanishWithStatus2() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try run(["check", "--bogus"], in: work, environment: environment(home: work.appendingPathComponent("home")))
        #expect(result.status == 2)
        #expect(result.error.contains("Ukendt tilvalg »--bogus«"), "\(result.error)")
        #expect(result.error.contains("jobsag check --help"))
        #expect(!result.error.contains("Error:") && !result.error.contains("Usage:"), "\(result.error)")
        let command = try run(["frob"], in: work, environment: environment(home: work.appendingPathComponent("home")))
        #expect(command.status == 2)
        #expect(command.error.contains("Ukendt kommando eller argument: »frob«"), "\(command.error)")
        #expect(command.error.contains("demo, check"))
    }

    @Test(arguments: ["abc", "-5", "0", "99999999999999999999", ""])
    func aBadCaseCountIsDanishWithStatus2AndWritesNothing(_ value: String) throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let home = work.appendingPathComponent("home")
        let result = try run(["demo", "--data", "dd", "--cases", value], in: work, environment: environment(home: home))
        #expect(result.status == 2)
        #expect(result.error.contains("--cases skal være et helt tal fra 1 til 200000, ikke »\(value)«."), "\(result.error)")
        #expect(result.output.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty, "nothing written")
    }

    @Test func aMissingValueAndABadSeedAreDanishWithStatus2() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = environment(home: work.appendingPathComponent("home"))
        let missing = try run(["demo", "--data", "dd", "--cases"], in: work, environment: environment)
        #expect(missing.status == 2)
        #expect(missing.error.contains("Tilvalget --cases mangler en værdi."), "\(missing.error)")
        let seed = try run(["demo", "--data", "dd", "--seed", "-1"], in: work, environment: environment)
        #expect(seed.status == 2)
        #expect(seed.error.contains("--seed skal være et helt tal fra 0 til"), "\(seed.error)")
        let date = try run(["demo", "--data", "dd", "--as-of", "31.02.2026"], in: work, environment: environment)
        #expect(date.status == 2)
        #expect(date.error.contains("--as-of »31.02.2026«: Datoen findes ikke."), "\(date.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty, "nothing written")
    }
}
