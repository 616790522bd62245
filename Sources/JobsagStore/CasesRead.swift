import JobsagCore

/// The result of reading cases: what was kept of each case that could be read (the case
/// itself for `loadCases`, what a command computes from it for `mapCases`), sorted by id,
/// and a problem for every case that could not be read.
public struct CasesRead<Value: Sendable>: Sendable {
    public var values: [Value]
    public var problems: [StoreProblem]

    public init(values: [Value], problems: [StoreProblem]) {
        self.values = values
        self.problems = problems
    }

    /// The values of the cases read and the problems of those that could not be, in the
    /// order given.
    init<Outcomes: Collection<Result<Value, StoreProblem>>>(_ outcomes: Outcomes) {
        self.init(values: [], problems: [])
        values.reserveCapacity(outcomes.count)
        add(outcomes)
    }

    /// Adds the outcomes of more cases (a page of a database's) after those read before.
    mutating func add<Outcomes: Collection<Result<Value, StoreProblem>>>(_ outcomes: Outcomes) {
        for outcome in outcomes {
            switch outcome {
            case .success(let value): values.append(value)
            case .failure(let problem): problems.append(problem)
            }
        }
    }
}

/// The cases themselves, read.
public typealias CaseLoad = CasesRead<Case>

extension CasesRead where Value == Case {
    public init(cases: [Case], problems: [StoreProblem]) {
        self.init(values: cases, problems: problems)
    }

    public var cases: [Case] {
        get { values }
        set { values = newValue }
    }
}
