import JobsagCore

/// What stays fixed while the program runs: who is using it, as of which day, on which store.
public struct AppContext: Sendable {
    /// The user: whose caseload opens.
    public var user: Caseworker
    public var caseworkers: [Caseworker]
    /// The day the program shows (today, or `--as-of`).
    public var asOf: CalendarDate
    /// `--as-of` was given: the title bar says so.
    public var asOfIsOverridden: Bool
    /// The store is a demo store: the title bar says DEMO.
    public var isDemo: Bool
    /// Problems found while loading (bad files), shown once at start.
    public var loadProblems: [String]

    public init(
        user: Caseworker, caseworkers: [Caseworker], asOf: CalendarDate, asOfIsOverridden: Bool = false,
        isDemo: Bool, loadProblems: [String] = []
    ) {
        self.user = user
        self.caseworkers = caseworkers
        self.asOf = asOf
        self.asOfIsOverridden = asOfIsOverridden
        self.isDemo = isDemo
        self.loadProblems = loadProblems
    }

    public func caseworker(_ initials: Initials) -> Caseworker? {
        caseworkers.first { $0.initials == initials }
    }
}
