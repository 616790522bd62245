// The red/yellow/green rating of a share of "ja" answers in the summary matrix.
import JobsagCore

/// Red, yellow or green for a share of `ja` among `ja` + `nej` answers:
/// green ≥ 90%, yellow ≥ 60%, red below; no rating without answers.
public enum RAGRating: String, Codable, Sendable, CaseIterable {
    case red, yellow, green

    public static let greenThreshold = 0.9
    public static let yellowThreshold = 0.6

    /// The rating of a share, or nil when there is none.
    public init?(shareJa: Double?) {
        guard let shareJa else { return nil }
        if shareJa >= RAGRating.greenThreshold {
            self = .green
        } else if shareJa >= RAGRating.yellowThreshold {
            self = .yellow
        } else {
            self = .red
        }
    }

    public var label: LocalizedText {
        switch self {
        case .red: return LocalizedText(da: "rød", en: "red")
        case .yellow: return LocalizedText(da: "gul", en: "yellow")
        case .green: return LocalizedText(da: "grøn", en: "green")
        }
    }
}
