import Foundation
import JobsagCore
import JobsagStoreTestSupport
import Testing
@testable import JobsagStore

/// The tree's reader gives what Foundation's decoder gives for every document the program
/// writes, and leaves every other form to it.
@Suite struct TreeDecoderTests {
    static func envelope(_ data: Data) throws -> Envelope<Case> {
        let tree = try data.withUnsafeBytes { try JSONParser.parse($0).get() }
        var userInfo: [CodingUserInfoKey: Any] = [:]
        if let key = DocumentUserInfo.rules { userInfo[key] = CaseFileCoding.rules }
        return try Envelope<Case>(from: TreeDecoder(node: tree, userInfo: userInfo))
    }

    static func foundation(_ data: Data) throws -> Envelope<Case> {
        let decoder = JSONDecoder()
        if let key = DocumentUserInfo.rules { decoder.userInfo[key] = CaseFileCoding.rules }
        return try decoder.decode(Envelope<Case>.self, from: data)
    }

    @Test func everyCaseTheProgramWritesReadsFromTheTreeAsFoundationReadsIt() throws {
        var documents = try SampleCases.make(count: 12).map { try StoreDocument.encode($0, source: $0.id) }
        documents.append(try StoreFixtures.fixture("case-v6.json"))
        for data in documents {
            let fromTree = try Self.envelope(data)
            let fromFoundation = try Self.foundation(data)
            #expect(fromTree.value == fromFoundation.value)
            #expect(fromTree.version == fromFoundation.version)
        }
    }

    @Test func otherFormsAreLeftToFoundation() throws {
        struct Counts: Decodable, Equatable {
            var whole: Int
            var name: String
        }
        for text in [#"{"whole": 2.0, "name": "Åse"}"#, #"{"whole": 2e0, "name": "Åse"}"#, #"{"whole": 2, "name": null}"#, #"{"name": "Åse"}"#] {
            let tree = try Array(text.utf8).withUnsafeBytes { try JSONParser.parse($0).get() }
            #expect(throws: TreeDecoder.Unread.self) { try Counts(from: TreeDecoder(node: tree, userInfo: [:])) }
        }
        let tree = try Array(#"{"whole": 2, "name": "Åse \u00e6 \"Ø\"\\\ud83d\ude00 ø"}"#.utf8).withUnsafeBytes { try JSONParser.parse($0).get() }
        #expect(try Counts(from: TreeDecoder(node: tree, userInfo: [:])) == Counts(whole: 2, name: "Åse æ \"Ø\"\\😀 ø"))
    }
}
