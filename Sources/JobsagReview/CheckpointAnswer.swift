// The answer to one checkpoint of a spot-check: ja, nej or ikke relevant.
import JobsagCore

/// The answer to one checkpoint (RULES.md §5).
public enum CheckpointAnswer: String, Codable, Sendable, CaseIterable {
    case ja
    case nej
    case ikkeRelevant

    /// "ja", "nej", "ikke relevant" (English: "yes", "no", "not relevant").
    public var label: LocalizedText {
        switch self {
        case .ja: return LocalizedText(da: "ja", en: "yes")
        case .nej: return LocalizedText(da: "nej", en: "no")
        case .ikkeRelevant: return LocalizedText(da: "ikke relevant", en: "not relevant")
        }
    }
}
