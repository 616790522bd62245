import JobsagCore

/// What a rule found for one anchor of a case; the engine adds the rule's id, version, kind
/// and subject to make an `Obligation`.
struct Finding {
    var status: ObligationStatus
    var deadline: CalendarDate?
    var windowStart: CalendarDate?
    var evidence: [Evidence]
    var metLate: Bool
    var explanation: RuleMessage
    var arithmetic: RuleMessage?
    /// For `cannotEvaluate`: the date that is missing; the engine names the episode.
    var missing: MissingData.Field?

    init(
        _ status: ObligationStatus, deadline: CalendarDate? = nil, windowStart: CalendarDate? = nil,
        evidence: [Evidence] = [], metLate: Bool = false, explanation: RuleMessage, arithmetic: RuleMessage? = nil
    ) {
        self.status = status
        self.deadline = deadline
        self.windowStart = windowStart
        self.evidence = evidence
        self.metLate = metLate
        self.explanation = explanation
        self.arithmetic = arithmetic
    }

    /// The rule does not apply to this case or entry, with the reason.
    static func notApplicable(_ reason: RuleMessage, evidence: [Evidence] = []) -> Finding {
        Finding(.notApplicable, evidence: evidence, explanation: reason)
    }

    /// A date the rule needs is missing from the episode: "Kan ikke vurderes: ...". The
    /// engine words it with the episode's name (`RuleEngine.naming`).
    static func cannotEvaluate(_ field: MissingData.Field) -> Finding {
        var finding = Finding(.cannotEvaluate, explanation: Messages.cannotEvaluate(field, in: nil))
        finding.missing = field
        return finding
    }
}

/// Judges one anchor of a case under one rule version.
typealias Judge = @Sendable (RuleAnchor, CaseFacts, EvaluationContext) -> Finding

/// What a judge needs besides the case: the date, the policy and the rule version's start.
struct EvaluationContext {
    let asOf: CalendarDate
    /// The policy and what the engine derives from it once.
    let settings: PolicySettings
    /// The first day of the rule version being applied.
    var validFrom: CalendarDate

    var policy: RulePolicy { settings.policy }

    /// Days from `asOf` to `deadline` (negative when passed).
    func daysLeft(until deadline: CalendarDate) -> Int {
        asOf.days(until: deadline)
    }

    /// The status of something not (yet) done: overdue after the deadline, due soon within
    /// the lead time, else open. Without a deadline: open.
    func pending(_ deadline: CalendarDate?) -> ObligationStatus {
        guard let deadline else { return .open }
        let left = daysLeft(until: deadline)
        if left < 0 { return .overdue }
        return left <= policy.leadTimeDays ? .dueSoon : .open
    }

    /// Like `pending`, but a window that has closed is missed (nothing can repair it).
    func pendingOrMissed(_ lastDay: CalendarDate) -> ObligationStatus {
        asOf > lastDay ? .missed : pending(lastDay)
    }

    /// For a recurring duty that is met now: met while the next occurrence is further away
    /// than the lead time, due soon inside it.
    func recurring(nextDue: CalendarDate) -> ObligationStatus {
        let left = daysLeft(until: nextDue)
        if left < 0 { return .overdue }
        return left <= policy.leadTimeDays ? .dueSoon : .met
    }
}

/// The policy with the values derived from it, computed once per engine and shared by
/// reference, so that evaluating a case copies nothing.
final class PolicySettings: Sendable {
    let policy: RulePolicy
    /// `policy.newGoalPhrases`, folded for search (PL.ROED.TRAAD).
    let newGoalKeys: [[UInt32]]

    init(_ policy: RulePolicy) {
        self.policy = policy
        self.newGoalKeys = policy.newGoalPhrases.map(TextSearch.fold).filter { !$0.isEmpty }
    }

    /// Whether `text` mentions one of the new-goal phrases (ignoring case and accents).
    func mentionsNewGoal(_ text: String) -> Bool {
        let folded = TextSearch.fold(text)
        return newGoalKeys.contains { TextSearch.contains(folded, $0) }
    }
}
