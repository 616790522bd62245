import JobsagCore

/// A type `TapeDecoder` reads member by member from the tape itself, without Codable's
/// containers: a case and the entries it holds by the dozen, where the containers' look-ups of
/// each key and of their generic types cost more than reading the values. It reads only
/// what the type's `Codable` conformance writes: every key it needs, optional ones missing
/// or null, no other key; anything else throws `TapeDecoder.Unread`, and the document is
/// read the `Codable` way, which decides.
protocol TapeReadable: Decodable {
    /// The keys it reads: the names `Codable` writes (a test holds them to it).
    static var tapeKeys: TapeKeys { get }

    init(tapeObject object: Int, in document: TapeDecoder.Document) throws
}

/// The keys of a `TapeReadable` type, each a field's number: the names of the cases of its
/// field enumeration, which are the names its `Codable` conformance writes, in the order the
/// program writes them (by their bytes), so a document the program wrote finds each key
/// where the last one ended; a document from PostgreSQL, whose `jsonb` keeps keys shorter
/// first and then by their bytes, finds it where the last one ended in that order.
///
/// A class, shared by every object of its type a decode reads (a value of three arrays was
/// retained and released at each), with the names' bytes one after another.
final class TapeKeys: Sendable {
    let names: [String]
    /// How many fields there are.
    let count: Int
    /// The names' bytes one after another, and where each starts (the next one's start is its end).
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The field after each in `jsonb`'s order (`count` after the last), and the first.
    private let nextByLength: [Int]
    private let firstByLength: Int

    /// The names are the fields' `CodingKey` names, which the compiler writes down (read as
    /// `"\(field)"`, by reflection, they took 4 of the 33 ms of `jobsag plan` for one case).
    init<Field: CaseIterable & CodingKey>(of field: Field.Type) {
        names = Field.allCases.map(\.stringValue)
        count = names.count
        let bytes = names.map { Array($0.utf8) }
        self.bytes = bytes.flatMap { $0 }
        starts = bytes.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) }
        let byLength = bytes.indices.sorted {
            bytes[$0].count != bytes[$1].count ? bytes[$0].count < bytes[$1].count : bytes[$0].lexicographicallyPrecedes(bytes[$1])
        }
        var nextByLength = [Int](repeating: bytes.count, count: bytes.count)
        for (place, field) in byLength.enumerated().dropLast() { nextByLength[field] = byLength[place + 1] }
        self.nextByLength = nextByLength
        firstByLength = byLength.first ?? 0
    }

    /// The number of the field named `key`, the member after the field `previous` (nil for
    /// the first member): looked for where either order puts it first; nil when none is.
    @inline(__always)
    func field(named key: UnsafeRawBufferPointer, after previous: Int?) -> Int? {
        let inOrder = previous.map { $0 + 1 } ?? 0
        if isNamed(inOrder, key) { return inOrder }
        let byLength = previous.map { nextByLength[$0] } ?? firstByLength
        if isNamed(byLength, key) { return byLength }
        return (0..<count).first { isNamed($0, key) }
    }

    @inline(__always)
    private func isNamed(_ field: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        guard field < count else { return false }
        return bytes.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[starts[field]..<starts[field + 1]]).equals(key) }
    }
}

extension TapeDecoder.Document {
    /// Writes into `values` the value's token of each member of the object at `object`, at
    /// its field's number. Throws `Unread` for anything but an object, and for a key of no
    /// field or of other characters than ASCII (the reader checks that each field it needs
    /// was there: the parser refuses a key twice).
    func readMembers(of object: Int, keys: TapeKeys, into values: UnsafeMutableBufferPointer<Int>) throws {
        try tape.tokens.withUnsafeBufferPointer { tokens throws in
            guard tokens.indices.contains(object), tokens[object].kind == .object else { throw TapeDecoder.Unread() }
            let end = min(tokens[object].end, tokens.count)
            var key = object + 1
            var previous: Int?
            // Each key and its value, read where the tape holds them.
            while key + 1 < end {
                let token = tokens[key]
                guard token.kind == .asciiString, let field = keys.field(named: literal(token), after: previous) else { throw TapeDecoder.Unread() }
                values[field] = key + 1
                previous = field
                key = JSONTape.next(after: key + 1, in: tokens)
            }
        }
    }

    /// The elements of the list at `index`, each read the way its type reads
    /// (`TapeDecoder.read`), the way found once for the list.
    func list<Element: Decodable>(_ type: Element.Type, _ index: Int) throws -> [Element] {
        let readable = Element.self as? any TapeReadable.Type
        return try elements(of: index) { element in
            try readable.map { try TapeDecoder.read($0, as: Element.self, at: element, in: self) }
                ?? TapeDecoder.value(Element.self, at: element, in: self)
        }
    }

