import JobsagCore

/// The catalogue of RULES.md §3 and §4, and the seeds' rules beyond it (KF.SELVBOOK, seed 001
/// R17): every version of every rule, in catalogue order.
///
/// Each rule family has its own file in `Catalogue/`; a rule version is one `Rule` value
/// there (metadata, anchoring and judge). Adding a rule or a dated version means adding one
/// value to its family's `all` list.
public enum RuleCatalogue {
    /// All rule versions, in catalogue order (families in the order of RULES.md).
    public static let rules: [Rule] =
        KontaktforloebRules.all + UddannelseshjaelpRules.all + KoordineringRules.all + TilbudRules.all
        + PlanRules.all + RaadighedRules.all + TimereglenRules.all + IntegrationRules.all + FleksjobRules.all
        + Pre2020Rules.all + SelvbookingRules.all

    /// The versions of one rule, oldest first.
    public static func versions(of id: String) -> [Rule] {
        rules.filter { $0.id == id }.sorted { ($0.validFrom, $0.version) < ($1.validFrom, $1.version) }
    }

    /// One version of a rule.
    public static func rule(id: String, version: Int) -> Rule? {
        byVersion[VersionKey(id: id, version: version)]
    }

    /// Every rule version by id and version (the first of a pair written twice), so that a
    /// report of tens of thousands of obligations names each rule without a walk of the catalogue.
    private static let byVersion: [VersionKey: Rule] =
        Dictionary(rules.map { (VersionKey(id: $0.id, version: $0.version), $0) }) { first, _ in first }

    /// One version of one rule.
    private struct VersionKey: Hashable {
        var id: String
        var version: Int
    }

    /// The rule ids in catalogue order, each once.
    public static var ids: [String] {
        var seen = Set<String>()
        return rules.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
    }
}
