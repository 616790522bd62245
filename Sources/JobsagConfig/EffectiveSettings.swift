import JobsagApp
import JobsagCore
import TerminalKit

/// Where a setting in effect came from.
public enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    case standard
    case file
    /// An environment variable, by name.
    case environment(String)
    /// A command-line option, by name (`--data`).
    case flag(String)

    /// In Danish, as `jobsag config show` writes it.
    public var description: String {
        switch self {
        case .standard: return "standard"
        case .file: return "filen"
        case .environment(let name): return "miljøet ($\(name))"
        case .flag(let name): return "tilvalget \(name)"
        }
    }
}

/// A setting's value and where it came from.
public struct Sourced<Value: Sendable>: Sendable {
    public var value: Value
    public var source: SettingSource

    public init(_ value: Value, _ source: SettingSource) {
        self.value = value
        self.source = source
    }
}

/// Where the store is, before a database address is checked: a data directory (absolute)
/// or a database URL as written.
public enum StoreChoice: Sendable, Equatable {
    case files(String)
    case database(String)
}

/// What the command line says about the settings (options not given are nil).
public struct CommandLineSettings: Sendable {
    public var language: Language?
    public var noColor: Bool
    /// `--data`, made absolute.
    public var dataDirectory: String?
    public var databaseURL: String?

    public init(language: Language? = nil, noColor: Bool = false, dataDirectory: String? = nil, databaseURL: String? = nil) {
        self.language = language
        self.noColor = noColor
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
    }
}

/// The settings in effect, each from the first of: a command-line option, the environment,
/// the config file, the default. Language is the exception: the file comes before the
/// environment's `LANG`, which every system sets and so says little about this program.
public struct EffectiveSettings: Sendable {
    public var language: Sourced<Language>
    public var theme: Sourced<ThemeChoice>
    public var store: Sourced<StoreChoice>
    public var mouse: Sourced<Bool>
    public var keymap: Keymap
    /// The actions the file rebound; the others have their standard keys.
    public var reboundActions: Set<Action>
    /// The config file read, if any.
    public var file: ConfigFile?

    /// - Parameters:
    ///   - absolute: makes a path from the environment absolute (from the working directory).
    ///   - defaultDataDirectory: where the data are when nothing says otherwise.
    public init(
        commandLine: CommandLineSettings, environment: [String: String], file: ConfigFile?,
        defaultDataDirectory: String, absolute: (String) -> String
    ) {
        func set(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        self.file = file

        if let chosen = commandLine.language {
            language = Sourced(chosen, .flag("--lang"))
        } else if let chosen = file?.language {
            language = Sourced(chosen, .file)
        } else if let lang = set("LC_ALL") ?? set("LANG") {
            language = Sourced(lang.hasPrefix("en") ? .en : .da, .environment(set("LC_ALL") == nil ? "LANG" : "LC_ALL"))
        } else {
            language = Sourced(.da, .standard)
        }

        if commandLine.noColor {
            theme = Sourced(.monochrome, .flag("--no-color"))
        } else if set("NO_COLOR") != nil {
            theme = Sourced(.monochrome, .environment("NO_COLOR"))
        } else if let chosen = file?.theme {
            theme = Sourced(chosen, .file)
        } else {
            theme = Sourced(.standard, .standard)
        }

        if let url = commandLine.databaseURL {
            store = Sourced(.database(url), .flag("--database"))
        } else if let directory = commandLine.dataDirectory {
            store = Sourced(.files(directory), .flag("--data"))
        } else if let url = set("JOBSAG_DATABASE_URL") {
            store = Sourced(.database(url), .environment("JOBSAG_DATABASE_URL"))
        } else if let directory = set("JOBSAG_DATA") {
            store = Sourced(.files(absolute(directory)), .environment("JOBSAG_DATA"))
        } else if let url = file?.databaseURL {
            store = Sourced(.database(url), .file)
        } else if let directory = file?.dataDirectory {
            store = Sourced(.files(directory), .file)
        } else {
            store = Sourced(.files(defaultDataDirectory), .standard)
        }

        mouse = file?.mouse.map { Sourced($0, .file) } ?? Sourced(true, .standard)
        keymap = file?.keymap ?? .standard
        reboundActions = Set(file?.keys.map(\.action) ?? [])
    }
}
