import Foundation
import JobsagCore
import Testing

/// Conversations and offers keep their fields in one storage their copies share
/// (`CopyOnWrite`): still values, equal by what they hold, written as before.
@Suite struct CopyOnWriteTests {
    private let date = CalendarDate("2026-11-02")!

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Conversation(id: "k1", date: date, summary: "Borgeren søger job som lagerarbejder.")
        var copy = original
        #expect(copy == original)
        copy.summary = "Ændret"
        copy.jobFocus = true
        #expect(original.summary == "Borgeren søger job som lagerarbejder.")
        #expect(!original.jobFocus)
        #expect(copy.summary == "Ændret" && copy.jobFocus)
        #expect(copy != original)
    }

    @Test func valuesHoldingTheSameAreEqualAndHashAlike() {
        var first = Offer(id: "o1", type: .virksomhedspraktik, start: date, provider: "Østergaard El ApS")
        let second = Offer(id: "o1", type: .virksomhedspraktik, start: date, provider: "Østergaard El ApS")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        first.followUps.append(Offer.FollowUp(id: "f1", date: date, companyInvolved: true, note: ""))
        #expect(first != second)
        #expect(second.followUps.isEmpty)
        #expect(Set([first, second, second]).count == 2)
    }

    /// The fields are written as the entry's own members, absent optionals left out, and read back.
    @Test func anEntryIsWrittenWithItsOwnMembers() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let conversation = Conversation(id: "k1", date: date, summary: "Æble", recordedBy: "BJ")
        let written = try #require(try JSONSerialization.jsonObject(with: encoder.encode(conversation)) as? [String: Any])
        #expect(written.keys.sorted() == [
            "agreements", "date", "educationFocus", "form", "formChosenBy", "formReason", "id", "injunctionFollowedUp", "jobFocus",
            "kind", "outcome", "participants", "recordedBy", "resourceFocus", "rightsGuidanceGiven", "summary",
        ])
        #expect(try JSONDecoder().decode(Conversation.self, from: encoder.encode(conversation)) == conversation)

        let offer = Offer(id: "o1", type: .loentilskud, start: date, hoursPerWeek: 37)
        let offerWritten = try #require(try JSONSerialization.jsonObject(with: encoder.encode(offer)) as? [String: Any])
        #expect(offerWritten.keys.sorted() == ["assessment", "followUps", "hoursPerWeek", "id", "provider", "purpose", "rightAndDuty", "start", "type"])
        #expect(try JSONDecoder().decode(Offer.self, from: encoder.encode(offer)) == offer)
    }
}
