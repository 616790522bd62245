// jobsag: the command line. Parses arguments (swift-argument-parser), opens the store and
// wires the pure program to the terminal, the store and the clock.
import ArgumentParser
import Foundation
import JobsagStore
import ProcessMemory

@main
struct Jobsag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobsag",
        abstract: "Jobsag: sagsstamme, sager, frister og ledelsestilsyn for jobcentre, i terminalen.",
        discussion: """
            Uden underkommando åbnes sagsstammen på datamappen (--data, ellers $JOBSAG_DATA, \
            ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag). En relativ sti \
            regnes fra den mappe, kommandoen køres i. Et jobcenter bruger i stedet sin \
            PostgreSQL-database: --database postgresql://… eller $JOBSAG_DATABASE_URL. \
            Sprog, farver, taster, mus og datamappe kan sættes i indstillingsfilen \
            ~/.config/jobsag/config.toml (jobsag config show viser, hvad der gælder).

            Kom i gang med demo-data: jobsag demo

            Afslutter med status 2, når kommandoen ikke kunne køre (fx et ukendt tilvalg).
            """,
        version: "jobsag \(ProgramVersion.number)",
        subcommands: [
            OpenCommand.self, DemoCommand.self, CheckCommand.self, RemindersCommand.self, SearchCommand.self, PlanCommand.self, RulesCommand.self,
            ValidateCommand.self, ExportCommand.self, ImportCommand.self, BackupCommand.self, RestoreCommand.self, ReviewCommand.self, AuditCommand.self,
            DatabaseCommand.self, ConfigCommand.self, InitCommand.self, CaseworkerCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Every file Jobsag creates is private to the user (umask 077), before anything runs, and
    /// large blocks of memory come from the heap and more freed blocks stay with each thread
    /// (`MemoryAllocator`). Every failure leaves as a Danish message on stderr: the parser's
    /// own errors are translated (exit status 2); help and the commands' exit statuses pass through.
    static func main() {
        MemoryAllocator.keepMoreFreedBlocksPerThread()
        FileStore.restrictFileCreationMask()
        MemoryAllocator.keepLargeBlocksInTheHeap()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            leave(failure)
        } catch {
            let code = exitCode(for: error)
            if error is ExitCode || code == .success { exit(withError: error) }
            if code == .validationFailure {
                leave(ArgumentErrorTranslation.failure(message: message(for: error), fullMessage: fullMessage(for: error)))
            }
            leave(CommandFailure(message: "Kommandoen stoppede ved en uventet fejl (\(String(describing: error))). "
                + "Kør jobsag validate for at kontrollere datamappen."))
        }
    }

    private static func leave(_ failure: CommandFailure) -> Never {
        Output.warning(failure.message)
        Foundation.exit(failure.exitCode)
    }
}

/// A failure the user can act on: a Danish message and an exit status (1 = something
/// found, e.g. overdue obligations or invalid files; 2 = the command could not run).
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32 = 2
    /// The command line itself is wrong (an option's value, a missing argument): always
    /// exit status 2, also for commands whose other failures exit with 1.
    var isUsage = false

    /// A wrong command line: exit status 2.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: 2, isUsage: true)
    }
}
