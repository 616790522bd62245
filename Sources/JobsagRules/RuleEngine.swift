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
    public var policy: RulePolicy {
        didSet { settings = PolicySettings(policy) }
    }
    /// Every rule version the engine knows, in catalogue order.
    public let catalogue: [Rule]
    private var settings: PolicySettings
    /// The catalogue grouped by rule id, in order of first appearance.
    private let lines: [CatalogueLine]
    /// For each target group (by `sortIndex`), the lines with versions for it, in that order.
    private let linesByGroup: [[GroupLine]]
    private let index: [String: [Rule]]

    public init(policy: RulePolicy = .standard, catalogue: [Rule] = RuleCatalogue.rules) {
        self.policy = policy
        self.settings = PolicySettings(policy)
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
        let lines = order.compactMap { byID[$0].map(CatalogueLine.init) }
        self.lines = lines
        self.linesByGroup = TargetGroup.allCases.map { group in lines.compactMap { GroupLine($0, for: group) } }
        self.index = byID
    }

    /// The rule version an obligation was judged by.
    public func rule(for obligation: Obligation) -> Rule? {
        index[obligation.ruleID]?.first { $0.version == obligation.ruleVersion }
    }

    /// The obligations of `case` as of `asOf`, in a stable order: catalogue order, then
    /// deadline (none last), then subject id. Entries dated after `asOf` are ignored. A case
    /// closed on or before `asOf` is judged as of its closing day, and then ended there
    /// (`ending`): nothing falls due after the day it closed. A duty that a booked meeting
    /// would meet before its deadline is `booked` (`markingBookings`).
    public func evaluate(_ case: Case, asOf: CalendarDate) -> CaseAssessment {
        markingBookings(judged(`case`, asOf: asOf), of: `case`)
    }

    /// The obligations of `case` as of `asOf` from its recorded entries alone; only those of
    /// the rules `ruleIDs` when given.
    func judged(_ case: Case, asOf: CalendarDate, rules ruleIDs: Set<String>? = nil) -> CaseAssessment {
        let facts = CaseFacts(`case`, asOf: `case`.closingDate(asOf: asOf) ?? asOf)
        guard let group = facts.group else {
            return CaseAssessment(asOf: asOf, obligations: missingEpisodeObligations(facts))
        }
        // Room for as many obligations as most cases have (a case of the demo had 14, one in
        // ten more than 21, none more than 41): kept with the assessment, room for 64 was five
        // times what a case used, a fifth of a jobcenter's evaluated cases' memory.
        var obligations: [Obligation] = []
        obligations.reserveCapacity(Self.obligationsOfMostCases)
        // One context for the case, each judgement setting its rule version's start: made for
        // each, it counted a reference to the policy shared by every core, which made the cores
        // wait for each other.
        var context = EvaluationContext(asOf: facts.asOf, settings: settings, validFrom: facts.asOf)
        for line in linesByGroup[group.sortIndex] where ruleIDs?.contains(line.id) ?? true {
            if line.newest.rule.kind == .lokal, !policy.isEnabled(line.id) { continue }  // switched off locally
            let start = obligations.count
            switch line.newest.rule.anchoring.resolver {
            case .single(let resolve):
                var unused = MetAggregate(anchors: 1)
                judge(resolve(facts), line: line, facts: facts, context: &context, into: &obligations, met: &unused)
            case .many(let resolve):
                let anchors = resolve(facts)
                var met = MetAggregate(anchors: anchors.count)
                for anchor in anchors {
                    judge(anchor, line: line, facts: facts, context: &context, into: &obligations, met: &met)
                }
                met.flush(into: &obligations)
            }
            Self.sortByDeadlineAndSubject(&obligations, from: start)
        }
        return CaseAssessment(asOf: asOf, obligations: obligations)
    }

    /// Obligations room is made for in a case's list at first (see `judged`).
    static let obligationsOfMostCases = 16

    // MARK: - Judging one anchor

    private func judge(
        _ anchor: RuleAnchor, line: GroupLine, facts: CaseFacts, context: inout EvaluationContext,
        into obligations: inout [Obligation], met: inout MetAggregate
    ) {
        guard let date = anchor.date else {
            let entry = line.version(on: facts.asOf) ?? line.newest
            var finding = Finding.cannotEvaluate(anchor.missing ?? .start)
            exempt(&finding, entry: entry, facts: facts)
            append(entry, anchor, finding, facts: facts, to: &obligations)
            return
        }
        guard let entry = line.version(on: date) else {
            // Outside every version's validity: per-entry rules only judge entries of their
            // time; a per-case rule says why it does not apply, so "hvorfor?" can explain.
            guard !line.newest.rule.isPerEntry, let first = line.versions.first else { return }
            if date < first.rule.validFrom {
                let reason = Messages.notYetInForce(
                    label: first.rule.anchoring.label, anchor: date, validFrom: first.rule.validFrom)
                append(first, anchor, .notApplicable(reason), facts: facts, to: &obligations)
                return
            }
            let last = line.versions.max { ($0.rule.validTo ?? .distantFuture) < ($1.rule.validTo ?? .distantFuture) } ?? line.newest
            let reason = Messages.noLongerInForce(
                label: last.rule.anchoring.label, anchor: date, validTo: last.rule.validTo ?? date)
            append(last, anchor, .notApplicable(reason), facts: facts, to: &obligations)
            return
        }
        context.validFrom = entry.rule.validFrom
        var finding = entry.rule.judge(anchor, facts, context)
        if let validTo = entry.rule.validTo, validTo <= facts.asOf, finding.status.isPending {
            Self.ending(&finding, on: validTo, explanation: Messages.regimeEnded(validTo: validTo, finding: finding.explanation))
        }
        if let closedOn = facts.closedOn, finding.status.isPending {
            Self.ending(&finding, on: closedOn, explanation: Messages.caseClosed(on: closedOn, finding: finding.explanation))
        }
        exempt(&finding, entry: entry, facts: facts)
        if entry.rule.aggregatesMet, finding.status == .met, !finding.metLate {
            met.add(entry, finding.evidence)
            return
        }
        append(entry, anchor, finding, facts: facts, to: &obligations)
    }

    /// A duty whose rule or case ended on `end` (a rule's last day, the day the case closed):
    /// a deadline that passed before it can no longer be repaired (missed); a duty that would
    /// fall due later no longer exists. Called for a pending finding.
    private static func ending(_ finding: inout Finding, on end: CalendarDate, explanation: RuleMessage) {
        if finding.status == .overdue, let deadline = finding.deadline, deadline < end {
            finding.status = .missed
        } else {
            finding.status = .notApplicable
        }
        finding.explanation = explanation
    }

    /// Sorts the obligations of one rule (from `start`) by deadline (none last), then subject
    /// id; most lines are already in order, so it first checks.
    static func sortByDeadlineAndSubject(_ obligations: inout [Obligation], from start: Int) {
        guard obligations.count - start > 1 else { return }
        // Compared by the two fields, read in place: an obligation passed whole was a copy of
        // all it holds, two for every pair.
        func precedes(_ lhs: (deadline: CalendarDate?, subject: EntryID?), _ rhs: (deadline: CalendarDate?, subject: EntryID?)) -> Bool {
            switch (lhs.deadline, rhs.deadline) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (lhs.subject ?? "") < (rhs.subject ?? "")
            }
        }
        func key(_ index: Int) -> (deadline: CalendarDate?, subject: EntryID?) {
            (obligations[index].deadline, obligations[index].subjectID)
        }
        var sorted = true
        for index in (start + 1)..<obligations.count where precedes(key(index), key(index - 1)) {
            sorted = false
            break
        }
        if !sorted { obligations[start...].sort { precedes(($0.deadline, $0.subjectID), ($1.deadline, $1.subjectID)) } }
    }

    /// A recorded exemption for the rule turns an unmet obligation into "not applicable", with
    /// the exemption as evidence: when it covers `asOf`, or covers the deadline of an
    /// obligation that is overdue or missed. A met obligation stays met.
    private func exempt(_ finding: inout Finding, entry: CatalogueEntry, facts: CaseFacts) {
        guard finding.status != .met, finding.status != .notApplicable, !facts.exemptions.isEmpty else { return }
        let status = finding.status
        let deadline = finding.deadline
        let exemption = facts.exemptions.last { exemption in
            guard exemption.applies(to: entry.rule.id) || entry.rule.exemptionScopes.contains(exemption.scope) else { return false }
            if exemption.covers(facts.asOf) { return true }
            if status == .overdue || status == .missed, let deadline {
                return exemption.covers(deadline)
            }
            return false
        }
        guard let exemption else { return }
        finding.status = .notApplicable
        finding.evidence.append(.exemption(exemption))
        finding.explanation = Messages.exempt(exemption)
    }

    /// Appends the obligation `finding` makes of `anchor` under `entry`. A "kan ikke vurderes"
    /// one names the episode to put right and the date it lacks ("ydelsesforløbet fra
    /// 01.03.2025 har ingen dato for første henvendelse"), so the caseworker, and the app, know
    /// which entry to open. Made in its place in the list: an obligation made apart was copied
    /// in, a copy of all it holds.
    private func append(
        _ entry: CatalogueEntry, _ anchor: RuleAnchor, _ finding: consuming Finding, facts: CaseFacts, to obligations: inout [Obligation]
    ) {
        let (missing, status) = (finding.missing, finding.status)
        obligations.append(Obligation(
            ruleID: entry.rule.id, ruleVersion: entry.rule.version, kind: entry.rule.kind, status: status,
            deadline: finding.deadline, windowStart: finding.windowStart, evidence: finding.evidence,
            metLate: finding.metLate, subjectID: anchor.subjectID, explanationMessage: finding.explanation,
            arithmeticMessage: finding.arithmetic))
        guard let missing, status == .cannotEvaluate else { return }
        let last = obligations.count - 1
        obligations[last].explanationMessage = Messages.cannotEvaluate(missing, in: facts.episode)
        obligations[last].missingData = MissingData(episodeID: facts.episode?.id, field: missing)
    }

    /// Without an episode the target group is unknown; when that is because data is missing,
    /// the first per-case rule of the catalogue says so (never a silent pass).
    private func missingEpisodeObligations(_ facts: CaseFacts) -> [Obligation] {
        guard let reason = facts.missingEpisode,
              let entry = lines.first(where: { !$0.isPerEntry })?.newest
        else { return [] }
        let withoutStart = facts.source.episodes.filter { $0.start == nil }.min { $0.id < $1.id }
        var missing: [Obligation] = []
        append(entry, RuleAnchor(date: nil), Finding(.cannotEvaluate, explanation: Messages.cannotEvaluate(reason)), facts: facts, to: &missing)
        missing[0].missingData = MissingData(episodeID: withoutStart?.id, field: withoutStart == nil ? .episode : .start)
        return missing
    }

    /// The version in force on `date`: among the versions valid on that day, the one with the
    /// latest `validFrom` (a later version for some groups wins over an older general one).
    static func version(in versions: [Rule], on date: CalendarDate) -> Rule? {
        versions.last { $0.isValid(on: date) }
    }
}

