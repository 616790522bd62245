import Foundation
import Testing
@testable import JobsagStore

@Suite struct JSONParserTests {
    private func syntaxError(_ text: String) -> (JSONParser.SyntaxError.Reason, TextPosition)? {
        let bytes = Array(text.utf8)
        let checked = bytes.withUnsafeBytes { JSONParser.validate($0) }
        guard case .failure(let error) = JSONParser.parse(bytes) else {
            #expect(checked == nil, "validate and parse disagree on \(text)")
            return nil
        }
        #expect(checked?.reason == error.reason && checked?.offset == error.offset, "validate and parse disagree on \(text)")
        return (error.reason, TextPosition(offset: error.offset, in: bytes))
    }

    @Test func parsesValidJSONWithOffsets() throws {
        let bytes = Array("{\n  \"a\" : [1, -2.5e3, true, null],\n  \"b\" : \"æ\\u00f8\\ud83d\\ude00\"\n}".utf8)
        guard case .success(let root) = JSONParser.parse(bytes) else {
            Issue.record("did not parse")
            return
        }
        #expect(root.member("b").map { TextPosition(offset: $0.offset, in: bytes) } == TextPosition(line: 3, column: 9))
        guard case .string(let text)? = root.member("b")?.value else {
            Issue.record("b is not a string")
            return
        }
        #expect(text == "æø😀")
        guard case .array(let elements)? = root.member("a")?.value else {
            Issue.record("a is not an array")
            return
        }
        #expect(elements.count == 4)
        #expect(TextPosition(offset: elements[1].offset, in: bytes) == TextPosition(line: 2, column: 13))
    }

    @Test func reportsTheExactPositionOfSyntaxErrors() {
        #expect(syntaxError("{\"a\": 1,\n \"b\" 2}")?.0 == .expectedColon)
        #expect(syntaxError("{\"a\": 1,\n \"b\" 2}")?.1 == TextPosition(line: 2, column: 6))
        #expect(syntaxError("[1, 2,]")?.0 == .trailingComma)
        #expect(syntaxError("[1, 2,]")?.1 == TextPosition(line: 1, column: 6))
        #expect(syntaxError("{\"a\": 1 , }")?.0 == .trailingComma)
        #expect(syntaxError("{\"a\": 1, \"a\": 2}")?.0 == .duplicateKey)
        #expect(syntaxError("{\"a\": 1, \"a\": 2}")?.1 == TextPosition(line: 1, column: 10))
        #expect(syntaxError("[1e400]")?.0 == .numberOutOfRange)
        #expect(syntaxError("[0.0e-400, 1e-400]")?.0 == .numberOutOfRange)
        #expect(syntaxError("[0.0e-400, 1e-400]")?.1 == TextPosition(line: 1, column: 12))
        #expect(syntaxError("{\"a\": tru}")?.0 == .unexpectedCharacter)
        #expect(syntaxError("{\"a\": 01}")?.0 == .expectedCommaOrEnd)
        #expect(syntaxError("{\"a\": \"x\ny\"}")?.0 == .controlCharacterInString)
        #expect(syntaxError("{\"a\": \"\\q\"}")?.0 == .invalidEscape)
        #expect(syntaxError("{\"a\": \"\\udc00\"}")?.0 == .invalidEscape)
        #expect(syntaxError("{} {}")?.0 == .trailingContent)
        #expect(syntaxError("  ")?.0 == .emptyFile)
        #expect(syntaxError("{a: 1}")?.0 == .expectedKey)
    }

    /// A token keeps its offsets in 32 bits: a document larger than they reach is refused as
    /// such, before a byte of it is read (the bytes here are one space, said to be 4 GiB).
    @Test func aDocumentLargerThanATokenReachesIsRefused() {
        var space = UInt8(ascii: " ")
        withUnsafeBytes(of: &space) { byte in
            let huge = UnsafeRawBufferPointer(start: byte.baseAddress, count: JSONParser.largestDocument + 1)
            guard case .failure(let error) = JSONParser.tape(huge) else {
                Issue.record("a document of 4 GiB was read")
                return
            }
            #expect(error.reason == .tooLarge)
            #expect(error.detail.da.contains("4 GiB"))
        }
    }

    @Test func anIntegerIsOutOfRangeOnlyWhenItIsBeyondEveryDouble() {
        let largest = "-" + String(repeating: "9", count: 307)
        #expect(syntaxError("[\(largest), \(String(repeating: "9", count: 308))]") == nil)
        #expect(syntaxError("[1\(String(repeating: "0", count: 308))]") == nil)
        #expect(syntaxError("[-\(String(repeating: "9", count: 309))]")?.0 == .numberOutOfRange)
        #expect(syntaxError("[0, -0, \(String(repeating: "9", count: 400))]")?.1 == TextPosition(line: 1, column: 9))
    }

