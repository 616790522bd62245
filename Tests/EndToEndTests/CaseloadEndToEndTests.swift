import Foundation
import Testing

/// The walking skeleton as a user meets it: the built binary on a demo store in tmux.
@Suite(.serialized) struct CaseloadEndToEndTests {
    /// Creates a demo store in the session's store path (no terminal: it only creates).
    static func makeDemo(_ tmux: Tmux, cases: Int = 300) throws {
        let result = try Tmux.executeWithStatus(Tmux.binary, ["demo", "--data", tmux.storePath, "--cases", String(cases), "--seed", "7"],
                                                environment: tmux.environment)
        #expect(result.status == 0, "jobsag demo failed: \(result.error)")
    }

    /// The data rows of the caseload: below the two header rows, above the line that says
    /// why the selected row has its colour and the status bar (the screen's last two lines).
    static func rows(_ screen: String) -> [String] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return Array(lines.dropLast(2).dropFirst(3).prefix(while: { !$0.isEmpty }))
    }

    @Test func demoCaseloadFilterOpenTabsHelpBackAndQuit() throws {
        let tmux = try Tmux()
        try Self.makeDemo(tmux)
        try tmux.shell("jobsag")
        var screen = try tmux.waitForFrame(text: "Sagsstamme")
        #expect(screen.contains("DEMO"))

        // Names with æ ø å line up: the masked CPR starts in the same column on every row.
        let columns = Set(Self.rows(screen).compactMap { row in row.range(of: "-xxxx").map { row.distance(from: row.startIndex, to: $0.lowerBound) } })
        #expect(columns.count == 1, "CPR columns differ: \(columns)\n\(screen)")
        #expect(Self.rows(screen).contains { $0.contains("æ") || $0.contains("ø") || $0.contains("å") || $0.contains("Æ") || $0.contains("Ø") || $0.contains("Å") })

        // `/` filters as you type.
        try tmux.press("/")
        try tmux.type("Ærø")
        screen = try tmux.waitFor("only Ærø rows") { screen in
            screen.contains("Filter: Ærø") && !Self.rows(screen).isEmpty && Self.rows(screen).allSatisfy { $0.contains("Ærø") }
        }
        try tmux.press("Enter", "Enter")
        screen = try tmux.waitFor(text: "1 Overblik")
        #expect(screen.split(separator: "\n")[1].contains("Ærø"))

        // Tab and 1-7 switch tabs; the Journal tab is beside Samtaler.
        try tmux.press("3")
        try tmux.waitFor("the Samtaler tab") { $0.contains("Resumé") || $0.contains("Ingen samtaler") }
        try tmux.press("Tab")
        try tmux.waitFor("the Journal tab") { $0.contains("J nyt notat") }
        try tmux.press("Tab")
        try tmux.waitFor("the Tilbud tab") { $0.contains("Formål") || $0.contains("Ingen tilbud") }
        try tmux.press("BTab", "BTab", "BTab")
        try tmux.waitFor("the Min Plan tab") { $0.contains("◆") || $0.contains("ingen mål") }

        // `?` lists the keys of this screen.
        try tmux.press("?")
        // Its title and a key near its bottom: the overlay is drawn whole, not caught mid-frame
        // (a loaded machine delivers a frame in pieces).
        screen = try tmux.waitFor("the help overlay") { $0.contains("Hjælp · SAG") && $0.contains("Næste fane") }
        #expect(screen.contains("Næste fane"))
        try tmux.press("Escape")
        try tmux.waitFor("help closed") { !$0.contains("Hjælp · SAG") }

        // Esc goes back, q quits and leaves the prompt clean (the line shown while the cases
        // loaded erased too).
        try tmux.press("Escape")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("q")
        screen = try tmux.waitFor("the shell prompt") { screen in
            let lines = screen.split(separator: "\n").map(String.init)
            return !screen.contains("Sagsstamme") && lines.last == "$"
        }
        #expect(!screen.contains("\u{1B}"))
        #expect(!screen.contains("Henter sagerne"), "\(screen)")
    }

    @Test func filterShowsDanishLettersAndEmojiAndMovesByWholeCharacters() throws {
        let (tmux, start) = try filter(typing: "æøåé👍", shown: "æøåé👍")
        #expect(try tmux.cursor().x == start + 6)  // four letters and a two-column emoji
        try tmux.press("Left")
        #expect(try waitForCursor(tmux, x: start + 4))
        try tmux.press("Left")
        #expect(try waitForCursor(tmux, x: start + 3))
        try tmux.press("BSpace")
        try tmux.waitFor(text: "Filter: æøé👍")
        #expect(try waitForCursor(tmux, x: start + 2))
    }

    /// Emoji with VS16 take one column, as curses and tmux count them (glibc's wcwidth), and
    /// are drawn without the selector; a Yijing hexagram takes two.
    @Test func emojiWithVS16TakeTheColumnsTheTerminalGivesThem() throws {
        let (tmux, start) = try filter(typing: "❤️⚠️✔️䷀ø", shown: "❤⚠✔䷀ø")
        #expect(try tmux.cursor().x == start + 6)  // three one-column symbols, a two-column hexagram, ø
        for x in [start + 5, start + 3, start + 2] {
            try tmux.press("Left")
            #expect(try waitForCursor(tmux, x: x))
        }
    }

    /// The caseload of a demo store with `text` typed into its filter, shown as `shown`; the
    /// terminal and the column the filter's text starts in.
    private func filter(typing text: String, shown: String) throws -> (Tmux, Int) {
        let tmux = try Tmux()
        try Self.makeDemo(tmux, cases: 60)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("/")
        try tmux.type(text)
        try tmux.waitFor(text: "Filter: " + shown)
        return (tmux, "Filter: ".count)
    }

    private func waitForCursor(_ tmux: Tmux, x: Int) throws -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if try tmux.cursor().x == x { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func resizingRelaysOutEveryScreenAndRecoversFromTooSmall() throws {
        let tmux = try Tmux()
        try Self.makeDemo(tmux, cases: 60)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.resize(width: 140, height: 45)
        try tmux.waitFor("the case beside the caseload") { $0.contains("│") && $0.contains("1 Overblik") }
        try tmux.press("Enter")
        try tmux.waitFor(text: "Sagen")
        try tmux.resize(width: 60, height: 18)
        try tmux.waitFor("the case alone at 60x18") { screen in
            screen.contains("Sagen") && !screen.contains("│ 1") && screen.split(separator: "\n").allSatisfy { $0.count <= 60 }
        }
        try tmux.resize(width: 40, height: 10)
        try tmux.waitFor(text: "for lille")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("recovery") { $0.contains("Sagen") && !$0.contains("for lille") }
        try tmux.press("Escape")
        try tmux.waitFor(text: "Sagsstamme")
    }

    @Test func noColorShowsNoColourAndStatusesStayReadable() throws {
        let tmux = try Tmux(extraEnvironment: ["NO_COLOR": "1"])
        try Self.makeDemo(tmux, cases: 120)
        try tmux.shell("jobsag")
        try tmux.waitForFrame(text: "Sagsstamme")
        let coloured = try tmux.screen(withEscapes: true)
        for sequence in Self.sgrSequences(coloured) {
            let parameters = sequence.split(separator: ";").compactMap { Int($0) }
            let colour = parameters.contains { ((30...49).contains($0) && $0 != 39 && $0 != 49) || (90...107).contains($0) }
            #expect(!colour, "a colour escape in NO_COLOR mode: \(sequence)")
        }
        let rows = Self.rows(try tmux.screen())
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("!!") || $0.hasPrefix("! ") || $0.hasPrefix("✓") })
    }

    /// The parameters of every SGR escape (`ESC [ ... m`) in a captured screen.
    static func sgrSequences(_ text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(where: { $0.isLetter }) else { break }
            if after[end] == "m" { result.append(String(after[..<end])) }
            rest = after[after.index(after: end)...]
        }
        return result
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try Tmux()
        try Self.makeDemo(tmux, cases: 60)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        #expect(kill(try tmux.programPID(), SIGTERM) == 0)
        try tmux.waitFor("the prompt after SIGTERM") { !$0.contains("Sagsstamme") && $0.contains("$") }
        // Typed before the program has gone, the command line would be read by it.
        try tmux.waitForShell()
        try tmux.shell("clear; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '")
        // The output's own line (the command line typed also holds the word).
        let screen = try tmux.waitFor("stty output") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("icanon") || $0.hasPrefix("-icanon") }
        }
        #expect(screen.split(separator: "\n").contains { $0.hasPrefix("icanon echo") }, "line mode and echo should be back:\n\(screen)")
    }
}
