/// A token of JSON text with its byte range and nesting depth, from a lenient lexer that
/// never fails (a mutant may be anything), for the mutator to find numbers, strings, keys
/// and whole values.
struct JSONToken {
    enum Kind { case string, number, literal, open, close, colon, comma }

    var kind: Kind
    var range: Range<Int>
    /// How many containers enclose the token (the members of the top-level object are at 1).
    var depth: Int

    /// The tokens of `bytes`; bytes that start no token are skipped.
    static func tokens(_ bytes: [UInt8]) -> [JSONToken] {
        bytes.withUnsafeBufferPointer(tokens(in:))
    }

    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [JSONToken] {
        var tokens: [JSONToken] = []
        var depth = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index = min(index + 1, bytes.count)
                tokens.append(JSONToken(kind: .string, range: start..<index, depth: depth))
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                tokens.append(JSONToken(kind: .open, range: start..<start + 1, depth: depth))
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
                tokens.append(JSONToken(kind: .close, range: start..<start + 1, depth: depth))
                index += 1
            case UInt8(ascii: ":"), UInt8(ascii: ","):
                tokens.append(JSONToken(kind: byte == UInt8(ascii: ":") ? .colon : .comma, range: start..<start + 1, depth: depth))
                index += 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
                tokens.append(JSONToken(kind: .number, range: start..<index, depth: depth))
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                while index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { index += 1 }
                tokens.append(JSONToken(kind: .literal, range: start..<index, depth: depth))
            default:
                index += 1
            }
        }
        return tokens
    }

    /// The index of the last token of the value that starts at `index` (its closing bracket
    /// for a container).
    static func valueEnd(_ tokens: [JSONToken], from index: Int) -> Int {
        guard tokens[index].kind == .open else { return index }
        let depth = tokens[index].depth
        var end = index + 1
        while end < tokens.count, !(tokens[end].kind == .close && tokens[end].depth == depth) { end += 1 }
        return min(end, tokens.count - 1)
    }

    /// The indices of the keys (strings followed by a colon and a value).
    static func keys(_ tokens: [JSONToken]) -> [Int] {
        tokens.indices.filter { $0 + 2 < tokens.count && tokens[$0].kind == .string && tokens[$0 + 1].kind == .colon }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}