    @Test func aKeyIsADuplicateHoweverItIsWritten() {
        #expect(syntaxError(#"{"a": 1, "\u0061": 2}"#)?.0 == .duplicateKey)
        #expect(syntaxError(#"{"æ": 1, "\u00e6": 2}"#)?.0 == .duplicateKey)
        #expect(syntaxError(#"{"a": {"a": 1}, "b": [{"a": 2, "b": 3}], "c": {"a": []}}"#) == nil)
        let many = (0..<20).map { "\"k\($0)\": {\"k\($0)\": \($0)}" }.joined(separator: ", ")
        #expect(syntaxError("{\(many), \"k3\": 0}")?.0 == .duplicateKey)
        #expect(syntaxError("{\(many), \"k\\u0031\": 0}")?.0 == .duplicateKey)
        #expect(syntaxError("{\(many), \"k20\": 0}") == nil)
    }

    /// Keys in PostgreSQL's `jsonb` order (by length, then bytes) or the program's (by bytes)
    /// are different without a look back; a key out of either order is still compared with
    /// every earlier one.
    @Test func aDuplicateIsFoundInEitherKeyOrder() {
        #expect(syntaxError(#"{"b": 1, "aa": 2, "ccc": 3}"#) == nil)
        #expect(syntaxError(#"{"b": 1, "aa": 2, "aa": 3}"#)?.0 == .duplicateKey)
        #expect(syntaxError(#"{"b": 1, "aa": 2, "b": 3}"#)?.0 == .duplicateKey)
        #expect(syntaxError(#"{"a": 1, "bb": 2, "a": 3}"#)?.0 == .duplicateKey)
        let byLength = (0..<20).map { "\"\(String(repeating: "k", count: $0 + 1))\": \($0)" }.joined(separator: ", ")
        #expect(syntaxError("{\(byLength)}") == nil)
        #expect(syntaxError("{\(byLength), \"kk\": 0}")?.0 == .duplicateKey)
        // A store document: the envelope's two keys, then the rest in byte order.
        let envelope = #""format": "jobsag.case", "version": 6, "#
        let sorted = (0..<20).map { "\"k\(String(format: "%02d", $0))\": \($0)" }.joined(separator: ", ")
        #expect(syntaxError("{\(envelope)\(sorted)}") == nil)
        #expect(syntaxError("{\(envelope)\(sorted), \"version\": 7}")?.0 == .duplicateKey)
        #expect(syntaxError("{\(envelope)\"absences\": [], \"format\": 7}")?.0 == .duplicateKey)
        #expect(syntaxError("{\(envelope)\"absences\": [], \"v\\u0065rsion\": 7}")?.0 == .duplicateKey)
        // Runs broken again and again: each key still compared with every earlier one.
        #expect(syntaxError(#"{"b": 1, "a": 2, "d": 3, "c": 4, "a": 5}"#)?.0 == .duplicateKey)
        #expect(syntaxError(#"{"b": 1, "a": 2, "d": 3, "c": 4, "e": 5}"#) == nil)
        #expect(syntaxError("{\(sorted), \"a\": 1, \"k05\": 2}")?.0 == .duplicateKey)
        #expect(syntaxError("{\(sorted), \"a\": 1, \"b\": 2}") == nil)
    }

    /// Indentation is skipped eight bytes at a time: whatever follows the spaces is read.
    @Test func indentationOfAnyWidthIsSkipped() {
        for width in 0..<20 {
            let pad = String(repeating: " ", count: width)
            for after in ["", "\t", "\r\n ", "\n", "\n\n"] {
                #expect(syntaxError("{\n\(pad)\(after)\"a\" :\n\(pad)[1,\n\(pad)\(after)2]\n\(pad)}\n") == nil)
            }
            #expect(syntaxError("{\n\(pad)x}")?.0 == .expectedKey)
            #expect(syntaxError("{\n\(pad)x}")?.1 == TextPosition(line: 2, column: width + 1))
            #expect(syntaxError("[\n\(pad)1,\n\(pad)]")?.0 == .trailingComma)
        }
    }

