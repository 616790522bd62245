// The access-log review: who opened a case, and a reproducible sample of access events.
import JobsagCore

/// Access events of the audit log (views, access outside the own caseload, revealed CPR
/// numbers), for checking that each had a work reason (what Datatilsynet asked of Kerteminde).
public enum AccessSample {
    /// The actions that count as access to a case.
    public static let accessActions: Set<AuditEvent.Action> = [.view, .accessOutsideCaseload, .revealCPR]

    /// The access events, optionally of one case and within `from...to` (Copenhagen dates),
    /// oldest first.
    public static func accesses(
        _ events: [AuditEvent], caseID: CaseID? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil
    ) -> [AuditEvent] {
        canonical(events.filter { event in
            guard accessActions.contains(event.action), event.caseID != nil else { return false }
            if let caseID, event.caseID != caseID { return false }
            guard from != nil || to != nil else { return true }
            let day = CopenhagenTime.date(at: event.time)
            if let from, day < from { return false }
            if let to, day > to { return false }
            return true
        })
    }

    /// `count` access events drawn uniformly at random with the seed, oldest first: the same
    /// events (in any order) and seed give the same sample.
    public static func draw(_ events: [AuditEvent], count: Int, seed: UInt64) -> [AuditEvent] {
        var pool = accesses(events)
        var random = SeededRandom(seed: seed)
        let size = min(max(count, 0), pool.count)
        random.choose(size, from: &pool)
        return canonical(Array(pool.prefix(size)))
    }

    /// Sorted by time, then user, case, action and reason: an order that does not depend on the input's.
    static func canonical(_ events: [AuditEvent]) -> [AuditEvent] {
        events.sorted {
            ($0.time.secondsSince1970, $0.user, $0.caseID ?? "", $0.action.rawValue, $0.reason ?? "", $0.changes.joined(separator: ","))
                < ($1.time.secondsSince1970, $1.user, $1.caseID ?? "", $1.action.rawValue, $1.reason ?? "", $1.changes.joined(separator: ","))
        }
    }
}
