import Foundation
#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// The store's strict JSON reader (RFC 8259) over UTF-8 bytes: it rejects what Foundation's
/// decoder lets through (trailing commas, duplicate keys, other encodings than UTF-8,
/// numbers no binary64 can hold) and reports the exact offset of the first error. A store
/// document is read into a tape of tokens (`tape`), which `TapeDecoder` reads, or into a
/// tree with the offset of every value (`parse`), which places a decoding error's coding
/// path at a line and column and which migrations and the audit diff use; other files are
/// only checked (`validate`).
struct JSONParser {
    /// Why a text is not JSON, and where.
    struct SyntaxError: Error, Sendable {
        enum Reason: Sendable, Equatable {
            case invalidUTF8
            /// A UTF-16 byte order mark: the file was saved as UTF-16.
            case utf16
            case emptyFile
            case unexpectedEnd
            case unexpectedCharacter
            case expectedKey
            case expectedColon
            case expectedCommaOrEnd
            case invalidEscape
            case controlCharacterInString
            case invalidNumber
            case trailingContent
            case tooDeep
            /// Larger than `largestDocument`.
            case tooLarge
            case duplicateKey
            case numberOutOfRange
            case trailingComma
        }

        var offset: Int
        var reason: Reason

        var detail: (da: String, en: String) {
            switch reason {
            case .invalidUTF8: return ("ugyldig UTF-8 (filen er ikke gemt som UTF-8 eller er beskadiget)", "invalid UTF-8 (the file is not UTF-8 or is damaged)")
            case .utf16: return ("filen er gemt som UTF-16; Jobsag læser kun UTF-8 (gem den igen som UTF-8)", "the file is saved as UTF-16; Jobsag reads UTF-8 only (save it again as UTF-8)")
            case .emptyFile: return ("filen er tom", "the file is empty")
            case .unexpectedEnd: return ("filen slutter midt i JSON-indholdet (afkortet fil?)", "the file ends in the middle of the JSON (truncated?)")
            case .unexpectedCharacter: return ("uventet tegn: ikke gyldig JSON", "unexpected character: not valid JSON")
            case .expectedKey: return ("forventede et feltnavn i anførselstegn", "expected a field name in double quotes")
            case .expectedColon: return ("forventede ':' efter feltnavnet", "expected ':' after the field name")
            case .expectedCommaOrEnd: return ("forventede ',' eller en afsluttende parentes", "expected ',' or a closing bracket")
            case .invalidEscape: return ("ugyldig escape-sekvens i en tekst", "invalid escape sequence in a string")
            case .controlCharacterInString: return ("kontroltegn (fx linjeskift) inde i en tekst", "control character (e.g. a line break) inside a string")
            case .invalidNumber: return ("ugyldigt tal", "invalid number")
            case .trailingContent: return ("ekstra indhold efter JSON-værdien", "extra content after the JSON value")
            case .tooDeep: return ("for dybt indlejret", "nested too deeply")
            case .tooLarge: return ("filen er større end 4 GiB, den største Jobsag læser", "the file is larger than 4 GiB, the largest Jobsag reads")
            case .duplicateKey: return ("feltnavnet står to gange i samme objekt (programmer læser det forskelligt)", "the field name occurs twice in one object (programs read it differently)")
            case .trailingComma: return ("komma efter det sidste element (ikke tilladt i JSON)", "a comma after the last element (not allowed in JSON)")
            case .numberOutOfRange: return ("tallet er for stort eller for lille til at kunne læses præcist", "the number is too large or too small to be read exactly")
            }
        }
    }

