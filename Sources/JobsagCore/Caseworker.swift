/// A user of Jobsag: a caseworker, team lead or professional consultant.
public struct Caseworker: Hashable, Sendable, Codable, Identifiable {
    public var initials: Initials
    public var name: String
    public var role: Role
    public var team: String

    public var id: Initials { initials }

    public enum Role: String, Sendable, Codable, CaseIterable {
        case sagsbehandler
        case teamleder
        case fagligKonsulent
    }

    public init(initials: Initials, name: String, role: Role, team: String) {
        self.initials = initials
        self.name = name
        self.role = role
        self.team = team
    }
}
