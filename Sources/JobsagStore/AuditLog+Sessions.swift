import Foundation
import Glibc
import JobsagCore

/// What "Nyt siden sidst" reads of the audit log: a user's latest event (their last
/// session ends there) and the events after a moment. Both read only the month files they need.
extension AuditLog {
    /// The month files (`yyyy-mm.jsonl`), oldest first; none when the directory is missing.
    func monthFileNames() throws(StoreError) -> [String] {
        do {
            return try FileSystem.list(layout.auditDirectory).filter(Self.isMonthFileName).sorted()
        } catch {
            if case .io(let failure) = error, failure.errorNumber == ENOENT { return [] }
            throw error
        }
    }

    /// The time of `user`'s latest event: the month files are read newest first, up to the
    /// first that holds an event of theirs.
    func latestTime(of user: Initials) throws(StoreError) -> Timestamp? {
        for name in try monthFileNames().reversed() {
            let path = layout.auditDirectory + "/" + name
            var events: [AuditEvent] = []
            var problems: [StoreProblem] = []
            Self.scan(try FileSystem.read(path), path: path, caseID: nil, events: &events, problems: &problems)
            if let latest = events.filter({ $0.user == user }).map(\.time).max() { return latest }
        }
        return nil
    }

    /// The events at or after `time`, oldest first: the month files from `time`'s month on.
    func events(since time: Timestamp) throws(StoreError) -> AuditHistory {
        let first = Self.month(of: time) + ".jsonl"
        var events: [AuditEvent] = []
        var problems: [StoreProblem] = []
        for name in try monthFileNames() where name >= first {
            let path = layout.auditDirectory + "/" + name
            Self.scan(try FileSystem.read(path), path: path, caseID: nil, events: &events, problems: &problems)
        }
        events = events.filter { $0.time >= time }
        events.sort { $0.time < $1.time }
        return AuditHistory(events: events, problems: problems)
    }
}
