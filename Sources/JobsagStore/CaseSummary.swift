import JobsagCore

/// What the store knows of a case without reading its file: from the index.
public struct CaseSummary: Hashable, Sendable, Codable {
    public var id: CaseID
    public var revision: Int
    public var caseworker: Initials
    public var coordinatingCaseworker: Initials?
    /// The keyed digest of the citizen's CPR number (`CPRDigester`), never the number itself.
    var cprDigest: String?

    public init(id: CaseID, revision: Int, caseworker: Initials, coordinatingCaseworker: Initials?) {
        self.id = id
        self.revision = revision
        self.caseworker = caseworker
        self.coordinatingCaseworker = coordinatingCaseworker
    }

    init(_ value: Case, digester: CPRDigester) {
        self.init(id: value.id, revision: value.revision, caseworker: value.caseworker, coordinatingCaseworker: value.coordinatingCaseworker)
        cprDigest = digester.digest(value.citizen.cpr)
    }
}
