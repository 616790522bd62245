/// The characters a folded text holds (`DanishText.searchKey`), as a set of 64 places: each
/// letter a-z, æ, ø and å, each digit, the space and the common punctuation a place of its own,
/// every other character one of two shared places (the other ASCII, and the rest). A text
/// holding a query holds all its characters, so its set holds the query's; and a query of one
/// character with a place of its own is held by exactly the texts whose sets have that place.
struct CharacterMask: Hashable, Sendable {
    private(set) var bits: UInt64 = 0

    /// The set of the UTF-8 `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        let places = Self.places
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x80 {
                bits |= 1 << UInt64(places[Int(byte)])
            } else if byte < 0xC0 {
                // A continuation byte: æ, ø and å are C3 followed by A6, B8 and A5.
                let place = previous != 0xC3 ? Self.otherCharacter : byte == 0xA6 ? Self.aeLigature : byte == 0xB8 ? Self.oSlash : byte == 0xA5 ? Self.aRing : Self.otherCharacter
                bits |= 1 << UInt64(place)
            }
            previous = byte
        }
    }

    /// Whether every character of `other` is in this set's places.
    func holds(_ other: CharacterMask) -> Bool {
        bits & other.bits == other.bits
    }

    /// Whether the set is of `bytes` being one character with a place of its own: the texts
    /// holding them are then those whose sets hold this one.
    func isExactly(_ bytes: [UInt8]) -> Bool {
        let shared: UInt64 = 1 << UInt64(Self.otherASCII) | 1 << UInt64(Self.otherCharacter)
        let oneCharacter = bytes.count == 1 || (bytes.count == 2 && bytes[0] == 0xC3)
        return oneCharacter && bits.nonzeroBitCount == 1 && bits & shared == 0
    }

    private static let aeLigature: UInt8 = 37, oSlash: UInt8 = 38, aRing: UInt8 = 39
    private static let otherASCII: UInt8 = 62, otherCharacter: UInt8 = 63

    /// The place of each ASCII byte.
    private static let places: [UInt8] = {
        var places = [UInt8](repeating: otherASCII, count: 128)
        for (place, byte) in Array("abcdefghijklmnopqrstuvwxyz".utf8).enumerated() { places[Int(byte)] = UInt8(place) }
        for (place, byte) in Array("0123456789".utf8).enumerated() { places[Int(byte)] = UInt8(26 + place) }
        places[0x20] = 36
        for (place, byte) in Array(".,-/():;!?'\"&+%".utf8).enumerated() { places[Int(byte)] = UInt8(40 + place) }
        return places
    }()
}
