import Foundation
import JobsagApp
import JobsagCore
import JobsagStore
import TerminalKit
import TOMLKit

/// The user's config file (`config.toml`): what it sets, each setting checked. A key the
/// program does not know, a value of the wrong type or out of range, a key name no terminal
/// sends, or two actions on one key is a problem with the file, line and column.
public struct ConfigFile: Sendable {
    public var path: String
    public var language: Language?
    public var theme: ThemeChoice?
    /// The data directory, absolute (`~/` is the home directory; a relative path is taken
    /// from the config file's directory).
    public var dataDirectory: String?
    public var databaseURL: String?
    public var mouse: Bool?
    /// The actions the file rebinds, in the order it names them, with their keys.
    public var keys: [(action: Action, keys: [Key])]
    /// The standard keymap with the file's bindings.
    public var keymap: Keymap
    /// Where each key of the file stands, for messages about values checked later.
    public let sourceMap: ConfigSourceMap

    /// The settings the file may have, in the order `config show` prints them.
    public static let settingNames = ["language", "theme", "data", "database", "mouse", "keys"]

    /// The most a config file may hold: far above any, and a device that never ends
    /// (`/dev/zero`) is refused rather than read for ever.
    static let maximumSize = 1 << 20

    /// Reads and checks the file at `path`; `home` is the directory `~/` stands for. A device
    /// or a pipe is read to its end: `--config /dev/null` is an empty file, as other programs
    /// take it.
    public static func read(path: String, home: String) throws(ConfigProblems) -> ConfigFile {
        guard let data = Self.readToEnd(path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ConfigProblems([ConfigProblem(file: path, position: nil, message: exists ? "filen kan ikke læses." : "filen findes ikke.")])
        }
        guard data.count <= maximumSize else {
            throw ConfigProblems([ConfigProblem(file: path, position: nil, message: "filen er større end 1 MB; det er ikke en indstillingsfil.")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigProblems([ConfigProblem(file: path, position: nil, message: "filen er ikke UTF-8-tekst.")])
        }
        return try ConfigFile(text: text, path: path, home: home)
    }

    /// What the file, device or pipe at `path` gives until it ends, or until it holds more
    /// than `maximumSize` (a larger file is not read whole to be refused); nil when it cannot
    /// be opened or read.
    private static func readToEnd(_ path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var data = Data()
        do {
            // Nil or empty: the end.
            while data.count <= maximumSize, let chunk = try handle.read(upToCount: 65_536), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            return nil
        }
        return data
    }

    /// Checks `text`, the contents of the file at `path`.
    public init(text: String, path: String, home: String) throws(ConfigProblems) {
        self.path = path
        sourceMap = ConfigSourceMap(text: text)
        keys = []
        keymap = .standard
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = TextPosition(line: error.source.begin.line, column: error.source.begin.column)
            throw ConfigProblems([ConfigProblem(file: path, position: position, message: "ikke gyldig TOML: \(error.description).")])
        } catch {
            throw ConfigProblems([ConfigProblem(file: path, position: nil, message: "ikke gyldig TOML.")])
        }
        var problems: [ConfigProblem] = []
        let map = sourceMap
        func problem(_ place: ConfigPath, _ message: String, atValue: Bool = false) {
            let position = atValue ? map.valuePosition(of: place) : map.keyPosition(of: place)
            problems.append(ConfigProblem(file: path, position: position, message: message))
        }
        for (name, value) in table {
            let key = ConfigPath(keys: [name])
            switch name {
            case "language":
                guard let text = value.string else { problem(key, Self.wrongType(name, expected: "en tekst (\"da\" eller \"en\")", value), atValue: true); continue }
                guard let chosen = Language(rawValue: text) else { problem(key, "language skal være \"da\" eller \"en\", ikke \"\(text)\".", atValue: true); continue }
                language = chosen
            case "theme":
                let names = ThemeChoice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                guard let text = value.string else { problem(key, Self.wrongType(name, expected: "en tekst (\(names))", value), atValue: true); continue }
                guard let chosen = ThemeChoice(rawValue: text) else { problem(key, "theme skal være en af \(names), ikke \"\(text)\".", atValue: true); continue }
                theme = chosen
            case "data":
                guard let text = value.string else { problem(key, Self.wrongType(name, expected: "en tekst (en mappe)", value), atValue: true); continue }
                guard !text.isEmpty else { problem(key, "data må ikke være tom.", atValue: true); continue }
                dataDirectory = Self.absolute(text, home: home, base: (path as NSString).deletingLastPathComponent)
            case "database":
                guard let text = value.string else { problem(key, Self.wrongType(name, expected: "en tekst (en postgresql://-adresse)", value), atValue: true); continue }
                guard !text.isEmpty else { problem(key, "database må ikke være tom.", atValue: true); continue }
                databaseURL = text
            case "mouse":
                guard let flag = value.bool else { problem(key, Self.wrongType(name, expected: "true eller false", value), atValue: true); continue }
                mouse = flag
            case "keys":
                guard let keysTable = value.table else { problem(key, Self.wrongType(name, expected: "en tabel ([keys])", value), atValue: true); continue }
                readKeys(keysTable) { problem($0, $1, atValue: $2) }
            default:
                problem(key, "ukendt indstilling »\(name)«; filen kan have: \(Self.settingNames.joined(separator: ", ")).")
            }
        }
        if dataDirectory != nil, databaseURL != nil {
            let later = [ConfigPath(keys: ["data"]), ConfigPath(keys: ["database"])].max { lhs, rhs in
                let left = sourceMap.keyPosition(of: lhs).map { ($0.line, $0.column) } ?? (0, 0)
                let right = sourceMap.keyPosition(of: rhs).map { ($0.line, $0.column) } ?? (0, 0)
                return left < right
            }
            problem(later ?? ConfigPath(keys: ["database"]), "sæt enten data eller database, ikke begge.")
        }
        if problems.isEmpty {
            switch Keymap.standard.rebinding(keys) {
            case .success(let rebound):
                keymap = rebound
            case .failure(let conflict):
                let index = keys.firstIndex { $0.action == conflict.rebound }.flatMap { keys[$0].keys.firstIndex(of: conflict.key) }
                var place = ConfigPath(keys: ["keys", conflict.rebound.rawValue])
                if let index, sourceMap.valuePosition(of: place.appending(index: index)) != nil { place = place.appending(index: index) }
                problem(place, "tasten »\(conflict.key.configName)« er bundet til både \(conflict.rebound.rawValue) og \(conflict.other.rawValue).", atValue: true)
            }
        }
        guard problems.isEmpty else { throw ConfigProblems(problems) }
    }

    /// The `[keys]` table: each action's key or list of keys.
    private mutating func readKeys(_ table: TOMLTable, problem: (ConfigPath, String, Bool) -> Void) {
        var rebound: [(action: Action, keys: [Key])] = []
        for (name, value) in table {
            let path = ConfigPath(keys: ["keys", name])
            guard let action = Action(rawValue: name) else {
                problem(path, "ukendt handling »\(name)« under [keys]; jobsag config show viser dem alle.", false)
                continue
            }
            var names: [(name: String, path: ConfigPath)] = []
            if let single = value.string {
                names = [(single, path)]
            } else if let array = value.array {
                for (index, element) in array.enumerated() {
                    guard let text = element.string else {
                        problem(path.appending(index: index), Self.wrongType("\(name)[\(index)]", expected: "en tekst (en tast)", element), true)
                        continue
                    }
                    names.append((text, path.appending(index: index)))
                }
                if array.isEmpty { problem(path, "\(name) skal have mindst én tast.", true) }
            } else {
                problem(path, Self.wrongType(name, expected: "en tast eller en liste af taster", value), true)
                continue
            }
            var keys: [Key] = []
            for (keyName, keyPath) in names {
                guard let key = Key(configName: keyName) else {
                    problem(keyPath, "»\(keyName)« er ingen tast, Jobsag kender (fx \"x\", \"F3\", \"Ctrl-S\", \"Esc\", \"Up\").", true)
                    continue
                }
                guard Keymap.standard.canBind(key, to: action) else {
                    problem(keyPath, "\(name) bruges kun, mens der skrives tekst; bind den til en tast som \"Esc\", \"F3\" eller \"Ctrl-S\", ikke til »\(keyName)«.", true)
                    continue
                }
                if !keys.contains(key) { keys.append(key) }
            }
            rebound.append((action, keys))
        }
        let order = Dictionary(uniqueKeysWithValues: rebound.map { ($0.action, sourceMap.keyPosition(of: ConfigPath(keys: ["keys", $0.action.rawValue]))) })
        keys = rebound.sorted { lhs, rhs in
            let left = order[lhs.action]??.line ?? 0
            let right = order[rhs.action]??.line ?? 0
            return left < right
        }
    }

    /// `name skal være …, ikke …` with the TOML type given in Danish.
    private static func wrongType(_ name: String, expected: String, _ value: TOMLValueConvertible) -> String {
        "\(name) skal være \(expected), ikke \(typeName(value.type))."
    }

    private static func typeName(_ type: TOMLType) -> String {
        switch type {
        case .table: return "en tabel"
        case .array: return "en liste"
        case .string: return "en tekst"
        case .int: return "et heltal"
        case .double: return "et decimaltal"
        case .bool: return "en sandhedsværdi"
        case .date: return "en dato"
        case .time: return "et klokkeslæt"
        case .dateTime: return "et tidspunkt"
        }
    }

    /// `~/x` under `home`, `/x` as it is, anything else under `base`.
    private static func absolute(_ path: String, home: String, base: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        if path.hasPrefix("/") { return path }
        return (base.isEmpty ? "." : base) + "/" + path
    }
}
