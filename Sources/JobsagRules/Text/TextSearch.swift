/// A fast, Foundation-free folding of text for phrase search (PL.ROED.TRAAD): lower case,
/// accents dropped except æ ø å, ä → æ, ö → ø, "aa" → å, decomposed å/æ/ø composed.
enum TextSearch {
    static let a: UInt32 = 0x61
    static let aRing: UInt32 = 0xE5
    static let ae: UInt32 = 0xE6
    static let oSlash: UInt32 = 0xF8

    static func fold(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: out.append(value + 0x20)
            case 0xC6, 0xE6, 0xC4, 0xE4: out.append(ae)
            case 0xD8, 0xF8, 0xD6, 0xF6: out.append(oSlash)
            case 0xC5, 0xE5: out.append(aRing)
            case 0xC0...0xC3, 0xE0...0xE3: out.append(a)
            case 0xC8...0xCB, 0xE8...0xEB: out.append(0x65)
            case 0xCC...0xCF, 0xEC...0xEF: out.append(0x69)
            case 0xD2...0xD5, 0xF2...0xF5: out.append(0x6F)
            case 0xD9...0xDC, 0xF9...0xFC: out.append(0x75)
            case 0x030A:  // combining ring above: a + ring = å
                if out.last == a { out[out.count - 1] = aRing }
            case 0x0308:  // combining diaeresis: a + ¨ = æ, o + ¨ = ø
                if out.last == a { out[out.count - 1] = ae } else if out.last == 0x6F { out[out.count - 1] = oSlash }
            case 0x0300...0x036F: continue  // other combining marks
            default: out.append(value)
            }
            if out.count >= 2, out[out.count - 1] == a, out[out.count - 2] == a {
                out.removeLast()
                out[out.count - 1] = aRing
            }
        }
        return out
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