    /// Strings are scanned eight bytes at a time: a special character is found wherever it falls.
    @Test func stringsReadTheSameWhereverTheirSpecialCharactersFall() throws {
        for position in 0..<20 {
            let plain = String(repeating: "a", count: position)
            for special in [#"\""#, #"\\"#, #"\n"#, #"\u00e6"#, "é", "ø😀", "\u{7F}", " "] {
                let json = "[\"\(plain)\(special)bbbbbbbbbbb\"]"
                let expected = try JSONDecoder().decode([String].self, from: Data(json.utf8))
                guard case .success(let root) = JSONParser.parse(Array(json.utf8)), case .array(let elements) = root.value,
                      case .string(let text)? = elements.first?.value
                else {
                    Issue.record("did not parse \(json)")
                    continue
                }
                #expect([text] == expected)
            }
            let control = "[\"\(plain)\u{1F}bbbbbbbbbbb\"]"
            #expect(syntaxError(control)?.0 == .controlCharacterInString)
            #expect(syntaxError(control)?.1 == TextPosition(line: 1, column: position + 3))
            #expect(syntaxError("[\"\(plain)bbbbbbbbbbb")?.0 == .unexpectedEnd)
            // After a letter beyond ASCII, which the scan steps over, in the same eight bytes or later.
            for gap in 0..<10 {
                let before = plain + "æ" + String(repeating: "b", count: gap)
                let controlAfter = "[\"\(before)\u{1F}bbbbbbbbbbb\"]"
                #expect(syntaxError(controlAfter)?.0 == .controlCharacterInString)
                #expect(syntaxError(controlAfter)?.1 == TextPosition(line: 1, column: position + gap + 4))
                let quoted = "[\"\(before)\", \"ø\(plain)\"]"
                #expect(try JSONDecoder().decode([String].self, from: Data(quoted.utf8)) == [before, "ø" + plain])
                guard case .success(let root) = JSONParser.parse(Array(quoted.utf8)), case .array(let elements) = root.value else {
                    Issue.record("did not parse \(quoted)")
                    continue
                }
                let texts = elements.map { element -> String? in
                    guard case .string(let text) = element.value else { return nil }
                    return text
                }
                #expect(texts == [before, "ø" + plain])
            }
        }
    }

    /// A string's token says whether it holds anything beyond ASCII, wherever that falls.
    @Test func aStringBeyondASCIIIsToldFromAnASCIIOne() throws {
        for position in 0..<20 {
            let plain = String(repeating: "a", count: position)
            for (text, kind) in [(plain + "bbbbbbbbbbbbbbbb", JSONTape.Kind.asciiString), (plain + "bbbbbbbbæbbbbbbb", .string), (plain + "bbbbbbbbbbbbbbbå", .string)] {
                let tape = try Array("[\"\(text)\"]".utf8).withUnsafeBytes { try JSONParser.tape($0).get() }
                #expect(tape.tokens[1].kind == kind, "\(text)")
            }
            // A letter beyond ASCII after the closing quote, in the bytes compared at once.
            let tape = try Array("[\"\(plain)\",\"æøå\"]".utf8).withUnsafeBytes { try JSONParser.tape($0).get() }
            #expect(tape.tokens[1].kind == .asciiString, "\(plain)")
            #expect(tape.tokens[2].kind == .string, "\(plain)")
        }
    }

    @Test func aTruncatedDocumentIsAnUnexpectedEndAtTheEnd() {
        let text = "{\n  \"name\" : \"Søren\",\n  \"list\" : [1, 2"
        #expect(syntaxError(text)?.0 == .unexpectedEnd)
        #expect(syntaxError(text)?.1 == TextPosition(line: 3, column: 17))
        #expect(syntaxError("{\"a\": \"abc")?.0 == .unexpectedEnd)
        #expect(syntaxError("[1.")?.0 == .unexpectedEnd)
    }

    @Test func findsInvalidUTF8AndCountsColumnsInCharacters() {
        var bytes = Array("{\n  \"æøå\" : \"".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("\"}".utf8))
        guard case .failure(let error) = JSONParser.parse(bytes) else {
            Issue.record("invalid UTF-8 parsed")
            return
        }
        #expect(error.reason == .invalidUTF8)
        #expect(TextPosition(offset: error.offset, in: bytes) == TextPosition(line: 2, column: 12))
        // Overlong forms and surrogates are invalid too.
        let overlong: [UInt8] = [0xC0, 0xAF]
        #expect(overlong.withUnsafeBytes { JSONParser.firstInvalidUTF8Offset($0) } == 0)
        let surrogate: [UInt8] = [0x41, 0xED, 0xA0, 0x80]
        #expect(surrogate.withUnsafeBytes { JSONParser.firstInvalidUTF8Offset($0) } == 1)
        let valid = Array("Ærø 😀".utf8)
        #expect(valid.withUnsafeBytes { JSONParser.firstInvalidUTF8Offset($0) } == nil)
    }

