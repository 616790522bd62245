import Testing
import JobsagApp
import JobsagConfig
import TerminalKit

/// Which setting wins: an option, then the environment, then the config file, then the
/// default (the language: the file before `LANG`); and `config show` read back.
@Suite struct EffectiveSettingsTests {
    private let file = try? ConfigFile(
        text: "language = \"en\"\ntheme = \"high-contrast\"\ndata = \"/fil/sager\"\nmouse = false\n[keys]\nfilter = \"F3\"\n",
        path: "/cfg/jobsag/config.toml", home: "/home/mette")

    private func settings(_ commandLine: CommandLineSettings = CommandLineSettings(), environment: [String: String] = [:],
                          file: ConfigFile?) -> EffectiveSettings {
        EffectiveSettings(commandLine: commandLine, environment: environment, file: file, defaultDataDirectory: "/standard/jobsag",
                          absolute: { $0.hasPrefix("/") ? $0 : "/arbejde/" + $0 })
    }

    @Test func theDefaultsApplyWithoutFileOrEnvironment() {
        let result = settings(file: nil)
        #expect(result.store.value == .files("/standard/jobsag") && result.store.source == .standard)
        #expect(result.language.value == .da && result.language.source == .standard)
        #expect(result.theme.value == .standard && result.mouse.value == true)
    }

    @Test func theFileBeatsTheDefault() {
        let result = settings(file: file)
        #expect(result.store.value == .files("/fil/sager") && result.store.source == .file)
        #expect(result.theme.value == .highContrast && result.theme.source == .file)
        #expect(result.mouse.value == false && result.mouse.source == .file)
        #expect(result.keymap.action(for: .function(3), in: .caseload) == .filter)
        #expect(result.reboundActions == [.filter])
    }

    @Test func theEnvironmentBeatsTheFile() {
        let data = settings(environment: ["JOBSAG_DATA": "miljø"], file: file)
        #expect(data.store.value == .files("/arbejde/miljø") && data.store.source == .environment("JOBSAG_DATA"))
        let database = settings(environment: ["JOBSAG_DATABASE_URL": "postgresql:///x", "JOBSAG_DATA": "/y"], file: file)
        #expect(database.store.value == .database("postgresql:///x"))
        let colourless = settings(environment: ["NO_COLOR": "1"], file: file)
        #expect(colourless.theme.value == .monochrome && colourless.theme.source == .environment("NO_COLOR"))
    }

    @Test func anOptionBeatsTheEnvironment() {
        let commandLine = CommandLineSettings(language: .da, noColor: true, dataDirectory: "/flag/sager")
        let result = settings(commandLine, environment: ["JOBSAG_DATABASE_URL": "postgresql:///x", "LANG": "en_US.UTF-8"], file: file)
        #expect(result.store.value == .files("/flag/sager") && result.store.source == .flag("--data"))
        #expect(result.language.value == .da && result.language.source == .flag("--lang"))
        #expect(result.theme.value == .monochrome && result.theme.source == .flag("--no-color"))
    }

    @Test func theLanguageOfTheFileBeatsLang() {
        let result = settings(environment: ["LANG": "da_DK.UTF-8"], file: file)
        #expect(result.language.value == .en && result.language.source == .file)
        let fromLang = settings(environment: ["LANG": "en_GB.UTF-8"], file: nil)
        #expect(fromLang.language.value == .en && fromLang.language.source == .environment("LANG"))
    }

    @Test func theListingNamesEachSourceAndReadsBackAsTheSameSettings() throws {
        let result = settings(environment: ["JOBSAG_DATA": "/miljø/sager"], file: file)
        let location = ConfigLocation(flag: nil, environment: ["XDG_CONFIG_HOME": "/cfg"], absolute: { $0 })
        let text = SettingsListing.text(result, location: location) { $0 }
        #expect(text.contains("language = \"en\""))
        #expect(text.contains("data = \"/miljø/sager\""))
        #expect(text.contains("miljøet ($JOBSAG_DATA)"))
        #expect(text.contains("filter = \"F3\""))
        #expect(text.contains("# quit = [\"q\", \"Ctrl-C\"]"))
        let reread = try ConfigFile(text: text, path: "/cfg/jobsag/config.toml", home: "/home/mette")
        #expect(reread.language == .en && reread.theme == .highContrast && reread.mouse == false)
        #expect(reread.dataDirectory == "/miljø/sager")
        for action in Action.allCases {
            for context in KeyContext.allCases {
                #expect(reread.keymap.help(for: context).first { $0.action == action }?.keys
                    == result.keymap.help(for: context).first { $0.action == action }?.keys)
            }
        }
    }
}
