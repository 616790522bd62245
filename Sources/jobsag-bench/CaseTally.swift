// What the database holds of one case for the count of lost updates: its revision, its audit events and its conversations.
import JobsagCore
import JobsagPostgres
import JobsagStore

struct CaseTally: Hashable, Sendable {
    var revision: Int
    var auditEvents: Int
    var conversations: Set<EntryID>

    /// The tallies of the cases `ids`, read from the database (a case that cannot be read
    /// has none).
    static func read(_ ids: [CaseID], from store: PostgresStore) throws(StoreError) -> [CaseID: CaseTally] {
        var tallies: [CaseID: CaseTally] = [:]
        for value in try store.loadCases(where: .ids(Set(ids))).cases {
            tallies[value.id] = CaseTally(
                revision: value.revision, auditEvents: try store.auditEvents(caseID: value.id).events.count,
                conversations: Set(value.conversations.map(\.id)))
        }
        return tallies
    }
}
