// What the store holds of one case for the count of lost updates: its revision, its audit events and its conversations.
import JobsagCore
import JobsagStore

struct CaseTally: Hashable, Sendable {
    var revision: Int
    var auditEvents: Int
    var conversations: Set<EntryID>

    /// The tallies of the cases `ids`, read from the store (a case that cannot be read has
    /// none; the audit log is read once).
    static func read(_ ids: [CaseID], from store: any CaseStore) throws(StoreError) -> [CaseID: CaseTally] {
        var events: [CaseID: Int] = [:]
        for event in try store.allAuditEvents().events {
            if let id = event.caseID { events[id, default: 0] += 1 }
        }
        var tallies: [CaseID: CaseTally] = [:]
        for value in try store.loadCases(where: .ids(Set(ids))).cases {
            tallies[value.id] = CaseTally(
                revision: value.revision, auditEvents: events[value.id] ?? 0, conversations: Set(value.conversations.map(\.id)))
        }
        return tallies
    }
}
