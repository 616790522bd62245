// Builds a case's checklist: automatic checkpoints pre-filled from the rules, then the manual questions.
import JobsagCore
import JobsagRules

/// Builds the checklist of RULES.md §5 for one case as of a date.
///
/// The suggested answer of an automatic checkpoint comes from the statuses of the rule's
/// obligations in `engine.evaluate(case, asOf:)` (for a per-entry rule, or a merged id, the
/// worst of them decides):
///
/// | obligations | suggested |
/// |---|---|
/// | any `overdue` or `missed` | `nej` |
/// | any `cannotEvaluate` (data missing: not documented) | `nej` |
/// | otherwise any `met`, `open`, `dueSoon` or `booked` (a deadline not yet passed is no breach) | `ja` |
/// | all `notApplicable` (an exemption, or not in force) | `ikkeRelevant` |
/// | none (the rule does not apply to the target group) | `ikkeRelevant`, pre-answered |
///
/// A checkpoint whose rule is absent from the assessment is pre-answered `ikke relevant`
/// (the reviewer can still change it); all others start unanswered. `IN.*`/`FJ.*` rules are
/// checkpoints only where they apply (skipped when absent or all `notApplicable`).
/// `Q.UDDFOKUS` is asked only for the uddannelseshjælp groups; `Q.225.BEGRUNDET` is
/// pre-answered `ikke relevant` when the case has no 225-hour exemption.
public enum ChecklistBuilder {
    /// The most evidence lines a checkpoint keeps; the rest are counted in one line.
    static let evidenceLineLimit = 20

    public static func checklist(for case: Case, asOf: CalendarDate, engine: RuleEngine) -> [Checkpoint] {
        let assessment = engine.evaluate(`case`, asOf: asOf)
        var byRule: [String: [Obligation]] = [:]
        for obligation in assessment.obligations {
            byRule[obligation.ruleID, default: []].append(obligation)
        }
        var checkpoints: [Checkpoint] = []
        for item in CheckpointCatalogue.automatic {
            checkpoints.append(automaticCheckpoint(item, byRule: byRule, engine: engine))
        }
        for ruleID in ruleIDs(of: engine) where CheckpointCatalogue.whereApplicablePrefixes.contains(where: { ruleID.hasPrefix($0) }) {
            let obligations = byRule[ruleID] ?? []
            guard obligations.contains(where: { $0.status != .notApplicable }) else { continue }
            let item = CheckpointCatalogue.Automatic(id: ruleID, ruleIDs: [ruleID], nationalFigure: nil)
            checkpoints.append(automaticCheckpoint(item, byRule: byRule, engine: engine))
        }
        checkpoints += manualCheckpoints(for: `case`, asOf: asOf)
        return checkpoints
    }

    public static func review(for case: Case, reviewer: Initials, asOf: CalendarDate, engine: RuleEngine) -> CaseReview {
        let episode = `case`.episode(on: asOf) ?? `case`.currentEpisode
        return CaseReview(
            caseID: `case`.id, caseworker: `case`.caseworker, targetGroup: SampleCandidate(`case`, asOf: asOf).targetGroup,
            reviewer: reviewer, reviewedOn: asOf, rulesAsOf: asOf, episodeStart: episode?.start,
            checkpoints: checklist(for: `case`, asOf: asOf, engine: engine))
    }

    /// The suggested answer for a rule's obligations (see the table above).
    public static func suggestion(for obligations: [Obligation]) -> CheckpointAnswer {
        let statuses = Set(obligations.map(\.status))
        if statuses.contains(.overdue) || statuses.contains(.missed) || statuses.contains(.cannotEvaluate) { return .nej }
        if statuses.contains(.met) || statuses.contains(.open) || statuses.contains(.dueSoon) || statuses.contains(.booked) { return .ja }
        return .ikkeRelevant
    }

    // MARK: - Automatic checkpoints

    private static func automaticCheckpoint(
        _ item: CheckpointCatalogue.Automatic, byRule: [String: [Obligation]], engine: RuleEngine
    ) -> Checkpoint {
        let applying = item.ruleIDs.filter { !(byRule[$0] ?? []).isEmpty }
        let obligations = applying.flatMap { byRule[$0] ?? [] }
        // The rule that applies: the first with an obligation that is not "not applicable",
        // else the first with any obligation.
        let ruleID = applying.first { id in (byRule[id] ?? []).contains { $0.status != .notApplicable } } ?? applying.first
        let title = title(of: ruleID ?? item.ruleIDs.first ?? item.id, engine: engine) ?? LocalizedText(da: item.id, en: item.id)
        guard !obligations.isEmpty else {
            return Checkpoint(
                id: item.id, kind: .automatic, title: title, nationalFigure: item.nationalFigure, suggested: .ikkeRelevant,
                evidence: [LocalizedText(
                    da: "Reglen gælder ikke for sagens målgruppe på datoen.",
                    en: "The rule does not apply to the case's target group on the date.")],
                answer: .ikkeRelevant, ruleID: nil)
        }
        return Checkpoint(
            id: item.id, kind: .automatic, title: title, nationalFigure: item.nationalFigure,
            suggested: suggestion(for: obligations), evidence: evidence(of: obligations), ruleID: ruleID)
    }

