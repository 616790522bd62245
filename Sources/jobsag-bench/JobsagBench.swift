// jobsag-bench: measures Jobsag on demo stores of several sizes against its bars and its peers (cat, jq, taskwarrior), prints a table and writes JSON. See BENCHMARKS.md.
import ArgumentParser
import Foundation
import JobsagCore

@main
struct JobsagBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobsag-bench",
        abstract: "Benchmark Jobsag on demo stores of several sizes against its bars and its peers.",
        discussion: "Build first: scripts/build-release (the benchmark runs the release jobsag beside it, built as it is shipped).",
        subcommands: [RunCommand.self, MeasureCommand.self, LoadCommand.self],
        defaultSubcommand: RunCommand.self)
}

/// The benchmark itself.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmark (the default).")

    @Option(help: "Store sizes, comma-separated.")
    var sizes = "500,5000,50000"
    @Option(help: "Where to write the figures as JSON.")
    var out = "bench.json"
    @Option(help: "Where generated stores are kept between runs (default: a folder in the temporary directory).")
    var work: String?
    @Option(help: "The demo's seed.")
    var seed: UInt64 = 7
    @Option(help: "The day the stores are generated and evaluated as of (default: today).")
    var asOf: String?
    @Option(help: "Runs of the first paint (the median is reported).")
    var paintRuns = 5
    @Option(help: "Keys per measure of keystrokes.")
    var keys = 1_000
    @Option(help: "Saves of one case.")
    var saves = 200
    @Option(help: "A PostgreSQL database (libpq URL) to measure the store on as well, one size only: empty, or holding the store of an earlier run; as a superuser or a member of pg_checkpoint, so that each load starts on a settled database (VACUUM, CHECKPOINT).")
    var database: String?
    @Option(help: "Writers of the load on the database.")
    var loadWriters = 50
    @Option(help: "Seconds of each load on the database (alone, then with every writer).")
    var loadSeconds = 60.0
    @Option(help: "Saves a second per writer on the database.")
    var loadRate = 2.0

    func run() throws {
        let sizeList = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizeList.isEmpty, sizeList.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes: positive numbers, e.g. 500,5000,50000") }
        guard database == nil || sizeList.count == 1 else { throw ValidationError("--database holds one store: give one size, e.g. --sizes 50000") }
        let databaseSettings = database.map {
            DatabaseRun.Settings(url: $0, loadWriters: loadWriters, loadSeconds: loadSeconds, loadRate: loadRate)
        }
        let tools = try Toolbox(workDirectory: work ?? NSTemporaryDirectory() + "jobsag-bench", asOf: asOf)
        print("jobsag-bench: \(tools.jobsag), as of \(tools.asOf), work in \(tools.workDirectory)")
        let started = Clock.now()
        var results: [Int: [String: Double]] = [:]
        for size in sizeList {
            results[size] = try SizeRun(tools: tools, size: size, seed: seed, paintRuns: paintRuns, keys: keys, saves: saves, database: databaseSettings).run()
        }
        let report = Report(sizes: sizeList, results: results, asOf: tools.asOf, seed: seed, seconds: Clock.now() - started)
        print("")
        print(report.table())
        try report.json().write(to: URL(fileURLWithPath: out))
        print("\nFigures written to \(out) (\(Int(Clock.now() - started)) s in all, store generation included).")
    }
}
