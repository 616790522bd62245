import Foundation

/// Decodes a store document straight from the strict parser's tape (`JSONParser.tape`), so
/// that a file is parsed once, into one list of tokens, instead of checked by the parser and
/// parsed again by Foundation's decoder. Keys are compared with the bytes of the file and
/// only the strings a type reads become `String`s; a type with a reader of its own
/// (`TapeReadable`) reads itself, member by member. It reads only the plain forms the
/// program writes: a whole number with decimals or an exponent, a null or a missing field
/// where a value belongs, or any other surprise throws `TapeDecoder.Unread`, and
/// `DocumentCoding` then reads the document with Foundation's decoder, which decides and,
/// for a bad file, says where and why.
struct TapeDecoder: Decoder {
    /// The tape holds something this decoder does not read; Foundation's decoder will.
    struct Unread: Error {}

    /// Reads a `Value` from a document parsed into `tape`.
    static func decode<Value: Decodable>(
        _ type: Value.Type, from data: Data, tape: JSONTape, userInfo: [CodingUserInfoKey: Any]
    ) throws -> Value {
        try data.withUnsafeBytes { bytes in
            try Value(from: TapeDecoder(document: Document(bytes: bytes, tape: tape, userInfo: userInfo), index: 0))
        }
    }

    /// The value at `index`: by its own reader when its type has one (`TapeReadable`), else
    /// the `Codable` way.
    static func read<Value: Decodable>(_ type: Value.Type, at index: Int, in document: Document) throws -> Value {
        guard let readable = Value.self as? any TapeReadable.Type else { return try value(type, at: index, in: document) }
        return try read(readable, as: Value.self, at: index, in: document)
    }

    /// What `decoder` reads: by the type's own reader when the decoder reads a tape and the
    /// type has one (`TapeReadable`), else the `Codable` way.
    static func read<Value: Decodable>(_ type: Value.Type, from decoder: any Decoder) throws -> Value {
        guard let tape = decoder as? TapeDecoder else { return try Value(from: decoder) }
        return try read(type, at: tape.index, in: tape.document)
    }

    /// The value at `index` read by the reader of its type.
    static func read<Readable: TapeReadable, Value>(_ type: Readable.Type, as: Value.Type, at index: Int, in document: Document) throws -> Value {
        guard let value = try Readable(tapeObject: index, in: document) as? Value else { throw Unread() }
        return value
    }

    /// The value at `index` read the `Codable` way.
    static func value<Value: Decodable>(_ type: Value.Type, at index: Int, in document: Document) throws -> Value {
        try Value(from: TapeDecoder(document: document, index: index))
    }

    /// The document's bytes and tokens, shared by every container of one decode.
    final class Document {
        /// Valid while `decode` runs: a type's `init(from:)` does not keep its decoder.
        private let bytes: UnsafeRawBufferPointer
        let tape: JSONTape
        let userInfo: [CodingUserInfoKey: Any]
        let memberSlots = TapeMemberSlots()

        fileprivate init(bytes: UnsafeRawBufferPointer, tape: JSONTape, userInfo: [CodingUserInfoKey: Any]) {
            self.bytes = bytes
            self.tape = tape
            self.userInfo = userInfo
        }

        func kind(_ index: Int) -> JSONTape.Kind { tape.tokens[index].kind }

        /// The bytes of a string token's text as written, or of a number token.
        func literal(_ token: JSONTape.Token) -> UnsafeRawBufferPointer { JSONTape.literal(token, in: bytes) }

        func string(_ index: Int) throws -> String {
            let token = tape.tokens[index]
            switch token.kind {
            case .asciiString, .string, .escapedString: return JSONTape.text(token, in: bytes)
            default: throw Unread()
            }
        }

        func bool(_ index: Int) throws -> Bool {
            switch kind(index) {
            case .true: return true
            case .false: return false
            default: throw Unread()
            }
        }

        /// A whole number written as digits only.
        func integer<Integer: FixedWidthInteger>(_ index: Int) throws -> Integer {
            let token = tape.tokens[index]
            guard token.kind == .number, let value = Integer(JSONTape.text(token, in: bytes)) else { throw Unread() }
            return value
        }

