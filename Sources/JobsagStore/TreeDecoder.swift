/// Decodes a store document straight from the strict parser's tree (`JSONParser.parse`), so
/// that a file is parsed once instead of checked by the parser and parsed again by
/// Foundation's decoder. It reads only the plain forms the program writes: a whole number
/// with decimals or an exponent, a null or a missing field where a value belongs, or any
/// other surprise throws `TreeDecoder.Unread`, and `DocumentCoding` then reads the document
/// with Foundation's decoder, which decides and, for a bad file, says where and why.
struct TreeDecoder: Decoder {
    /// The tree holds something this decoder does not read; Foundation's decoder will.
    struct Unread: Error {}

    let node: JSONNode
    let userInfo: [CodingUserInfoKey: Any]
    /// Not kept (errors are explained by Foundation's decoder): always empty.
    var codingPath: [CodingKey] { [] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node.value else { throw Unread() }
        return KeyedDecodingContainer(Keyed<Key>(members: members, userInfo: userInfo))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = node.value else { throw Unread() }
        return Unkeyed(elements: elements, userInfo: userInfo)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        Single(node: node, userInfo: userInfo)
    }

    // MARK: Values

    static func string(_ node: JSONNode) throws -> String {
        guard case .string(let text) = node.value else { throw Unread() }
        return text
    }

    static func bool(_ node: JSONNode) throws -> Bool {
        guard case .bool(let value) = node.value else { throw Unread() }
        return value
    }

    /// A whole number written as digits only.
    static func integer<Integer: FixedWidthInteger>(_ node: JSONNode) throws -> Integer {
        guard case .number(let text) = node.value, let value = Integer(text) else { throw Unread() }
        return value
    }

    static func floating<Floating: LosslessStringConvertible>(_ node: JSONNode) throws -> Floating {
        guard case .number(let text) = node.value, let value = Floating(text) else { throw Unread() }
        return value
    }

    static func isNull(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }

    // MARK: Containers

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [JSONNode.Member]
        let userInfo: [CodingUserInfoKey: Any]
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        /// The value of `key`, nil when the object has no such member.
        private func member(_ key: Key) -> JSONNode? {
            let name = key.stringValue
            return members.first { $0.key == name }?.value
        }

        private func node(_ key: Key) throws -> JSONNode {
            guard let value = member(key) else { throw Unread() }
            return value
        }

        /// The value of `key`, nil when it is missing or null.
        private func presentNode(_ key: Key) -> JSONNode? {
            member(key).flatMap { TreeDecoder.isNull($0) ? nil : $0 }
        }

        func contains(_ key: Key) -> Bool { member(key) != nil }

        func decodeNil(forKey key: Key) throws -> Bool { TreeDecoder.isNull(try node(key)) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try TreeDecoder.bool(try node(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try TreeDecoder.string(try node(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try TreeDecoder.floating(try node(key)) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try TreeDecoder.floating(try node(key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try TreeDecoder.integer(try node(key)) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try TreeDecoder.integer(try node(key)) }

        func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
            try Value(from: TreeDecoder(node: try node(key), userInfo: userInfo))
        }

        // One look-up for a field that may be missing (the standard way takes three).
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try presentNode(key).map(TreeDecoder.string)
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try presentNode(key).map(TreeDecoder.integer)
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try presentNode(key).map(TreeDecoder.bool)
        }

        func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
            try presentNode(key).map { try Value(from: TreeDecoder(node: $0, userInfo: userInfo)) }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try TreeDecoder(node: try node(key), userInfo: userInfo).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try TreeDecoder(node: try node(key), userInfo: userInfo).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { throw Unread() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw Unread() }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let elements: [JSONNode]
        let userInfo: [CodingUserInfoKey: Any]
        var currentIndex = 0
        var codingPath: [CodingKey] { [] }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(elements: [JSONNode], userInfo: [CodingUserInfoKey: Any]) {
            self.elements = elements
            self.userInfo = userInfo
        }

        private mutating func next() throws -> JSONNode {
            guard currentIndex < elements.count else { throw Unread() }
            defer { currentIndex += 1 }
            return elements[currentIndex]
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < elements.count else { throw Unread() }
            guard TreeDecoder.isNull(elements[currentIndex]) else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try TreeDecoder.bool(try next()) }
        mutating func decode(_ type: String.Type) throws -> String { try TreeDecoder.string(try next()) }
        mutating func decode(_ type: Double.Type) throws -> Double { try TreeDecoder.floating(try next()) }
        mutating func decode(_ type: Float.Type) throws -> Float { try TreeDecoder.floating(try next()) }
        mutating func decode(_ type: Int.Type) throws -> Int { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try TreeDecoder.integer(try next()) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try TreeDecoder.integer(try next()) }

        mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try Value(from: TreeDecoder(node: try next(), userInfo: userInfo))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try TreeDecoder(node: try next(), userInfo: userInfo).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try TreeDecoder(node: try next(), userInfo: userInfo).unkeyedContainer()
        }

        mutating func superDecoder() throws -> Decoder { throw Unread() }
    }

    private struct Single: SingleValueDecodingContainer {
        let node: JSONNode
        let userInfo: [CodingUserInfoKey: Any]
        var codingPath: [CodingKey] { [] }

        func decodeNil() -> Bool { TreeDecoder.isNull(node) }
        func decode(_ type: Bool.Type) throws -> Bool { try TreeDecoder.bool(node) }
        func decode(_ type: String.Type) throws -> String { try TreeDecoder.string(node) }
        func decode(_ type: Double.Type) throws -> Double { try TreeDecoder.floating(node) }
        func decode(_ type: Float.Type) throws -> Float { try TreeDecoder.floating(node) }
        func decode(_ type: Int.Type) throws -> Int { try TreeDecoder.integer(node) }
        func decode(_ type: Int8.Type) throws -> Int8 { try TreeDecoder.integer(node) }
        func decode(_ type: Int16.Type) throws -> Int16 { try TreeDecoder.integer(node) }
        func decode(_ type: Int32.Type) throws -> Int32 { try TreeDecoder.integer(node) }
        func decode(_ type: Int64.Type) throws -> Int64 { try TreeDecoder.integer(node) }
        func decode(_ type: UInt.Type) throws -> UInt { try TreeDecoder.integer(node) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try TreeDecoder.integer(node) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try TreeDecoder.integer(node) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try TreeDecoder.integer(node) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try TreeDecoder.integer(node) }

        func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try Value(from: TreeDecoder(node: node, userInfo: userInfo))
        }
    }
}
