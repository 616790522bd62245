/// Text made harmless for a terminal: every control character that could move the cursor,
/// change colours or send the terminal a command (ESC, CSI, BEL, backspace, a carriage
/// return that is not part of a CRLF line end, ...) is written visibly instead, as `cat -v`
/// does: `^[` for ESC, `^?` for DEL, `<U+009B>` for a C1 control. Line feeds and tabs stay.
public enum ControlCharacters {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
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

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
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
