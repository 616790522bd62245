import Testing
@testable import JobsagCore

/// The pairs of adjacent characters a folded text holds: every pair of bytes has a place, and a
/// text holds the pairs of whatever is found in it.
@Suite struct CharacterPairMaskTests {
    /// A place for each of the 65,536 pairs of bytes (an early version's place ran past the
    /// mask's four words, stopping the program as the search opened).
    @Test func everyPairOfBytesHasAPlace() {
        var places = Set<CharacterPairMask>()
        for first in UInt8.min...UInt8.max {
            for second in UInt8.min...UInt8.max {
                let mask = CharacterPairMask([first, second])
                #expect(mask.holds(mask))
                places.insert(mask)
            }
        }
        // Lead bytes (C0-FF) and the end of a text (1F) make no pair; each other pair one place.
        #expect(places.count > 250)
    }

    @Test func aTextHoldsThePairsOfEveryPartOfIt() {
        let alphabet = Array("laæøå eégrkn-\u{1F}")
        var generator = SplitMix64(state: 29)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 40)
            let text = Array(DanishText.searchKey(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })).utf8)
            let mask = CharacterPairMask(text)
            // Every part beginning at a character's first byte, as a query's match does.
            let starts = text.indices.filter { text[$0] & 0xC0 != 0x80 }
            for start in starts {
                for end in (start + 1)...text.count where end == text.count || text[end] & 0xC0 != 0x80 {
                    #expect(mask.holds(CharacterPairMask(text[start..<end])), "\(text) \(start)..<\(end)")
                }
            }
        }
    }

    @Test func aQueryOfOneCharacterHasNoPair() {
        #expect(CharacterPairMask(Array("æ".utf8)).isEmpty && CharacterPairMask(Array("l".utf8)).isEmpty)
        #expect(!CharacterPairMask(Array("læ".utf8)).isEmpty)
        #expect(CharacterPairMask(Array("l\u{1F}æ".utf8)).isEmpty, "the end of a text parts the two")
    }
}
