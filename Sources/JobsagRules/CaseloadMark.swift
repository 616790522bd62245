import JobsagCore

/// What the caseload shows of a case as of the assessment's day, wherever it is shown (the
/// app's rows, the database's caseload columns, the caseload CSV): its light, the cause of
/// the light, and what is next (that cause, else the next obligation due).
public struct CaseloadMark: Sendable {
    public let light: TrafficLight
    public let cause: LightCause?
    public let next: LightCause?

    public init(_ item: Case, assessment: CaseAssessment) {
        cause = LightCause.mostUrgent(of: item, assessment: assessment)
        light = cause.map { TrafficLight($0.status(asOf: assessment.asOf)) } ?? .green
        next = cause ?? assessment.nextDue.map(LightCause.obligation)
    }

    /// The rule id of what is next, or `påmindelse` for an own reminder.
    public var nextRule: String? {
        switch next {
        case .obligation(let obligation)?: return obligation.ruleID
        case .reminder?: return "påmindelse"
        case nil: return nil
        }
    }
}
