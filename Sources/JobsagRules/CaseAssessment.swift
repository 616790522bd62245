import JobsagCore

/// The traffic light of a case on the caseload (PRODUCT.md, Screens 1): red means act now.
public enum TrafficLight: Int, Sendable, Comparable, CaseIterable {
    /// Nothing to act on within the lead time (a `missed` duty is history and stays green).
    case green = 0
    /// Something due within the lead time.
    case yellow = 1
    /// Something overdue that can still be done, or data to fix (cannot be evaluated).
    case red = 2

    /// The light one status gives: red for `overdue` and `cannotEvaluate`, yellow for
    /// `dueSoon`, green for the rest. `missed` is green: nothing can be done about it now;
    /// `booked` is green: its meeting is in the agenda.
    public init(_ status: ObligationStatus) {
        switch status {
        case .overdue, .cannotEvaluate: self = .red
        case .dueSoon: self = .yellow
        case .met, .open, .booked, .missed, .notApplicable: self = .green
        }
    }

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

    /// The light of the obligations: the most urgent of `TrafficLight(status)`.
    public var trafficLight: TrafficLight {
        obligations.reduce(.green) { max($0, TrafficLight($1.status)) }
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

    /// The assessment without the obligations that are met or do not apply: what the
    /// caseload's light and next deadline, the agenda and the news read (about one obligation
    /// in eight at a jobcenter's 50,000 cases).
    public var unsettled: CaseAssessment {
        CaseAssessment(asOf: asOf, obligations: obligations.filter { $0.status != .met && $0.status != .notApplicable })
    }

    /// The obligations of one rule.
    public func obligations(for ruleID: String) -> [Obligation] {
        obligations.filter { $0.ruleID == ruleID }
    }

    /// Obligations overdue and still possible to do.
    public var overdueCount: Int { count(.overdue) }
    public var dueSoonCount: Int { count(.dueSoon) }
    /// Obligations whose window closed unmet (history: counted apart, never red).
    public var missedCount: Int { count(.missed) }

    private func count(_ status: ObligationStatus) -> Int {
        obligations.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
    }
}
