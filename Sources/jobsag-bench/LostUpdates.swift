// The load benchmark's verdict, from the store after the run: saves that were acknowledged but are not there, and changes nobody was told of.
import JobsagCore

struct LostUpdates: Hashable, Sendable {
    /// Acknowledged saves missing from the store: per case, the most any one sign shows
    /// (conversations not in the document, revisions or audit events fewer than the saves).
    var lost: Int
    /// Changes no writer had acknowledged (revisions, audit events or conversations beyond
    /// the saves): a save reported as failed that happened after all.
    var unexpected: Int

    /// Counts, for every case of the run, what the store holds after it against before it
    /// and the saves acknowledged on it (each one conversation).
    static func count(before: [CaseID: CaseTally], after: [CaseID: CaseTally], saved: [CaseID: [EntryID]]) -> LostUpdates {
        var result = LostUpdates(lost: 0, unexpected: 0)
        for id in Set(before.keys).union(after.keys).union(saved.keys) {
            let conversations = saved[id] ?? []
            let saves = conversations.count
            guard let now = after[id], let then = before[id] else {
                result.lost += saves
                continue
            }
            let missing = conversations.filter { !now.conversations.contains($0) }.count
            let revisions = now.revision - then.revision
            let events = now.auditEvents - then.auditEvents
            let unknown = now.conversations.subtracting(then.conversations).subtracting(conversations).count
            result.lost += max(0, missing, saves - revisions, saves - events)
            result.unexpected += max(0, revisions - saves, events - saves, unknown)
        }
        return result
    }
}
