import Foundation

/// The store's strict JSON reader (RFC 8259) over UTF-8 bytes: it rejects what Foundation's
/// decoder lets through (trailing commas, duplicate keys, other encodings than UTF-8,
/// numbers no binary64 can hold) and reports the exact offset of the first error. A store
/// document is parsed by it into a tree with the offset of every value (`parse`), which
/// `TreeDecoder` reads, which places a decoding error's coding path at a line and column,
/// and which migrations and the audit diff use; other files are only checked (`validate`).
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
            case .duplicateKey: return ("feltnavnet står to gange i samme objekt (programmer læser det forskelligt)", "the field name occurs twice in one object (programs read it differently)")
            case .trailingComma: return ("komma efter det sidste element (ikke tilladt i JSON)", "a comma after the last element (not allowed in JSON)")
            case .numberOutOfRange: return ("tallet er for stort eller for lille til at kunne læses præcist", "the number is too large or too small to be read exactly")
            }
        }
    }

    static let maximumDepth = 512

    private let bytes: UnsafeRawBufferPointer
    /// Whether values are kept (`parse`) or only checked (`validate`, which allocates
    /// nothing but the keys of the object being read).
    private let buildsTree: Bool
    private var index = 0

    private init(bytes: UnsafeRawBufferPointer, buildsTree: Bool) {
        self.bytes = bytes
        self.buildsTree = buildsTree
    }

    /// Checks a whole document without building it: nil when it is strict JSON.
    static func validate(_ bytes: UnsafeRawBufferPointer) -> SyntaxError? {
        guard case .failure(let error) = run(bytes, buildsTree: false) else { return nil }
        return error
    }

    static func validate(_ data: Data) -> SyntaxError? {
        data.withUnsafeBytes { validate($0) }
    }

    /// Parses a whole document: one value, optionally surrounded by whitespace.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONNode, SyntaxError> {
        run(bytes, buildsTree: true)
    }

    private static func run(_ bytes: UnsafeRawBufferPointer, buildsTree: Bool) -> Result<JSONNode, SyntaxError> {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .failure(SyntaxError(offset: 0, reason: .utf16))
        }
        if let invalid = firstInvalidUTF8Offset(bytes) {
            return .failure(SyntaxError(offset: invalid, reason: .invalidUTF8))
        }
        var parser = JSONParser(bytes: bytes, buildsTree: buildsTree)
        do {
            // A UTF-8 byte order mark is tolerated, as Foundation's decoder does.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
            parser.skipWhitespace()
            if parser.index == bytes.count {
                return .failure(SyntaxError(offset: parser.index, reason: .emptyFile))
            }
            let node = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index != bytes.count {
                return .failure(SyntaxError(offset: parser.index, reason: .trailingContent))
            }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    static func parse(_ bytes: [UInt8]) -> Result<JSONNode, SyntaxError> {
        bytes.withUnsafeBytes { parse($0) }
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONNode {
        guard depth < Self.maximumDepth else { throw SyntaxError(offset: index, reason: .tooDeep) }
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(offset: start, value: try parseObject(depth: depth))
        case UInt8(ascii: "["): return JSONNode(offset: start, value: try parseArray(depth: depth))
        case UInt8(ascii: "\""): return JSONNode(offset: start, value: .string(try parseString(keepingText: buildsTree)))
        case UInt8(ascii: "t"): try expectLiteral("true"); return JSONNode(offset: start, value: .bool(true))
        case UInt8(ascii: "f"): try expectLiteral("false"); return JSONNode(offset: start, value: .bool(false))
        case UInt8(ascii: "n"): try expectLiteral("null"); return JSONNode(offset: start, value: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(offset: start, value: .number(try parseNumber()))
        default:
            throw SyntaxError(offset: index, reason: .unexpectedCharacter)
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONNode.Value {
        index += 1  // {
        var members: [JSONNode.Member] = []
        var keys = KeySet()
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyOffset = index
            guard try peek() == UInt8(ascii: "\"") else { throw SyntaxError(offset: index, reason: .expectedKey) }
            let key = try parseString(keepingText: true)
            guard keys.insert(key) else { throw SyntaxError(offset: keyOffset, reason: .duplicateKey) }
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw SyntaxError(offset: index, reason: .expectedColon) }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            if buildsTree { members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value)) }
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "}") { return .object(members) }
            guard next == UInt8(ascii: ",") else { throw SyntaxError(offset: index - 1, reason: .expectedCommaOrEnd) }
            try refuseTrailingComma(before: UInt8(ascii: "}"))
        }
    }

    /// After a comma: the closing bracket would make it a trailing comma.
    private mutating func refuseTrailingComma(before closing: UInt8) throws(SyntaxError) {
        let comma = index - 1
        skipWhitespace()
        if try peek() == closing { throw SyntaxError(offset: comma, reason: .trailingComma) }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONNode.Value {
        index += 1  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            let element = try parseValue(depth: depth + 1)
            if buildsTree { elements.append(element) }
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "]") { return .array(elements) }
            guard next == UInt8(ascii: ",") else { throw SyntaxError(offset: index - 1, reason: .expectedCommaOrEnd) }
            try refuseTrailingComma(before: UInt8(ascii: "]"))
        }
    }

    /// Reads a string literal; its text is built only when `keepingText` (escapes are
    /// checked either way).
    private mutating func parseString(keepingText: Bool) throws(SyntaxError) -> String {
        index += 1  // opening quote
        // The text is copied a run of plain bytes at a time, and not at all when the string
        // has no escapes (most have none): then it is made from the bytes in place.
        var scalars: [UInt8] = []
        var runStart = index
        func plainRun(_ parser: JSONParser) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: parser.bytes[runStart..<parser.index]) }
        while true {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                defer { index += 1 }
                guard keepingText else { return "" }
                if scalars.isEmpty { return String(decoding: plainRun(self), as: UTF8.self) }
                scalars.append(contentsOf: plainRun(self))
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                if keepingText { scalars.append(contentsOf: plainRun(self)) }
                let escapeStart = index
                index += 1
                guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): scalars.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): scalars.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): scalars.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try parseHex4(errorOffset: escapeStart)
                    if (0xD800..<0xDC00).contains(value) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                        else { throw SyntaxError(offset: escapeStart, reason: .invalidEscape) }
                        index += 2
                        let low = try parseHex4(errorOffset: escapeStart)
                        guard (0xDC00..<0xE000).contains(low) else { throw SyntaxError(offset: escapeStart, reason: .invalidEscape) }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(value) {
                        throw SyntaxError(offset: escapeStart, reason: .invalidEscape)
                    }
                    guard let scalar = Unicode.Scalar(value) else { throw SyntaxError(offset: escapeStart, reason: .invalidEscape) }
                    if keepingText { scalars.append(contentsOf: Array(String(Character(scalar)).utf8)) }
                default:
                    throw SyntaxError(offset: escapeStart, reason: .invalidEscape)
                }
                runStart = index
            default:
                guard byte >= 0x20 else { throw SyntaxError(offset: index, reason: .controlCharacterInString) }
                index += 1
            }
        }
    }

    private mutating func parseHex4(errorOffset: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw SyntaxError(offset: errorOffset, reason: .invalidEscape)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try skipDigits() > 0 else { throw SyntaxError(offset: start, reason: .invalidNumber) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard try skipDigits() > 0 else { throw SyntaxError(offset: start, reason: .invalidNumber) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard try skipDigits() > 0 else { throw SyntaxError(offset: start, reason: .invalidNumber) }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard Self.isRepresentable(text) else { throw SyntaxError(offset: start, reason: .numberOutOfRange) }
        return text
    }

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
        for expected in text {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
            guard bytes[index] == expected else { throw SyntaxError(offset: start, reason: .unexpectedCharacter) }
            index += 1
        }
    }

    private func peek() throws(SyntaxError) -> UInt8 {
        guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
        return bytes[index]
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// The keys of one object so far: a list while small, a set when large.
    private struct KeySet {
        private var list: [String] = []
        private var set: Set<String> = []

        /// Adds `key`; false when it was there already.
        mutating func insert(_ key: String) -> Bool {
            if list.count < 16 {
                if list.contains(key) { return false }
                list.append(key)
                return true
            }
            if set.isEmpty { set = Set(list) }
            return set.insert(key).inserted
        }
    }

    // MARK: UTF-8

    /// The offset of the first byte that does not start a valid UTF-8 sequence (overlong
    /// forms, surrogates and values above U+10FFFF are invalid), or nil.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
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
