import Testing
import TerminalKit

/// Text of one-column graphemes (ASCII, æ ø å and the rest of Latin before the combining
/// marks, punctuation such as – and …, box drawing, ✓) is measured and drawn scalar by scalar; it must come out as the grapheme-by-grapheme
/// way has it, and other text must still take that way.
@Suite struct OneColumnTextTests {
    /// Every scalar below U+0400 and from U+1FF0 to U+2810 (punctuation, arrows, box drawing,
    /// shapes, dingbats) and a few beyond, alone, between letters and before a combining mark.
    static let texts: [String] = {
        let scalars = (Array(0...0x3FF) + Array(0x1FF0...0x2810)).compactMap(Unicode.Scalar.init)
            + ["\u{1100}", "\u{FE0F}", "\u{1F600}", "\u{1F1E9}", "\u{4E2D}", "\u{FF9E}", "\u{FFFD}"]
        return scalars.flatMap { scalar in
            let text = String(Character(scalar))
            return [text, "a" + text + "b", "æ" + text + "ø", text + "\u{301}", "Søren " + text + " Ærø"]
        }
    }()

    @Test func widthIsTheSumOfTheGraphemes() {
        for text in Self.texts {
            let byGrapheme = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == byGrapheme, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(DisplayWidth.oneColumnScalarCount("Søren Ærø, Åse") == 14)
        #expect(DisplayWidth.oneColumnScalarCount("e\u{301}") == nil, "a combining mark joins the letter before it")
        #expect(DisplayWidth.oneColumnScalarCount("a\tb") == nil, "a control is drawn as a space")
        #expect(DisplayWidth.oneColumnScalarCount("中") == nil, "two columns")
        #expect(DisplayWidth.oneColumnScalarCount("Ret- og… ✓ │ 06.12.26–09.12.26") == 30)
        #expect(DisplayWidth.oneColumnScalarCount("✓\u{20DD}") == nil, "a combining mark for symbols")
    }

    @Test func drawingIsGraphemeByGrapheme() {
        // A zero-width grapheme joins the cell before it, which a write of its own cannot.
        func joinsTheCellBefore(_ character: Character) -> Bool {
            DisplayWidth.of(character) == 0 && character.unicodeScalars.first?.properties.generalCategory != .control
        }
        for text in Self.texts where !text.contains(where: joinsTheCellBefore) {
            var whole = CellBuffer(size: Size(width: 12, height: 1))
            let end = whole.write(text, x: 1, y: 0, maxX: 9)
            var single = CellBuffer(size: Size(width: 12, height: 1))
            var column = 1
            for character in text {
                let next = single.write(String(character), x: column, y: 0, maxX: 9)
                if next == column { break }
                column = next
            }
            #expect(whole == single, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(end == column)
        }
        var buffer = CellBuffer(size: Size(width: 6, height: 1))
        #expect(buffer.write("Århus", x: 0, y: 0, maxX: 4) == 4)
        #expect(buffer.text(row: 0) == "Århu")
        buffer.write("e\u{301}x", x: 0, y: 0)
        #expect(buffer[0, 0].grapheme == "e\u{301}" && buffer[1, 0].grapheme == "x")
    }

    @Test func wrappingStopsAtTheLimit() {
        let text = "Borgeren ønsker at arbejde på et lager i Århus\n\nog har kørekort til truck"
        let all = TextWrap.lines(text, width: 12)
        for limit in 0...(all.count + 1) {
            #expect(TextWrap.lines(text, width: 12, limit: limit) == Array(all.prefix(limit)))
        }
    }
}
