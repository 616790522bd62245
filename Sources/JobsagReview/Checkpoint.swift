// One checkpoint of a case review: a rule's pre-filled answer or a manual quality question.
import JobsagCore

/// Whether a checkpoint is pre-filled from the rules or judged by the reviewer alone.
public enum CheckpointKind: String, Codable, Sendable {
    /// Pre-filled from the rules module; the reviewer confirms or overrides (with a note).
    case automatic
    /// A quality question only a person can judge (the `Q.*` checkpoints).
    case manual
}

/// One line of a case's checklist (RULES.md §5).
public struct Checkpoint: Codable, Hashable, Sendable, Identifiable {
    /// The rule id (`KF.4I6`), a merged id (`UH.KOORD/KA.KOORD`), or a manual id (`Q.ROED.TRAAD`).
    public var id: String
    public var kind: CheckpointKind
    public var title: LocalizedText
    /// The national audit figure of RULES.md §5 (or PRODUCT.md), when the spec gives one.
    public var nationalFigure: LocalizedText?
    /// The answer the rules suggest (automatic checkpoints); nil for manual ones.
    public var suggested: CheckpointAnswer?
    /// What the rules found: the obligations' status and explanation, and their evidence.
    public var evidence: [LocalizedText]
    /// The reviewer's answer; nil while not yet answered.
    public var answer: CheckpointAnswer?
    public var note: String
    /// For an automatic checkpoint: the rule the pre-fill came from (for a merged id, the
    /// one that applies); nil for manual checkpoints and rules that do not apply.
    public var ruleID: String?

    public init(
        id: String, kind: CheckpointKind, title: LocalizedText, nationalFigure: LocalizedText? = nil,
        suggested: CheckpointAnswer? = nil, evidence: [LocalizedText] = [], answer: CheckpointAnswer? = nil,
        note: String = "", ruleID: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.nationalFigure = nationalFigure
        self.suggested = suggested
        self.evidence = evidence
        self.answer = answer
        self.note = note
        self.ruleID = ruleID
    }

    /// The reviewer answered differently from the rules' suggestion.
    public var isOverride: Bool {
        answer != nil && suggested != nil && answer != suggested
    }

    public var isAnswered: Bool { answer != nil }

    /// The rule family (`KF`, `UH`, ..., `Q`) the checkpoint counts under in the summary.
    public var family: RuleFamily {
        RuleFamily(checkpointID: ruleID ?? id)
    }
}
