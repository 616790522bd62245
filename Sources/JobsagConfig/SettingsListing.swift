import JobsagApp
import TerminalKit

/// `jobsag config show`: the settings in effect as a config file would set them, each with
/// where it came from in a comment. A default stands commented out (the standard keymap
/// binds some actions to other keys in other places, which one line cannot say), so the
/// listing read back as a config file gives the same settings.
public enum SettingsListing {
    /// - Parameter shownDatabase: how a database address is shown (without its password).
    public static func text(_ settings: EffectiveSettings, location: ConfigLocation, shownDatabase: (String) -> String) -> String {
        var lines: [(text: String, source: SettingSource?)] = []
        lines.append(("language = \(quoted(settings.language.value.rawValue))", settings.language.source))
        lines.append(("theme = \(quoted(settings.theme.value.rawValue))", settings.theme.source))
        switch settings.store.value {
        case .files(let directory): lines.append(("data = \(quoted(directory))", settings.store.source))
        case .database(let url): lines.append(("database = \(quoted(shownDatabase(url)))", settings.store.source))
        }
        lines.append(("mouse = \(settings.mouse.value)", settings.mouse.source))
        lines.append(("", nil))
        lines.append(("[keys]", nil))
        for action in Action.allCases {
            let keys = settings.keymap.bindings.filter { $0.action == action }.map(\.key).reduce(into: [Key]()) { keys, key in
                if !keys.contains(key) { keys.append(key) }
            }
            guard !keys.isEmpty else { continue }
            let value = keys.count == 1 ? quoted(keys[0].configName) : "[" + keys.map { quoted($0.configName) }.joined(separator: ", ") + "]"
            let source = settings.reboundActions.contains(action) ? SettingSource.file : .standard
            lines.append(("\(action.rawValue) = \(value)", source))
        }
        let shown = lines.map { line in (text: line.source == .standard ? "# " + line.text : line.text, source: line.source) }
        let width = shown.map { DisplayWidth.of($0.text) }.max() ?? 0
        let state = settings.file == nil ? "findes ikke; standardindstillingerne gælder" : "læst"
        var text = "# Indstillingsfil: \(location.path) (\(state))\n"
        for line in shown {
            guard let source = line.source else {
                text += line.text + "\n"
                continue
            }
            text += line.text + String(repeating: " ", count: width - DisplayWidth.of(line.text)) + "  # " + source.description + "\n"
        }
        return text
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"" + escaped + "\""
    }
}
