@preconcurrency import CNCursesW
import Testing
import TerminalKit
@testable import CursesTerminal

/// Every common encoding of the keys the program uses, as terminals send them after Esc
/// (xterm in normal and application mode, rxvt, the Linux console, tmux, screen, PuTTY),
/// and ncurses' key codes for what a terminfo entry knows.
struct KeyDecoderTests {
    /// Runs the decoder over the bytes after an Esc; returns the outcome and what it left unread.
    private func decode(_ text: String) -> (outcome: EscapeSequenceDecoder.Outcome, unread: String) {
        var remaining = Array(text.unicodeScalars)
        let outcome = EscapeSequenceDecoder.decode { _ in
            guard !remaining.isEmpty else { return nil }
            return .character(remaining.removeFirst().value)
        }
        return (outcome, String(String.UnicodeScalarView(remaining)))
    }

    /// The bytes after Esc and the key they mean.
    static let encodings: [(String, Key)] = [
        // Home and End: VT220 (tmux, screen, PuTTY, the Linux console), rxvt, xterm normal and
        // application mode, and with modifiers.
        ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end),
        ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end),
        ("[1;2H", .home), ("[1;5H", .home), ("[1;3F", .end), ("[1;5F", .end), ("[1;6H", .home),
        ("[1;5~", .home), ("[4;2~", .end), ("[7$", .home), ("[8^", .end), ("[7@", .home),
        // Insert, Delete, PgUp, PgDn, plain and modified.
        ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[3;5~", .delete), ("[3;2~", .delete), ("[5;5~", .pageUp), ("[6;2~", .pageDown), ("[2$", .insert),
        // Arrows: normal and application mode.
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
        // Modified arrows: Shift stays the arrow, Ctrl or Alt on Left/Right moves by word.
        ("[1;2A", .up), ("[1;5B", .down), ("[1;2C", .right), ("[1;2D", .left),
        ("[1;5C", .wordRight), ("[1;5D", .wordLeft), ("[1;3C", .wordRight), ("[1;3D", .wordLeft),
        ("[1;6D", .wordLeft), ("[1;7C", .wordRight), ("[1;4D", .wordLeft), ("[1;8C", .wordRight),
        ("O5C", .wordRight), ("O5D", .wordLeft), ("O2A", .up),
        ("[a", .up), ("[d", .left), ("Oc", .wordRight), ("Od", .wordLeft), ("Oa", .up),
        // F1-F4: xterm (SS3), VT220 numbers, the Linux console; and F5-F12.
        ("OP", .function(1)), ("OQ", .function(2)), ("OR", .function(3)), ("OS", .function(4)),
        ("[11~", .function(1)), ("[12~", .function(2)), ("[13~", .function(3)), ("[14~", .function(4)),
        ("[[A", .function(1)), ("[[B", .function(2)), ("[[C", .function(3)), ("[[D", .function(4)),
        ("[[E", .function(5)), ("[15~", .function(5)), ("[17~", .function(6)), ("[21~", .function(10)),
        ("[24~", .function(12)),
        // Shift-Tab, the keypad in application mode, Alt-b / Alt-f.
        ("[Z", .backTab), ("OM", .enter), ("Op", .character("0")), ("Oy", .character("9")), ("Ok", .character("+")),
        ("b", .wordLeft), ("f", .wordRight),
    ]

    @Test(arguments: encodings)
    func anEncodingIsItsKeyAndIsReadWhole(bytes: String, key: Key) {
        let (outcome, unread) = decode(bytes + "x")
        #expect(outcome == EscapeSequenceDecoder.Outcome(key: key), "ESC \(bytes)")
        #expect(unread == "x", "ESC \(bytes) reads nothing after itself")
    }

    /// Sequences that mean nothing to the program: read to their end and dropped.
    static let unknownSequences = [
        "[99~", "[200~", "[201~", "[1;9Z", "[1;2Z", "[?62;22c", "[<0;10;5M", "[I", "[O", "[1;10A", "[1;2P",
        "[11;5~", "[25~", "[2;3;4~", "[5A", "Oz", "O1;9H", "[[Z", "[1;5x", "[27;5;9~", "[ q",
    ]

    @Test(arguments: unknownSequences)
    func anUnknownSequenceIsSwallowedWhole(bytes: String) {
        let (outcome, unread) = decode(bytes + "ab")
        #expect(outcome == EscapeSequenceDecoder.Outcome(), "ESC \(bytes)")
        #expect(unread == "ab", "ESC \(bytes): the letters after it are not part of it")
    }

    @Test func aLoneEscIsEsc() {
        #expect(decode("").outcome == EscapeSequenceDecoder.Outcome(key: .escape))
    }

    @Test func escBeforeAnotherKeyIsEscAndTheKeyIsGivenBack() {
        let (outcome, unread) = decode("ax")
        #expect(outcome == EscapeSequenceDecoder.Outcome(key: .escape, leftOver: .character(0x61)))
        #expect(unread == "x")
        // Esc Esc: two Escs (the second is read again as the start of what follows).
        #expect(decode("\u{1B}").outcome == EscapeSequenceDecoder.Outcome(key: .escape, leftOver: .character(27)))
        var codes: [EscapeSequenceDecoder.Input] = [.keyCode(KEY_UP)]
        let beforeKey = EscapeSequenceDecoder.decode { _ in codes.isEmpty ? nil : codes.removeFirst() }
        #expect(beforeKey == EscapeSequenceDecoder.Outcome(key: .escape, leftOver: .keyCode(KEY_UP)))
    }

    @Test func aSequenceCutShortIsDroppedAndWhatBrokeItIsGivenBack() {
        // Nothing more arrived in time: what was read is dropped, never typed.
        #expect(decode("[1;5").outcome == EscapeSequenceDecoder.Outcome())
        #expect(decode("O").outcome == EscapeSequenceDecoder.Outcome())
        #expect(decode("[").outcome == EscapeSequenceDecoder.Outcome())
        // A control character or a key cannot be inside a sequence: it is the next key.
        #expect(decode("[1\r").outcome == EscapeSequenceDecoder.Outcome(leftOver: .character(13)))
        #expect(decode("[1æ").outcome == EscapeSequenceDecoder.Outcome(leftOver: .character(0xE6)))
        #expect(decode("[[\r").outcome == EscapeSequenceDecoder.Outcome(leftOver: .character(13)))
        // A runaway sequence ends after a bounded number of bytes.
        let long = "[" + String(repeating: "1", count: 100)
        #expect(decode(long).unread.count == 100 - EscapeSequenceDecoder.longestSequence)
    }

    /// Control characters are keys or nothing, never text: C0 by their letters, C1 (U+0080 to
    /// U+009F, which a paste can hold) not at all; the letters from U+00A0 on are text.
    @Test func controlCharactersAreNoText() {
        #expect(KeyDecoder.character(0x07) == .ctrl("g"))
        #expect(KeyDecoder.character(0x1C) == nil)
        for code: UInt32 in [0x80, 0x85, 0x9B, 0x9F] {
            #expect(KeyDecoder.character(code) == nil, "U+\(String(code, radix: 16))")
        }
        #expect(KeyDecoder.character(0xA0) == .character("\u{A0}"))
        #expect(KeyDecoder.character(0xE6) == .character("æ"))
        #expect(KeyDecoder.character(0xD800) == nil, "a surrogate is no scalar")
    }

    /// ncurses' key codes for what a terminfo entry knows, modified keys by their names.
    @Test func keyCodesAndExtendedKeyNames() {
        #expect(KeyDecoder.functionKey(KEY_HOME, name: "KEY_HOME") == .home)
        #expect(KeyDecoder.functionKey(KEY_END, name: "KEY_END") == .end)
        #expect(KeyDecoder.functionKey(KEY_FIND, name: "KEY_FIND") == .home)
        #expect(KeyDecoder.functionKey(KEY_SELECT, name: "KEY_SELECT") == .end)
        #expect(KeyDecoder.functionKey(KEY_IC, name: "KEY_IC") == .insert)
        #expect(KeyDecoder.functionKey(KEY_DC, name: "KEY_DC") == .delete)
        #expect(KeyDecoder.functionKey(KEY_F0 + 1, name: "KEY_F(1)") == .function(1))
        #expect(KeyDecoder.functionKey(KEY_F0 + 13, name: "KEY_F(13)") == nil)
        #expect(KeyDecoder.functionKey(KEY_SLEFT, name: "KEY_SLEFT") == .left)
        #expect(KeyDecoder.functionKey(KEY_SR, name: "KEY_SR") == .up)
        #expect(KeyDecoder.functionKey(KEY_SHOME, name: "KEY_SHOME") == .home)
        #expect(KeyDecoder.functionKey(KEY_SEND, name: "KEY_SEND") == .end)
        let extended = KEY_MAX + 1
        let names: [(String, Key?)] = [
            ("kLFT5", .wordLeft), ("kRIT5", .wordRight), ("kLFT3", .wordLeft), ("kRIT2", .right),
            ("kUP5", .up), ("kDN2", .down), ("kHOM5", .home), ("kEND5", .end), ("kEND2", .end),
            ("kDC5", .delete), ("kIC2", .insert), ("kPRV5", .pageUp), ("kNXT3", .pageDown),
            ("kxIN", nil), ("kUP", nil),
        ]
        for (name, key) in names {
            #expect(KeyDecoder.functionKey(extended, name: name) == key, "\(name)")
        }
    }

    /// ncurses' mouse reports: a left press and the wheel become events at their cell; a
    /// release, another button or a report outside the screen is none.
    @Test func mouseReportsBecomePressesAndWheelTurns() {
        func decode(_ buttons: mmask_t, x: Int = 4, y: Int = 7) -> MouseEvent? {
            KeyDecoder.mouse(buttons: buttons, x: x, y: y, press: jobsag_mouse_press(), wheelUp: jobsag_mouse_wheel_up(),
                             wheelDown: jobsag_mouse_wheel_down())
        }
        #expect(decode(jobsag_mouse_press()) == MouseEvent(.press, x: 4, y: 7))
        #expect(decode(jobsag_mouse_wheel_up()) == MouseEvent(.wheelUp, x: 4, y: 7))
        #expect(decode(jobsag_mouse_wheel_down(), x: 0, y: 0) == MouseEvent(.wheelDown, x: 0, y: 0))
        #expect(decode(jobsag_mouse_press() << 1) == nil)
        #expect(decode(0) == nil)
        #expect(decode(jobsag_mouse_press(), x: -1) == nil)
        #expect(jobsag_mouse_events() == jobsag_mouse_press() | jobsag_mouse_wheel_up() | jobsag_mouse_wheel_down())
    }
}
