import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// The audit log names what changed, never the values.
@Suite struct CaseDiffTests {
    @Test func namesChangedFieldsAndEntriesByID() {
        let old = SampleCases.make(number: 1)
        var new = old
        new.citizen.phone = "12345678"
        new.conversations[1].summary = "Nyt referat"
        new.conversations.remove(at: 0)
        new.reminders.append(Reminder(id: "p-new", due: SampleCases.date("2026-01-01"), text: "Ring", createdBy: "MHJ"))
        new.revision = 7
        let changes = CaseDiff.changes(from: old, to: new)
        #expect(changes == ["citizen.phone", "conversations[k1-1].summary", "conversations[k1-0]", "reminders[p-new]"])
        #expect(!changes.joined().contains("12345678"))
        #expect(CaseDiff.changes(from: old, to: old).isEmpty)
    }
}
