/// The pairs of adjacent characters a folded text holds (`DanishText.searchKey`), each pair
/// hashed to one of 256 places: a text holding a query holds each of the query's pairs, so its
/// set holds the query's. A character counts by the bytes of its UTF-8 that are not a lead byte
/// (æ by its A6, ASCII by itself), read the same way in a text and in a query: a pair of them
/// adjacent in a query is adjacent wherever the query is found. `FoldedKeys.textEnd` ends a
/// text, so no pair spans two texts.
struct CharacterPairMask: Hashable, Sendable {
    private(set) var bits = SIMD4<UInt64>()

    /// The set of the UTF-8 `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        // The four words in memory, a place set by its index (the four words as variables, one
        // chosen by a comparison each, were chosen by a jump through a table: slower than the fold).
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            let word = raw.bindMemory(to: UInt64.self)
            var previous: UInt8?
            for byte in bytes {
                if byte == FoldedKeys.textEnd {
                    previous = nil
                } else if byte < 0xC0 {
                    if let previous {
                        let place = Self.place(previous, byte)
                        word[place >> 6] |= 1 << UInt64(place & 63)
                    }
                    previous = byte
                }
            }
        }
        bits = SIMD4(words.0, words.1, words.2, words.3)
    }

    /// Whether the set has no pair: the text has fewer than two characters.
    var isEmpty: Bool { bits == .zero }

    /// Whether every pair of `other` is in this set's places.
    func holds(_ other: CharacterPairMask) -> Bool {
        bits & other.bits == other.bits
    }

    /// The place of the pair `first`, `second`: the top 8 bits of their product with a large
    /// odd number (Fibonacci hashing).
    private static func place(_ first: UInt8, _ second: UInt8) -> Int {
        Int(((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 24)
    }
}