        func floating<Floating: LosslessStringConvertible>(_ index: Int) throws -> Floating {
            let token = tape.tokens[index]
            guard token.kind == .number, let value = Floating(JSONTape.text(token, in: bytes)) else { throw Unread() }
            return value
        }

        func isNull(_ index: Int) -> Bool { kind(index) == .null }

        /// The index of the value of the member `name` of the object at `object`, nil when
        /// it has none. An ASCII name is compared with an ASCII key's bytes; any other pair as
        /// Swift compares strings.
        func member(_ name: String, of object: Int) -> Int? {
            let byBytes = name.utf8.withContiguousStorageIfAvailable { nameBytes -> Int?? in
                guard !nameBytes.contains(where: { $0 >= 0x80 }) else { return nil }
                return memberWithASCIIName(UnsafeRawBufferPointer(nameBytes), of: object)
            }
            if let found = byBytes ?? nil { return found }
            return memberByText(name, of: object)
        }

        /// `member` for a name of ASCII characters: its bytes are compared with every ASCII
        /// key's of the same length; nil when a key of other characters is in the way (the
        /// texts decide).
        private func memberWithASCIIName(_ name: UnsafeRawBufferPointer, of object: Int) -> Int?? {
            tape.tokens.withUnsafeBufferPointer { tokens in
                let end = tokens[object].end
                var key = object + 1
                while key < end {
                    let token = tokens[key]
                    guard token.kind == .asciiString else { return nil }
                    if JSONTape.literal(token, in: bytes).equals(name) { return .some(key + 1) }
                    key = JSONTape.next(after: key + 1, in: tokens)
                }
                return .some(nil)
            }
        }

        private func memberByText(_ name: String, of object: Int) -> Int? {
            let end = tape.tokens[object].end
            var key = object + 1
            while key < end {
                if JSONTape.text(tape.tokens[key], in: bytes) == name { return key + 1 }
                key = tape.next(after: key + 1)
            }
            return nil
        }

        /// The bytes of the string at `index`, of ASCII characters without escapes (a
        /// `TapeReadable` type's keys are, and the dates the program writes); `Unread` for any other.
        func asciiText(_ index: Int) throws -> UnsafeRawBufferPointer {
            let token = tape.tokens[index]
            guard token.kind == .asciiString else { throw Unread() }
            return JSONTape.literal(token, in: bytes)
        }

        /// The bytes of the string at `index`, without escapes; `Unread` for any other.
        func plainText(_ index: Int) throws -> UnsafeRawBufferPointer {
            let token = tape.tokens[index]
            guard token.kind == .asciiString || token.kind == .string else { throw Unread() }
            return JSONTape.literal(token, in: bytes)
        }

        /// The texts of the keys of the object at `object`.
        func keys(of object: Int) -> [String] {
            let end = tape.tokens[object].end
            var keys: [String] = []
            var key = object + 1
            while key < end {
                keys.append(JSONTape.text(tape.tokens[key], in: bytes))
                key = tape.next(after: key + 1)
            }
            return keys
        }
    }

    let document: Document
    /// The token of the value this decoder reads.
    let index: Int

    private init(document: Document, index: Int) {
        self.document = document
        self.index = index
    }

    var userInfo: [CodingUserInfoKey: Any] { document.userInfo }
    /// Not kept (errors are explained by Foundation's decoder): always empty.
    var codingPath: [CodingKey] { [] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard document.kind(index) == .object else { throw Unread() }
        return KeyedDecodingContainer(Keyed<Key>(document: document, object: index))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard document.kind(index) == .array else { throw Unread() }
        return Unkeyed(document: document, array: index)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        Single(document: document, index: index)
    }

    // MARK: Containers

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let document: Document
        let object: Int
        var codingPath: [CodingKey] { [] }
        var allKeys: [Key] { document.keys(of: object).compactMap { Key(stringValue: $0) } }

        private func value(_ key: Key) throws -> Int {
            guard let value = document.member(key.stringValue, of: object) else { throw Unread() }
            return value
        }

        /// The value of `key`, nil when it is missing or null.
        private func presentValue(_ key: Key) -> Int? {
            document.member(key.stringValue, of: object).flatMap { document.isNull($0) ? nil : $0 }
        }

