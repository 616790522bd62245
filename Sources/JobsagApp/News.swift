import JobsagCore
import JobsagRules

/// "Nyt siden sidst": what happened in the user's own cases (caseworker or koordinerende
/// sagsbehandler) while they were away. Their last session ended at their latest audit event
/// before this one began (each start logs a `session-start` event, so even a session in which
/// nothing was done counts). Built from the audit events after that moment, the cases and
/// their assessments as of the program's day: pure, no clock, no store.
public struct News: Sendable, Equatable {
    /// A case someone else changed, with their events, oldest first.
    public struct ChangedCase: Sendable, Equatable {
        public var caseID: CaseID
        public var events: [AuditEvent]
    }

    /// An obligation of one of the user's cases that came within the lead time, or passed its
    /// deadline, since the last session.
    public struct DueObligation: Sendable, Equatable {
        public var caseID: CaseID
        public var obligation: Obligation
        public var deadline: CalendarDate
    }

    /// The end of the user's last session; nil when they have none (then nothing is news).
    public var since: Timestamp?
    /// The cases others changed, the most recently changed first.
    public var changedCases: [ChangedCase]
    /// The obligations that became due soon or overdue, by deadline.
    public var dueObligations: [DueObligation]

    public var isEmpty: Bool { changedCases.isEmpty && dueObligations.isEmpty }

    /// The actions that change a case (views and exports are not news).
    static let changingActions: Set<AuditEvent.Action> = [.create, .update, .delete, .undo]

    /// The news for `user` since `since` from `events` (the audit events logged after
    /// the user's latest one), among
    /// `cases` with their `assessments` (as of the program's day). An obligation due soon is news when the
    /// day it came within `leadTimeDays` of its deadline lies after the last session's day; an
    /// overdue one when it was not yet overdue on that day.
    public init(
        since: Timestamp?, events: [AuditEvent], user: Initials, cases: some Sequence<Case>, assessments: [CaseID: CaseAssessment],
        leadTimeDays: Int
    ) {
        self.since = since
        guard let since else {
            changedCases = []
            dueObligations = []
            return
        }
        let own = Set(cases.filter { $0.caseworker == user || $0.coordinatingCaseworker == user }.map(\.id))
        var byCase: [CaseID: [AuditEvent]] = [:]
        for event in events where event.user != user && Self.changingActions.contains(event.action) {
            guard let caseID = event.caseID, own.contains(caseID) else { continue }
            byCase[caseID, default: []].append(event)
        }
        changedCases = byCase
            .map { ChangedCase(caseID: $0.key, events: $0.value.sorted { $0.time < $1.time }) }
            .sorted { ($0.events.last?.time ?? since, $1.caseID) > ($1.events.last?.time ?? since, $0.caseID) }
        let lastDay = CopenhagenTime.date(at: since)
        var due: [DueObligation] = []
        for caseID in own.sorted() {
            for obligation in assessments[caseID]?.obligations ?? [] {
                guard let deadline = obligation.deadline else { continue }
                let cameNear = obligation.status == .dueSoon && deadline.adding(days: -leadTimeDays) > lastDay
                let passed = obligation.status == .overdue && deadline >= lastDay
                if cameNear || passed { due.append(DueObligation(caseID: caseID, obligation: obligation, deadline: deadline)) }
            }
        }
        dueObligations = due.sorted { ($0.deadline, $0.caseID) < ($1.deadline, $1.caseID) }
    }
}
