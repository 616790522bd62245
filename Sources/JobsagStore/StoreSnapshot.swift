import Foundation
import JobsagCore

/// Everything a store holds, as stored: for moving a store from one backend to the other
/// (`jobsag db import`, `jobsag db export`). Cases keep their ids, revisions and change
/// stamps, the audit log keeps every event, and spot-check rounds stay the documents they are.
public struct StoreSnapshot: Sendable {
    public var identity: StoreIdentity
    public var isDemo: Bool
    public var settings: JSONValue
    public var caseworkers: [Caseworker]
    public var cases: [Case]
    /// Oldest first.
    public var auditEvents: [AuditEvent]
    /// Each round's document as stored (`{"format", "version", ...}`), by id.
    public var reviews: [String: Data]

    public init(
        identity: StoreIdentity, isDemo: Bool, settings: JSONValue, caseworkers: [Caseworker], cases: [Case],
        auditEvents: [AuditEvent], reviews: [String: Data]
    ) {
        self.identity = identity
        self.isDemo = isDemo
        self.settings = settings
        self.caseworkers = caseworkers
        self.cases = cases
        self.auditEvents = auditEvents
        self.reviews = reviews
    }
}
