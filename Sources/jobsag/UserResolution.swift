import Foundation
import JobsagApp
import JobsagCore
import JobsagPostgres
import JobsagStore

/// Who is using Jobsag: the caseworker whose `login` the system proves, the operating-system
/// user the program runs as for a data directory, the role the database authenticated for a
/// database; nobody can claim another. Only a demo lets the user be named (`--user`,
/// `$JOBSAG_USER`, the login name matching initials or a login, else the demo's first
/// caseworker): a data directory that is a demo always, a demo database when the connected
/// role is no caseworker's (its owner, trying the demo).
enum UserResolution {
    /// The user of `store`; `demoFallback` picks the demo's first caseworker when nobody is named.
    static func resolve(_ store: any CaseStore, options: GlobalOptions, caseworkers: [Caseworker], demoFallback: Bool = true) throws -> Caseworker {
        let claim = claim(options)
        if let login = try provenLogin(store) {
            if let match = caseworkers.first(where: { $0.login == login.name }) {
                if let claim, find(claim.initials, in: [match]) == nil { throw claimRefused(claim.source, login: login) }
                return match
            }
            guard store.info.isDemo else {
                if let claim { throw claimRefused(claim.source, login: login) }
                throw CommandFailure(message: "\(login.sentenceStart) hører ikke til nogen medarbejder. En teamleder knytter »\(login.name)« "
                    + "til dig med: jobsag caseworker set DINE-INITIALER --login \(login.name)")
            }
        }
        // In a demo without a user: its first caseworker (sagsbehandler).
        let fallback = demoFallback && store.info.isDemo ? caseworkers.first { $0.role == .sagsbehandler } : nil
        return try claimed(claim, options: options, caseworkers: caseworkers, fallback: fallback)
    }

    /// Initials named on the command line or in the environment, and where.
    struct Claim {
        var source: String
        var initials: String
    }

    /// `--user`, else (with `environment`) `$JOBSAG_USER`; nil when neither names anyone.
    static func claim(_ options: GlobalOptions, environment: Bool = true) -> Claim? {
        if let user = options.user, !user.isEmpty { return Claim(source: "--user", initials: user) }
        guard environment, let user = options.environment["JOBSAG_USER"], !user.isEmpty else { return nil }
        return Claim(source: "JOBSAG_USER", initials: user)
    }

    /// The user and the caseworkers of the scope the caseload opens in (a caseworker: the
    /// own caseload; a team lead: the team; a faglig konsulent: every team).
    static func userAndScope(_ store: any CaseStore, options: GlobalOptions) throws -> (user: Caseworker, scope: Set<Initials>) {
        try StoreAccess.call { () throws -> (Caseworker, Set<Initials>) in
            let caseworkers = try store.caseworkers()
            let user = try resolve(store, options: options, caseworkers: caseworkers)
            return (user, AppState.initials(in: AppState.initialScope(for: user.role), user: user, caseworkers: caseworkers))
        }
    }

    /// The operating-system user this program runs as (not `$USER`, which anyone can set).
    static func operatingSystemLogin() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// A login the system vouches for, and how messages name it ("databaserollen »jfj«").
    struct ProvenLogin {
        var name: String
        var described: String

        /// `described` at the start of a sentence.
        var sentenceStart: String { described.prefix(1).uppercased() + described.dropFirst() }
    }

    /// Who the store's system says is using it: the database's connected role, or the
    /// operating-system user for a data directory that is not a demo (nil for a demo directory,
    /// where the user is named).
    static func provenLogin(_ store: any CaseStore) throws -> ProvenLogin? {
        if let database = store as? PostgresStore {
            let role = try StoreAccess.call { try database.connectedRole() }
            return ProvenLogin(name: role, described: "databaserollen »\(role)«")
        }
        guard !store.info.isDemo else { return nil }
        guard let login = operatingSystemLogin() else {
            throw CommandFailure(message: "Styresystemet kender ikke brugeren, som Jobsag kører som (uid \(geteuid())); intet er åbnet.")
        }
        return ProvenLogin(name: login, described: "dit login på maskinen »\(login)«")
    }

    /// Whether `check` and `reminders` may narrow to a named caseworker's caseload: in a demo
    /// and on a database (whose rows the database has already limited to what the user may
    /// read); a data directory that is not a demo is one caseworker's.
    static func acceptsCaseloadFilter(_ store: any CaseStore) -> Bool {
        store.info.isDemo || store is PostgresStore
    }

    /// `claim` (`--user`, `JOBSAG_USER`) named someone where the system says who you are.
    static func claimRefused(_ claim: String, login: ProvenLogin) -> CommandFailure {
        CommandFailure(message: "\(claim) gælder kun demo-data. Her er du den medarbejder, hvis login er \(login.described); "
            + "en teamleder knytter et login til en medarbejder med jobsag caseworker set INITIALER --login \(login.name).")
    }

    private static func claimed(_ claim: Claim?, options: GlobalOptions, caseworkers: [Caseworker], fallback: Caseworker?) throws -> Caseworker {
        if let claim {
            guard let match = find(claim.initials, in: caseworkers) else {
                let known = caseworkers.map(\.initials).sorted().joined(separator: ", ")
                throw CommandFailure(message: "\(claim.source) »\(claim.initials)« er ikke en bruger i datamappen. Kendte initialer: \(known).")
            }
            return match
        }
        let environment = options.environment
        if let login = environment["USER"] ?? environment["LOGNAME"],
           let match = find(login, in: caseworkers) ?? caseworkers.first(where: { $0.login == login }) {
            return match
        }
        if let fallback { return fallback }
        let known = caseworkers.map(\.initials).sorted().joined(separator: ", ")
        throw CommandFailure(message: "Hvem er du? Angiv dine initialer med --user eller JOBSAG_USER. Kendte initialer: \(known).")
    }

    private static func find(_ initials: String, in caseworkers: [Caseworker]) -> Caseworker? {
        caseworkers.first { $0.initials.uppercased() == initials.uppercased() }
    }
}
