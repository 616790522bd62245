/// A case the user may know of but not read without giving a reason (on a database, a
/// sagsbehandler's team case outside the own caseload): what its row in the caseload shows,
/// without the document. The full CPR number is never part of it.
public struct LockedCase: Hashable, Sendable {
    public var id: CaseID
    public var name: String
    /// The first six digits and `-xxxx` (`CPR.masked`).
    public var maskedCPR: String
    public var caseworker: Initials
    public var coordinatingCaseworker: Initials?

    public init(id: CaseID, name: String, maskedCPR: String, caseworker: Initials, coordinatingCaseworker: Initials?) {
        self.id = id
        self.name = name
        self.maskedCPR = maskedCPR
        self.caseworker = caseworker
        self.coordinatingCaseworker = coordinatingCaseworker
    }
}