    static let maximumDepth = 512
    /// The largest document read: its offsets fit in a token's 32 bits (`JSONTape.Token`).
    static let largestDocument = Int(UInt32.max)

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var tokens: [JSONTape.Token] = []

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        // About one token for every 12 bytes of a pretty-printed case file.
        tokens.reserveCapacity(bytes.count / 12 + 1)
    }

    /// Checks a whole document: nil when it is strict JSON.
    static func validate(_ bytes: UnsafeRawBufferPointer) -> SyntaxError? {
        guard case .failure(let error) = tape(bytes) else { return nil }
        return error
    }

    static func validate(_ data: Data) -> SyntaxError? {
        data.withUnsafeBytes { validate($0) }
    }

    /// Parses a whole document, one value optionally surrounded by whitespace, into a tree.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONNode, SyntaxError> {
        tape(bytes).map { JSONNode(tape: $0, bytes: bytes) }
    }

    /// Parses a whole document, one value optionally surrounded by whitespace, into tokens.
    static func tape(_ bytes: UnsafeRawBufferPointer) -> Result<JSONTape, SyntaxError> {
        guard bytes.count <= largestDocument else { return .failure(SyntaxError(offset: largestDocument, reason: .tooLarge)) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(SyntaxError(offset: 0, reason: .utf16))
        }
        var parser = JSONParser(bytes: bytes)
        do throws(SyntaxError) {
            // A UTF-8 byte order mark is tolerated, as Foundation's decoder does.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
            parser.skipWhitespace()
            if parser.index == bytes.count { throw SyntaxError(offset: parser.index, reason: .emptyFile) }
            try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index != bytes.count { throw SyntaxError(offset: parser.index, reason: .trailingContent) }
            return .success(JSONTape(tokens: parser.tokens))
        } catch {
            // A document that is not UTF-8 is refused as such, at its first bad byte wherever
            // that is: the parse checks the bytes of each text beyond ASCII, and a byte beyond
            // ASCII anywhere else is an error of its own, so a document it reads is UTF-8.
            if let invalid = firstInvalidUTF8Offset(bytes) { return .failure(SyntaxError(offset: invalid, reason: .invalidUTF8)) }
            return .failure(error)
        }
    }

    static func parse(_ bytes: [UInt8]) -> Result<JSONNode, SyntaxError> {
        bytes.withUnsafeBytes { parse($0) }
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(SyntaxError) {
        guard depth < Self.maximumDepth else { throw SyntaxError(offset: index, reason: .tooDeep) }
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(depth: depth)
        case UInt8(ascii: "["): try parseArray(depth: depth)
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try expectLiteral("true"); tokens.append(JSONTape.Token(kind: .true, offset: start, end: start))
        case UInt8(ascii: "f"): try expectLiteral("false"); tokens.append(JSONTape.Token(kind: .false, offset: start, end: start))
        case UInt8(ascii: "n"): try expectLiteral("null"); tokens.append(JSONTape.Token(kind: .null, offset: start, end: start))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
            tokens.append(JSONTape.Token(kind: .number, offset: start, end: index))
        default:
            throw SyntaxError(offset: index, reason: .unexpectedCharacter)
        }
    }

    /// Appends a container's token, whose `end` is set when its content has been read.
    private mutating func openContainer(_ kind: JSONTape.Kind) -> Int {
        tokens.append(JSONTape.Token(kind: kind, offset: index, end: 0))
        index += 1
        return tokens.count - 1
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) {
        let object = openContainer(.object)
        defer { tokens[object].end = tokens.count }
        var keys = KeySet()
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        // At each key, whitespace skipped.
        while true {
            let keyOffset = index
            guard try peek() == UInt8(ascii: "\"") else { throw SyntaxError(offset: index, reason: .expectedKey) }
            let key = try parseString()
            // A key's text lies between its quotes.
            let keyBytes = key.kind == .asciiString ? UnsafeRawBufferPointer(rebasing: bytes[(key.offset + 1)..<key.end]) : nil
            guard keys.insert(tokens.count - 1, bytes: keyBytes, parser: self) else { throw SyntaxError(offset: keyOffset, reason: .duplicateKey) }
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw SyntaxError(offset: index, reason: .expectedColon) }
            index += 1
            skipWhitespace()
            try parseValue(depth: depth + 1)
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw SyntaxError(offset: index - 1, reason: .expectedCommaOrEnd) }
            try skipWhitespaceAfterComma(before: UInt8(ascii: "}"))
        }
    }

    /// The whitespace after a comma; the closing bracket after it would make it a trailing comma.
    @inline(__always)
    private mutating func skipWhitespaceAfterComma(before closing: UInt8) throws(SyntaxError) {
        let comma = index - 1
        skipWhitespace()
        if try peek() == closing { throw SyntaxError(offset: comma, reason: .trailingComma) }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) {
        let array = openContainer(.array)
        defer { tokens[array].end = tokens.count }
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        // At each element, whitespace skipped.
        while true {
            try parseValue(depth: depth + 1)
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else { throw SyntaxError(offset: index - 1, reason: .expectedCommaOrEnd) }
            try skipWhitespaceAfterComma(before: UInt8(ascii: "]"))
        }
    }

    /// Reads a string literal, checking its escapes and, for a text beyond ASCII, its UTF-8,
    /// and appends its token, which it returns.
    @discardableResult
    private mutating func parseString() throws(SyntaxError) -> JSONTape.Token {
        let quote = index
        var at = index + 1
        var escaped = false
        var beyondASCII = false
        while true {
            at = Self.plainTextEnd(in: bytes, from: at, beyondASCII: &beyondASCII)
            guard at < bytes.count else { throw SyntaxError(offset: at, reason: .unexpectedEnd) }
            let byte = bytes[at]
            switch byte {
            case UInt8(ascii: "\""):
                if beyondASCII, let invalid = Self.firstInvalidUTF8Offset(UnsafeRawBufferPointer(rebasing: bytes[(quote + 1)..<at])) {
                    throw SyntaxError(offset: quote + 1 + invalid, reason: .invalidUTF8)
                }
                let token = JSONTape.Token(kind: escaped ? .escapedString : beyondASCII ? .string : .asciiString, offset: quote, end: at)
                tokens.append(token)
                index = at + 1
                return token
            case UInt8(ascii: "\\"):
                escaped = true
                index = at
                try parseEscape()
                at = index
            default:
                // The last bytes of the document, fewer than eight, are read one by one.
                guard byte >= 0x20 else { throw SyntaxError(offset: at, reason: .controlCharacterInString) }
                if byte >= 0x80 { beyondASCII = true }
                at += 1
            }
        }
    }

    /// Reads the escape sequence at `index` (a backslash and what follows it).
    private mutating func parseEscape() throws(SyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            break
        case UInt8(ascii: "u"):
            let value = try parseHex4(errorOffset: escapeStart)
            if (0xD800..<0xDC00).contains(value) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw SyntaxError(offset: escapeStart, reason: .invalidEscape) }
                index += 2
                let low = try parseHex4(errorOffset: escapeStart)
                guard (0xDC00..<0xE000).contains(low) else { throw SyntaxError(offset: escapeStart, reason: .invalidEscape) }
            } else if (0xDC00..<0xE000).contains(value) {
                throw SyntaxError(offset: escapeStart, reason: .invalidEscape)
            }
        default:
            throw SyntaxError(offset: escapeStart, reason: .invalidEscape)
        }
    }

    /// Where a string's plain text from `start` ends: its first quote, backslash or control
    /// character, found sixteen bytes at a time where the processor compares sixteen at once
    /// (SSE2, which every x86-64 has: a ninth fewer instructions in the parse than eight bytes
    /// at a time) and eight at a time after that, or the start of the document's last bytes,
    /// fewer than eight. A byte beyond ASCII before it sets `beyondASCII` (whether the text is
    /// valid UTF-8 is checked at its end). Danish text has æ, ø or å every few words:
    /// stopping at each took a fifth of the parse.
    private static func plainTextEnd(in bytes: UnsafeRawBufferPointer, from start: Int, beyondASCII: inout Bool) -> Int {
        var at = start
        #if arch(x86_64)
        if let base = bytes.baseAddress {
            while at + 16 <= bytes.count {
                let chunk = _mm_loadu_si128((base + at).assumingMemoryBound(to: __m128i.self))
                // A byte below 0x20 is one that the minimum with 0x1F leaves as it is.
                let stops = UInt32(truncatingIfNeeded: _mm_movemask_epi8(_mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x22)), _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x5C))),
                    _mm_cmpeq_epi8(_mm_min_epu8(chunk, _mm_set1_epi8(0x1F)), chunk))))
                // The bytes beyond ASCII: their high bit set.
                let high = UInt32(truncatingIfNeeded: _mm_movemask_epi8(chunk))
                guard stops != 0 else {
                    if high != 0 { beyondASCII = true }
                    at += 16
                    continue
                }
                // The bytes before the first stop.
                if high & ((stops & (0 &- stops)) &- 1) != 0 { beyondASCII = true }
                return at + stops.trailingZeroBitCount
            }
        }
        #endif
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each zero byte of `word` from the lowest up to the first (the
        /// bits above the first may be wrong: only the lowest is read).
        func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }
        while at + 8 <= bytes.count {
            // The first byte in memory is the lowest.
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            // A byte below 0x20 (a byte beyond ASCII borrows nothing, so none is taken for one).
            let stops = (word &- ones &* 0x20) & ~word & highBits
                | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\"")))) | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
            // The bytes before the first stop, all eight when there is none.
            let plain = stops == 0 ? ~0 : (stops & (0 &- stops)) &- 1
            if word & highBits & plain != 0 { beyondASCII = true }
            guard stops == 0 else { return at + stops.trailingZeroBitCount / 8 }
            at += 8
        }
        return at
    }

    private mutating func parseHex4(errorOffset: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
            let byte = bytes[index]
            guard let digit = JSONTape.hexDigit(byte) else { throw SyntaxError(offset: errorOffset, reason: .invalidEscape) }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try skipDigits() > 0 else { throw SyntaxError(offset: start, reason: .invalidNumber) }
        }
        let integerEnd = index
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard try skipDigits() > 0 else { throw SyntaxError(offset: start, reason: .invalidNumber) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard try skipDigits() > 0 else { throw SyntaxError(offset: start, reason: .invalidNumber) }
        }
        // An integer of at most 308 digits is finite as a binary64, and no integer but zero
        // rounds to zero: only the others are converted to be sure.
        if index == integerEnd, index - start <= Self.digitsOfEveryFiniteInteger { return }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard Self.isRepresentable(text) else { throw SyntaxError(offset: start, reason: .numberOutOfRange) }
    }

    /// The most digits (a sign counted as one) an integer literal may have and still be below
    /// `Double.greatestFiniteMagnitude` (about 1.8 × 10^308) whatever they are.
    static let digitsOfEveryFiniteInteger = 308

    /// Whether a number literal survives the trip through a binary64 (`Double`): neither
    /// infinite (`1e400`) nor a non-zero value that rounds to zero (`1e-400`). Other
    /// programs read such numbers differently, so the store refuses them.
    static func isRepresentable(_ literal: String) -> Bool {
        guard let value = Double(literal), value.isFinite else { return false }
        if value != 0 { return true }
        let mantissa = literal.prefix { $0 != "e" && $0 != "E" }
        return !mantissa.contains { $0 >= "1" && $0 <= "9" }
    }

    /// Skips decimal digits and returns how many; the end of the data in a number is a truncation.
    private mutating func skipDigits() throws(SyntaxError) -> Int {
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        var count = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
            count += 1
        }
        return count
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let start = index
        let text = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        // Compared whole (the usual case), else byte by byte to say where it differs.
        if index + text.count <= bytes.count, UnsafeRawBufferPointer(rebasing: bytes[index..<(index + text.count)]).equals(text) {
            index += text.count
            return
        }
        for expected in text {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
            guard bytes[index] == expected else { throw SyntaxError(offset: start, reason: .unexpectedCharacter) }
            index += 1
        }
    }

    @inline(__always)
    private func peek() throws(SyntaxError) -> UInt8 {
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        return bytes[index]
    }

    /// Skips JSON's whitespace, a byte told by a bit of `whitespaceBits` instead of a `switch`
    /// (a jump through a table at every byte: 3 of the 25 million indirect jumps of a cold
    /// check of the 2,500-case demo).
    @inline(__always)
    private mutating func skipWhitespace() {
        var at = index
        while at < bytes.count {
            let byte = bytes[at]
            guard byte <= 0x20, Self.whitespaceBits & (1 << UInt64(byte)) != 0 else { break }
            at = byte == 0x0A ? Self.indentationEnd(in: bytes, from: at + 1) : at + 1
        }
        index = at
    }

    /// A bit for each byte of JSON's whitespace: space, tab, line feed and carriage return.
    private static let whitespaceBits: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D

    /// Where the spaces that indent a line starting at `start` end, found eight bytes at a time.
    private static func indentationEnd(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var at = start
        while at + 8 <= bytes.count {
            // The first byte in memory is the lowest; the lowest byte that differs ends the spaces.
            let differences = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) ^ spaces
            guard differences == 0 else { return at + differences.trailingZeroBitCount / 8 }
            at += 8
        }
        return at
    }

    /// The keys of one object so far, as key tokens. Keys that keep to one strict order (as
    /// the program writes them, by their bytes; as PostgreSQL's `jsonb` does, by length and
    /// then bytes) are all different, so a new key only needs comparing with the last, and
    /// with the few keys before its run (a store document's two envelope keys); else it is
    /// compared with every earlier key while they are few, and looked up in a set of texts
    /// when many.
    private struct KeySet {
        /// The most keys before an ordered run: each key of the run is compared with these.
        private static let mostKeysBeforeARun = 8

        private var first: Int?
        /// The bytes of the last key, nil for one with escapes or other characters than ASCII.
        private var lastBytes: UnsafeRawBufferPointer?
        private var count = 0
        /// Whether the keys since `beforeRun` keep to one of the orders; false once the order
        /// broke after more than `mostKeysBeforeARun` keys, or at a key not of ASCII characters.
        private var inRun = true
        /// The bytes of the keys before the run, each of ASCII characters.
        private var beforeRun: [UnsafeRawBufferPointer] = []
        private var sortedByBytes = true
        private var sortedByLength = true
        private var texts: Set<String> = []

        /// Adds the key token at `key`, whose text is `bytes` when it is of ASCII characters
        /// without escapes; false when the object has the key already.
        @inline(__always)
        mutating func insert(_ key: Int, bytes: UnsafeRawBufferPointer?, parser: JSONParser) -> Bool {
            // The usual key: one more of a run in order from the object's first key.
            if inRun, beforeRun.isEmpty, let bytes, let lastBytes {
                let order = Self.order(of: bytes, after: lastBytes)
                let (byBytes, byLength) = (sortedByBytes && order.byBytes, sortedByLength && order.byLength)
                if byBytes || byLength {
                    (sortedByBytes, sortedByLength) = (byBytes, byLength)
                    count += 1
                    self.lastBytes = bytes
                    return true
                }
            }
            return insertOutOfRun(key, bytes: bytes, parser: parser)
        }

        /// `insert` for any other key: the first, one after keys before the run, one out of order.
        private mutating func insertOutOfRun(_ key: Int, bytes: UnsafeRawBufferPointer?, parser: JSONParser) -> Bool {
            defer {
                count += 1
                lastBytes = bytes
            }
            guard let first else {
                first = key
                return true
            }
            if inRun, let bytes {
                let order = Self.order(of: bytes, after: lastBytes)
                sortedByBytes = sortedByBytes && order.byBytes
                sortedByLength = sortedByLength && order.byLength
                if sortedByBytes || sortedByLength { return !beforeRun.contains { $0.equals(bytes) } }
                // A new run starts here, after few keys of ASCII characters.
                if count <= Self.mostKeysBeforeARun, let earlier = parser.asciiKeys(from: first, before: key) {
                    beforeRun = earlier
                    (sortedByBytes, sortedByLength) = (true, true)
                    return !earlier.contains { $0.equals(bytes) }
                }
            }
            inRun = false
            guard count >= 16 else { return !isEarlier(key, from: first, parser: parser) }
            if texts.isEmpty {
                var earlier = first
                while earlier < key {
                    texts.insert(parser.text(at: earlier))
                    earlier = parser.tokenAfterValue(following: earlier)
                }
            }
            return texts.insert(parser.text(at: key)).inserted
        }

        /// Whether two keys' bytes are in strictly increasing order by their bytes, and by
        /// their length and then their bytes (neither after a key not of ASCII characters).
        /// Keys mostly differ in their first byte.
        @inline(__always)
        private static func order(of later: UnsafeRawBufferPointer, after earlier: UnsafeRawBufferPointer?) -> (byBytes: Bool, byLength: Bool) {
            guard let earlier else { return (false, false) }
            let byBytes: Bool
            if let first = earlier.first, let laterFirst = later.first, first != laterFirst {
                byBytes = first < laterFirst
            } else {
                byBytes = earlier.precedes(later)
            }
            if earlier.count != later.count { return (byBytes, earlier.count < later.count) }
            return (byBytes, byBytes)
        }

        /// Whether a key of the object from `first` up to `key` reads as the key at `key`.
        private func isEarlier(_ key: Int, from first: Int, parser: JSONParser) -> Bool {
            var earlier = first
            while earlier < key {
                if parser.sameText(earlier, key) { return true }
                earlier = parser.tokenAfterValue(following: earlier)
            }
            return false
        }
    }

    /// The bytes of the keys of an object from `first` up to `end`; nil when one has escapes
    /// or other characters than ASCII.
    private func asciiKeys(from first: Int, before end: Int) -> [UnsafeRawBufferPointer]? {
        var keys: [UnsafeRawBufferPointer] = []
        var key = first
        while key < end {
            guard let bytes = asciiKey(at: key) else { return nil }
            keys.append(bytes)
            key = tokenAfterValue(following: key)
        }
        return keys
    }

    /// The key token after the member whose key token is at `key`.
    private func tokenAfterValue(following key: Int) -> Int {
        JSONTape.next(after: key + 1, in: tokens)
    }

    /// The bytes of the key at `key`: nil for one with escapes or other characters than ASCII.
    private func asciiKey(at key: Int) -> UnsafeRawBufferPointer? {
        let token = tokens[key]
        return token.kind == .asciiString ? JSONTape.literal(token, in: bytes) : nil
    }

    private func text(at token: Int) -> String {
        JSONTape.text(tokens[token], in: bytes)
    }

    /// Whether two string tokens read as the same text (as Swift compares strings: two ASCII
    /// texts by their bytes).
    private func sameText(_ one: Int, _ other: Int) -> Bool {
        guard let first = asciiKey(at: one), let second = asciiKey(at: other) else { return text(at: one) == text(at: other) }
        return first.equals(second)
    }

    // MARK: UTF-8

    #if arch(x86_64)
    /// Whether sixteen bytes, those beyond ASCII at the bits of `beyondASCII`, are ASCII and
    /// whole two-byte sequences (a lead from C2 to DF, each followed by one continuation byte
    /// from 80 to BF): valid UTF-8 that ends where they do.
    @inline(__always)
    private static func isASCIIAndTwoByteCharacters(_ chunk: __m128i, beyondASCII: UInt32) -> Bool {
        // A byte in `lowest...lowest + span` is one that, less `lowest`, the minimum with `span` leaves as it is.
        func bytes(from lowest: UInt8, spanning span: UInt8) -> UInt32 {
            let shifted = _mm_sub_epi8(chunk, _mm_set1_epi8(Int8(bitPattern: lowest)))
            return UInt32(truncatingIfNeeded: _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(Int8(bitPattern: span))), shifted)))
        }
        let leads = bytes(from: 0xC2, spanning: 0xDF - 0xC2)
        let continuations = bytes(from: 0x80, spanning: 0xBF - 0x80)
        return leads | continuations == beyondASCII && (leads << 1) & 0xFFFF == continuations && leads & 0x8000 == 0
    }
    #endif

    /// The offset of the first byte that does not start a valid UTF-8 sequence (overlong
    /// forms, surrogates and values above U+10FFFF are invalid), or nil.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            // ASCII skipped sixteen bytes at a time where the processor compares sixteen at once
            // (SSE2), else eight, up to the first byte beyond it (Danish text has one every
            // few words: ASCII was read byte by byte before each). Sixteen bytes whose others
            // are all two-byte characters (æ, ø, å) are skipped whole too.
            #if arch(x86_64)
            if index + 16 <= count, let base = bytes.baseAddress {
                let chunk = _mm_loadu_si128((base + index).assumingMemoryBound(to: __m128i.self))
                let beyond = UInt32(truncatingIfNeeded: _mm_movemask_epi8(chunk))
                guard beyond != 0, !isASCIIAndTwoByteCharacters(chunk, beyondASCII: beyond) else {
                    index += 16
                    continue
                }
                index += beyond.trailingZeroBitCount
            }
            #endif
            if index + 8 <= count {
                let beyond = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                guard beyond != 0 else {
                    index += 8
                    continue
                }
                index += beyond.trailingZeroBitCount / 8
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Two bytes (Danish text's æ, ø and å): any continuation byte after such a lead makes
            // a scalar from U+0080 to U+07FF, neither overlong nor a surrogate.
            if lead >= 0xC2, lead <= 0xDF {
                guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return index }
                index += 2
                continue
            }
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for next in 1..<length {
                let byte = bytes[index + next]
                guard byte & 0xC0 == 0x80 else { return index }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
            index += length
        }
        return nil
    }
}
