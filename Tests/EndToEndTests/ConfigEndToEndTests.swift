import Foundation
import Testing

/// The config file as a user meets it: `config check` and `config show` with their exit
/// statuses, which setting wins, a rebound key that works in the program and shows in its
/// help, and the mouse.
@Suite(.serialized) struct ConfigEndToEndTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-config-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("home/.config/jobsag"), withIntermediateDirectories: true)
        return url
    }

    private func environment(_ work: URL) -> [String: String] {
        ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen", "HOME": work.appendingPathComponent("home").path,
         "XDG_CONFIG_HOME": work.appendingPathComponent("home/.config").path,
         "XDG_DATA_HOME": work.appendingPathComponent("home/.local/share").path, "PATH": "/usr/bin:/bin"]
    }

    private func write(_ text: String, in work: URL) throws {
        try text.write(to: work.appendingPathComponent("home/.config/jobsag/config.toml"), atomically: true, encoding: .utf8)
    }

    @Test func checkReportsEveryProblemWithLineAndColumnAndExitsTwo() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let environment = environment(work)
        let none = try Tmux.executeWithStatus(Tmux.binary, ["config", "check"], environment: environment)
        #expect(none.status == 0, "\(none.error)")
        #expect(none.output.contains("standardindstillingerne gælder"))

        try write("theme = \"high-contrast\"\n[keys]\nfilter = \"F3\"\n", in: work)
        let good = try Tmux.executeWithStatus(Tmux.binary, ["config", "check"], environment: environment)
        #expect(good.status == 0, "\(good.error)")
        #expect(good.output.contains("Ingen problemer i"))

        try write("mouse = \"ja\"\nsprog = \"da\"\n[keys]\nfilter = \"f\"\n", in: work)
        let path = work.appendingPathComponent("home/.config/jobsag/config.toml").path
        let bad = try Tmux.executeWithStatus(Tmux.binary, ["config", "check"], environment: environment)
        #expect(bad.status == 2)
        #expect(bad.output.isEmpty)
        #expect(bad.error.contains("\(path):1:9: mouse skal være true eller false, ikke en tekst."), "\(bad.error)")
        #expect(bad.error.contains("\(path):2:1: ukendt indstilling »sprog«"), "\(bad.error)")
        // Every other command stops on the same problems, with the same status.
        let validate = try Tmux.executeWithStatus(Tmux.binary, ["validate"], environment: environment)
        #expect(validate.status == 2)
        #expect(validate.error.contains("\(path):1:9:"))

        try write("[keys]\nfilter = \"f\"\n", in: work)
        let conflict = try Tmux.executeWithStatus(Tmux.binary, ["config", "check"], environment: environment)
        #expect(conflict.status == 2)
        #expect(conflict.error.contains("\(path):2:10: tasten »f« er bundet til både filter og quickFilter."), "\(conflict.error)")

        let missing = try Tmux.executeWithStatus(Tmux.binary, ["config", "check", "--config", "findes-ikke.toml"], environment: environment)
        #expect(missing.status == 2)
        #expect(missing.error.contains("findes-ikke.toml: filen findes ikke."), "\(missing.error)")
    }

    @Test func showNamesWhereEachSettingCameFromAndTheOptionBeatsTheEnvironmentBeatsTheFile() throws {
        let work = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        var environment = environment(work)
        try write("data = \"/fil/sager\"\nlanguage = \"en\"\n", in: work)

        let fromFile = try Tmux.executeWithStatus(Tmux.binary, ["config", "show"], environment: environment)
        #expect(fromFile.status == 0, "\(fromFile.error)")
        #expect(Self.line("data", in: fromFile.output).hasSuffix("# filen"), "\(fromFile.output)")
        #expect(Self.line("language", in: fromFile.output).contains("\"en\""))
        #expect(Self.line("# theme", in: fromFile.output).hasSuffix("# standard"))

        environment["JOBSAG_DATA"] = "/miljø/sager"
        let fromEnvironment = try Tmux.executeWithStatus(Tmux.binary, ["config", "show"], environment: environment)
        #expect(Self.line("data", in: fromEnvironment.output) .contains("\"/miljø/sager\""))
        #expect(Self.line("data", in: fromEnvironment.output).hasSuffix("# miljøet ($JOBSAG_DATA)"))

        let fromFlag = try Tmux.executeWithStatus(Tmux.binary, ["config", "show", "--data", "/tilvalg/sager", "--no-color"], environment: environment)
        #expect(Self.line("data", in: fromFlag.output).contains("\"/tilvalg/sager\""))
        #expect(Self.line("data", in: fromFlag.output).hasSuffix("# tilvalget --data"))
        #expect(Self.line("theme", in: fromFlag.output).hasSuffix("# tilvalget --no-color"))

        // What `show` prints is itself a config file with the same settings.
        try fromFlag.output.write(to: work.appendingPathComponent("vist.toml"), atomically: true, encoding: .utf8)
        let reread = try Tmux.executeWithStatus(
            Tmux.binary, ["config", "check", "--config", work.appendingPathComponent("vist.toml").path], environment: environment)
        #expect(reread.status == 0, "\(reread.error)")
    }

    private static func line(_ prefix: String, in text: String) -> String {
        text.split(separator: "\n").first { $0.hasPrefix(prefix + " ") }.map(String.init) ?? ""
    }

    @Test func aReboundKeyFiltersAndTheHelpShowsIt() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 40)
        let directory = URL(fileURLWithPath: tmux.environment["XDG_CONFIG_HOME"] ?? "").appendingPathComponent("jobsag")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "[keys]\nfilter = \"F3\"\n".write(to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try tmux.shell("jobsag")
        try tmux.waitForFrame(text: "Sagsstamme")
        try tmux.press("F3")
        try tmux.type("zzø")
        try tmux.waitFor(text: "zzø")
        try tmux.press("Escape", "?")
        try tmux.waitFor(text: "Hjælp")
        try tmux.type("filtr")
        let help = try tmux.waitFor("the filter's key in the help") { screen in
            screen.split(separator: "\n").contains { $0.contains("Filtrér sagsstammen") && $0.contains("F3") }
        }
        #expect(!help.contains("zzø"))
        try tmux.press("Escape", "q")
        try tmux.waitForShell()
    }

    @Test func aClickSelectsARowAndASecondOpensIt() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 40)
        try tmux.shell("jobsag")
        let caseload = try tmux.waitForFrame(text: "Sagsstamme")
        let rows = CaseloadEndToEndTests.rows(caseload)
        #expect(rows.count > 4)
        // The row's citizen: the name column after the two-cell mark (names may be cut with …).
        let name = String(rows[3].dropFirst(3).prefix(22)).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "…", with: "")
        // SGR mouse reports (1-based cells): the left button pressed and released on the 4th row.
        let y = 3 + 3 + 1
        let click = "\u{1B}[<0;5;\(y)M\u{1B}[<0;5;\(y)m"
        try tmux.sendBytes(click)
        // The first click selects the row (drawn in reverse video), the second opens it.
        try tmux.waitFor("the clicked row selected") { _ in
            let rows = ((try? tmux.screen(withEscapes: true)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count > y - 1 && rows[y - 1].hasPrefix("\u{1B}[7m")
        }
        try tmux.sendBytes(click)
        let opened = try tmux.waitFor("the clicked case") { NavigationEndToEndTests.title($0) == "Sagen" }
        #expect(opened.contains(name), "opened \(name):\n\(opened)")
        try tmux.press("q", "q")
        try tmux.waitForShell()
    }
}
