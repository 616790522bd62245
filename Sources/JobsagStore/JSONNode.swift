/// A JSON value together with the byte offset where it starts in its file. Built by
/// `JSONParser.parse` where a document's values are looked at by place or by name: a
/// problem is placed by its offsets, and migrations, the audit diff and the validator read it.
struct JSONNode: Sendable {
    enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// The number's literal text.
        case number(String)
        case bool(Bool)
        case null
    }

    struct Member: Sendable {
        var key: String
        var keyOffset: Int
        var value: JSONNode
    }

    var offset: Int
    var value: Value

    /// The tree of a document parsed into `tape` from `bytes`.
    init(tape: JSONTape, bytes: UnsafeRawBufferPointer) {
        guard !tape.tokens.isEmpty else {
            self.init(offset: 0, value: .null)
            return
        }
        self = Self.node(at: 0, of: tape, bytes: bytes)
    }

    init(offset: Int, value: Value) {
        self.offset = offset
        self.value = value
    }

    private static func node(at index: Int, of tape: JSONTape, bytes: UnsafeRawBufferPointer) -> JSONNode {
        let token = tape.tokens[index]
        switch token.kind {
        case .object:
            var members: [Member] = []
            var key = index + 1
            while key < token.end {
                let keyToken = tape.tokens[key]
                members.append(Member(
                    key: JSONTape.text(keyToken, in: bytes), keyOffset: keyToken.offset,
                    value: node(at: key + 1, of: tape, bytes: bytes)))
                key = tape.next(after: key + 1)
            }
            return JSONNode(offset: token.offset, value: .object(members))
        case .array:
            var elements: [JSONNode] = []
            var element = index + 1
            while element < token.end {
                elements.append(node(at: element, of: tape, bytes: bytes))
                element = tape.next(after: element)
            }
            return JSONNode(offset: token.offset, value: .array(elements))
        case .asciiString, .string, .escapedString: return JSONNode(offset: token.offset, value: .string(JSONTape.text(token, in: bytes)))
        case .number: return JSONNode(offset: token.offset, value: .number(JSONTape.text(token, in: bytes)))
        case .true: return JSONNode(offset: token.offset, value: .bool(true))
        case .false: return JSONNode(offset: token.offset, value: .bool(false))
        case .null: return JSONNode(offset: token.offset, value: .null)
        }
    }

    /// The member `key` of an object node.
    func member(_ key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// What kind of value this is, in words (for "expected a date, found a number").
    var kindName: (da: String, en: String) {
        switch value {
        case .object: return ("et objekt", "an object")
        case .array: return ("en liste", "a list")
        case .string: return ("en tekst", "a text")
        case .number: return ("et tal", "a number")
        case .bool: return ("true/false", "true/false")
        case .null: return ("null", "null")
        }
    }

    /// The node at a Codable coding path, following as far as the path exists: string keys
    /// select object members, integer keys select array elements. `complete` tells whether
    /// the whole path was found.
    func locate(_ path: [CodingKey]) -> (node: JSONNode, complete: Bool) {
        var current = self
        for key in path {
            switch current.value {
            case .object:
                guard let next = current.member(key.stringValue) else { return (current, false) }
                current = next
            case .array(let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return (current, false) }
                current = elements[index]
            default:
                return (current, false)
            }
        }
        return (current, true)
    }

    /// The number a whole-number field most likely failed on: the first beyond a 64-bit
    /// integer, else the first with decimals or an exponent; nil when every number is whole.
    func likeliestWholeNumberMisfit() -> JSONNode? {
        var misfits: [JSONNode] = []
        collectNumbers(into: &misfits) { Int64($0) == nil }
        return misfits.first { node in
            guard case .number(let text) = node.value, let value = Double(text) else { return false }
            return abs(value) >= 9.2e18
        } ?? misfits.first
    }

    private func collectNumbers(into found: inout [JSONNode], where matches: (String) -> Bool) {
        switch value {
        case .object(let members): for member in members { member.value.collectNumbers(into: &found, where: matches) }
        case .array(let elements): for element in elements { element.collectNumbers(into: &found, where: matches) }
        case .number(let text): if matches(text) { found.append(self) }
        case .string, .bool, .null: break
        }
    }

    /// The value as a `JSONValue` (numbers through `Double`).
    var jsonValue: JSONValue {
        switch value {
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for member in members { object[member.key] = member.value.jsonValue }
            return .object(object)
        case .array(let elements): return .array(elements.map(\.jsonValue))
        case .string(let text): return .string(text)
        case .number(let text): return .number(Double(text) ?? 0)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        }
    }
}
