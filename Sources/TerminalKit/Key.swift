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

    /// The key's name as the help screen shows it: its config-file name, with arrows for
    /// the arrow keys and Danish for Space.
    public var displayName: String {
        switch self {
        case .character(" "): return "Mellemrum"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .wordLeft: return "Ctrl-←"
        case .wordRight: return "Ctrl-→"
        default: return configName
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
