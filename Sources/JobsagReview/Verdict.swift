// The overall verdict of a case review: i orden, skal rettes, til drøftelse.
import JobsagCore

/// The reviewer's overall verdict on a case (RULES.md §5).
public enum Verdict: String, Codable, Sendable, CaseIterable {
    case iOrden
    case skalRettes
    case tilDroeftelse

    /// "i orden", "skal rettes", "til drøftelse".
    public var label: LocalizedText {
        switch self {
        case .iOrden: return LocalizedText(da: "i orden", en: "in order")
        case .skalRettes: return LocalizedText(da: "skal rettes", en: "must be corrected")
        case .tilDroeftelse: return LocalizedText(da: "til drøftelse", en: "for discussion")
        }
    }
}