    private static func title(of ruleID: String, engine: RuleEngine) -> LocalizedText? {
        engine.catalogue.last { $0.id == ruleID }?.title
    }

    private static func ruleIDs(of engine: RuleEngine) -> [String] {
        var seen = Set<String>()
        return engine.catalogue.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
    }

    /// Status and explanation of each obligation (the most urgent first), its deadline, and its evidence.
    static func evidence(of obligations: [Obligation]) -> [LocalizedText] {
        let ordered = obligations.enumerated().sorted {
            if $0.element.status.severity != $1.element.status.severity {
                return $0.element.status.severity > $1.element.status.severity
            }
            return $0.offset < $1.offset
        }.map(\.element)
        var lines: [LocalizedText] = []
        for obligation in ordered {
            let status = obligation.status.label
            lines.append(LocalizedText(
                da: status.da + ": " + obligation.explanation(.da), en: status.en + ": " + obligation.explanation(.en)))
            if let deadline = deadlineLine(obligation) { lines.append(deadline) }
            for item in obligation.evidence {
                lines.append(item.summary)
            }
        }
        guard lines.count > evidenceLineLimit else { return lines }
        let hidden = lines.count - (evidenceLineLimit - 1)
        return Array(lines.prefix(evidenceLineLimit - 1))
            + [LocalizedText(da: "… og \(hidden) linjer mere", en: "… and \(hidden) more lines")]
    }

    private static func deadlineLine(_ obligation: Obligation) -> LocalizedText? {
        guard let deadline = obligation.deadline else { return nil }
        switch obligation.status {
        case .open, .dueSoon, .booked:
            return LocalizedText(
                da: "frist \(deadline.danish), ikke overskredet", en: "deadline \(deadline.danish), not passed")
        case .overdue, .missed:
            return LocalizedText(da: "frist \(deadline.danish) overskredet", en: "deadline \(deadline.danish) passed")
        case .met where obligation.metLate:
            return LocalizedText(da: "opfyldt for sent (frist \(deadline.danish))", en: "met late (deadline \(deadline.danish))")
        case .met, .notApplicable, .cannotEvaluate:
            return nil
        }
    }

    // MARK: - Manual checkpoints

    private static func manualCheckpoints(for case: Case, asOf: CalendarDate) -> [Checkpoint] {
        let group = SampleCandidate(`case`, asOf: asOf).targetGroup
        var result: [Checkpoint] = []
        for item in CheckpointCatalogue.manual {
            var checkpoint = Checkpoint(id: item.id, kind: .manual, title: item.title, nationalFigure: item.nationalFigure)
            switch item.id {
            case CheckpointCatalogue.uddannelsesFokus:
                guard group?.isUddannelseshjaelp == true else { continue }
            case CheckpointCatalogue.undtagelse225Begrundet:
                let exemptions = `case`.exemptions.filter {
                    $0.from <= asOf && ($0.scope == Exemption.Scope.rule225 || $0.applies(to: "TT.UNDTAG"))
                }
                if exemptions.isEmpty {
                    checkpoint.answer = .ikkeRelevant
                    checkpoint.evidence = [LocalizedText(da: "Ingen 225-timers undtagelse.", en: "No 225-hour exemption.")]
                } else {
                    checkpoint.evidence = exemptions.map {
                        LocalizedText(da: "undtagelse fra \($0.from.danish): \($0.reason)", en: "exemption from \($0.from.danish): \($0.reason)")
                    }
                }
            case CheckpointCatalogue.jobmaalKonkret:
                let goals = `case`.goals.filter { $0.kind == .job && $0.status == .aktiv && $0.created <= asOf }
                checkpoint.evidence = goals.isEmpty
                    ? [LocalizedText(da: "Intet aktivt jobmål i planen.", en: "No active job goal in the plan.")]
                    : goals.map { LocalizedText(da: "jobmål: \($0.title)", en: "job goal: \($0.title)") }
            case CheckpointCatalogue.tilbudBegrundet:
                if let offer = `case`.offers.filter({ $0.start <= asOf }).max(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                    let assessed = !CaseReview.isBlank(offer.assessment)
                    checkpoint.evidence = [LocalizedText(
                        da: "seneste tilbud: \(offer.type.rawValue) fra \(offer.start.danish); individuel vurdering \(assessed ? "noteret" : "ikke noteret")",
                        en: "latest offer: \(offer.type.rawValue) from \(offer.start.danish); individual assessment \(assessed ? "recorded" : "not recorded")")]
                } else {
                    checkpoint.evidence = [LocalizedText(da: "Ingen tilbud.", en: "No offers.")]
                }
            case CheckpointCatalogue.visitationBegrundet:
                if let visitation = `case`.visitations.filter({ $0.date <= asOf }).max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
                    let justified = !CaseReview.isBlank(visitation.justification)
                    checkpoint.evidence = [LocalizedText(
                        da: "seneste visitation \(visitation.date.danish): \(visitation.category.rawValue); begrundelse \(justified ? "noteret" : "ikke noteret")",
                        en: "latest visitation \(visitation.date.danish): \(visitation.category.rawValue); justification \(justified ? "recorded" : "not recorded")")]
                } else {
                    checkpoint.evidence = [LocalizedText(da: "Ingen visitation.", en: "No visitation.")]
                }
            default:
                break
            }
            result.append(checkpoint)
        }
        return result
    }
}
