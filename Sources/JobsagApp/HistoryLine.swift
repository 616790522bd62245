import JobsagCore

/// One line of Historik: an audit event with its changes in words (resolved against the case
/// as it is now), and an undo shown as what it took back ("fortrudt sletning"), the change it
/// took back marked as undone.
public struct HistoryLine: Sendable {
    public var event: AuditEvent
    /// What was done, in words: "ændret", "fortrudt sletning", "slettet (fortrudt)".
    public var action: String
    /// The changed parts in words (`ChangePathText`).
    public var changes: [String]

    /// The lines of a case's history, newest first as `events` are.
    static func lines(_ events: [AuditEvent], of item: Case, strings: Strings) -> [HistoryLine] {
        // An undo takes back the latest earlier change with the same paths not already taken
        // back; the oldest undo is matched first, so two undos in a row take back two changes.
        var undid: [Int: AuditEvent.Action] = [:]
        var undone: Set<Int> = []
        for index in events.indices.reversed() where events[index].action == .undo {
            let paths = Set(events[index].changes)
            let target = events.indices.dropFirst(index + 1).first { earlier in
                !undone.contains(earlier) && undoable.contains(events[earlier].action) && Set(events[earlier].changes) == paths
            }
            if let target {
                undid[index] = events[target].action
                undone.insert(target)
            }
        }
        return events.enumerated().map { index, event in
            var action = strings.label(event.action)
            if let taken = undid[index] {
                action = strings.entry("historyUndid." + taken.rawValue, fallback: action)
            } else if undone.contains(index) {
                action = strings.format(.historyUndone, action)
            }
            return HistoryLine(event: event, action: action,
                               changes: event.changes.map { ChangePathText.describe($0, in: item, strings: strings) })
        }
    }

    /// The actions an undo can take back.
    private static let undoable: Set<AuditEvent.Action> = [.create, .update, .delete]
}
