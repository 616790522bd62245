import JobsagCore

// TEMPORARY stub until the rules branch lands; replaced by the real catalogue.
public struct Rule: Sendable {
    public var id: String
    public var version: Int
    public var title: LocalizedText
    public var kind: RuleKind
    public var appliesTo: LocalizedText
    public var anchor: LocalizedText
    public var requirement: LocalizedText
    public var evidence: LocalizedText
    public var validFrom: CalendarDate
    public var validTo: CalendarDate?
    public var legalReference: String
    public var sources: [SourceReference]
}

public enum RuleCatalogue {
    public static let rules: [Rule] = []
    public static func versions(of id: String) -> [Rule] { rules.filter { $0.id == id } }
    public static func rule(id: String, version: Int) -> Rule? { rules.first { $0.id == id && $0.version == version } }
}
