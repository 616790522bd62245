/// Display widths of text in terminal columns, as the terminal program's curses counts
/// them: glibc's `wcwidth` (which ncursesw uses) under a UTF-8 locale, from the table
/// generated from it (DisplayWidthTable.swift, scripts/display-widths.py). Curses puts a
/// grapheme's first character in a cell with the zero-width characters after it and no
/// other (`terminalForm`), so a grapheme takes the columns of its first character: an emoji
/// with VS16 (❤️) is 1 column, a ZWJ sequence the columns of its first emoji.
public enum DisplayWidth {
    /// The columns one grapheme takes as `CellBuffer` draws it: a control character (a tab,
    /// a line break, ESC, a C1 control such as U+0085), always a grapheme of its own, is drawn
    /// as a space.
    public static func of(_ character: Character) -> Int {
        // A character of one byte is ASCII, printable or a control: one column either way (`isASCII`
        // and `asciiValue` first compare the character with "\r\n", a string comparison, which
        // took most of the time of measuring a search hit's text).
        let utf8 = character.utf8
        if utf8.count == 1 { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0xA0 { return 1 }  // "\r\n", or a C1 control
        return scalarWidth(first)
    }

    /// The columns a text takes.
    public static func of(_ text: String) -> Int {
        if let columns = oneColumnScalarCount(text) { return columns }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of scalars when each is a grapheme of its own that takes one column and is
    /// shown as it is, else nil. Most of what the screens show is such text, and counting its
    /// scalars spares finding the grapheme breaks, the costliest part of drawing.
    public static func oneColumnScalarCount(_ text: String) -> Int? {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var count = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value), scalarWidth(scalar) == 1 else { return nil }
            count += 1
        }
        return count
    }

    /// Printable ASCII, U+00A0-U+02FF (Latin letters such as æ ø å, before the combining
    /// marks) and U+2000-U+27FF (punctuation such as – and …, arrows, box drawing, shapes,
    /// dingbats such as ✓): none of these joins the scalar before or after it into one
    /// grapheme, except the zero-width ones (combining marks for symbols, joiners), which
    /// `oneColumnScalarCount` leaves out by their width.
    private static func standsAlone(_ value: UInt32) -> Bool {
        (0x20..<0x7F).contains(value) || (0xA0..<0x300).contains(value) || (0x2000..<0x2800).contains(value)
    }

    /// The columns one scalar takes: 0 for controls and what glibc makes zero-width (marks,
    /// format characters, Hangul medial vowels and final consonants), 2 for what it makes
    /// wide (East Asian wide, emoji presentation), else 1 (also for a code point glibc does
    /// not know, which the terminal draws as a replacement character of 1 column).
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if isInRanges(value, zeroWidthRanges) { return 0 }
        if isInRanges(value, doubleWidthRanges) { return 2 }
        return 1
    }

    /// Whether `value` lies in one of `ranges` (pairs of first and last, sorted): a binary search.
    private static func isInRanges(_ value: UInt32, _ ranges: [UInt32]) -> Bool {
        var low = 0
        var high = ranges.count / 2
        while low < high {
            let middle = (low + high) / 2
            if value < ranges[2 * middle] {
                high = middle
            } else if value > ranges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The grapheme as a terminal cell shows it: its first character and the zero-width
    /// characters that follow (at most five in all, as curses keeps), without what only
    /// chooses a presentation or joins to characters a cell cannot hold (variation
    /// selectors, the zero-width joiner, tag characters). "❤️" is drawn as "❤" (the width
    /// every terminal gives it), "👩‍👩‍👧" as "👩", "e\u{301}" as it is.
    public static func terminalForm(_ character: Character) -> Character {
        if character.isASCII { return character }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return character }
        var kept = String.UnicodeScalarView([first])
        var count = 1
        while let scalar = scalars.next(), count < 5, scalarWidth(scalar) == 0 {
            if isPresentationOrJoiner(scalar) { continue }
            kept.append(scalar)
            count += 1
        }
        let text = String(kept)
        guard text.count == 1, let shown = text.first else { return Character(first) }
        return shown
    }

    /// Variation selectors, the zero-width joiner and tag characters.
    private static func isPresentationOrJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x200D, 0xE0000...0xE007F: return true
        default: return false
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
