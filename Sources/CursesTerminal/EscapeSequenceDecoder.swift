import TerminalKit

/// Decodes what follows an Esc that ncurses did not recognise as a key: the escape sequences
/// terminals send for Home, End, the arrows and the rest, Alt-b / Alt-f, or a plain Esc.
///
/// Why a decoder and not ncurses' `define_key`: ncurses only knows the sequences of the
/// terminfo entry that `TERM` names, and terminals (and tmux, screen, PuTTY, the Linux
/// console) often send others: tmux sends End as `ESC [ 4 ~` whatever `TERM` says, xterm in
/// normal cursor mode sends `ESC [ F` where xterm's entry says `ESC O F`. `define_key` could
/// register a fixed list of those, but a sequence nobody listed would still reach the program
/// as Esc plus letters (Esc closes a form, the letters run as commands). This decoder reads
/// every sequence to its end by the grammar all of them share (ECMA-48: CSI `ESC [`
/// parameters, intermediates and one final byte; SS3 `ESC O` and one final byte), so it
/// swallows any sequence it does not know, and it covers every modifier combination without
/// a list. ncurses' keypad mode stays on: keys of the terminfo entry still arrive as key codes
/// (`KeyDecoder.functionKey`), and this decoder sees only what ncurses gave back as Esc.
/// It is pure (it reads through a closure), so the unit tests run it over a table of bytes.
enum EscapeSequenceDecoder {
    /// One thing read from the terminal after the Esc.
    enum Input: Hashable {
        /// A character (`get_wch` returned OK).
        case character(UInt32)
        /// A key ncurses recognised (`get_wch` returned KEY_CODE_YES).
        case keyCode(Int32)
    }

    /// What the Esc and the input after it mean.
    struct Outcome: Hashable {
        /// The key to deliver; nil when a whole sequence was read and means nothing here.
        var key: Key?
        /// Input read that belongs to what comes next: the caller gives it back to ncurses.
        var leftOver: Input?
    }

    /// The longest sequence read before giving up on it (and ignoring what was read).
    static let longestSequence = 32

    /// Decodes after an Esc. `read(insideSequence)` returns the next input, or nil when none
    /// comes in time: right after the Esc the caller does not wait (ncurses has already waited
    /// ESCDELAY for it), inside a sequence it waits a little, since the rest is on its way.
    static func decode(read: (_ insideSequence: Bool) -> Input?) -> Outcome {
        guard let first = read(false) else { return Outcome(key: .escape) }
        guard case .character(let code) = first else { return Outcome(key: .escape, leftOver: first) }
        switch code {
        case 0x5B: return controlSequence(read: read)  // ESC [
        case 0x4F: return singleShift(read: read)  // ESC O
        case 0x62: return Outcome(key: .wordLeft)  // Alt-b
        case 0x66: return Outcome(key: .wordRight)  // Alt-f
        default: return Outcome(key: .escape, leftOver: first)
        }
    }

    // MARK: Reading

    /// A sequence's bytes after its introducer: parameter and intermediate bytes, the final
    /// byte, and any input that broke it off (a control character or a key code, given back).
    private struct Body {
        var parameters = ""
        var final: UInt8?
        var leftOver: Input?
    }

    /// Reads up to and including the final byte (0x40-0x7E), starting with `first` when the
    /// caller has read it already. rxvt ends its Shift forms with `$` (`ESC [ 7 $`), which the
    /// grammar would read as an intermediate byte; after parameters it is the final byte here.
    private static func readBody(first: Input? = nil, read: (Bool) -> Input?, rxvtDollar: Bool) -> Body {
        var body = Body()
        var next = first
        for _ in 0..<longestSequence {
            guard let input = next ?? read(true) else { return body }
            next = nil
            guard case .character(let code) = input, let byte = UInt8(exactly: code) else {
                body.leftOver = input
                return body
            }
            switch byte {
            case 0x24 where rxvtDollar && !body.parameters.isEmpty:
                body.final = byte
                return body
            case 0x20...0x3F:
                body.parameters.unicodeScalars.append(Unicode.Scalar(byte))
            case 0x40...0x7E:
                body.final = byte
                return body
            default:
                body.leftOver = input
                return body
            }
        }
        return body
    }

    /// After `ESC [`.
    private static func controlSequence(read: (Bool) -> Input?) -> Outcome {
        // The Linux console's F1-F5: ESC [ [ A ... ESC [ [ E.
        guard let first = read(true) else { return Outcome() }
        if first == .character(0x5B) {
            guard let next = read(true) else { return Outcome() }
            guard case .character(let code) = next, (0x40...0x7E).contains(code) else { return Outcome(leftOver: next) }
            return Outcome(key: (0x41...0x45).contains(code) ? .function(Int(code) - 0x40) : nil)
        }
        let body = readBody(first: first, read: read, rxvtDollar: true)
        guard let final = body.final else { return Outcome(leftOver: body.leftOver) }
        return Outcome(key: controlSequenceKey(parameters: body.parameters, final: final))
    }

