import JobsagCore

extension RuleEngine {
    /// Evaluates many cases on every core; the result is in the order of `cases`. Evaluation
    /// is pure, so the result is the same as one by one.
    public func evaluateAll(_ cases: [Case], asOf: CalendarDate) -> [CaseAssessment] {
        Parallel.map(cases, perChunk: 64) { evaluate($0, asOf: asOf) }
    }
}
