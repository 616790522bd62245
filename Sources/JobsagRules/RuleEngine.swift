// JobsagRules: the shared rules module. The catalogue of RULES.md (legal duties, national
// targets, good practice, local policy), each rule dated and sourced, and the evaluation of
// a case as of a date into obligations with evidence. Pure: no clock, no I/O, no globals.
import JobsagCore

/// Evaluates cases against the rule catalogue under a local policy.
public struct RuleEngine: Sendable {
    public var policy: RulePolicy

    public init(policy: RulePolicy = .standard) {
        self.policy = policy
    }

    /// The obligations of `case` as of `asOf`, in a stable order.
    public func evaluate(_ case: Case, asOf: CalendarDate) -> CaseAssessment {
        CaseAssessment(asOf: asOf, obligations: [])  // TODO(rules helper): the catalogue
    }
}
