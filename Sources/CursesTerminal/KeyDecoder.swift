@preconcurrency import CNCursesW
import TerminalKit

/// Turns what `get_wch` returns into Keys.
enum KeyDecoder {
    /// A character code (`get_wch` returned OK).
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return Unicode.Scalar(code + 96).map { .ctrl(Character($0)) }
        case 0, 28...31: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A key code (`get_wch` returned KEY_CODE_YES); `name` is ncurses' `keyname`, which
    /// identifies the extended keys such as Ctrl+Left (`kLFT5`).
    static func functionKey(_ code: Int32, name: String) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default:
            if name.hasPrefix("kLFT") { return .wordLeft }
            if name.hasPrefix("kRIT") { return .wordRight }
            return nil
        }
    }
}
