import JobsagCore

/// The traffic light of a case on the caseload (PRODUCT.md, Screens 1).
public enum TrafficLight: Int, Sendable, Comparable, CaseIterable {
    /// Nothing due within the lead time.
    case green = 0
    /// Something due within the lead time.
    case yellow = 1
    /// Something overdue, missed, or impossible to evaluate.
    case red = 2

    public static func < (lhs: TrafficLight, rhs: TrafficLight) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The obligations of one case as of a date, with what the caseload shows of them.
public struct CaseAssessment: Hashable, Sendable {
    public var asOf: CalendarDate
    public var obligations: [Obligation]

    public init(asOf: CalendarDate, obligations: [Obligation]) {
        self.asOf = asOf
        self.obligations = obligations
    }

    public var trafficLight: TrafficLight {
        var worst = 0
        for obligation in obligations where obligation.status.severity > worst { worst = obligation.status.severity }
        switch worst {
        case 3...: return .red
        case 2: return .yellow
        default: return .green
        }
    }

    /// The actionable obligation with the earliest deadline: the caseload's "next deadline"
    /// (on a tie, the first in catalogue order); else the first that cannot be evaluated.
    public var nextDue: Obligation? {
        var best: Obligation?
        for obligation in obligations where obligation.status.isActionable {
            guard let deadline = obligation.deadline else { continue }
            if best?.deadline.map({ deadline < $0 }) ?? true { best = obligation }
        }
        return best ?? obligations.first(where: { $0.status == .cannotEvaluate })
    }

    /// The obligations of one rule.
    public func obligations(for ruleID: String) -> [Obligation] {
        obligations.filter { $0.ruleID == ruleID }
    }

    public var overdueCount: Int { obligations.reduce(0) { $0 + ($1.status == .overdue || $1.status == .missed ? 1 : 0) } }
    public var dueSoonCount: Int { obligations.reduce(0) { $0 + ($1.status == .dueSoon ? 1 : 0) } }
}
