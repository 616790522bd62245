import ArgumentParser
import Foundation
import JobsagPostgres
import JobsagStore
import JobsagStoreRules

/// `jobsag db`: what a jobcenter's IT does to its database (docs/database.md).
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Opret, opdatér, indlæs og udlæs jobcentrets PostgreSQL-database (--database eller $JOBSAG_DATABASE_URL).",
        subcommands: [Initialize.self, Migrate.self, Import.self, Export.self])

    /// `jobsag db init`: the schema in an empty database.
    struct Initialize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", abstract: "Opret Jobsags tabeller og roller i en tom database.")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let url = try DatabaseCLI.url(options)
            let steps = try StoreAccess.call { try PostgresDatabase.initialize(url) }
            Output.line("Databasen \(url.displayed) er oprettet (skemaversion \(steps.last ?? PostgresDatabase.schemaVersion)).")
        }
    }

    /// `jobsag db migrate`: the missing schema steps, each in its own transaction.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate", abstract: "Bring databasens skema op til denne versions (skridt for skridt; intet, når det er aktuelt).")

        @OptionGroup var options: GlobalOptions

        func run() throws {
            let url = try DatabaseCLI.url(options)
            let steps = try StoreAccess.call { try PostgresDatabase.migrate(url) }
            if steps.isEmpty {
                Output.line("Databasen \(url.displayed) har allerede skemaversion \(PostgresDatabase.schemaVersion); intet at gøre.")
            } else {
                Output.line("Databasen \(url.displayed) er opdateret: skridt \(steps.map(String.init).joined(separator: ", ")).")
            }
        }
    }

    /// `jobsag db import --from DIR`: a data directory into an empty database, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Indlæs en datamappe (sager, brugere, adgangslog, stikprøverunder) i en tom database, alt eller intet.",
            discussion: "Sager, hændelser og runder, der ikke kan læses, stopper indlæsningen; med --skip-bad springes de over og nævnes.")

        @OptionGroup var options: GlobalOptions

        @Option(name: .customLong("from"), help: ArgumentHelp("Datamappen, der skal indlæses.", valueName: "mappe"), completion: .directory)
        var directory: String

        @Flag(name: .customLong("skip-bad"), help: "Spring det over, der ikke kan læses, i stedet for at stoppe.")
        var skipBad = false

        func run() throws {
            let url = try DatabaseCLI.url(options)
            let directory = CommandPath.absolute(directory)
            let (snapshot, problems) = try StoreAccess.call { try FileStore.open(directory: directory).snapshot() }
            Output.warnings(problems)
            if !problems.isEmpty, !skipBad {
                throw CommandFailure(message: "\(problems.count) ting i \(directory) kan ikke læses (se ovenfor); intet er indlæst. Ret dem, eller brug --skip-bad.", exitCode: 1)
            }
            try StoreAccess.call {
                _ = try PostgresDatabase.migrate(url)
                try PostgresDatabase.load(snapshot, into: url, caseloadColumns: CaseloadColumns.fromRules)
            }
            Output.line("Indlæst i \(url.displayed): \(snapshot.cases.count) sager, \(snapshot.caseworkers.count) brugere, "
                + "\(snapshot.auditEvents.count) hændelser, \(snapshot.reviews.count) stikprøverunder"
                + (problems.isEmpty ? "." : "; \(problems.count) sprunget over."))
        }
    }

    /// `jobsag db export --to DIR`: the database as a new data directory.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Udlæs hele databasen som en ny datamappe (til arkiv, fejlsøgning eller en bærbar uden net).")

        @OptionGroup var options: GlobalOptions

        @Option(name: .customLong("to"), help: ArgumentHelp("En ny eller tom mappe.", valueName: "mappe"), completion: .directory)
        var directory: String

        func run() throws {
            let url = try DatabaseCLI.url(options)
            let directory = CommandPath.absolute(directory)
            let (snapshot, problems) = try StoreAccess.call {
                try PostgresStore.open(url, caseloadColumns: CaseloadColumns.fromRules).snapshot()
            }
            Output.warnings(problems)
            _ = try StoreAccess.call { try FileStore.create(directory: directory, from: snapshot) }
            Output.line("Udlæst til \(directory): \(snapshot.cases.count) sager, \(snapshot.auditEvents.count) hændelser"
                + (problems.isEmpty ? "." : "; \(problems.count) kunne ikke læses (se ovenfor)."))
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}

/// What the database commands share.
enum DatabaseCLI {
    static let backupInstead = "En database sikkerhedskopieres med PostgreSQL's egne værktøjer (pg_dump, se docs/database.md); jobsag db export --to MAPPE udlæser den som datamappe."
    static let restoreInstead = "En database gendannes med PostgreSQL's egne værktøjer (pg_restore, se docs/database.md); jobsag db import --from MAPPE indlæser en datamappe."

    /// The database of `--database` or `$JOBSAG_DATABASE_URL`; a usage error without one.
    static func url(_ options: GlobalOptions) throws -> DatabaseURL {
        guard case .database(let url) = try options.resolvedLocation() else {
            throw CommandFailure.usage("Hvilken database? Angiv --database postgresql://… eller JOBSAG_DATABASE_URL.")
        }
        return url
    }
}
