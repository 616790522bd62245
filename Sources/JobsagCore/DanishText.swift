import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Danish text handling: normalisation to NFC, Danish sort order (… x, y, z, æ, ø, å,
/// with `aa` as `å`), and search that ignores case and accents and treats `aa` as `å`.
public enum DanishText {
    /// The text in Unicode normalisation form C (decomposed input becomes composed).
    public static func normalized(_ text: String) -> String {
        // Skip the Foundation call in the common all-ASCII case.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// A key whose lexicographic order is Danish alphabetical order (case-insensitive).
    public static func sortKey(_ text: String) -> [UInt32] {
        quickSortKey(text) ?? sortKeyByCharacter(text)
    }

    /// `sortKey` character by character, in lower case and NFC.
    static func sortKeyByCharacter(_ text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.unicodeScalars.count)
        var previousWasA = false
        for character in normalized(text).lowercased() {
            for scalar in character.unicodeScalars {
                let weight = sortWeight(of: scalar)
                if weight == 0 { continue }  // combining marks do not change the order
                // "aa" sorts as "å" (Aagaard after Zacho).
                if weight == letterWeight("a"), previousWasA, let last = key.last, last == letterWeight("a") {
                    key[key.count - 1] = aringWeight
                    previousWasA = false
                    continue
                }
                key.append(weight)
                previousWasA = weight == letterWeight("a")
            }
        }
        return key
    }

    /// `sortKey` for the usual text (a citizen's name), byte by byte: every scalar below
    /// U+0300 (one or two bytes), which is NFC as it is and lower-cases without regard to its
    /// neighbours, so a table gives each scalar's weight. Nil for any other text, which
    /// takes the general way.
    private static func quickSortKey(_ text: String) -> [UInt32]? {
        let table = quickSortWeight  // read once: a static is checked for its first use at every read
        let a = letterWeight("a")
        let key = text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt32]? in
            var key: [UInt32] = []
            key.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                guard let (value, length) = quickScalar(bytes, at: index), table[value] != notQuickWeight else { return nil }
                let weight = table[value]
                // "aa" sorts as "å", as in `sortKeyByCharacter`.
                if weight == a, key.last == a {
                    key[key.count - 1] = aringWeight
                } else {
                    key.append(weight)
                }
                index += length
            }
            return key
        }
        return key ?? nil
    }

    /// U+0000 to U+02FF: the sort weight of each in lower case (İ is i and a dot above, which
    /// weighs nothing); `notQuickWeight` where that is not one weight.
    private static let quickSortWeight: [UInt32] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(value) else { return notQuickWeight }
        let weights = String(Character(scalar)).lowercased().unicodeScalars.map(sortWeight).filter { $0 != 0 }
        return weights.count == 1 ? weights[0] : notQuickWeight
    }
    private static let notQuickWeight = UInt32.max

    /// Whether `a` sorts before `b` in Danish order; ties broken by the plain text.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        precedes(a, key: sortKey(a), b, key: sortKey(b))
    }

    /// `precedes` with the texts' sort keys (`sortKey`) worked out beforehand, once a text
    /// for a sort of many.
    public static func precedes(_ a: String, key ka: [UInt32], _ b: String, key kb: [UInt32]) -> Bool {
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// The form used for searching: lower case, NFC, accents dropped except æ ø å,
    /// ä → æ, ö → ø, and `aa` → `å`.
    public static func searchKey(_ text: String) -> String {
        if let quick = quickSearchKey(text) { return quick }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in normalized(text).lowercased() {
            result.append(contentsOf: fold(character))
        }
        return result.replacingOccurrences(of: "aa", with: "å")
    }

    /// `searchKey` for the usual text, byte by byte: every scalar below U+0300 (Latin letters,
    /// æ ø å and the accented ones, no combining marks) with a lower case of one such scalar,
    /// so the text is already NFC and each character is one scalar of one or two bytes. Nil for
    /// any other text, which takes the general way.
    private static func quickSearchKey(_ text: String) -> String? {
        let table = quickFold  // read once: a static is checked for its first use at every read
        let folded = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var isQuick = true
            // Never longer than the text: a scalar folds to one as long or shorter, `aa` to `å`.
            let key = String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0, index = 0, previousIsA = false
                while index < bytes.count {
                    guard let (value, length) = quickScalar(bytes, at: index), table[value] != notQuick else { isQuick = false; return 0 }
                    index += length
                    let scalar = Int(table[value])
                    if scalar == 0x61, previousIsA {
                        // "aa" is "å", read from the left ("aaa" is "åa").
                        output[count - 1] = 0xC3
                        output[count] = 0xA5
                        count += 1
                        previousIsA = false
                    } else if scalar < 0x80 {
                        output[count] = UInt8(scalar)
                        count += 1
                        previousIsA = scalar == 0x61
                    } else {
                        guard count + 1 < output.count else { isQuick = false; return 0 }
                        output[count] = UInt8(0xC0 | scalar >> 6)
                        output[count + 1] = UInt8(0x80 | scalar & 0x3F)
                        count += 2
                        previousIsA = false
                    }
                }
                return count
            }
            return isQuick ? key : nil
        }
        return folded ?? nil
    }

    /// The scalar whose UTF-8 bytes start at `index`, with their count, when it is below
    /// U+0300 (one or two bytes): the text the quick ways read; nil for any other.
    private static func quickScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: Int, length: Int)? {
        let lead = bytes[index]
        guard lead >= 0x80 else { return (Int(lead), 1) }
        guard lead & 0xE0 == 0xC0, index + 1 < bytes.count else { return nil }
        let value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
        return value < 0x300 ? (value, 2) : nil
    }

    /// U+0000 to U+02FF as `searchKey` folds them, worked out once: lower case, then the plain
    /// Latin letter under an accented one (é → e), ä → æ, ö → ø, the rest (æ ø å, ß, đ) as
    /// they are; `notQuick` where that is not one scalar below U+0300 (İ is i and a dot above).
    private static let quickFold: [UInt16] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(value) else { return notQuick }
        let folded = String(Character(scalar)).lowercased().flatMap(fold).flatMap(\.unicodeScalars)
        guard folded.count == 1, let only = folded.first, only.value < 0x300 else { return notQuick }
        return UInt16(only.value)
    }
    private static let notQuick = UInt16.max

    /// Marks the start of every word of a folded text (`searchKey`) with U+001E, so that a
    /// query marked the same way matches only where a word starts: `lager` finds
    /// "Job som lagermedarbejder", but `aa` (→ `å`) does not find "på".
    public static func wordStartKey(_ folded: String) -> String {
        quickWordStartKey(folded) ?? wordStartKeyByCharacter(folded)
    }

    /// `wordStartKey` character by character: a word character is a letter or a number.
    static func wordStartKeyByCharacter(_ folded: String) -> String {
        var result = ""
        result.reserveCapacity(folded.utf8.count + folded.utf8.count / 4)
        var inWord = false
        for character in folded {
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter, !inWord { result.append(wordStartMark) }
            inWord = isWordCharacter
            result.append(character)
        }
        return result
    }

    /// `wordStartKey` for the usual text, byte by byte: every scalar below U+0300 (one or two
    /// bytes), so each is a character of its own (or, CR LF, two that are no word characters)
    /// and a table says whether it is a word character. Nil for any other text, which takes
    /// the general way.
    private static func quickWordStartKey(_ folded: String) -> String? {
        let table = quickWordCharacter  // read once: a static is checked for its first use at every read
        let marked = folded.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var isQuick = true
            // At most one mark before each character: never more than twice as long.
            let key = String(unsafeUninitializedCapacity: bytes.count * 2) { output in
                var count = 0, index = 0, inWord = false
                while index < bytes.count {
                    guard let (value, length) = quickScalar(bytes, at: index) else { isQuick = false; return 0 }
                    let isWordCharacter = table[value]
                    if isWordCharacter, !inWord {
                        output[count] = UInt8(wordStartScalar.value)
                        count += 1
                    }
                    inWord = isWordCharacter
                    for offset in 0..<length { output[count + offset] = bytes[index + offset] }
                    count += length
                    index += length
                }
                return count
            }
            return isQuick ? key : nil
        }
        return marked ?? nil
    }

    /// U+0000 to U+02FF: whether each, a character of its own, is a letter or a number.
    private static let quickWordCharacter: [Bool] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }

    /// The mark `wordStartKey` puts before every word.
    public static let wordStartMark = Character(wordStartScalar)
    private static let wordStartScalar: Unicode.Scalar = "\u{1E}"

    /// Whether `haystack` contains the search `query` (both folded with `searchKey`): a byte
    /// search over the contiguous UTF-8 (memchr for the first byte, memcmp for the rest), so
    /// a keystroke in the filter scans thousands of rows in a millisecond or two.
    public static func matches(_ haystackKey: String, query queryKey: String) -> Bool {
        guard !queryKey.isEmpty else { return true }
        var haystack = haystackKey
        var query = queryKey
        return haystack.withUTF8 { text in
            query.withUTF8 { pattern in
                guard let base = text.baseAddress, let needle = pattern.baseAddress, pattern.count <= text.count else { return false }
                let end = base + (text.count - pattern.count + 1)
                var cursor = base
                while cursor < end, let found = memchr(cursor, Int32(needle.pointee), end - cursor) {
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, needle, pattern.count) == 0 { return true }
                    cursor = candidate + 1
                }
                return false
            }
        }
    }

    // MARK: Tables

    private static let aringWeight: UInt32 = 200 + 29

    private static func letterWeight(_ letter: Character) -> UInt32 {
        guard let ascii = letter.asciiValue else { return 0 }
        return 200 + UInt32(ascii - UInt8(ascii: "a")) + 1
    }

    private static func sortWeight(of scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return 0
        default: break
        }
        let value = scalar.value
        switch value {
        case 0x30...0x39: return 100 + value - 0x30  // digits before letters
        case 0x61...0x7A: return 200 + value - 0x61 + 1
        case 0xE6, 0xE4: return 200 + 27  // æ, ä
        case 0xF8, 0xF6: return 200 + 28  // ø, ö
        case 0xE5: return aringWeight  // å
        case 0xFC: return 200 + 25  // ü sorts as y
        default:
            if let base = baseLetter(of: scalar), let weight = base.first.map({ letterWeight($0) }), weight > 0 {
                return weight
            }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .dashPunctuation { return 1 }
            if value < 0x80 { return 10 + value }  // other ASCII punctuation, before digits
            return 1000 + value
        }
    }

    /// The plain Latin letter under an accented one (é → e), if any.
    private static func baseLetter(of scalar: Unicode.Scalar) -> String? {
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        guard let first = decomposed.unicodeScalars.first, first.value >= 0x61, first.value <= 0x7A else { return nil }
        return String(first)
    }

    /// One lower-case character as search folds it (accents dropped except æ ø å; ä → æ, ö → ø).
    static func fold(_ character: Character) -> String {
        switch character {
        case "æ", "ø", "å": return String(character)
        case "ä": return "æ"
        case "ö": return "ø"
        default:
            guard !character.isASCII else { return String(character) }
            let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            if let first = scalars.first, first.value < 0x80 { return String(first) }
            return String(character)
        }
    }
}
