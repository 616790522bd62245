// JobsagRules: the shared rules module. The catalogue of RULES.md (legal duties, national
// targets, good practice, local policy), each rule dated and sourced, and the evaluation of
// a case as of a date into obligations with evidence. Pure: no clock, no I/O, no globals.
import JobsagCore

/// Evaluates cases against the rule catalogue under a local policy.
///
/// For each rule (in catalogue order) whose versions apply to the case's target group on
/// `asOf`, the engine finds the rule's anchors (the episode start, the first contact, each
/// conversation, ...), judges each anchor by the version in force on the anchor's date, and
/// then applies the recorded exemptions. See `docs/rules-module.md` for the semantics.
public struct RuleEngine: Sendable {
    public var policy: RulePolicy
    /// Every rule version the engine knows, in catalogue order.
    public let catalogue: [Rule]
    /// The catalogue grouped by rule id, in order of first appearance, versions by `validFrom`.
    private let lines: [[Rule]]
    private let index: [String: [Rule]]

    public init(policy: RulePolicy = .standard, catalogue: [Rule] = RuleCatalogue.rules) {
        self.policy = policy
        self.catalogue = catalogue
        var order: [String] = []
        var byID: [String: [Rule]] = [:]
        for rule in catalogue {
            if byID[rule.id] == nil { order.append(rule.id) }
            byID[rule.id, default: []].append(rule)
        }
        for (id, versions) in byID {
            byID[id] = versions.sorted { ($0.validFrom, $0.version) < ($1.validFrom, $1.version) }
        }
        self.lines = order.compactMap { byID[$0] }
        self.index = byID
    }

    /// The rule version an obligation was judged by.
    public func rule(for obligation: Obligation) -> Rule? {
        index[obligation.ruleID]?.first { $0.version == obligation.ruleVersion }
    }

    /// The obligations of `case` as of `asOf`, in a stable order: catalogue order, then
    /// deadline (none last), then subject id. Entries dated after `asOf` are ignored.
    public func evaluate(_ case: Case, asOf: CalendarDate) -> CaseAssessment {
        let facts = CaseFacts(`case`, asOf: asOf)
        guard let group = facts.group else {
            return CaseAssessment(asOf: asOf, obligations: missingEpisodeObligations(facts))
        }
        var obligations: [Obligation] = []
        obligations.reserveCapacity(48)
        for versions in lines {
            let applicable = versions.filter { $0.appliesTo.contains(group) }
            guard let newest = applicable.last else { continue }  // not for this target group
            if newest.kind == .lokal, !policy.isEnabled(newest.id) { continue }  // switched off locally
            let start = obligations.count
            for anchor in newest.anchoring.resolve(facts) {
                if let obligation = judge(anchor, applicable: applicable, newest: newest, facts: facts) {
                    obligations.append(obligation)
                }
            }
            if obligations.count - start > 1 {
                obligations[start...].sort { lhs, rhs in
                    (lhs.deadline ?? .distantFuture, lhs.subjectID ?? "") < (rhs.deadline ?? .distantFuture, rhs.subjectID ?? "")
                }
            }
        }
        return CaseAssessment(asOf: asOf, obligations: obligations)
    }

    // MARK: - Judging one anchor

    private func judge(_ anchor: RuleAnchor, applicable: [Rule], newest: Rule, facts: CaseFacts) -> Obligation? {
        guard let date = anchor.date else {
            let rule = Self.version(in: applicable, on: facts.asOf) ?? newest
            let finding = Finding.cannotEvaluate(anchor.missing ?? Messages.episodeWithoutStartReason)
            return obligation(rule, anchor, exempted(finding, rule: rule, facts: facts))
        }
        guard let rule = Self.version(in: applicable, on: date) else {
            // Outside every version's validity: per-entry rules only judge entries of their
            // time; a per-case rule says why it does not apply, so "hvorfor?" can explain.
            guard !newest.isPerEntry, let first = applicable.first else { return nil }
            if date < first.validFrom {
                let reason = Messages.notYetInForce(label: first.anchoring.label, anchor: date, validFrom: first.validFrom)
                return obligation(first, anchor, .notApplicable(reason))
            }
            let last = applicable.max { ($0.validTo ?? .distantFuture) < ($1.validTo ?? .distantFuture) } ?? newest
            let reason = Messages.noLongerInForce(
                label: last.anchoring.label, anchor: date, validTo: last.validTo ?? date)
            return obligation(last, anchor, .notApplicable(reason))
        }
        let context = EvaluationContext(asOf: facts.asOf, policy: policy, rule: rule)
        var finding = rule.judge(anchor, facts, context)
        if let validTo = rule.validTo, validTo <= facts.asOf, finding.status.isPending {
            // The rule has ended: a deadline that passed while it applied can no longer be
            // repaired (missed); a duty that would fall due later no longer exists.
            if finding.status == .overdue, let deadline = finding.deadline, deadline < validTo {
                finding.status = .missed
            } else {
                finding.status = .notApplicable
            }
            finding.explanation = Messages.regimeEnded(validTo: validTo, finding: finding.explanation)
        }
        return obligation(rule, anchor, exempted(finding, rule: rule, facts: facts))
    }

    /// A recorded exemption for the rule turns an unmet obligation into "not applicable", with
    /// the exemption as evidence: when it covers `asOf`, or covers the deadline of an
    /// obligation that is overdue or missed. A met obligation stays met.
    private func exempted(_ finding: Finding, rule: Rule, facts: CaseFacts) -> Finding {
        guard finding.status != .met, finding.status != .notApplicable else { return finding }
        let exemption = facts.exemptions.last { exemption in
            guard exemption.applies(to: rule.id) || rule.exemptionScopes.contains(exemption.scope) else { return false }
            if exemption.covers(facts.asOf) { return true }
            if finding.status == .overdue || finding.status == .missed, let deadline = finding.deadline {
                return exemption.covers(deadline)
            }
            return false
        }
        guard let exemption else { return finding }
        var result = finding
        result.status = .notApplicable
        result.evidence.append(.exemption(exemption))
        result.explanation = Messages.exempt(exemption)
        return result
    }

    private func obligation(_ rule: Rule, _ anchor: RuleAnchor, _ finding: Finding) -> Obligation {
        Obligation(
            ruleID: rule.id, ruleVersion: rule.version, kind: rule.kind, status: finding.status,
            deadline: finding.deadline, windowStart: finding.windowStart, evidence: finding.evidence,
            metLate: finding.metLate, subjectID: anchor.subjectID, explanationMessage: finding.explanation,
            arithmeticMessage: finding.arithmetic)
    }

    /// Without an episode the target group is unknown; when that is because data is missing,
    /// the first per-case rule of the catalogue says so (never a silent pass).
    private func missingEpisodeObligations(_ facts: CaseFacts) -> [Obligation] {
        guard let reason = facts.missingEpisode,
              let rule = lines.first(where: { $0.last.map { !$0.isPerEntry } ?? false })?.last
        else { return [] }
        return [obligation(rule, RuleAnchor(date: nil), .cannotEvaluate(reason))]
    }

    /// The version in force on `date`: among the versions valid on that day, the one with the
    /// latest `validFrom` (a later version for some groups wins over an older general one).
    static func version(in versions: [Rule], on date: CalendarDate) -> Rule? {
        versions.last { $0.isValid(on: date) }
    }
}

extension ObligationStatus {
    /// Not met and still to be done: open, due soon or overdue.
    var isPending: Bool {
        self == .open || self == .dueSoon || self == .overdue
    }
}
