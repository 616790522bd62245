import JobsagCore
import Testing

@testable import jobsag_bench

/// The load benchmark's count of lost updates: every acknowledged save must show in its
/// case (its conversation, one revision and one audit event more), and nothing else may.
struct LostUpdatesTests {
    let before: [CaseID: CaseTally] = [
        "S-000001": CaseTally(revision: 3, auditEvents: 4, conversations: ["a"]),
        "S-000002": CaseTally(revision: 1, auditEvents: 1, conversations: []),
    ]

    @Test func savesThatAllShowAreNoLostUpdate() {
        let after: [CaseID: CaseTally] = [
            "S-000001": CaseTally(revision: 5, auditEvents: 6, conversations: ["a", "b", "c"]),
            "S-000002": CaseTally(revision: 1, auditEvents: 1, conversations: []),
        ]
        #expect(LostUpdates.count(before: before, after: after, saved: ["S-000001": ["b", "c"]]) == LostUpdates(lost: 0, unexpected: 0))
    }

    @Test func aSaveMissingByAnySignIsLost() {
        let saved: [CaseID: [EntryID]] = ["S-000001": ["b", "c"], "S-000002": ["d"]]
        let conversationGone: [CaseID: CaseTally] = [
            "S-000001": CaseTally(revision: 5, auditEvents: 6, conversations: ["a", "c"]),
            "S-000002": CaseTally(revision: 2, auditEvents: 2, conversations: ["d"]),
        ]
        #expect(LostUpdates.count(before: before, after: conversationGone, saved: saved) == LostUpdates(lost: 1, unexpected: 0))
        let revisionShort: [CaseID: CaseTally] = [
            "S-000001": CaseTally(revision: 4, auditEvents: 6, conversations: ["a", "b", "c"]),
            "S-000002": CaseTally(revision: 2, auditEvents: 1, conversations: ["d"]),
        ]
        #expect(LostUpdates.count(before: before, after: revisionShort, saved: saved) == LostUpdates(lost: 2, unexpected: 0))
        let caseGone: [CaseID: CaseTally] = ["S-000002": CaseTally(revision: 2, auditEvents: 2, conversations: ["d"])]
        #expect(LostUpdates.count(before: before, after: caseGone, saved: saved) == LostUpdates(lost: 2, unexpected: 0))
    }

    @Test func aChangeNobodyAcknowledgedIsUnexpected() {
        let after: [CaseID: CaseTally] = [
            "S-000001": CaseTally(revision: 4, auditEvents: 5, conversations: ["a", "b"]),
            "S-000002": CaseTally(revision: 2, auditEvents: 2, conversations: ["x"]),
        ]
        #expect(LostUpdates.count(before: before, after: after, saved: ["S-000001": ["b"]]) == LostUpdates(lost: 0, unexpected: 1))
    }
}