    /// After `ESC O`.
    private static func singleShift(read: (Bool) -> Input?) -> Outcome {
        let body = readBody(read: read, rxvtDollar: false)
        guard let final = body.final else { return Outcome(leftOver: body.leftOver) }
        return Outcome(key: singleShiftKey(parameters: body.parameters, final: final))
    }

    // MARK: Meaning

    /// The parameters as numbers (`1;5` is [1, 5], an empty one is nil); nil when they hold
    /// anything but digits and `;` (private sequences such as `ESC [ ? 1 ; 2 c`).
    private static func numbers(_ parameters: String) -> [Int?]? {
        guard parameters.allSatisfy({ $0 == ";" || ("0"..."9").contains($0) }) else { return nil }
        if parameters.isEmpty { return [] }
        return parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    }

    /// `ESC [ parameters final`.
    private static func controlSequenceKey(parameters: String, final: UInt8) -> Key? {
        guard let numbers = numbers(parameters) else { return nil }
        switch final {
        case 0x7E, 0x24, 0x5E, 0x40:  // ~ and rxvt's $ (Shift), ^ (Ctrl), @ (Ctrl-Shift)
            guard let number = numbers.first ?? nil, let key = tildeKey(number) else { return nil }
            switch final {
            case 0x7E:
                guard numbers.count <= 2 else { return nil }
                return KeyDecoder.modified(key, code: numbers.count == 2 ? (numbers[1] ?? 1) : 1)
            case 0x24: return numbers.count == 1 ? KeyDecoder.modified(key, code: 2) : nil
            case 0x5E: return numbers.count == 1 ? KeyDecoder.modified(key, code: 5) : nil
            default: return numbers.count == 1 ? KeyDecoder.modified(key, code: 6) : nil
            }
        case 0x5A:  // Z: Shift-Tab
            return numbers.isEmpty ? .backTab : nil
        case 0x61...0x64:  // rxvt's Shift-arrows: ESC [ a ... ESC [ d
            return numbers.isEmpty ? letterKey(final - 0x20).flatMap { KeyDecoder.modified($0, code: 2) } : nil
        default:
            // ESC [ A, ESC [ 1 ; 5 A (xterm's modified keys: the first number is 1).
            guard let key = letterKey(final) else { return nil }
            switch numbers.count {
            case 0: return key
            case 1: return numbers[0] == 1 ? key : nil
            case 2: return numbers[0] == 1 ? KeyDecoder.modified(key, code: numbers[1] ?? 1) : nil
            default: return nil
            }
        }
    }

    /// `ESC O final`, also with a modifier before the final byte (`ESC O 5 A`, `ESC O 1 ; 2 P`).
    private static func singleShiftKey(parameters: String, final: UInt8) -> Key? {
        guard let numbers = numbers(parameters), numbers.count <= 2 else { return nil }
        let modifier = numbers.last.map { $0 ?? 1 } ?? 1
        if numbers.count == 2, numbers[0] != 1 { return nil }
        if let key = letterKey(final) { return KeyDecoder.modified(key, code: modifier) }
        guard numbers.isEmpty else { return nil }
        switch final {
        case 0x61...0x64:  // rxvt's Ctrl-arrows: ESC O a ... ESC O d
            return letterKey(final - 0x20).flatMap { KeyDecoder.modified($0, code: 5) }
        case 0x4D: return .enter  // the keypad's Enter in application mode
        default: return keypadCharacter(final).map { .character($0) }
        }
    }

    /// The final letters of the cursor keys, Home, End and F1-F4.
    private static func letterKey(_ final: UInt8) -> Key? {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x50...0x53: return .function(Int(final) - 0x4F)  // P Q R S: F1-F4
        default: return nil
        }
    }

    /// The number before `~` (VT220 and its successors; 7 and 8 are rxvt's Home and End).
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil
        }
    }

    /// The numeric keypad in application mode (`ESC O p` is 0, `ESC O k` is +, ...).
    private static func keypadCharacter(_ final: UInt8) -> Character? {
        switch final {
        case 0x70...0x79: return Character(Unicode.Scalar(final - 0x70 + 0x30))
        case 0x6A: return "*"
        case 0x6B: return "+"
        case 0x6C: return ","
        case 0x6D: return "-"
        case 0x6E: return "."
        case 0x6F: return "/"
        case 0x58: return "="
        default: return nil
        }
    }
}
