import Foundation
import JobsagCore
import JobsagStoreTestSupport
import Testing
@testable import JobsagStore

/// The tape's reader gives what Foundation's decoder gives for every document the program
/// writes, and leaves every other form to it.
@Suite struct TapeDecoderTests {
    static func envelope(_ data: Data) throws -> Envelope<Case> {
        let tape = try data.withUnsafeBytes { try JSONParser.tape($0).get() }
        var userInfo: [CodingUserInfoKey: Any] = [:]
        if let key = DocumentUserInfo.rules { userInfo[key] = CaseFileCoding.rules }
        return try TapeDecoder.decode(Envelope<Case>.self, from: data, tape: tape, userInfo: userInfo)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        let data = Data(text.utf8)
        return try TapeDecoder.decode(type, from: data, tape: try data.withUnsafeBytes { try JSONParser.tape($0).get() }, userInfo: [:])
    }

    static func foundation(_ data: Data) throws -> Envelope<Case> {
        let decoder = JSONDecoder()
        if let key = DocumentUserInfo.rules { decoder.userInfo[key] = CaseFileCoding.rules }
        return try decoder.decode(Envelope<Case>.self, from: data)
    }

    @Test func everyCaseTheProgramWritesReadsFromTheTapeAsFoundationReadsIt() throws {
        var documents = try SampleCases.make(count: 12).map { try StoreDocument.encode($0, source: $0.id) }
        documents.append(try StoreFixtures.fixture("case-v6.json"))
        for data in documents {
            let fromTape = try Self.envelope(data)
            let fromFoundation = try Self.foundation(data)
            #expect(fromTape.value == fromFoundation.value)
            #expect(fromTape.version == fromFoundation.version)
        }
    }

    @Test func otherFormsAreLeftToFoundation() throws {
        struct Counts: Decodable, Equatable {
            var whole: Int
            var name: String
        }
        for text in [#"{"whole": 2.0, "name": "Åse"}"#, #"{"whole": 2e0, "name": "Åse"}"#, #"{"whole": 2, "name": null}"#, #"{"name": "Åse"}"#] {
            #expect(throws: TapeDecoder.Unread.self) { try Self.decode(Counts.self, text) }
        }
        let escaped = #"{"whole": 2, "name": "Åse \u00e6 \"Ø\"\\\ud83d\ude00 ø\n\t\/"}"#
        #expect(try Self.decode(Counts.self, escaped) == Counts(whole: 2, name: "Åse æ \"Ø\"\\😀 ø\n\t/"))
    }

    @Test func keysAreFoundHoweverTheyAreWritten() throws {
        struct Fields: Decodable, Equatable {
            var whole: Int
            var apple: String
            var list: [Int]
            var flag: Bool?
            enum CodingKeys: String, CodingKey {
                case whole, list, flag
                case apple = "æble"
            }
        }
        let expected = Fields(whole: 2, apple: "Ærø", list: [1, 2, 3], flag: nil)
        for text in [
            #"{"whole": 2, "æble": "Ærø", "list": [1, 2, 3]}"#,
            #"{"flag": null, "list": [1, 2, 3], "\u00e6ble": "\u00c6r\u00f8", "wh\u006fle": 2}"#,
        ] {
            #expect(try Self.decode(Fields.self, text) == expected)
        }
        #expect(try Self.decode([[Int]].self, "[[], [1], [2, 3]]") == [[], [1], [2, 3]])
        #expect(try Self.decode([String].self, #"["æ", "b\n", ""]"#) == ["æ", "b\n", ""])
        #expect(throws: TapeDecoder.Unread.self) { try Self.decode([String].self, #"["æ", 1]"#) }
    }

    /// A list left out or written as null reads as empty; a kind the program does not know is
    /// refused with the standard library's own words.
    @Test func aMissingOrNullListIsEmptyAndAnUnknownKindIsRefused() throws {
        let item = try #require(SampleCases.make(count: 12).first { !$0.conversations.isEmpty && !$0.offers.isEmpty && !$0.goals.isEmpty })
        var object = try #require(try JSONSerialization.jsonObject(with: try StoreDocument.encode(item, source: item.id)) as? [String: Any])
        object.removeValue(forKey: "goals")
        object["offers"] = NSNull()
        let edited = try JSONSerialization.data(withJSONObject: object)
        let fromTape = try Self.envelope(edited)
        #expect(fromTape.value == (try Self.foundation(edited)).value)
        #expect(fromTape.value.goals.isEmpty && fromTape.value.offers.isEmpty && fromTape.value.conversations == item.conversations)

        var conversations = try #require(object["conversations"] as? [[String: Any]])
        conversations[0]["kind"] = "ukendt"
        object["conversations"] = conversations
        let unknown = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: (any Error).self) { try Self.envelope(unknown) }
        do {
            _ = try Self.foundation(unknown)
            Issue.record("an unknown kind was read")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "Cannot initialize Kind from invalid String value ukendt")
        }
    }
}
