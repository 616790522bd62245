import JobsagCore
import JobsagReview
import TerminalKit

/// What happens to the program: keys, resizes, and the results of effects.
public enum Msg: Sendable {
    case key(Key)
    /// A click or a wheel turn (`MouseUpdate`).
    case mouse(MouseEvent)
    case resize(Size)
    /// The audit events of a case were read (for the Historik tab).
    case historyLoaded(CaseID, [AuditEvent], problems: [String])
    /// A save is on disk: the case as saved (new revision).
    case saved(Case)
    /// A case save was refused; `isConflict` when someone else saved the case first.
    case saveFailed(message: String, isConflict: Bool)
    /// The store refused a new case or a changed CPR number: another case has the number.
    case cprInUse(caseID: CaseID, caseworker: Initials)
    /// Another effect failed (a read, a spot-check round's save): the message says what.
    case effectFailed(message: String)
    /// The case as it is in the store now (after a conflict).
    case caseReloaded(Case)
    /// A write met the database server away; it is being sent again until the server answers.
    case serverAway
    /// Someone saved a case (the store announced it; maybe this program's own save).
    case caseChanged(CaseChange)
    /// A case read again because someone else changed it.
    case caseRefreshed(Case)
    /// A case outside the cases loaded, read to be opened (the one a CPR number belongs to).
    case caseLoaded(Case)
    /// The cases of a scope (own caseload, team) are loaded, with those of its cases the
    /// store lists but lets the user read only with a reason (a database's team cases).
    case scopeLoaded([EvaluatedCase], locked: [LockedCase], CaseScope)
    /// The cases asked for with `Effect.holdCases` that the store could read, held and
    /// evaluated anew (what was kept of a case not held is only what its row and the agenda
    /// show: `CaseloadCache`), and the problem of each one it could not (every one's, when
    /// the read failed).
    case casesHeld(asked: Set<CaseID>, [EvaluatedCase], problems: [CaseID: String])
    /// A locked case, read after the store logged the access with the reason (`openLocked`).
    case lockedCaseOpened(Case, reason: String)
    /// The spot-check rounds are read; `problems` names files that could not be.
    case roundsLoaded([ReviewRound], problems: [String])
    /// A spot-check round is on disk.
    case roundSaved(String)
    /// The citizen's plan is written to this file.
    case planWritten(path: String)
    /// The end of the user's last session (nil: none) and the audit events since, read at start.
    case newsLoaded(since: Timestamp?, events: [AuditEvent])
    /// Whether the runtime has been waiting on effects long enough to show the busy mark
    /// (the runtime keeps the time; see `BusyMark`).
    case busy(Bool)
}

/// What the program asks the runtime to do; the result comes back as a Msg.
public enum Effect: Hashable, Sendable {
    case quit
    /// Append a line to the audit log, stamped with the user and the time by the runtime.
    case audit(action: AuditEvent.Action, caseID: CaseID, changes: [String], reason: String?)
    /// Read the audit events of a case.
    case loadHistory(CaseID)
    /// Save a changed case (its revision is the one it was loaded with) and log `action`.
    case save(Case, action: AuditEvent.Action)
    /// Store a new case; the store gives it its id.
    case create(Case)
    /// Read a case again from the store.
    case reload(CaseID)
    /// Read a case again because someone else changed it.
    case refresh(CaseID)
    /// Read a case not loaded, to open it.
    case loadCase(CaseID)
    /// Log access outside the caseload with the reason, then read the case the store now lets
    /// the user read (a locked row, `Msg.lockedCaseOpened`).
    case openLocked(CaseID, reason: String)
    /// Load the cases of a scope: each evaluated as it is read, held when `AppState.holds` it.
    case loadScope(CaseScope)
    /// Read cases of the scope the program does not hold, for a screen that needs them.
    case holdCases(Set<CaseID>)
    /// Read the spot-check rounds.
    case loadRounds
    /// Save a spot-check round (the whole round, atomically).
    case saveRound(ReviewRound)
    /// Write the citizen's plan of a case (`P`) as of a day, logged as an export of the case.
    case writePlan(Case, asOf: CalendarDate)
    /// At start: read where the user's last session ended and the audit events since (for
    /// "Nyt siden sidst"), then log this session's start.
    case startSession
}