    /// The parse checks the UTF-8 of the texts it reads; a bad byte anywhere else is reported
    /// as bad UTF-8 too, at the document's first, before any other error.
    @Test func aByteThatIsNotUTF8IsReportedWhereverItIs() {
        let documents: [[UInt8]] = [
            Array("{\"k\u{E6}".utf8) + [0xFF] + Array("\" : 1}".utf8),  // in a key
            Array("[\"\\n\u{F8}".utf8) + [0xC3, 0x41] + Array("\"]".utf8),  // in a text with an escape
            Array("[1, ".utf8) + [0xE6] + Array("]".utf8),  // where a value belongs
            Array("{\"a\" 1, \"b\" : \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8),  // after a syntax error
            Array("{\"a\" : \"\u{E5}\"}".utf8) + [0x80],  // after the document
        ]
        for bytes in documents {
            let expected = bytes.withUnsafeBytes { JSONParser.firstInvalidUTF8Offset($0) }
            guard case .failure(let error) = JSONParser.parse(bytes) else {
                Issue.record("parsed: \(bytes)")
                continue
            }
            #expect(error.reason == .invalidUTF8, "\(bytes)")
            #expect(error.offset == expected, "\(bytes)")
        }
    }

    /// The check agrees with the standard library's on every text, however its runs of ASCII
    /// and of two-byte characters fall on the eight and sixteen bytes it tests at a time.
    @Test func utf8IsCheckedAsTheStandardLibraryChecksIt() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("abcdefghijklmnopq".utf8), Array("æ".utf8), Array("ø å".utf8), Array("😀".utf8), Array("€".utf8),
            [0xC2, 0x80], [0xDF, 0xBF], [0xC1, 0xBF], [0xC2], [0xC3, 0x41], [0x80], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        ]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator) ?? [] }
            let offset = bytes.withUnsafeBytes { JSONParser.firstInvalidUTF8Offset($0) }
            #expect((offset == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
            if let offset { #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)") }
        }
    }

    /// A text in a document is checked as the standard library checks it, wherever its ASCII,
    /// its two-byte characters and its escapes fall on the sixteen bytes the parse reads at a
    /// time: a valid text is read, an invalid one refused at its first bad byte.
    @Test func textsInADocumentAreCheckedAsTheStandardLibraryChecksThem() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("abcdefghijklmnopq".utf8), Array("æ".utf8), Array("ø å".utf8), Array("æøåÆØÅ".utf8), Array("😀".utf8),
            Array("€".utf8), Array("\\n".utf8), [0xC2, 0x80], [0xDF, 0xBF], [0xC1, 0xBF], [0xC2], [0xC3, 0x41], [0x80], [0xFF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        ]
        for _ in 0..<5_000 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text += pieces.randomElement(using: &generator) ?? [] }
            let opening = Array("[".utf8) + Array(repeating: UInt8(ascii: " "), count: Int.random(in: 0...16, using: &generator)) + Array("\"".utf8)
            let document = opening + text + Array("\"]".utf8)
            switch (JSONParser.parse(document), text.withUnsafeBytes { JSONParser.firstInvalidUTF8Offset($0) }) {
            case (.success, nil):
                #expect(String(validating: text, as: UTF8.self) != nil, "\(text)")
            case (.failure(let error), let invalid?):
                #expect(String(validating: text, as: UTF8.self) == nil, "\(text)")
                #expect(error.reason == .invalidUTF8 && error.offset == opening.count + invalid, "\(text): \(error)")
            case (let parsed, let invalid):
                Issue.record("\(text): parsed \(parsed), first invalid byte \(String(describing: invalid))")
            }
        }
    }

    @Test func locatesCodingPathsInTheTree() throws {
        struct Inner: Decodable { var date: CalendarDateLike }
        struct CalendarDateLike: Decodable {
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                _ = try container.decode(Int.self)
            }
        }
        struct Outer: Decodable { var items: [Inner] }
        let text = "{\n  \"items\" : [\n    {\"date\" : 1},\n    {\"date\" : \"x\"}\n  ]\n}"
        let bytes = Array(text.utf8)
        do {
            _ = try JSONDecoder().decode(Outer.self, from: Data(bytes))
            Issue.record("decoded")
        } catch let error as DecodingError {
            guard case .typeMismatch(_, let context) = error, case .success(let root) = JSONParser.parse(bytes) else {
                Issue.record("unexpected \(error)")
                return
            }
            let (node, complete) = root.locate(context.codingPath)
            #expect(complete)
            #expect(TextPosition(offset: node.offset, in: bytes) == TextPosition(line: 4, column: 15))
            #expect(DocumentCoding.fieldPath(context.codingPath) == "items[1].date")
        }
    }
}
