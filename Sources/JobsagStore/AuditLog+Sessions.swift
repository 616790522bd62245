import Foundation
import Glibc
import JobsagCore

/// What "Nyt siden sidst" reads of the audit log: the events appended after a user's latest
/// one (their last session ends there), in the order they were appended. The month files
/// are read newest first, only back to the one that holds the user's latest event.
extension AuditLog {
    /// The time of `user`'s latest event and the events appended after it; nil and no
    /// events when the user has none.
    func eventsAfterLatest(of user: Initials) throws(StoreError) -> (latest: Timestamp?, history: AuditHistory) {
        var later: [AuditEvent] = []
        var problems: [StoreProblem] = []
        for name in try monthFileNames().reversed() {
            let path = layout.auditDirectory + "/" + name
            var events: [AuditEvent] = []
            Self.scan(try FileSystem.read(path), path: path, caseID: nil, events: &events, problems: &problems)
            if let index = events.lastIndex(where: { $0.user == user }) {
                return (events[index].time, AuditHistory(events: Array(events[(index + 1)...]) + later, problems: problems))
            }
            later = events + later
        }
        return (nil, AuditHistory(events: [], problems: problems))
    }
}
