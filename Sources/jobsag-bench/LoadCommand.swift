// `jobsag-bench load`: caseworkers saving at once on one PostgreSQL database (or data directory), with the lost updates counted from it afterwards.
import ArgumentParser
import Foundation
import JobsagPostgres
import JobsagStore

struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Simulate caseworkers recording conversations at once on one PostgreSQL database (or data directory).",
        discussion: """
            Each writer opens its own connection, loads its caseload and records a conversation in one of its \
            cases at a steady rate; every --covering-every-th writer works in the previous writer's caseload, so \
            stale saves happen (refused, the case read again, never sent again). Afterwards the store is read: \
            every acknowledged save's conversation must be in its case, and each case's revision and audit events \
            must have grown by its saves (lostUpdates, unexpectedChanges: both 0, else exit 1).
            """)

    @Option(help: "The database, a libpq URL (default: $JOBSAG_DATABASE_URL).")
    var database: String?
    @Option(help: "A data directory instead (the file store, for comparison).")
    var data: String?
    @Option(help: "Caseworkers saving at once (at most the store's caseworkers).")
    var writers = 1
    @Option(help: "How long they save.")
    var seconds = 30.0
    @Option(help: "Saves a second per writer.")
    var rate = 2.0
    @Option(help: "Every Nth writer covers for the writer before it, saving in that colleague's caseload (0: nobody).")
    var coveringEvery = 5
    @Flag(help: "Print one JSON object.")
    var json = false

    /// What stopped the run before it started (English).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func validate() throws {
        guard writers >= 1 else { throw ValidationError("--writers must be at least 1") }
        guard seconds > 0, seconds <= 86_400 else { throw ValidationError("--seconds must be above 0 and at most a day") }
        guard rate > 0, rate <= 10_000 else { throw ValidationError("--rate must be above 0 and at most 10000") }
        guard coveringEvery >= 0 else { throw ValidationError("--covering-every must be 0 or more") }
        guard data == nil || database == nil else { throw ValidationError("--data or --database, not both") }
    }

    func run() throws {
        let result: LoadResult
        do {
            result = try LoadRun(target: try target(), writers: writers, seconds: seconds, rate: rate, coveringEvery: coveringEvery).run()
        } catch let error as StoreError {
            throw Failure(description: error.message.en)
        }
        for failure in result.failures.prefix(10) {
            FileHandle.standardError.write(Data(("jobsag-bench load: " + failure + "\n").utf8))
        }
        print(json ? try result.json() : result.text())
        if result.lostUpdates != LostUpdates(lost: 0, unexpected: 0) { throw ExitCode(1) }
    }

    /// The data directory of `--data`, else the database of `--database` or `$JOBSAG_DATABASE_URL`.
    private func target() throws -> LoadTarget {
        if let data { return .files(data) }
        guard let text = database ?? ProcessInfo.processInfo.environment["JOBSAG_DATABASE_URL"] else {
            throw ValidationError("which store? --database postgresql://… (or JOBSAG_DATABASE_URL), or --data DIR")
        }
        do throws(DatabaseURL.Invalid) {
            return .database(try DatabaseURL(parsing: text))
        } catch {
            throw ValidationError("--database: \(error.reason.en)")
        }
    }
}
