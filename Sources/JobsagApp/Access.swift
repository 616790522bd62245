import JobsagCore
import JobsagRules
import TerminalKit

/// Which cases the caseload shows.
public enum CaseScope: String, Sendable, CaseIterable, LabeledValue {
    /// The user's own caseload (caseworker or coordinating caseworker).
    case own
    /// The whole team's cases.
    case team

    public static var labelPrefix: String { "scope" }
}

extension AppState {
    /// The scope a role starts in: caseworkers their own caseload, team leads and
    /// professional consultants their team.
    public static func initialScope(for role: Caseworker.Role) -> CaseScope {
        role == .sagsbehandler ? .own : .team
    }

    /// The initials whose cases a scope covers. A faglig konsulent serves every team, so
    /// their "team" is everyone.
    public static func initials(in scope: CaseScope, user: Caseworker, caseworkers: [Caseworker]) -> Set<Initials> {
        switch scope {
        case .own: return [user.initials]
        case .team where user.role == .fagligKonsulent: return Set(caseworkers.map(\.initials) + [user.initials])
        case .team: return Set(caseworkers.filter { $0.team == user.team }.map(\.initials) + [user.initials])
        }
    }

    /// The name of the cases shown, for the title bar: nothing for the own caseload.
    var scopeTitle: String? {
        guard scope == .team else { return nil }
        return context.user.role == .fagligKonsulent ? strings[.allTeams] : context.user.team
    }

    /// Whether the case is the user's own (as caseworker or coordinating caseworker).
    func isOwn(_ item: Case) -> Bool {
        item.caseworker == context.user.initials || item.coordinatingCaseworker == context.user.initials
    }

    /// Whether the user may see the case without giving a reason: their own, a team lead's
    /// or consultant's team, or one they gave a reason for this session.
    func mayView(_ id: CaseID) -> Bool {
        guard let (caseworker, coordinating) = caseworkers(of: id) else { return false }
        let user = context.user.initials
        return caseworker == user || coordinating == user || context.user.role != .sagsbehandler || accessGranted[id] != nil
    }

    /// The caseworker and coordinating caseworker of a case the user can read, held or not;
    /// nil for a locked row and a case the program does not know.
    func caseworkers(of id: CaseID) -> (Initials, Initials?)? {
        if let item = cases[id] { return (item.caseworker, item.coordinatingCaseworker) }
        guard let index = rowIndex[id], !rows[index].isLocked else { return nil }
        return (rows[index].caseworker, rows[index].coordinatingCaseworker)
    }

    /// The row of a case in the scope shown.
    func row(_ id: CaseID) -> CaseRow? {
        rowIndex[id].map { rows[$0] }
    }

    /// Opens a case, first asking for a reason when it is outside the user's caseload.
    mutating func openCaseAskingForAccess(_ id: CaseID, tab: DetailTab, select selection: EntrySelection? = nil) -> [Effect] {
        guard mayView(id) else {
            let name = row(id).map { $0.name + " (" + $0.caseworker + ")" }
                ?? cases[id].map { $0.citizen.name + " (" + $0.caseworker + ")" } ?? id
            overlay = .prompt(TextPromptState(
                purpose: .accessReason(id, tab: tab, select: selection), title: strings[.accessReasonTitle],
                intro: strings.format(.accessReasonIntro, name), label: strings[.accessReasonLabel], keys: strings[.accessReasonKeys],
                minimumLength: 10, tooShort: strings[.accessReasonTooShort]))
            return []
        }
        return openCase(id, tab: tab, select: selection)
    }

    /// The reason is given: the opening is logged once, as access outside the caseload with
    /// the reason, and the case opens (no more asking this session).
    mutating func accessReasonGiven(_ reason: String, caseID: CaseID, tab: DetailTab, select selection: EntrySelection?) -> [Effect] {
        // A locked row: the store logs the access and only then lets the case be read.
        if cases[caseID] == nil, lockedCases[caseID] != nil { return [.openLocked(caseID, reason: reason)] }
        accessGranted[caseID] = reason
        viewedCases.insert(caseID)
        searchCaseChanged(caseID)
        let logged: Effect = .audit(action: .accessOutsideCaseload, caseID: caseID, changes: [], reason: reason)
        return [logged] + openCase(caseID, tab: tab, select: selection)
    }

    /// The store logged the access to a locked case and read it: the row shows the case, which opens.
    mutating func lockedCaseOpened(_ item: Case, reason: String) -> [Effect] {
        lockedCases[item.id] = nil
        accessGranted[item.id] = reason
        viewedCases.insert(item.id)
        replaceCase(item)
        return openCase(item.id, tab: .overview)
    }

    /// `T`: the team's cases or the own caseload again (the runtime loads them).
    mutating func toggleScope() -> [Effect] {
        let next: CaseScope = scope == .own ? .team : .own
        return [.loadScope(next)]
    }

    /// The cases of a new scope are loaded.
    mutating func scopeLoaded(_ loaded: [EvaluatedCase], locked: [LockedCase], scope newScope: CaseScope) {
        scope = newScope
        lockedCases = Dictionary(locked.map { ($0.id, $0) }) { first, _ in first }
        if case .caseworker = caseload.quickFilter, newScope == .own { caseload.quickFilter = .all }
        setEvaluated(loaded)
        if let id = detail?.caseID, caseworkers(of: id) == nil { navigation.remove(.caseDetail) }
        // Another scope: the search reads its cases afresh when it opens again.
        search = nil
        navigation.remove(.search)
        refreshAgenda()
        clampScrolls()
        message = StatusMessage(strings.format(.scopeShown, strings.label(newScope), rows.count))
    }

    /// `c`: the selected row's full CPR number in the status line, logged.
    mutating func revealCPR() -> [Effect] {
        guard let row = selectedRow else { return [] }
        guard mayView(row.id), let cpr = row.cpr else {
            message = StatusMessage(strings[.openCaseFirst], kind: .error)
            return []
        }
        message = StatusMessage(strings.format(.cprRevealed, row.name, cpr.formatted))
        return [.audit(action: .revealCPR, caseID: row.id, changes: [], reason: accessGranted[row.id])]
    }
}
