import Testing
import TerminalKit

/// Text from the store cannot command the terminal: controls are written visibly.
@Suite struct ControlCharactersTests {
    @Test func controlsAreWrittenVisiblyAndTextStaysAsItIs() {
        #expect(ControlCharacters.escaped("Søren Ærø\tÅse\n") == "Søren Ærø\tÅse\n")
        #expect(ControlCharacters.escaped("a;b\r\nc\r\n") == "a;b\r\nc\r\n", "CRLF line ends stay")
        #expect(ControlCharacters.escaped("\u{1B}[2J\u{1B}]0;titel\u{07}") == "^[[2J^[]0;titel^G")
        #expect(ControlCharacters.escaped("skjult\rsynlig") == "skjult^Msynlig", "a lone CR cannot overwrite the line")
        #expect(ControlCharacters.escaped("\u{7F}\u{9B}31m\u{0}") == "^?<U+009B>31m^@")
        #expect(ControlCharacters.escaped("❤️ 👩‍👩‍👧 e\u{301}") == "❤️ 👩‍👩‍👧 e\u{301}")
    }

    /// Every control character (general category Cc) but a line feed and a tab is escaped,
    /// and no other character, however its bytes look (the quick look at the bytes included).
    @Test func exactlyTheControlCharactersAreEscaped() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isControl = scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
            for text in ["a" + String(scalar) + "b\n", "a" + String(scalar) + "©\t"] where (ControlCharacters.escaped(text) != text) != isControl {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
    }
}
