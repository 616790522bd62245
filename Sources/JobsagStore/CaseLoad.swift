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

    /// The cases read and the problems of those that could not be, in the order given.
    init(_ outcomes: [Result<Case, StoreProblem>]) {
        self.init(cases: [], problems: [])
        cases.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let value): cases.append(value)
            case .failure(let problem): problems.append(problem)
            }
        }
    }
}
