import JobsagCore
import TerminalKit

/// What happens to the program: keys, resizes, and the results of effects.
public enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    /// The audit events of a case were read (for the Historik tab).
    case historyLoaded(CaseID, [AuditEvent], problems: [String])
}

/// What the program asks the runtime to do; the result comes back as a Msg.
public enum Effect: Hashable, Sendable {
    case quit
    /// Append a line to the audit log, stamped with the user and the time by the runtime.
    case audit(action: AuditEvent.Action, caseID: CaseID, changes: [String], reason: String?)
    /// Read the audit events of a case.
    case loadHistory(CaseID)
}
