@preconcurrency import CNCursesW
import TerminalKit

/// Turns what `get_wch` returns into Keys. What follows an Esc that ncurses gave back as a
/// character is `EscapeSequenceDecoder`'s (which says why it is not left to `define_key`).
enum KeyDecoder {
    /// A character code (`get_wch` returned OK).
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return Unicode.Scalar(code + 96).map { .ctrl(Character($0)) }
        case 0, 28...31, 0x80...0x9F: return nil  // C1 controls (U+0085, U+009B, ...) are no text either
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A key code (`get_wch` returned KEY_CODE_YES); `name` is ncurses' `keyname`, which
    /// identifies the extended keys with modifiers, such as Ctrl+Left (`kLFT5`).
    static func functionKey(_ code: Int32, name: String) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND: return .home  // Find and Select: the VT220's keys where Home and End are
        case KEY_END, KEY_SELECT: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        // The shifted keys terminfo names itself (Shift-Up and Shift-Down are "scroll").
        case KEY_SR: return modified(.up, code: shift)
        case KEY_SF: return modified(.down, code: shift)
        case KEY_SLEFT: return modified(.left, code: shift)
        case KEY_SRIGHT: return modified(.right, code: shift)
        case KEY_SHOME: return modified(.home, code: shift)
        case KEY_SEND: return modified(.end, code: shift)
        case KEY_SPREVIOUS: return modified(.pageUp, code: shift)
        case KEY_SNEXT: return modified(.pageDown, code: shift)
        case KEY_SDC: return modified(.delete, code: shift)
        case KEY_SIC: return modified(.insert, code: shift)
        default: return extendedKey(name: name)
        }
    }

    /// A mouse report (ncurses' button state and cell) as the program's event: a press of
    /// the left button or a wheel turn, given the masks of the three; nil for anything else.
    static func mouse(buttons: mmask_t, x: Int, y: Int, press: mmask_t, wheelUp: mmask_t, wheelDown: mmask_t) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        if buttons & wheelUp != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if buttons & wheelDown != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if buttons & press != 0 { return MouseEvent(.press, x: x, y: y) }
        return nil
    }

    /// The xterm modifier code of Shift alone.
    private static let shift = 2

    /// The extended keys of terminfo entries: a name and the xterm modifier code
    /// (`kLFT5` is Ctrl+Left, `kHOM2` Shift+Home).
    private static func extendedKey(name: String) -> Key? {
        let bases: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home), ("kEND", .end),
            ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete), ("kIC", .insert),
        ]
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            guard let code = Int(name.dropFirst(prefix.count)) else { return nil }
            return modified(key, code: code)
        }
        return nil
    }

    /// A key with modifiers, given as xterm's code (1 + Shift 1 + Alt 2 + Ctrl 4; 2 is Shift,
    /// 5 Ctrl, 6 Ctrl-Shift). The program has no use for most modifiers, so the key stays
    /// itself, except: Ctrl or Alt with Left/Right moves by word, and a modified F-key, or one
    /// with Meta or more (codes above 8), is no key of the program (nil, ignored).
    static func modified(_ key: Key, code: Int) -> Key? {
        guard (1...8).contains(code) else { return nil }
        let controlOrAlt = (code - 1) & 0b110 != 0
        switch key {
        case .left: return controlOrAlt ? .wordLeft : .left
        case .right: return controlOrAlt ? .wordRight : .right
        case .function: return code == 1 ? key : nil
        default: return key
        }
    }
}
