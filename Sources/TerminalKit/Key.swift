// TerminalKit: terminal-independent building blocks for a text UI: keys, styles, a cell
// buffer that knows display widths, text input, layout and widgets. No curses here.

/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
    /// A printable character (a whole grapheme: æ, ø, å, é, an emoji).
    case character(Character)
    /// Ctrl plus a letter, lower case (`ctrl("s")` is Ctrl-S).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// Ctrl+Left / Ctrl+Right (or Alt+b / Alt+f): move by word.
    case wordLeft, wordRight
    /// F1 ... F12.
    case function(Int)

    /// The key's name as the help screen and the config file show it.
    public var displayName: String {
        switch self {
        case .character(" "): return "Mellemrum"
        case .character(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
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
        case .wordLeft: return "Ctrl-←"
        case .wordRight: return "Ctrl-→"
        case .function(let n): return "F\(n)"
        }
    }
}

/// What the terminal delivers to the program.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal has a new size.
    case resize(Size)
    /// A click or a turn of the wheel (when the mouse is on).
    case mouse(MouseEvent)
}
