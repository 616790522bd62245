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

    /// Adds what was read of more cases (a page of a database's) after those read before.
    mutating func add(_ more: consuming CasesRead<Value>) {
        if values.isEmpty {
            values = more.values
        } else {
            values += more.values
        }
        problems += more.problems
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
