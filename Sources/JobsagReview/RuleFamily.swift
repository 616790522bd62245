// The rule families (id prefixes) that the round summary's matrix has as columns.
import JobsagCore

/// A family of rules by id prefix (RULES.md §3-§4), plus `Q` for the manual questions.
public enum RuleFamily: String, Codable, Sendable, CaseIterable, Comparable {
    case KF, UH, KA, TB, PL, RD, TT, IN, FJ, Q
    /// An id with an unknown prefix.
    case other

    /// The family of a checkpoint or rule id: its prefix up to the first `.`.
    public init(checkpointID: String) {
        let prefix = checkpointID.prefix { $0 != "." }
        self = RuleFamily(rawValue: String(prefix)) ?? .other
    }

    /// The matrix columns: every family but `other`.
    public static let columns: [RuleFamily] = [.KF, .UH, .KA, .TB, .PL, .RD, .TT, .IN, .FJ, .Q]

    public var title: LocalizedText {
        switch self {
        case .KF: return LocalizedText(da: "kontaktforløb", en: "contact")
        case .UH: return LocalizedText(da: "uddannelseshjælp", en: "education benefit")
        case .KA: return LocalizedText(da: "koordinering", en: "coordination")
        case .TB: return LocalizedText(da: "tilbud", en: "offers")
        case .PL: return LocalizedText(da: "plan", en: "plan")
        case .RD: return LocalizedText(da: "rådighed", en: "availability")
        case .TT: return LocalizedText(da: "timeregel", en: "hours rule")
        case .IN: return LocalizedText(da: "integration", en: "integration")
        case .FJ: return LocalizedText(da: "fleksjob", en: "flex job")
        case .Q: return LocalizedText(da: "kvalitet", en: "quality")
        case .other: return LocalizedText(da: "andet", en: "other")
        }
    }

    private var order: Int { RuleFamily.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: RuleFamily, rhs: RuleFamily) -> Bool { lhs.order < rhs.order }
}
