import Foundation

/// A change to the list of caseworkers (`jobsag init`, `jobsag caseworker add | set`),
/// applied by the store under its lock to the list as it is then, so that two leads changing
/// it at once each change what the other left.
public enum CaseworkerChange: Sendable, Hashable {
    case add(Caseworker)
    /// Changes the fields given (nil: kept) of the caseworker with these initials.
    case set(Initials, name: String?, role: Caseworker.Role?, team: String?, login: String?)

    /// Why a change cannot be made (Danish).
    public struct Refusal: Error, Sendable, Hashable {
        public var message: String
    }

    /// The initials the change is about.
    public var initials: Initials {
        switch self {
        case .add(let caseworker): return caseworker.initials
        case .set(let initials, _, _, _, _): return initials
        }
    }

    /// The list after `user`'s change, or why it cannot be made: only a team lead (in the own
    /// team, never giving the consultant's role) or a faglig konsulent changes caseworkers,
    /// except the first one of an empty list (`user` nil: the store is being set up);
    /// initials unknown (set) or taken (add), a login that is not one or is another
    /// caseworker's, an empty name or team.
    public func apply(to caseworkers: [Caseworker], by user: Caseworker?) -> Result<[Caseworker], Refusal> {
        if let refusal = Self.refusal(of: self, by: user, in: caseworkers) { return .failure(refusal) }
        var list = caseworkers
        let changed: Caseworker
        switch self {
        case .add(let caseworker):
            if let problem = Self.initialsProblem(caseworker.initials) { return .failure(Refusal(message: problem)) }
            if let existing = list.first(where: { $0.initials.uppercased() == caseworker.initials.uppercased() }) {
                return .failure(Refusal(message: "Initialerne \(caseworker.initials) har allerede \(existing.name)."))
            }
            list.append(caseworker)
            changed = caseworker
        case .set(let initials, let name, let role, let team, let login):
            guard let index = list.firstIndex(where: { $0.initials.uppercased() == initials.uppercased() }) else {
                let known = list.map(\.initials).sorted().joined(separator: ", ")
                return .failure(Refusal(message: "Ingen medarbejder har initialerne \(initials). Kendte initialer: \(known)."))
            }
            if let name { list[index].name = name }
            if let role { list[index].role = role }
            if let team { list[index].team = team }
            if let login { list[index].login = login }
            changed = list[index]
        }
        if changed.name.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(Refusal(message: "Navnet kan ikke være tomt.")) }
        if changed.team.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(Refusal(message: "Teamet kan ikke være tomt.")) }
        if let login = changed.login {
            if let problem = Login.problem(login) { return .failure(Refusal(message: problem)) }
            if let other = list.first(where: { $0.login == login && $0.initials != changed.initials }) {
                return .failure(Refusal(message: "Login »\(login)« hører allerede til \(other.initials) \(other.name)."))
            }
        }
        return .success(list)
    }

    private static func refusal(of change: CaseworkerChange, by user: Caseworker?, in list: [Caseworker]) -> Refusal? {
        guard let user else {
            return list.isEmpty ? nil : Refusal(message: "Kun en teamleder eller faglig konsulent kan ændre medarbejderne.")
        }
        switch user.role {
        case .fagligKonsulent:
            return nil
        case .sagsbehandler:
            return Refusal(message: "Kun en teamleder eller faglig konsulent kan ændre medarbejderne; \(user.initials) er sagsbehandler.")
        case .teamleder:
            let target = list.first { $0.initials.uppercased() == change.initials.uppercased() }
            let team: String?
            let role: Caseworker.Role?
            switch change {
            case .add(let caseworker): (team, role) = (caseworker.team, caseworker.role)
            case .set(_, _, let newRole, let newTeam, _): (team, role) = (newTeam ?? target?.team, newRole)
            }
            if let target, target.team != user.team {
                return Refusal(message: "\(target.initials) er i team \(target.team); en teamleder ændrer kun sit eget team (\(user.team)).")
            }
            if let team, team != user.team {
                return Refusal(message: "En teamleder sætter kun medarbejdere i sit eget team (\(user.team)), ikke i \(team).")
            }
            if role == .fagligKonsulent { return Refusal(message: "Kun en faglig konsulent kan give rollen faglig konsulent.") }
            return nil
        }
    }

    /// Initials are an id: 1–8 letters (æ ø å included) and digits.
    static func initialsProblem(_ initials: Initials) -> String? {
        let valid = (1...8).contains(initials.count) && initials.allSatisfy { $0.isLetter || $0.isNumber }
        return valid ? nil : "Initialer er 1-8 bogstaver eller tal (»\(initials)« er ikke)."
    }
}
