/// A user of Jobsag: a caseworker, team lead or professional consultant.
public struct Caseworker: Hashable, Sendable, Codable, Identifiable {
    public var initials: Initials
    public var name: String
    public var role: Role
    public var team: String
    /// The operating-system login (file store) or database role (PostgreSQL) that is this
    /// caseworker: who the user is in a store that is not a demo (`Login`). Absent until given.
    public var login: String?

    public var id: Initials { initials }

    public enum Role: String, Sendable, RawTextCodable, CaseIterable {
        case sagsbehandler
        case teamleder
        case fagligKonsulent
    }

    public init(initials: Initials, name: String, role: Role, team: String, login: String? = nil) {
        self.initials = initials
        self.name = name
        self.role = role
        self.team = team
        self.login = login
    }
}
