import JobsagCore

extension AppState {
    /// Someone saved a case: read it again when it is shown here (loaded, or now in the scope
    /// shown) and newer than what is shown. This program's own saves come back too, already known.
    mutating func caseChangedElsewhere(_ change: CaseChange) -> [Effect] {
        if let known = cases[change.id] {
            return known.revision < change.revision ? [.refresh(change.id)] : []
        }
        return isInScope(caseworker: change.caseworker, coordinating: change.coordinatingCaseworker) ? [.refresh(change.id)] : []
    }

    /// Whether a case with these caseworkers is in the scope shown.
    func isInScope(caseworker: Initials, coordinating: Initials?) -> Bool {
        let shown = Self.initials(in: scope, user: context.user, caseworkers: context.caseworkers)
        return shown.contains(caseworker) || coordinating.map(shown.contains) == true
    }

    func isInScope(_ item: Case) -> Bool {
        isInScope(caseworker: item.caseworker, coordinating: item.coordinatingCaseworker)
    }

    /// Shows a case someone else changed, without disturbing what is being typed: a form open
    /// on the case keeps its fields, has their change merged in, and says so.
    mutating func caseRefreshed(_ item: Case) {
        if let known = cases[item.id], known.revision >= item.revision { return }
        replaceCase(item, holding: false)
        guard case .form(var form)? = overlay, form.caseID == item.id else { return }
        if !takeTheirs(item, into: &form) {
            message = StatusMessage(strings.format(.caseChangedElsewhere, changedBy(item.lastChange)))
        }
        overlay = .form(form)
    }
}
