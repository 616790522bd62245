import ArgumentParser
import Foundation
import JobsagConfig
import JobsagCore
import JobsagPostgres

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).",
        valueName: "mappe"), completion: .directory)
    var dataDirectory: String?

    @Option(name: .customLong("database"), help: ArgumentHelp(
        "Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).",
        valueName: "url"))
    var databaseURL: String?

    @Option(name: .customLong("user"), help: ArgumentHelp("Hvem du er i demo-data (standard: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.", valueName: "initialer"))
    var user: String?

    @Option(name: .customLong("as-of"), parsing: .unconditional,
            help: ArgumentHelp("Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).", valueName: "dato"))
    var asOf: String?

    @Flag(name: .customLong("no-color"), help: "Ingen farver (også når NO_COLOR er sat).")
    var noColor = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).", valueName: "sprog"),
            completion: CompletionValues.languages)
    var language: String?

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).",
        valueName: "fil"), completion: .file(extensions: ["toml"]))
    var configFile: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The config file that applies (`--config`, else the default place).
    var configLocation: ConfigLocation {
        ConfigLocation(flag: configFile, environment: environment, absolute: CommandPath.absolute)
    }

    /// The settings in effect: each from an option, the environment, the config file or the
    /// default (`jobsag config show` lists them). A config file with problems stops every
    /// command with the problems (exit status 2): a setting is never silently ignored.
    func settings() throws -> EffectiveSettings {
        if databaseURL != nil, dataDirectory != nil {
            throw CommandFailure.usage("Angiv enten --data eller --database, ikke begge.")
        }
        let file: ConfigFile?
        do throws(ConfigProblems) {
            file = try configLocation.read(environment: environment, absolute: CommandPath.absolute)
        } catch {
            throw CommandFailure(message: "Indstillingsfilen har fejl (jobsag config check):\n" + error.message)
        }
        let commandLine = CommandLineSettings(
            language: try flagLanguage(), noColor: noColor,
            dataDirectory: dataDirectory.flatMap { $0.isEmpty ? nil : CommandPath.absolute($0) }, databaseURL: databaseURL)
        return EffectiveSettings(
            commandLine: commandLine, environment: environment, file: file, defaultDataDirectory: dataHome + "/jobsag",
            absolute: CommandPath.absolute)
    }

    /// Where the store is: an option, the environment, the config file, else the default
    /// data directory (`EffectiveSettings`), with a database address checked.
    func resolvedLocation() throws -> StoreLocation {
        let settings = try settings()
        switch settings.store.value {
        case .files(let directory):
            return .files(directory)
        case .database(let text):
            return .database(try databaseURL(text, from: settings.store.source, file: settings.file))
        }
    }

    /// A database address checked; a wrong one is named by where it came from (the option,
    /// the variable, or the config file's line and column).
    func databaseURL(_ text: String, from source: SettingSource, file: ConfigFile?) throws -> DatabaseURL {
        do {
            return try DatabaseURL(parsing: text, environment: environment)
        } catch {
            switch source {
            case .flag(let name), .environment(let name):
                throw CommandFailure.usage("\(name): " + error.reason.da)
            case .file, .standard:
                let position = file?.sourceMap.valuePosition(of: ConfigPath(keys: ["database"]))
                let problem = ConfigProblem(file: configLocation.path, position: position, message: "database: " + error.reason.da)
                throw CommandFailure(message: "Indstillingsfilen har fejl (jobsag config check):\n" + problem.description)
            }
        }
    }

    /// `$XDG_DATA_HOME`, else `~/.local/share` (absolute).
    var dataHome: String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return CommandPath.absolute(xdg) }
        return CommandPath.absolute(environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }

    /// The day to evaluate as of: `--as-of`, else today in Copenhagen.
    func resolvedAsOf() throws -> (date: CalendarDate, isOverridden: Bool) {
        let today = SystemClock.today()
        guard let asOf else { return (today, false) }
        switch DateInput.parse(asOf, today: today) {
        case .success(let date): return (date, true)
        case .failure(let problem):
            throw CommandFailure.usage("--as-of »\(asOf)«: " + problem.message.da)
        }
    }

    /// The language: `--lang`, the config file, `LC_ALL` or `LANG`, else Danish.
    func resolvedLanguage() throws -> Language {
        try settings().language.value
    }

    /// The language `--lang` names, if given.
    private func flagLanguage() throws -> Language? {
        guard let language else { return nil }
        guard let chosen = Language(rawValue: language.lowercased()) else {
            throw CommandFailure.usage("--lang skal være da eller en, ikke »\(language)«.")
        }
        return chosen
    }
}
