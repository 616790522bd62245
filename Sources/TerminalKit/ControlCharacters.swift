/// Text made harmless for a terminal: every control character that could move the cursor,
/// change colours or send the terminal a command (ESC, CSI, BEL, backspace, a carriage
/// return that is not part of a CRLF line end, ...) is written visibly instead, as `cat -v`
/// does: `^[` for ESC, `^?` for DEL, `<U+009B>` for a C1 control. Line feeds and tabs stay.
public enum ControlCharacters {
    public static func escaped(_ text: String) -> String {
        guard hasControlCharacter(text) else { return text }
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

    /// Whether `text` has a control character but line breaks and tabs, told by its bytes in
    /// one pass (most text has none): C0 and DEL by their byte, C1 by its two (0xC2, then
    /// 0x80 to 0x9F; 0xC2 is never a continuation byte, and starts `§` and `°` too).
    private static func hasControlCharacter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) {
                return true
            }
            previous = byte
        }
        return false
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
