import ArgumentParser
import Foundation
import JobsagCore
import JobsagPostgres

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).",
        valueName: "mappe"), completion: .directory)
    var dataDirectory: String?

    @Option(name: .customLong("database"), help: ArgumentHelp(
        "Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL).",
        valueName: "url"))
    var databaseURL: String?

    @Option(name: .customLong("user"), help: ArgumentHelp("Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).", valueName: "initialer"))
    var user: String?

    @Option(name: .customLong("as-of"), parsing: .unconditional,
            help: ArgumentHelp("Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).", valueName: "dato"))
    var asOf: String?

    @Flag(name: .customLong("no-color"), help: "Ingen farver (også når NO_COLOR er sat).")
    var noColor = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("Sprog: da eller en (standard: da, eller en når LANG er engelsk).", valueName: "sprog"),
            completion: CompletionValues.languages)
    var language: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The data directory: `--data`, `$JOBSAG_DATA`, `$XDG_DATA_HOME/jobsag`, `~/.local/share/jobsag`;
    /// always absolute (relative paths are taken from the working directory).
    var resolvedDataDirectory: String {
        if let dataDirectory, !dataDirectory.isEmpty { return CommandPath.absolute(dataDirectory) }
        if let fromEnvironment = environment["JOBSAG_DATA"], !fromEnvironment.isEmpty { return CommandPath.absolute(fromEnvironment) }
        return dataHome + "/jobsag"
    }

    /// Where the store is: the database of `--database` or `$JOBSAG_DATABASE_URL`, else the
    /// data directory. `--data` and `--database` together is a usage error; `--data` beats
    /// the environment's database.
    func resolvedLocation() throws -> StoreLocation {
        let fromEnvironment = environment["JOBSAG_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if databaseURL != nil, dataDirectory != nil {
            throw CommandFailure.usage("Angiv enten --data eller --database, ikke begge.")
        }
        guard let text = databaseURL ?? (dataDirectory == nil ? fromEnvironment : nil) else {
            return .files(resolvedDataDirectory)
        }
        do {
            return .database(try DatabaseURL(parsing: text, environment: environment))
        } catch {
            let source = databaseURL == nil ? "JOBSAG_DATABASE_URL" : "--database"
            throw CommandFailure.usage("\(source): " + error.reason.da)
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

    func resolvedLanguage() throws -> Language {
        if let language {
            guard let chosen = Language(rawValue: language.lowercased()) else {
                throw CommandFailure.usage("--lang skal være da eller en, ikke »\(language)«.")
            }
            return chosen
        }
        let lang = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return lang.hasPrefix("en") ? .en : .da
    }

    /// Colour unless `--no-color` or a non-empty `NO_COLOR` (no-color.org).
    var colorEnabled: Bool {
        !noColor && (environment["NO_COLOR"] ?? "").isEmpty
    }
}
