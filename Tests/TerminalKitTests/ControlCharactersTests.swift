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
}
