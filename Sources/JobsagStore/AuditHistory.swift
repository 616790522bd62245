import JobsagCore

/// The audit events of a case, oldest first, and problems met while reading the log (a
/// torn last line after a crash is a warning, never fatal).
public struct AuditHistory: Sendable {
    public var events: [AuditEvent]
    public var problems: [StoreProblem]

    public init(events: [AuditEvent], problems: [StoreProblem]) {
        self.events = events
        self.problems = problems
    }
}
