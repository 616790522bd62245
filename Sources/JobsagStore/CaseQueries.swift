import JobsagCore

/// Which cases to load.
public enum CaseFilter: Hashable, Sendable {
    /// Every case in the store.
    case all
    /// The cases whose caseworker or coordinating caseworker is one of these (a caseload, or a team's).
    case caseload(of: Set<Initials>)
    /// These cases.
    case ids(Set<CaseID>)

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

/// What the store knows of a case without reading its file: from the index.
public struct CaseSummary: Hashable, Sendable, Codable {
    public var id: CaseID
    public var revision: Int
    public var caseworker: Initials
    public var coordinatingCaseworker: Initials?

    public init(id: CaseID, revision: Int, caseworker: Initials, coordinatingCaseworker: Initials?) {
        self.id = id
        self.revision = revision
        self.caseworker = caseworker
        self.coordinatingCaseworker = coordinatingCaseworker
    }

    init(_ value: Case) {
        self.init(id: value.id, revision: value.revision, caseworker: value.caseworker, coordinatingCaseworker: value.coordinatingCaseworker)
    }
}

/// The result of loading cases: the cases that could be read, sorted by id, and a problem
/// for every file that could not.
public struct CaseLoad: Sendable {
    public var cases: [Case]
    public var problems: [StoreProblem]

    public init(cases: [Case], problems: [StoreProblem]) {
        self.cases = cases
        self.problems = problems
    }
}

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
