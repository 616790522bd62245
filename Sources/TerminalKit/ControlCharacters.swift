/// Text made harmless for a terminal: every control character that could move the cursor,
/// change colours or send the terminal a command (ESC, CSI, BEL, backspace, a carriage
/// return that is not part of a CRLF line end, ...) is written visibly instead, as `cat -v`
/// does: `^[` for ESC, `^?` for DEL, `<U+009B>` for a C1 control. Line feeds and tabs stay.
public enum ControlCharacters {
    public static func escaped(_ text: String) -> String {
        // Most text has no control character but line breaks and tabs: its bytes tell (C0,
        // DEL, and C1's lead byte).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }),
              text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\r", pending == "\n" {
                result.unicodeScalars.append(scalar)
            } else if needsEscape(scalar) {
                result += visible(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A control character (general category Cc, which Unicode fixes as C0, DEL and C1) but
    /// a line break or a tab.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0..<0x20, 0x7F...0x9F: return true
        default: return false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }
}
