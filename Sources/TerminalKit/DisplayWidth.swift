/// Display widths of text in terminal columns, per grapheme: 0 for marks and format
/// characters, 2 for wide (East Asian wide, emoji presentation), else 1.
public enum DisplayWidth {
    /// The columns one grapheme takes.
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            return (character.asciiValue ?? 0) >= 0x20 ? 1 : 0
        }
        var width = 0
        var sawVariationSelector16 = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { sawVariationSelector16 = true }
            let w = scalarWidth(scalar)
            if w > width { width = w }
        }
        if sawVariationSelector16, width == 1, character.unicodeScalars.first?.properties.isEmoji == true {
            return 2
        }
        return width
    }

    /// The columns a text takes.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The columns one scalar takes.
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202,
             0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to fit `width` columns. With `ellipsis` (the default) a cut text ends in `…`
    /// and is cut where a word ends ("Dokumenteres…", not "Dokumenteres v") when that keeps
    /// at least two thirds of the width; else (a long word) inside it. Without, the longest prefix.
    public static func truncate(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let limit = ellipsis ? width - 1 : width
        var result = ""
        var used = 0
        /// The end of the last whole word kept, and its width.
        var wordEnd: (index: String.Index, width: Int)?
        var previousIsBreak = true
        for character in text {
            let w = of(character)
            let isBreak = character == " " || character == "-" || character == "/" || character == "·"
            if isBreak, !previousIsBreak { wordEnd = (result.endIndex, used) }
            if used + w > limit {
                if !isBreak, !previousIsBreak, ellipsis, let end = wordEnd, end.width * 3 >= limit * 2 {
                    result = String(result[..<end.index])
                }
                break
            }
            result.append(character)
            used += w
            previousIsBreak = isBreak
        }
        guard ellipsis else { return result }
        while let last = result.last, last == " " || last == "," || last == ":" || last == "·" { result.removeLast() }
        return result + "…"
    }

    /// `text` truncated to `width` and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = max(0, width - of(cut))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + cut : cut + spaces
    }
}
