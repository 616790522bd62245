import JobsagCore

/// One dated version of a rule of the catalogue (RULES.md §1): its metadata, which the UI
/// shows for "hvorfor?", and how it is evaluated.
///
/// A change in the law is a NEW version with a later `validFrom`; the old version stays, so a
/// case is always judged by the version in force on the rule's anchor date. Two versions of
/// one rule never overlap for a target group unless the later one narrows the groups (then
/// the later one wins for those groups).
public struct Rule: Sendable {
    /// The stable id, e.g. `KF.4I6`.
    public var id: String
    /// 1, 2, ... in order of `validFrom`.
    public var version: Int
    public var title: LocalizedText
    public var kind: RuleKind
    /// The target groups the version applies to.
    public var appliesTo: TargetGroupScope
    /// The event the rule counts from (episode start, first contact, the entry itself, ...).
    public var anchor: LocalizedText
    public var requirement: LocalizedText
    /// What meets the requirement.
    public var evidence: LocalizedText
    /// The first day the version applies (inclusive), compared with the anchor date.
    public var validFrom: CalendarDate
    /// The first day the version no longer applies (EXCLUSIVE: the next version's `validFrom`);
    /// nil while the version is in force. The last day of validity is `validTo - 1 day`.
    public var validTo: CalendarDate?
    /// The legal reference as the source documents give it, e.g. "LAB § 36, stk. 2"; empty
    /// where the documents give none.
    public var legalReference: String
    /// The source lines in `shared/seeds/`.
    public var sources: [SourceReference]
    /// For rules evaluated once per entry (a conversation, an offer, ...): that entry's kind;
    /// nil for rules evaluated once per case.
    public var subjectKind: EntryKind?
    /// Exemption scopes besides the rule id that exempt a case (e.g. `standby`).
    public var exemptionScopes: [String]
    /// For high-volume per-entry rules (one obligation per conversation or offer): the entries
    /// that are met on time are reported together in ONE obligation without a subject, with
    /// every entry as evidence; every other entry keeps its own obligation.
    public var aggregatesMet: Bool
    /// How the anchor dates (and subjects) are found in a case.
    var anchoring: Anchoring
    /// Judges one anchor of a case.
    var judge: Judge

    init(
        id: String, version: Int, title: LocalizedText, kind: RuleKind, appliesTo: TargetGroupScope,
        requirement: LocalizedText, evidence: LocalizedText, validFrom: CalendarDate, validTo: CalendarDate? = nil,
        legalReference: String, sources: [SourceReference], anchoring: Anchoring, exemptionScopes: [String] = [],
        aggregatesMet: Bool = false, judge: @escaping Judge
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.kind = kind
        self.appliesTo = appliesTo
        self.anchor = anchoring.description
        self.requirement = requirement
        self.evidence = evidence
        self.validFrom = validFrom
        self.validTo = validTo
        self.legalReference = legalReference
        self.sources = sources
        self.subjectKind = anchoring.subjectKind
        self.exemptionScopes = exemptionScopes
        self.aggregatesMet = aggregatesMet
        self.anchoring = anchoring
        self.judge = judge
    }

    /// Whether the version is in force on `date` (validFrom ≤ date < validTo).
    public func isValid(on date: CalendarDate) -> Bool {
        validFrom <= date && (validTo.map { date < $0 } ?? true)
    }

    /// The last day the version applies, when it has ended.
    public var lastValidDay: CalendarDate? {
        validTo?.adding(days: -1)
    }

    /// Whether the rule is evaluated once per entry rather than once per case.
    public var isPerEntry: Bool { subjectKind != nil }
}

extension Rule: Hashable {
    /// Versions are identified by id and version number.
    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs.id == rhs.id && lhs.version == rhs.version
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(version)
    }
}

/// The kind of a rule (RULES.md §1): the UI shows it, so a legal duty can be told from a target.
public enum RuleKind: String, Sendable, Codable, CaseIterable {
    /// A legal duty.
    case lovkrav
    /// A national supervision target: the municipality is measured on it.
    case fokusmaal
    /// Recommended by STAR or Ankestyrelsen's audits.
    case godPraksis
    /// Local policy, switched on and numbered in the configuration.
    case lokal
    /// A note for reviewers: no duty, but it changes how a case is judged.
    case note

    public var label: LocalizedText {
        switch self {
        case .lovkrav: return LocalizedText(da: "lovkrav", en: "legal duty")
        case .fokusmaal: return LocalizedText(da: "fokusmål", en: "national target")
        case .godPraksis: return LocalizedText(da: "god praksis", en: "good practice")
        case .lokal: return LocalizedText(da: "lokal praksis", en: "local policy")
        case .note: return LocalizedText(da: "note", en: "note")
        }
    }
}

/// Where in the source documents a rule comes from: a seed file and its lines.
public struct SourceReference: Hashable, Sendable, Codable {
    /// The seed's number (`000` ... `004`) or a text such as "STAR (outside the seeds)".
    public var document: String
    /// The lines, as RULES.md gives them (e.g. "553-561").
    public var lines: String
    /// The quoted words, when RULES.md or the seed has them.
    public var quote: String?

    public init(document: String, lines: String, quote: String? = nil) {
        self.document = document
        self.lines = lines
        self.quote = quote
    }
}
