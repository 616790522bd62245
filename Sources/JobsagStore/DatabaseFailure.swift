import JobsagCore

/// Why the database could not do what was asked, in words a caseworker can act on: the
/// server cannot be reached or went away (nothing changed, or a change is whole; trying again
/// is safe), the
/// database has no Jobsag schema or an older or newer one, or the server refused the statement.
public struct DatabaseFailure: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// No connection could be made (no server, wrong socket or host, wrong database).
        case unreachable
        /// The connection broke during the call: the change is either all saved or not at all.
        case connectionLost
        /// The server refused the login (wrong user or password, no access to the database).
        case loginRefused
        /// The database has no Jobsag schema: `jobsag db init` makes one.
        case notInitialized
        /// The schema is older than this build: `jobsag db migrate` brings it up to date.
        case schemaOutdated(found: Int, supported: Int)
        /// The schema is newer than this build: update Jobsag.
        case schemaNewer(found: Int, supported: Int)
        /// The server refused the statement (a constraint, missing rights, ...).
        case refused(sqlState: String)
        /// `jobsag db init` or `db import` on a database that already holds Jobsag data.
        case notEmpty
    }

    public var kind: Kind
    /// The database, as a URL without its password.
    public var location: String
    /// What the server or the connection said (English, as PostgreSQL says it), if anything.
    public var detail: String

    public init(_ kind: Kind, location: String, detail: String = "") {
        self.kind = kind
        self.location = location
        self.detail = detail
    }

    /// Whether trying again later may succeed without anyone changing anything.
    public var isTransient: Bool {
        switch kind {
        case .unreachable, .connectionLost: return true
        default: return false
        }
    }

    public var message: LocalizedText {
        let said = detail.isEmpty ? "" : " (\(detail))"
        switch kind {
        case .unreachable:
            return LocalizedText(
                da: "Databasen \(location) kan ikke nås\(said). Intet er ændret. Prøv igen, når serveren svarer.",
                en: "The database \(location) cannot be reached\(said). Nothing was changed. Try again when the server answers.")
        case .connectionLost:
            return LocalizedText(
                da: "Forbindelsen til databasen \(location) blev afbrudt\(said). En ændring er enten gemt helt eller slet ikke, og det er sikkert at prøve igen (det bliver ikke til en kopi).",
                en: "The connection to the database \(location) broke\(said). A change is either saved in full or not at all, and trying again is safe (it does not make a copy).")
        case .loginRefused:
            return LocalizedText(
                da: "Databasen \(location) afviste login\(said). Kontrollér brugernavn og adgang (rollerne jobsag_caseworker, jobsag_teamlead, jobsag_consultant), eller spørg IT.",
                en: "The database \(location) refused the login\(said). Check the user name and access (the roles jobsag_caseworker, jobsag_teamlead, jobsag_consultant), or ask IT.")
        case .notInitialized:
            return LocalizedText(
                da: "Databasen \(location) har ingen Jobsag-tabeller. Opret dem med `jobsag db init --database \(location)`.",
                en: "The database \(location) has no Jobsag tables. Create them with `jobsag db init --database \(location)`.")
        case .schemaOutdated(let found, let supported):
            return LocalizedText(
                da: "Databasen \(location) har Jobsag-skema version \(found); denne version af Jobsag kræver \(supported). Opdatér den med `jobsag db migrate`.",
                en: "The database \(location) has Jobsag schema version \(found); this Jobsag needs \(supported). Update it with `jobsag db migrate`.")
        case .schemaNewer(let found, let supported):
            return LocalizedText(
                da: "Databasen \(location) har Jobsag-skema version \(found), nyere end denne version af Jobsag kan bruge (\(supported)). Opdatér Jobsag.",
                en: "The database \(location) has Jobsag schema version \(found), newer than this Jobsag can use (\(supported)). Update Jobsag.")
        case .refused(let sqlState) where sqlState == "42501":
            return LocalizedText(
                da: "Databasen \(location) giver ikke denne databasebruger adgang\(said). IT skal tildele brugeren en af rollerne jobsag_caseworker, jobsag_teamlead eller jobsag_consultant (docs/database.md). Intet er ændret.",
                en: "The database \(location) does not give this database user access\(said). IT must grant the user one of the roles jobsag_caseworker, jobsag_teamlead or jobsag_consultant (docs/database.md). Nothing was changed.")
        case .refused(let sqlState):
            return LocalizedText(
                da: "Databasen \(location) afviste handlingen\(said) [SQLSTATE \(sqlState)]. Intet er ændret.",
                en: "The database \(location) refused the request\(said) [SQLSTATE \(sqlState)]. Nothing was changed.")
        case .notEmpty:
            return LocalizedText(
                da: "Databasen \(location) indeholder allerede Jobsag-data; der bliver ikke skrevet oven i dem.",
                en: "The database \(location) already holds Jobsag data; nothing is written over it.")
        }
    }
}