/// The entries of a per-entry rule that are met on time, gathered into one obligation per
/// rule version (see `Rule.aggregatesMet`).
struct MetAggregate {
    private var groups: [(entry: CatalogueEntry, count: Int, evidence: [Evidence])] = []
    /// How many anchors the rule has: a group's evidence has room for one item of each (grown
    /// as it filled, it was made again at every doubling).
    private let anchors: Int

    init(anchors: Int) {
        self.anchors = anchors
    }

    mutating func add(_ entry: CatalogueEntry, _ evidence: [Evidence]) {
        if let index = groups.firstIndex(where: { $0.entry === entry }) {
            groups[index].count += 1
            groups[index].evidence += evidence
        } else {
            var gathered: [Evidence] = []
            gathered.reserveCapacity(Swift.max(anchors, evidence.count))
            gathered += evidence
            groups.append((entry, 1, gathered))
        }
    }

    func flush(into obligations: inout [Obligation]) {
        for group in groups {
            // Read in place: a copy of the rule was a copy of all it says.
            let entry = group.entry
            obligations.append(
                Obligation(
                    ruleID: entry.rule.id, ruleVersion: entry.rule.version, kind: entry.rule.kind, status: .met, deadline: nil,
                    windowStart: nil, evidence: group.evidence, metLate: false, subjectID: nil,
                    explanationMessage: Messages.aggregatedMet(group.count, subject: entry.rule.subjectKind), arithmeticMessage: nil))
        }
    }
}

