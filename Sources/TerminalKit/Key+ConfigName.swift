/// Keys as the config file names them: `"/"`, `"F3"`, `"Ctrl-S"`, `"Esc"`, `"Up"`.
extension Key {
    /// The name the config file and `jobsag config show` write (read back by `init(configName:)`).
    public var configName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .wordLeft: return "Ctrl-Left"
        case .wordRight: return "Ctrl-Right"
        case .function(let n): return "F\(n)"
        }
    }

    /// A key from its config name: one printable character (case matters: `n` and `N` are
    /// two keys), or a named key in any case (`esc`, `PageDown`, `ctrl-s`, `F12`, `Space`).
    /// Nil for what no terminal sends as a key of its own: Ctrl-H, -I, -J and -M arrive as
    /// Backspace, Tab and Enter, Ctrl-Z suspends the program.
    public init?(configName name: String) {
        if name.count == 1, let character = name.first {
            guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        if let named = Self.namedKeys[lowered] {
            self = named
        } else if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, ("a"..."z").contains(letter),
                  !"hijmz".contains(letter) {
            self = .ctrl(letter)
        } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }

    private static let namedKeys: [String: Key] = [
        "space": .character(" "), "mellemrum": .character(" "),
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
        "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert,
        "ctrl-left": .wordLeft, "ctrl-right": .wordRight,
    ]
}