        func contains(_ key: Key) -> Bool { document.member(key.stringValue, of: object) != nil }

        func decodeNil(forKey key: Key) throws -> Bool { document.isNull(try value(key)) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try document.bool(try value(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try document.string(try value(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try document.floating(try value(key)) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try document.floating(try value(key)) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try document.integer(try value(key)) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try document.integer(try value(key)) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try document.integer(try value(key)) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try document.integer(try value(key)) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try document.integer(try value(key)) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try document.integer(try value(key)) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try document.integer(try value(key)) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try document.integer(try value(key)) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try document.integer(try value(key)) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try document.integer(try value(key)) }

        func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
            try Value(from: TapeDecoder(document: document, index: try value(key)))
        }

        // One look-up for a field that may be missing (the standard way takes three).
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try presentValue(key).map(document.string)
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try presentValue(key).map { try document.integer($0) }
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try presentValue(key).map(document.bool)
        }

        func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
            try presentValue(key).map { try Value(from: TapeDecoder(document: document, index: $0)) }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try TapeDecoder(document: document, index: try value(key)).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            try TapeDecoder(document: document, index: try value(key)).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { throw Unread() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw Unread() }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let document: Document
        let array: Int
        /// The token of the next element; the array's end when there is none.
        var current: Int
        var currentIndex = 0
        var codingPath: [CodingKey] { [] }
        var isAtEnd: Bool { current >= document.tape.tokens[array].end }

        var count: Int? {
            var count = 0
            var element = array + 1
            while element < document.tape.tokens[array].end {
                count += 1
                element = document.tape.next(after: element)
            }
            return count
        }

        init(document: Document, array: Int) {
            self.document = document
            self.array = array
            current = array + 1
        }

        private mutating func next() throws -> Int {
            guard !isAtEnd else { throw Unread() }
            defer {
                current = document.tape.next(after: current)
                currentIndex += 1
            }
            return current
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw Unread() }
            guard document.isNull(current) else { return false }
            _ = try next()
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try document.bool(try next()) }
        mutating func decode(_ type: String.Type) throws -> String { try document.string(try next()) }
        mutating func decode(_ type: Double.Type) throws -> Double { try document.floating(try next()) }
        mutating func decode(_ type: Float.Type) throws -> Float { try document.floating(try next()) }
        mutating func decode(_ type: Int.Type) throws -> Int { try document.integer(try next()) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try document.integer(try next()) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try document.integer(try next()) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try document.integer(try next()) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try document.integer(try next()) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try document.integer(try next()) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try document.integer(try next()) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try document.integer(try next()) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try document.integer(try next()) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try document.integer(try next()) }

        mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try TapeDecoder.read(type, at: try next(), in: document)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try TapeDecoder(document: document, index: try next()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try TapeDecoder(document: document, index: try next()).unkeyedContainer()
        }

        mutating func superDecoder() throws -> Decoder { throw Unread() }
    }

    private struct Single: SingleValueDecodingContainer {
        let document: Document
        let index: Int
        var codingPath: [CodingKey] { [] }

        func decodeNil() -> Bool { document.isNull(index) }
        func decode(_ type: Bool.Type) throws -> Bool { try document.bool(index) }
        func decode(_ type: String.Type) throws -> String { try document.string(index) }
        func decode(_ type: Double.Type) throws -> Double { try document.floating(index) }
        func decode(_ type: Float.Type) throws -> Float { try document.floating(index) }
        func decode(_ type: Int.Type) throws -> Int { try document.integer(index) }
        func decode(_ type: Int8.Type) throws -> Int8 { try document.integer(index) }
        func decode(_ type: Int16.Type) throws -> Int16 { try document.integer(index) }
        func decode(_ type: Int32.Type) throws -> Int32 { try document.integer(index) }
        func decode(_ type: Int64.Type) throws -> Int64 { try document.integer(index) }
        func decode(_ type: UInt.Type) throws -> UInt { try document.integer(index) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try document.integer(index) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try document.integer(index) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try document.integer(index) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try document.integer(index) }

        func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            try Value(from: TapeDecoder(document: document, index: index))
        }
    }
}
