import JobsagCore

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
