// jobsag: the command line. Parses arguments (swift-argument-parser), opens the store and
// wires the pure program to the terminal, the store and the clock.
import ArgumentParser
import Foundation
import JobsagStore

@main
struct Jobsag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobsag",
        abstract: "Jobsag: sagsstamme, sager, frister og ledelsestilsyn for jobcentre, i terminalen.",
        discussion: """
            Uden underkommando åbnes sagsstammen på datamappen (--data, ellers $JOBSAG_DATA,
            ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).
            Kom i gang med demo-data: jobsag demo
            """,
        subcommands: [
            OpenCommand.self, DemoCommand.self, CheckCommand.self, RemindersCommand.self, RulesCommand.self,
            ValidateCommand.self, BackupCommand.self, RestoreCommand.self, ReviewCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Every file Jobsag creates is private to the user (umask 077), before anything runs.
    static func main() {
        FileStore.restrictFileCreationMask()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(("jobsag: " + failure.message + "\n").utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}

/// A failure the user can act on: a Danish message and an exit status (1 = something
/// found, e.g. overdue obligations or invalid files; 2 = the command could not run).
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32 = 2
}
