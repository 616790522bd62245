import JobsagCore

/// A generated demo store: the staff, the cases, and what each case was generated to show.
public struct DemoData: Hashable, Sendable {
    /// The caseworkers: first the one with the most unemployment-related cases, then the other
    /// caseworkers, the team leads and the faglig konsulent.
    public var caseworkers: [Caseworker]
    /// The cases, `S-000001` onwards, all flagged as demo.
    public var cases: [Case]
    /// What each case was generated to show as of the demo's date, in the order of `cases`:
    /// for tuning against the rules engine and for tests. Not part of the store.
    public var scenarios: [CaseScenario]
    /// The jobcenter the demo belongs to, e.g. "Jobcenter Gentofte" (for the DEMO header).
    public var jobcenter: String

    public init(caseworkers: [Caseworker], cases: [Case], scenarios: [CaseScenario], jobcenter: String) {
        self.caseworkers = caseworkers
        self.cases = cases
        self.scenarios = scenarios
        self.jobcenter = jobcenter
    }
}
