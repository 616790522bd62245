import Testing
import JobsagApp
import JobsagConfig
import JobsagStore
import TerminalKit

/// The config file checked: every setting read, and every kind of mistake reported with
/// the file, line and column, never ignored.
@Suite struct ConfigFileTests {
    private static let path = "/home/mette/.config/jobsag/config.toml"

    private func parse(_ text: String) throws(ConfigProblems) -> ConfigFile {
        try ConfigFile(text: text, path: Self.path, home: "/home/mette")
    }

    /// The problems of `text` as `fil:linje:kolonne: besked` lines.
    private func problems(_ text: String) -> [ConfigProblem] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.problems
        }
    }

    private func only(_ text: String) -> ConfigProblem? {
        let found = problems(text)
        #expect(found.count == 1, "\(found)")
        return found.first
    }

    @Test func readsEverySetting() throws {
        let file = try parse("""
            # Mettes indstillinger
            language = "en"
            theme = "high-contrast"
            data = "~/sager æøå"
            mouse = false

            [keys]
            filter = "F3"
            help = ["H", "F1"]
            """)
        #expect(file.language == .en)
        #expect(file.theme == .highContrast)
        #expect(file.dataDirectory == "/home/mette/sager æøå")
        #expect(file.databaseURL == nil)
        #expect(file.mouse == false)
        #expect(file.keys.map(\.action) == [.filter, .help])
        #expect(file.keymap.action(for: .function(3), in: .caseload) == .filter)
        #expect(file.keymap.action(for: .character("/"), in: .caseload) == nil)
        #expect(file.keymap.action(for: .character("H"), in: .agenda) == .help)
        #expect(file.keymap.action(for: .character("?"), in: .agenda) == nil)
    }

    @Test func aRelativeDataDirectoryIsTakenFromTheFilesDirectory() throws {
        #expect(try parse("data = \"sager\"").dataDirectory == "/home/mette/.config/jobsag/sager")
        #expect(try parse("database = \"postgresql:///jobsag\"").databaseURL == "postgresql:///jobsag")
    }

    @Test func anEmptyFileSetsNothing() throws {
        let file = try parse("# intet endnu\n")
        #expect(file.language == nil && file.theme == nil && file.mouse == nil && file.keys.isEmpty)
    }

    @Test func aDeviceIsReadToItsEndAndOneWithoutEndIsRefused() throws {
        // `--config /dev/null`: no settings, as other programs take it.
        let file = try ConfigFile.read(path: "/dev/null", home: "/home/mette")
        #expect(file.language == nil && file.theme == nil && file.mouse == nil && file.keys.isEmpty)
        do {
            _ = try ConfigFile.read(path: "/dev/zero", home: "/home/mette")
            Issue.record("a device without end was read as a config file")
        } catch {
            #expect(error.problems.map(\.message) == ["filen er større end 1 MB; det er ikke en indstillingsfil."])
        }
    }

    @Test func aSyntaxErrorHasItsLineAndColumn() throws {
        let problem = try #require(only("language = \"da\"\ntheme = \n"))
        #expect(problem.file == Self.path)
        #expect(problem.position?.line == 2)
        #expect(problem.description.hasPrefix(Self.path + ":2:"))
        #expect(problem.message.hasPrefix("ikke gyldig TOML"))
    }

    @Test func anUnknownKeyIsAProblemAtTheKey() throws {
        let problem = try #require(only("language = \"da\"\n  colour = \"blå\"\n"))
        #expect(problem.position == TextPosition(line: 2, column: 3))
        #expect(problem.message.contains("ukendt indstilling »colour«"))
    }

    @Test func anUnknownActionIsAProblemAtItsKey() throws {
        let problem = try #require(only("[keys]\nfilter = \"F3\"\nfly = \"x\"\n"))
        #expect(problem.position == TextPosition(line: 3, column: 1))
        #expect(problem.message.contains("ukendt handling »fly«"))
    }

    @Test func aWrongTypeIsAProblemAtTheValue() throws {
        let problem = try #require(only("mouse = \"ja\"\n"))
        #expect(problem.position == TextPosition(line: 1, column: 9))
        #expect(problem.message == "mouse skal være true eller false, ikke en tekst.")
        let language = try #require(only("language = 1"))
        #expect(language.position == TextPosition(line: 1, column: 12))
        #expect(language.message.contains("ikke et heltal"))
        let keys = try #require(only("keys = true"))
        #expect(keys.message.contains("en tabel"))
    }

    @Test func aWrongElementOfAKeyListIsAProblemAtTheElement() throws {
        let problem = try #require(only("[keys]\nhelp = [\n  \"?\",\n  7,\n]\n"))
        #expect(problem.position == TextPosition(line: 4, column: 3))
        #expect(problem.message.contains("help[1] skal være en tekst"))
    }

    @Test func aValueOutOfRangeIsAProblem() throws {
        let language = try #require(only("language = \"de\""))
        #expect(language.message == "language skal være \"da\" eller \"en\", ikke \"de\".")
        let theme = try #require(only("theme = \"lyserød\""))
        #expect(theme.message.contains("\"high-contrast\""))
        #expect(try #require(only("[keys]\nhelp = []")).message.contains("mindst én tast"))
    }

    @Test func anUnknownKeyNameIsAProblemAtIt() throws {
        let problem = try #require(only("keys.filter = [\"F3\", \"Hyper-X\"]"))
        #expect(problem.position == TextPosition(line: 1, column: 22))
        #expect(problem.message.contains("»Hyper-X« er ingen tast"))
    }

    @Test func aPrintableKeyForAnActionOfTypingIsAProblem() throws {
        let problem = try #require(only("[keys]\nsave = \"s\""))
        #expect(problem.position == TextPosition(line: 2, column: 8))
        #expect(problem.message.contains("bruges kun, mens der skrives tekst"))
    }

    @Test func aConflictNamesBothActions() throws {
        let problem = try #require(only("[keys]\nhelp = \"?\"\nfilter = [\"F3\", \"f\"]\n"))
        #expect(problem.position == TextPosition(line: 3, column: 17))
        #expect(problem.message == "tasten »f« er bundet til både filter og quickFilter.")
    }

    @Test func dataAndDatabaseTogetherIsAProblemAtTheLaterOne() throws {
        let problem = try #require(only("database = \"postgresql:///x\"\ndata = \"/srv/sager\"\n"))
        #expect(problem.position == TextPosition(line: 2, column: 1))
    }

    @Test func everyProblemIsReportedInTheOrderOfTheFile() {
        let found = problems("mouse = 1\nlanguage = \"de\"\n[keys]\nfly = \"x\"\n")
        #expect(found.map { $0.position?.line } == [1, 2, 4])
    }

    @Test func aMissingNamedFileIsAProblemWithoutPosition() throws {
        let location = ConfigLocation(flag: "/nowhere/jobsag.toml", environment: [:], absolute: { $0 })
        #expect(throws: ConfigProblems.self) { try location.read(environment: ["HOME": "/nowhere"], absolute: { $0 }) }
        let standard = ConfigLocation(flag: nil, environment: ["HOME": "/nowhere"], absolute: { $0 })
        #expect(standard.path == "/nowhere/.config/jobsag/config.toml")
        #expect(try standard.read(environment: ["HOME": "/nowhere"], absolute: { $0 }) == nil)
        let xdg = ConfigLocation(flag: nil, environment: ["HOME": "/nowhere", "XDG_CONFIG_HOME": "/cfg"], absolute: { $0 })
        #expect(xdg.path == "/cfg/jobsag/config.toml")
    }

    @Test func everyKeyNameReadsBack() {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace,
                           .delete, .insert, .wordLeft, .wordRight, .character(" "), .character("æ"), .character("N"), .ctrl("s")]
        keys += (1...12).map(Key.function)
        for key in keys {
            #expect(Key(configName: key.configName) == key, "\(key.configName)")
        }
        #expect(Key(configName: "pagedown") == .pageDown)
        #expect(Key(configName: "ctrl-m") == nil)
        #expect(Key(configName: "F13") == nil)
        #expect(Key(configName: "") == nil)
    }
}
