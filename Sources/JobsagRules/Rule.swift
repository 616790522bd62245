import JobsagCore

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
    /// The quoted words, when RULES.md quotes them.
    public var quote: String?

    public init(document: String, lines: String, quote: String? = nil) {
        self.document = document
        self.lines = lines
        self.quote = quote
    }
}
