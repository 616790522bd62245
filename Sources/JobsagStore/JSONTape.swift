import Foundation

/// A parsed JSON document as one flat list of tokens in document order: an object's token,
/// then each member's key and value; an array's token, then its elements. Each token holds
/// its byte offsets in the document, not its text, so a parse allocates one list instead of
/// a string and an array per value. Built by `JSONParser.tape`; `TapeDecoder` reads the
/// domain types from it, and `JSONNode(tape:bytes:)` builds the tree the diagnostics use.
struct JSONTape: Sendable {
    enum Kind: UInt8, Sendable {
        case object, array
        /// A string of ASCII characters without escapes: its bytes are its text.
        case asciiString
        /// A string without escapes with other characters than ASCII.
        case string
        /// A string with at least one escape (`\n`, `\u00e6`, ...).
        case escapedString
        case number, `true`, `false`, null
    }

    /// Twelve bytes: a document is smaller than 4 GiB (`JSONParser.largestDocument`), so its
    /// offsets and token indexes fit in 32 bits; as three words a case's tokens took twice the
    /// room in the processor's caches.
    struct Token: Sendable {
        var kind: Kind
        private var storedOffset: UInt32
        private var storedEnd: UInt32

        init(kind: Kind, offset: Int, end: Int) {
            self.kind = kind
            storedOffset = UInt32(truncatingIfNeeded: offset)
            storedEnd = UInt32(truncatingIfNeeded: end)
        }

        /// The value's first byte (a string's opening quote).
        var offset: Int { Int(storedOffset) }

        /// An object or an array: the index of the token after its last member or element.
        /// A string: the offset of its closing quote. A number: the offset after its last
        /// character. A literal: its offset.
        var end: Int {
            get { Int(storedEnd) }
            set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
        }
    }

    var tokens: [Token]

    /// The index of the token after the value at `index` and everything inside it.
    func next(after index: Int) -> Int {
        Self.next(after: index, in: tokens)
    }

    static func next<Tokens: RandomAccessCollection<Token>>(after index: Int, in tokens: Tokens) -> Int where Tokens.Index == Int {
        let token = tokens[index]
        switch token.kind {
        case .object, .array: return token.end
        default: return index + 1
        }
    }

    /// The bytes of a string's text as written (escapes not read), or of a number.
    static func literal(_ token: Token, in bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        switch token.kind {
        case .asciiString, .string, .escapedString:
            return UnsafeRawBufferPointer(rebasing: bytes[(token.offset + 1)..<token.end])
        default:
            return UnsafeRawBufferPointer(rebasing: bytes[token.offset..<token.end])
        }
    }

    /// The text of a string token, escapes read; of a number token, its literal.
    static func text(_ token: Token, in bytes: UnsafeRawBufferPointer) -> String {
        let written = literal(token, in: bytes)
        switch token.kind {
        case .escapedString: return unescaped(written)
        case .string: return checkedText(written, isASCII: false)
        default: return checkedText(written, isASCII: true)
        }
    }

    /// Bytes of a token as a `String`, not checked again: the parser has checked the UTF-8 of
    /// every text beyond ASCII, and a token starts and ends at an ASCII character, so its
    /// bytes are whole characters (`String(decoding:)` would check each text again, byte by
    /// byte beyond ASCII: a twentieth of reading a case).
    private static func checkedText(_ utf8: UnsafeRawBufferPointer, isASCII: Bool) -> String {
        String(copying: UTF8Span(unchecked: Span<UInt8>(_unsafeBytes: utf8), isKnownASCII: isASCII))
    }

    /// A string's text with its escapes read. The parser has checked every escape; a broken
    /// one (impossible after it) becomes U+FFFD rather than a crash.
    private static func unescaped(_ written: UnsafeRawBufferPointer) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(written.count)
        var index = 0
        func hex4() -> UInt32? {
            guard index + 4 <= written.count else { return nil }
            var value: UInt32 = 0
            for byte in written[index..<(index + 4)] {
                guard let digit = hexDigit(byte) else { return nil }
                value = value << 4 | digit
            }
            index += 4
            return value
        }
        while index < written.count {
            let byte = written[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < written.count else {
                utf8.append(byte)
                continue
            }
            let escaped = written[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var value = hex4() ?? 0xFFFD
                if (0xD800..<0xDC00).contains(value), index + 1 < written.count,
                   written[index] == UInt8(ascii: "\\"), written[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    let low = hex4() ?? 0
                    value = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                if let encoded = UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { utf8.append(contentsOf: encoded) }
            default: utf8.append(escaped)  // \" \\ \/
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

extension UnsafeRawBufferPointer {
    /// Whether both hold the same bytes. Keys and raw texts, the bytes it compares, are
    /// mostly 4 to 24 bytes long: two or three loads of each cover them (overlapping when
    /// shorter).
    @inline(__always)
    func equals(_ other: UnsafeRawBufferPointer) -> Bool {
        guard count == other.count else { return false }
        guard let start = baseAddress, let otherStart = other.baseAddress else { return true }
        switch count {
        case 17...24:
            return start.loadUnaligned(as: UInt64.self) == otherStart.loadUnaligned(as: UInt64.self)
                && start.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == otherStart.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                && start.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == otherStart.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 8...16:
            return start.loadUnaligned(as: UInt64.self) == otherStart.loadUnaligned(as: UInt64.self)
                && start.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == otherStart.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            return start.loadUnaligned(as: UInt32.self) == otherStart.loadUnaligned(as: UInt32.self)
                && start.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self) == otherStart.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        default:
            return memcmp(start, otherStart, count) == 0
        }
    }

    /// Whether its bytes sort before the other's (a prefix before the longer). Compared byte
    /// by byte: keys, the texts it compares, differ within their first few.
    func precedes(_ other: UnsafeRawBufferPointer) -> Bool {
        for index in 0..<Swift.min(count, other.count) where self[index] != other[index] {
            return self[index] < other[index]
        }
        return count < other.count
    }
}
