import JobsagCore
import JobsagRules

/// `jobsag rules --json`: the rule versions with their metadata and sources as one document
/// (README, "The command line").
public enum RuleCatalogueJSON {
    public static func text(_ rules: [Rule]) -> String {
        ReportJSON.text(Document(format: "jobsag.rules", version: 1, rules: rules.map(Item.init)))
    }

    private struct Document: Encodable {
        var format: String
        var version: Int
        var rules: [Item]
    }

    private struct Item: Encodable {
        var id: String
        var version: Int
        var title: LocalizedText
        var kind: String
        var appliesTo: [String]
        @NullWhenAbsent var subjectKind: String?
        var anchor: LocalizedText
        var requirement: LocalizedText
        var evidence: LocalizedText
        var validFrom: CalendarDate
        /// The last day the version applies; null while it is in force.
        @NullWhenAbsent var validUntil: CalendarDate?
        var legalReference: String
        var exemptions: [String]
        var sources: [SourceReference]

        init(_ rule: Rule) {
            id = rule.id
            version = rule.version
            title = rule.title
            kind = rule.kind.rawValue
            appliesTo = rule.appliesTo.sortedGroups.map(\.rawValue)
            subjectKind = rule.subjectKind?.rawValue
            anchor = rule.anchor
            requirement = rule.requirement
            evidence = rule.evidence
            validFrom = rule.validFrom
            validUntil = rule.lastValidDay
            legalReference = rule.legalReference
            exemptions = rule.exemptionScopes
            sources = rule.sources
        }
    }
}
