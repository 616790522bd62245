import Foundation
import JobsagCore

/// Seeded mutations of a case file, as a broken tool, a bad disk or an attacker would make
/// them: numbers at the edges of every numeric type, values of the wrong type, keys removed
/// or doubled, dates and timestamps out of range, huge strings, arrays of thousands of
/// entries, references to other entries or to themselves, deep nesting, bad escapes, invalid
/// UTF-8, byte-order marks, UTF-16, trailing commas, flipped bytes, truncation.
/// The same seed gives the same mutants on every machine.
struct CaseMutator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(state: seed)
    }

    /// A number in 0..<count.
    mutating func pick(below count: Int) -> Int {
        count > 0 ? Int(random.next() % UInt64(count)) : 0
    }

    private mutating func pick<T>(_ choices: [T]) -> T {
        choices[pick(below: choices.count)]
    }

    /// The valid case file `original` as a template for mutants: its caseworker WE (so that it
    /// is read, and judged, as a case of the fuzzer's store) and its id a placeholder.
    static func template(_ original: Data) -> Data {
        var bytes = [UInt8](original)
        let tokens = JSONToken.tokens(bytes)
        let members = JSONToken.keys(tokens).filter { tokens[$0].depth == 1 && tokens[$0 + 2].kind == .string }
        let replacements = members.compactMap { key -> (Range<Int>, String)? in
            switch String(decoding: bytes[tokens[key].range], as: UTF8.self) {
            case "\"id\"": return (tokens[key + 2].range, placeholderID)
            case "\"caseworker\"": return (tokens[key + 2].range, "\"WE\"")
            default: return nil
            }
        }
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            bytes.replaceSubrange(range, with: Array(text.utf8))
        }
        return Data(bytes)
    }

    private static let placeholderID = "\"fuzz-case-id\""

    /// A mutant of a `template`: its id `id`, then one to three mutations. Returns the bytes
    /// and what was done.
    mutating func mutate(_ template: Data, id: String) -> (data: Data, description: String) {
        var data = template
        if let placeholder = data.range(of: Data(Self.placeholderID.utf8)) {
            data.replaceSubrange(placeholder, with: Data("\"\(id)\"".utf8))
        }
        var bytes = [UInt8](data)
        var done: [String] = []
        for _ in 0...pick(below: 3) {
            done.append(mutateOnce(&bytes))
        }
        return (Data(bytes), done.joined(separator: "; "))
    }

    // MARK: One mutation

    private mutating func mutateOnce(_ bytes: inout [UInt8]) -> String {
        let tokens = JSONToken.tokens(bytes)
        switch pick(below: 18) {
        case 0, 1, 2: return replaceToken(of: .number, with: Self.boundaryNumbers, in: &bytes, tokens, what: "number")
        case 3: return replaceDate(in: &bytes, tokens)
        case 4: return replaceValue(with: pick(Self.otherTypes), in: &bytes, tokens, what: "wrong type")
        case 5: return removeMember(in: &bytes, tokens)
        case 6: return duplicateMember(in: &bytes, tokens)
        case 7: return replaceToken(of: .string, with: [Self.hugeString(pick(below: 3))], in: &bytes, tokens, what: "huge string")
        case 8:
            let depth = pick([500, 5_000, 100_000])
            return replaceValue(with: String(repeating: "[", count: depth) + String(repeating: "]", count: depth), in: &bytes, tokens,
                                what: "nested \(depth) deep")
        case 9: return insertTrailingComma(in: &bytes, tokens)
        case 10: return insertInString(pick(Self.badEscapes).utf8.map { $0 }, in: &bytes, tokens, what: "bad escape")
        case 11: return insertInString(pick(Self.invalidUTF8), in: &bytes, tokens, what: "invalid UTF-8")
        case 12: return flipBits(&bytes)
        case 13:
            let end = pick(below: bytes.count)
            bytes.removeSubrange(end...)
            return "truncated at byte \(end)"
        case 14: return changeEncoding(&bytes)
        case 15: return repeatElement(in: &bytes, tokens)
        case 16: return crossReference(in: &bytes, tokens)
        default: return spliceBytes(&bytes)
        }
    }

    private mutating func replaceToken(
        of kind: JSONToken.Kind, with choices: [String], in bytes: inout [UInt8], _ tokens: [JSONToken], what: String
    ) -> String {
        let candidates = tokens.indices.filter { tokens[$0].kind == kind && !isKey($0, tokens) }
        guard !candidates.isEmpty else { return flipBits(&bytes) }
        let token = tokens[pick(candidates)]
        let replacement = pick(choices)
        bytes.replaceSubrange(token.range, with: Array(replacement.utf8))
        return "\(what) at byte \(token.range.lowerBound) → \(replacement.prefix(40))\(replacement.utf8.count > 40 ? "… (\(replacement.utf8.count) bytes)" : "")"
    }

    private mutating func replaceDate(in bytes: inout [UInt8], _ tokens: [JSONToken]) -> String {
        let dates = tokens.filter { token in
            token.kind == .string && (token.range.count == 12 || token.range.count == 22)
                && bytes[token.range.lowerBound + 5] == UInt8(ascii: "-") && bytes[token.range.lowerBound + 8] == UInt8(ascii: "-")
        }
        guard !dates.isEmpty else { return flipBits(&bytes) }
        let token = pick(dates)
        let replacement = "\"" + pick(token.range.count == 12 ? Self.boundaryDates : Self.boundaryTimestamps) + "\""
        bytes.replaceSubrange(token.range, with: Array(replacement.utf8))
        return "date at byte \(token.range.lowerBound) → \(replacement)"
    }

    private mutating func replaceValue(with replacement: String, in bytes: inout [UInt8], _ tokens: [JSONToken], what: String) -> String {
        let keys = JSONToken.keys(tokens)
        guard !keys.isEmpty else { return flipBits(&bytes) }
        let key = pick(keys)
        let start = key + 2, end = JSONToken.valueEnd(tokens, from: key + 2)
        bytes.replaceSubrange(tokens[start].range.lowerBound..<tokens[end].range.upperBound, with: Array(replacement.utf8))
        return "\(what): the value of \(text(tokens[key], bytes)) → \(replacement.prefix(20))"
    }

    private mutating func removeMember(in bytes: inout [UInt8], _ tokens: [JSONToken]) -> String {
        let keys = JSONToken.keys(tokens)
        guard !keys.isEmpty else { return flipBits(&bytes) }
        let key = pick(keys)
        let end = JSONToken.valueEnd(tokens, from: key + 2)
        var range = tokens[key].range.lowerBound..<tokens[end].range.upperBound
        if end + 1 < tokens.count, tokens[end + 1].kind == .comma {
            range = range.lowerBound..<tokens[end + 1].range.upperBound
        } else if key > 0, tokens[key - 1].kind == .comma {
            range = tokens[key - 1].range.lowerBound..<range.upperBound
        }
        let name = text(tokens[key], bytes)
        bytes.removeSubrange(range)
        return "removed the member \(name)"
    }

    private mutating func duplicateMember(in bytes: inout [UInt8], _ tokens: [JSONToken]) -> String {
        let keys = JSONToken.keys(tokens)
        guard !keys.isEmpty else { return flipBits(&bytes) }
        let key = pick(keys)
        let end = JSONToken.valueEnd(tokens, from: key + 2)
        let sameValue = pick(below: 2) == 0
        let value = sameValue ? Array(bytes[tokens[key + 2].range.lowerBound..<tokens[end].range.upperBound]) : Array(pick(Self.otherTypes).utf8)
        let member = Array(",\n".utf8) + Array(bytes[tokens[key].range]) + Array(" : ".utf8) + value
        bytes.insert(contentsOf: member, at: tokens[end].range.upperBound)
        return "doubled the member \(text(tokens[key], bytes))" + (sameValue ? "" : " with another value")
    }

    /// Many entries: the first element of an array, repeated up to thousands of times.
    private mutating func repeatElement(in bytes: inout [UInt8], _ tokens: [JSONToken]) -> String {
        let arrays = tokens.indices.filter {
            $0 + 1 < tokens.count && bytes[tokens[$0].range.lowerBound] == UInt8(ascii: "[") && tokens[$0 + 1].kind != .close
        }
        guard !arrays.isEmpty else { return flipBits(&bytes) }
        let first = pick(arrays) + 1
        let element = bytes[tokens[first].range.lowerBound..<tokens[JSONToken.valueEnd(tokens, from: first)].range.upperBound]
        let count = pick([10, 300, 1_000])
        let copies = [[UInt8]](repeating: Array(element) + Array(",\n".utf8), count: count).flatMap { $0 }
        bytes.insert(contentsOf: copies, at: element.startIndex)
        return "the element at byte \(element.startIndex) repeated \(count) more times"
    }

    /// A reference (`goalID`, `priorSanctionIDs`, ...) pointed at another entry, itself included.
    private mutating func crossReference(in bytes: inout [UInt8], _ tokens: [JSONToken]) -> String {
        let keys = JSONToken.keys(tokens)
        let ids = keys.filter { text(tokens[$0], bytes) == "\"id\"" && tokens[$0 + 2].kind == .string }
        let references = keys.filter { text(tokens[$0], bytes).hasSuffix("ID\"") || text(tokens[$0], bytes).hasSuffix("IDs\"") }
        guard !ids.isEmpty, !references.isEmpty else { return flipBits(&bytes) }
        let target = text(tokens[pick(ids) + 2], bytes)
        let reference = pick(references)
        let isList = text(tokens[reference], bytes).hasSuffix("IDs\"")
        let end = JSONToken.valueEnd(tokens, from: reference + 2)
        bytes.replaceSubrange(tokens[reference + 2].range.lowerBound..<tokens[end].range.upperBound,
                              with: Array((isList ? "[\(target), \(target)]" : target).utf8))
        return "\(text(tokens[reference], bytes)) → \(target)"
    }

    private mutating func insertTrailingComma(in bytes: inout [UInt8], _ tokens: [JSONToken]) -> String {
        let closes = tokens.indices.filter { $0 > 0 && tokens[$0].kind == .close && tokens[$0 - 1].kind != .open }
        guard !closes.isEmpty else { return flipBits(&bytes) }
        let close = tokens[pick(closes)]
        bytes.insert(UInt8(ascii: ","), at: close.range.lowerBound)
        return "trailing comma at byte \(close.range.lowerBound)"
    }

    private mutating func insertInString(_ inserted: [UInt8], in bytes: inout [UInt8], _ tokens: [JSONToken], what: String) -> String {
        let strings = tokens.filter { $0.kind == .string && $0.range.count >= 2 }
        guard !strings.isEmpty else { return flipBits(&bytes) }
        let token = pick(strings)
        let at = token.range.lowerBound + 1 + pick(below: token.range.count - 1)
        bytes.insert(contentsOf: inserted, at: at)
        return "\(what) \(inserted.map { String($0, radix: 16) }.joined(separator: " ")) at byte \(at)"
    }

    private mutating func flipBits(_ bytes: inout [UInt8]) -> String {
        guard !bytes.isEmpty else { return "nothing to flip" }
        var positions: [Int] = []
        for _ in 0...pick(below: 8) {
            let position = pick(below: bytes.count)
            bytes[position] ^= UInt8(1) << UInt8(pick(below: 8))
            positions.append(position)
        }
        return "flipped bits at bytes \(positions.map(String.init).joined(separator: ","))"
    }

    private mutating func changeEncoding(_ bytes: inout [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        switch pick(below: 4) {
        case 0:
            bytes = [0xEF, 0xBB, 0xBF] + bytes
            return "UTF-8 byte-order mark"
        case 1:
            bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            return "UTF-16 LE with byte-order mark"
        case 2:
            bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            return "UTF-16 BE with byte-order mark"
        default:
            bytes = Array(text.unicodeScalars.map { $0.value <= 0xFF ? UInt8($0.value) : UInt8(ascii: "?") })
            return "Latin-1"
        }
    }

    private mutating func spliceBytes(_ bytes: inout [UInt8]) -> String {
        guard bytes.count > 1 else { return flipBits(&bytes) }
        let start = pick(below: bytes.count)
        let end = min(bytes.count, start + 1 + pick(below: 200))
        let at = pick(below: bytes.count)
        bytes.insert(contentsOf: Array(bytes[start..<end]), at: at)
        return "copied bytes \(start)..<\(end) to \(at)"
    }

    // MARK: Helpers

    private func isKey(_ index: Int, _ tokens: [JSONToken]) -> Bool {
        index + 1 < tokens.count && tokens[index].kind == .string && tokens[index + 1].kind == .colon
    }

    private func text(_ token: JSONToken, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[token.range], as: UTF8.self)
    }

    private static func hugeString(_ size: Int) -> String {
        "\"" + String(repeating: ["a", "æ", "\\u00e6"][size], count: [100_000, 100_000, 50_000][size]) + "\""
    }

    /// The edges of Int32, Int64, UInt64, Double and JSON's number grammar, and text that is
    /// no JSON number at all.
    static let boundaryNumbers = [
        "0", "-0", "-1", "1.5", "0.5", "2147483647", "2147483648", "-2147483649", "4294967296", "9007199254740992",
        "9007199254740993", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "1e308", "-1e308", "1.8e308", "1e309", "-1e309", "1e-400", "4.9e-324", "9.3e18", "-9.3e18",
        "1e-9999999999999999999", "1e9999999999999999999", "123456789012345678901234567890", "1E2", "0.1e1",
        "NaN", "-NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "1e", "--1", String(repeating: "9", count: 10_000),
    ]

    static let otherTypes = ["null", "true", "false", "0", "-1", "1e308", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"\": null}", "[[[]]]"]

    static let boundaryDates = [
        "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "-001-01-01", "2024-02-30", "2023-02-29", "2024-13-01",
        "2024-00-10", "2024-1-01", "99999999999999999999-01-01", "2024-06-01T00:00:00Z", "",
    ]

    static let boundaryTimestamps = [
        "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:60Z", "2026-06-01T25:61:61Z", "2026-06-01T00:00:00",
        "292277026596-12-04T15:30:07Z", "-292277026596-01-01T00:00:00Z", "2026-06-01T00:00:00+99:99", "2026-06-01",
        "99999999999999999999-01-01T00:00:00Z",
    ]

    static let badEscapes = ["\\ud800", "\\udfff", "\\ud800\\u0041", "\\u0000", "\\x41", "\\u12", "\\", "\\\u{7}", "\u{0}", "\u{1b}[2J"]

    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0x80], [0xEF, 0xBB, 0xBF],
    ]
}
