/// One line of the audit log: who did what to which case, and when. It names the fields
/// that changed, never the personal data itself.
public struct AuditEvent: Hashable, Sendable, Codable {
    public var time: Timestamp
    public var user: Initials
    public var action: Action
    public var caseID: CaseID?
    /// The names of what changed, e.g. `conversations[k3x9].summary`; never the values.
    public var changes: [String]
    /// A reason, for access outside the own caseload or a revealed CPR number.
    public var reason: String?

    public enum Action: String, Sendable, RawTextCodable, CaseIterable {
        case view, create, update, delete, export
        case accessOutsideCaseload = "access-outside-caseload"
        case revealCPR = "reveal-cpr"
        case undo
        /// The user started the program (no case): where "Nyt siden sidst" counts from next time.
        case sessionStart = "session-start"
    }

    public init(time: Timestamp, user: Initials, action: Action, caseID: CaseID?, changes: [String] = [], reason: String? = nil) {
        self.time = time
        self.user = user
        self.action = action
        self.caseID = caseID
        self.changes = changes
        self.reason = reason
    }
}
