/// A text folded for search the way `DanishText.searchKey` folds it (lower case, accents
/// dropped except æ ø å, `aa` as `å`), remembering which characters of the text each folded
/// character came from, so that a match can be shown where it is in the text.
public struct FoldedText: Sendable {
    /// The text's characters, in NFC.
    public let characters: [Character]
    private let folded: [Character]
    /// For each folded character, the characters of `characters` it came from.
    private let origins: [Range<Int>]

    public init(_ text: String) {
        let characters = Array(DanishText.normalized(text))
        var folded: [Character] = []
        var origins: [Range<Int>] = []
        folded.reserveCapacity(characters.count)
        origins.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            func append(_ piece: Character) {
                // "aa" is "å", read from the left: "aaa" is "åa", as in `searchKey`.
                if piece == "a", folded.last == "a", let previous = origins.last {
                    folded[folded.count - 1] = "å"
                    origins[origins.count - 1] = previous.lowerBound..<(index + 1)
                } else {
                    folded.append(piece)
                    origins.append(index..<(index + 1))
                }
            }
            if let piece = Self.foldedWithoutTables(character) {
                append(piece)
            } else {
                for lower in String(character).lowercased() {
                    for piece in DanishText.fold(lower) { append(piece) }
                }
            }
        }
        self.characters = characters
        self.folded = folded
        self.origins = origins
    }

    /// An ASCII character or æ, ø, å (either case) folded without Unicode's tables of cases and
    /// decompositions, which took most of the time of drawing the search's hits; nil for any other.
    private static func foldedWithoutTables(_ character: Character) -> Character? {
        if let byte = character.singleByte {
            return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? Character(Unicode.Scalar(byte + 0x20)) : character
        }
        switch character {
        case "æ", "ø", "å": return character
        case "Æ": return "æ"
        case "Ø": return "ø"
        case "Å": return "å"
        default: return nil
        }
    }

    /// The folded text: what `DanishText.searchKey` gives for the text.
    public var key: String { String(folded) }

    /// The characters (of `characters`) of the first place `query` (folded with
    /// `DanishText.searchKey`) is found, or nil.
    public func firstMatch(of query: String) -> Range<Int>? {
        let pattern = Array(query)
        guard !pattern.isEmpty, pattern.count <= folded.count else { return nil }
        for start in 0...(folded.count - pattern.count) where folded[start] == pattern[0] {
            if folded[start..<(start + pattern.count)].elementsEqual(pattern) {
                return origins[start].lowerBound..<origins[start + pattern.count - 1].upperBound
            }
        }
        return nil
    }
}