    /// The elements of the list at `index`, each read by `read` from its token.
    func elements<Element>(of index: Int, _ read: (Int) throws -> Element) throws -> [Element] {
        guard kind(index) == .array else { throw TapeDecoder.Unread() }
        let end = tape.tokens[index].end
        var count = 0
        var element = index + 1
        while element < end {
            count += 1
            element = tape.next(after: element)
        }
        // As long as the list, no longer: a case's lists are kept as long as the case.
        var elements: [Element] = []
        elements.reserveCapacity(count)
        element = index + 1
        while element < end {
            elements.append(try read(element))
            element = tape.next(after: element)
        }
        return elements
    }

    /// The raw value written at `index`, found by its bytes in its type's table.
    func raw<Value: TapeRawValue>(_ index: Int) throws -> Value {
        guard let value = Value.tapeValues.value(try plainText(index)) else { throw TapeDecoder.Unread() }
        return value
    }
}

/// The members of one object as a `TapeReadable` type reads them: each field's value by the
/// field (a case of its `Field` enumeration), read as the field's type is written.
struct TapeMembers<Field: RawRepresentable<Int>> {
    private let document: TapeDecoder.Document
    /// Each field's value token, in slots the document keeps.
    private let values: UnsafeMutableBufferPointer<Int>

    init(of object: Int, in document: TapeDecoder.Document, keys: TapeKeys) throws {
        self.document = document
        let values = document.memberSlots.take(keys.count)
        try document.readMembers(of: object, keys: keys, into: values)
        self.values = values
    }

    /// The value's token; nil when the field is missing or null.
    func value(_ field: Field) -> Int? {
        let value = values[field.rawValue]
        return value == TapeMemberSlots.empty || document.isNull(value) ? nil : value
    }

    /// The value's token of a field the type needs: `Unread` when it is missing or null.
    private func needed(_ field: Field) throws -> Int {
        guard let value = value(field) else { throw TapeDecoder.Unread() }
        return value
    }

    /// `read(field)` for a field that may be missing or null (an optional property).
    func ifPresent<Value>(_ field: Field, _ read: (Field) throws -> Value) rethrows -> Value? {
        value(field) == nil ? nil : try read(field)
    }

    func text(_ field: Field) throws -> String { try document.string(try needed(field)) }
    func flag(_ field: Field) throws -> Bool { try document.bool(try needed(field)) }
    func whole(_ field: Field) throws -> Int { try document.integer(try needed(field)) }
    func decimal(_ field: Field) throws -> Double { try document.floating(try needed(field)) }

    /// A text field that the type keeps as the value `parse` reads from it.
    func parsed<Value>(_ field: Field, _ parse: (String) -> Value?) throws -> Value {
        guard let value = parse(try text(field)) else { throw TapeDecoder.Unread() }
        return value
    }

    /// A date written as `CalendarDate` writes it (`2026-12-05`), read from its bytes.
    func date(_ field: Field) throws -> CalendarDate {
        guard let date = CalendarDate(isoBytes: try document.asciiText(try needed(field))) else { throw TapeDecoder.Unread() }
        return date
    }

    /// A text field that the type keeps as one of its raw values.
    func raw<Value: TapeRawValue>(_ field: Field) throws -> Value { try document.raw(try needed(field)) }

    /// A value of another type, read the way that type reads (`TapeDecoder.read`).
    func read<Value: Decodable>(_ field: Field) throws -> Value {
        try TapeDecoder.read(Value.self, at: try needed(field), in: document)
    }

    /// A value of a type that reads itself, read so without asking at run time whether it
    /// does (`read` asks: the question cost as much as reading a small entry).
    func entry<Value: TapeReadable>(_ field: Field) throws -> Value { try Value(tapeObject: try needed(field), in: document) }

    func list<Element: Decodable>(_ field: Field) throws -> [Element] {
        try document.list(Element.self, try needed(field))
    }

    /// A list of entries that read themselves (`entry`), or of raw values (`raw`), read so
    /// without asking at run time how.
    func entries<Element: TapeReadable>(_ field: Field) throws -> [Element] {
        try document.elements(of: try needed(field)) { try Element(tapeObject: $0, in: document) }
    }

    func rawList<Element: TapeRawValue>(_ field: Field) throws -> [Element] {
        try document.elements(of: try needed(field)) { try document.raw($0) }
    }
}