/// One rule version held by reference, so the engine passes it around without copying its
/// metadata.
final class CatalogueEntry: Sendable {
    let rule: Rule
    init(_ rule: Rule) { self.rule = rule }
}

/// All versions of one rule id (oldest `validFrom` first).
struct CatalogueLine: Sendable {
    let id: String
    let isPerEntry: Bool
    let entries: [CatalogueEntry]
    var newest: CatalogueEntry? { entries.last }

    init(_ versions: [Rule]) {
        id = versions.first?.id ?? ""
        isPerEntry = versions.last?.isPerEntry ?? false
        entries = versions.map(CatalogueEntry.init)
    }
}

/// The versions of one rule id that apply to one target group (oldest `validFrom` first),
/// held by reference: the engine walks a group's lines for every case it judges.
final class GroupLine: Sendable {
    let id: String
    let versions: [CatalogueEntry]
    let newest: CatalogueEntry

    /// Nil when no version applies to `group`.
    init?(_ line: CatalogueLine, for group: TargetGroup) {
        let versions = line.entries.filter { $0.rule.appliesTo.contains(group) }
        guard let newest = versions.last else { return nil }
        (id, self.versions, self.newest) = (line.id, versions, newest)
    }

    /// The version in force on `date`: the one of latest `validFrom` valid that day.
    func version(on date: CalendarDate) -> CatalogueEntry? {
        versions.last { $0.rule.isValid(on: date) }
    }
}

extension ObligationStatus {
    /// Not met and still to be done: open, due soon or overdue.
    var isPending: Bool {
        self == .open || self == .dueSoon || self == .overdue
    }
}
