
/// A case saved by any program on the store, as the store announces it: which case, its new
/// revision and whose caseload it is in (so a program can tell whether it shows the case).
public struct CaseChange: Hashable, Sendable {
    public var id: CaseID
    public var revision: Int
    public var caseworker: Initials
    public var coordinatingCaseworker: Initials?

    public init(id: CaseID, revision: Int, caseworker: Initials, coordinatingCaseworker: Initials?) {
        self.id = id
        self.revision = revision
        self.caseworker = caseworker
        self.coordinatingCaseworker = coordinatingCaseworker
    }
}
