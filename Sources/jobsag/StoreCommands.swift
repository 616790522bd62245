import ArgumentParser
import Foundation
import JobsagStore
import JobsagStoreRules

/// `jobsag validate`: checks every file of the store, or every document of the database.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kontrollér hele datamappen (eller databasen) og vis hver fil eller sag, der ikke kan læses (sti, linje, kolonne).",
        discussion: "Den lokale politik (settings.policy) kontrolleres også: ukendte nøgler og regler og forkerte typer, og revisionsloggens hash-kæde (som jobsag audit verify). Afslutter med status 1, hvis der er fundet problemer. --json skriver problemerne som ét dokument (formatet står i README).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .customLong("json"), help: "Skriv problemerne som JSON.")
    var json = false

    func run() throws {
        let directory: String
        let problems: [StoreProblem]
        switch try options.resolvedLocation() {
        case .files(let path):
            directory = path
            // The local policy is read when the files themselves can be (else they are the problem).
            let policyProblems = (try? FileStore.open(directory: path))?.policyProblems ?? []
            problems = FileStore.validate(directory: path) + policyProblems
        case .database(let url):
            directory = url.displayed
            problems = try StoreAccess.call {
                let store = try StoreAccess.open(options, reportingWarnings: false)
                let chain = try store.verifyAuditChain()
                return try store.snapshot().problems + store.policyProblems + chain.tornLines + [chain.breakage].compactMap { $0 }
            }
        }
        let language = try options.resolvedLanguage()
        if json {
            Output.write(ValidationJSON.text(store: directory, problems: problems))
        } else if problems.isEmpty {
            Output.line(language == .da ? "Ingen problemer i \(directory)." : "No problems in \(directory).")
        } else {
            for problem in problems { Output.line(problem.message.text(language)) }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

/// `jobsag backup FILE`: a consistent snapshot of the store in one archive.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Skriv en sikkerhedskopi af hele datamappen til én komprimeret fil (tar.gz).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Sikkerhedskopiens fil, fx jobsag-2026-11-23.tar.gz (- for standard output).", valueName: "fil"),
              completion: .file())
    var file: String

    func run() throws {
        if file == "-" ? isatty(STDOUT_FILENO) != 0 : CommandPath.isTerminal(CommandPath.absolute(file)) {
            throw CommandFailure.usage("En sikkerhedskopi skrives ikke til terminalen. Send den til en fil: jobsag backup - > kopi.tar.gz")
        }
        let directory = try StoreAccess.dataDirectory(options, instead: DatabaseCLI.backupInstead)
        let store = try StoreAccess.call { try FileStore.open(directory: directory) }
        do {
            if file == "-" {
                try store.backupToStandardOutput()
                return
            }
            try store.backup(to: CommandPath.absolute(file))
        } catch {
            throw CommandFailure(message: error.message.da)
        }
        Output.line("Sikkerhedskopi skrevet: \(CommandPath.absolute(file))")
    }
}

/// `jobsag restore FILE`: restores a backup into an empty directory and validates it.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Gendan en sikkerhedskopi i en tom eller ny mappe (--data) og kontrollér den.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Sikkerhedskopien, der skal gendannes.", valueName: "fil"), completion: .file())
    var file: String

    func run() throws {
        let file = CommandPath.absolute(file)
        let directory = try StoreAccess.dataDirectory(options, instead: DatabaseCLI.restoreInstead)
        let problems: [StoreProblem]
        do {
            problems = try FileStore.restore(from: file, into: directory)
        } catch {
            throw CommandFailure(message: error.message.da)
        }
        for problem in problems { Output.line(problem.message.da) }
        Output.line("Gendannet i \(directory)" + (problems.isEmpty ? "; ingen problemer." : "; \(problems.count) problem(er)."))
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
