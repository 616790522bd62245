import Foundation
import JobsagApp
import JobsagCore
import JobsagPostgres
import JobsagStore

/// Who is using Jobsag. In a data directory that is not a demo: the caseworker whose `login`
/// is the operating-system user the program runs as, and nobody can claim another; in a demo
/// (and, until database roles map to caseworkers, on a database): `--user`, `$JOBSAG_USER`,
/// the login name matching initials or a login, else the demo's first caseworker.
enum UserResolution {
    /// The user of `store`; `demoFallback` picks the demo's first caseworker when nobody is named.
    static func resolve(_ store: any CaseStore, options: GlobalOptions, caseworkers: [Caseworker], demoFallback: Bool = true) throws -> Caseworker {
        if acceptsClaims(store) {
            // In a demo without a user: its first caseworker (sagsbehandler).
            let fallback = demoFallback && store.info.isDemo ? caseworkers.first { $0.role == .sagsbehandler } : nil
            return try claimed(options: options, caseworkers: caseworkers, fallback: fallback)
        }
        return try provenByLogin(options: options, caseworkers: caseworkers)
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

    /// Whether the store lets the user be named (`--user`, `$JOBSAG_USER`): a demo, and a
    /// database until its roles map to caseworkers.
    static func acceptsClaims(_ store: any CaseStore) -> Bool {
        store.info.isDemo || store is PostgresStore
    }

    /// `claim` (`--user`, `JOBSAG_USER`) named someone in a store where the login says who you are.
    static func claimRefused(_ claim: String) -> CommandFailure {
        let login = operatingSystemLogin()
        return CommandFailure(message: "\(claim) gælder kun demo-data. I denne datamappe er du den medarbejder, hvis login er dit "
            + "login på maskinen (»\(login ?? "?")«); en teamleder knytter et login til en medarbejder med "
            + "jobsag caseworker set INITIALER --login \(login ?? "LOGIN").")
    }

    private static func provenByLogin(options: GlobalOptions, caseworkers: [Caseworker]) throws -> Caseworker {
        let login = operatingSystemLogin()
        let claim = options.user.map { _ in "--user" } ?? options.environment["JOBSAG_USER"].flatMap { $0.isEmpty ? nil : "JOBSAG_USER" }
        if let claim { throw claimRefused(claim) }
        guard let login else {
            throw CommandFailure(message: "Styresystemet kender ikke brugeren, som Jobsag kører som (uid \(geteuid())); intet er åbnet.")
        }
        guard let match = caseworkers.first(where: { $0.login == login }) else {
            throw CommandFailure(message: "Dit login »\(login)« hører ikke til nogen medarbejder i datamappen. En teamleder knytter det "
                + "til dig med: jobsag caseworker set DINE-INITIALER --login \(login)")
        }
        return match
    }

    private static func claimed(options: GlobalOptions, caseworkers: [Caseworker], fallback: Caseworker?) throws -> Caseworker {
        let environment = options.environment
        let candidates: [(String, String)] = [
            options.user.map { ("--user", $0) }, environment["JOBSAG_USER"].map { ("JOBSAG_USER", $0) },
        ].compactMap { $0 }
        for (source, initials) in candidates where !initials.isEmpty {
            guard let match = find(initials, in: caseworkers) else {
                let known = caseworkers.map(\.initials).sorted().joined(separator: ", ")
                throw CommandFailure(message: "\(source) »\(initials)« er ikke en bruger i datamappen. Kendte initialer: \(known).")
            }
            return match
        }
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
