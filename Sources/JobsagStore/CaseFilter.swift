import JobsagCore

/// Which cases to load.
public enum CaseFilter: Hashable, Sendable {
    /// Every case in the store.
    case all
    /// The cases whose caseworker or coordinating caseworker is one of these (a caseload, or a team's).
    case caseload(of: Set<Initials>)
    /// These cases.
    case ids(Set<CaseID>)

    /// Whether the filter is decided by what the cases hold (their caseworkers, which the
    /// index keeps), not by their ids alone.
    var looksInsideCases: Bool {
        switch self {
        case .all, .ids: return false
        case .caseload: return true
        }
    }

    /// Whether the filter takes the case `id` by its id alone: a caseload's takes none so
    /// (`looksInsideCases`; its cases are matched by their summaries).
    func matches(id: CaseID) -> Bool {
        switch self {
        case .all: return true
        case .caseload: return false
        case .ids(let ids): return ids.contains(id)
        }
    }

    func matches(_ summary: CaseSummary) -> Bool {
        switch self {
        case .all: return true
        case .caseload(let initials):
            if initials.contains(summary.caseworker) { return true }
            if let coordinating = summary.coordinatingCaseworker { return initials.contains(coordinating) }
            return false
        case .ids(let ids): return ids.contains(summary.id)
        }
    }
}
