/// A small strict JSON parser (RFC 8259) over UTF-8 bytes that keeps the byte offset of
/// every value and reports the exact offset of the first error, which Foundation's
/// decoder does not. Used to diagnose bad files, to map a decoding error's coding path to
/// a line and column, for migrations and for the audit diff.
struct JSONParser {
    /// Why a text is not JSON, and where.
    struct SyntaxError: Error, Sendable {
        enum Reason: Sendable, Equatable {
            case invalidUTF8
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
        }

        var offset: Int
        var reason: Reason

        var detail: (da: String, en: String) {
            switch reason {
            case .invalidUTF8: return ("ugyldig UTF-8 (filen er ikke gemt som UTF-8 eller er beskadiget)", "invalid UTF-8 (the file is not UTF-8 or is damaged)")
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
            }
        }
    }

    static let maximumDepth = 512

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Parses a whole document: one value, optionally surrounded by whitespace.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONNode, SyntaxError> {
        if let invalid = firstInvalidUTF8Offset(bytes) {
            return .failure(SyntaxError(offset: invalid, reason: .invalidUTF8))
        }
        var parser = JSONParser(bytes: bytes)
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
        case UInt8(ascii: "\""): return JSONNode(offset: start, value: .string(try parseString()))
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
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyOffset = index
            guard try peek() == UInt8(ascii: "\"") else { throw SyntaxError(offset: index, reason: .expectedKey) }
            let key = try parseString()
            skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw SyntaxError(offset: index, reason: .expectedColon) }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "}") { return .object(members) }
            guard next == UInt8(ascii: ",") else { throw SyntaxError(offset: index - 1, reason: .expectedCommaOrEnd) }
        }
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
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            let next = try peek()
            index += 1
            if next == UInt8(ascii: "]") { return .array(elements) }
            guard next == UInt8(ascii: ",") else { throw SyntaxError(offset: index - 1, reason: .expectedCommaOrEnd) }
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        var scalars: [UInt8] = []
        while true {
            guard index < bytes.count else { throw SyntaxError(offset: index, reason: .unexpectedEnd) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
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
                    scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw SyntaxError(offset: escapeStart, reason: .invalidEscape)
                }
            default:
                guard byte >= 0x20 else { throw SyntaxError(offset: index, reason: .controlCharacterInString) }
                scalars.append(byte)
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
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
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
