/// The rules' readings of a free text written by a caseworker (an exemption's reason, a
/// goal's title): without its surrounding whitespace, and in lower case.
extension StringProtocol {
    /// Without leading and trailing whitespace.
    var trimmingSpaces: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }

    /// The same text as `lowercased()`, which maps each scalar by its lowercase mapping: here
    /// ASCII's and Latin-1's capitals (the letters of Danish text, À to Þ but ×) by their
    /// code, every other scalar by the standard library's mapping. `lowercased()` makes a
    /// `String` for each scalar beyond ASCII: comparing two reasons took a rule 70,000
    /// instructions.
    var lowercasedText: String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(self.utf8.count)
        for scalar in unicodeScalars {
            var value = scalar.value
            if (0x41...0x5A).contains(value) || (0xC0...0xDE).contains(value) && value != 0xD7 { value += 0x20 }
            switch value {
            case 0..<0x80: utf8.append(UInt8(value))
            case 0x80...0xFF:
                // Two appends: an array of the two bytes was an allocation for each æ, ø and å.
                utf8.append(0xC0 | UInt8(value >> 6))
                utf8.append(0x80 | UInt8(value & 0x3F))
            default: utf8 += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
