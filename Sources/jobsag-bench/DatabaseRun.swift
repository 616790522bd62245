// One store size on PostgreSQL beside the files: the demo store imported into the database (once), first paint with --database (a caseload, and every case), `jobsag check`, and the load benchmark alone and under many writers on both.
import Foundation
import JobsagPostgres
import JobsagStore
import JobsagStoreRules

struct DatabaseRun {
    /// What `jobsag-bench run --database` asks for.
    struct Settings {
        /// The database, a libpq URL: empty, or holding this very store from an earlier run.
        var url: String
        var loadWriters: Int
        var loadSeconds: Double
        var loadRate: Double
    }

    let tools: Toolbox
    let settings: Settings
    let storeDirectory: String
    let users: StoreUsers
    let paintRuns: Int

    private var url: String { settings.url }
    private var loadWriters: Int { settings.loadWriters }
    private var loadSeconds: Double { settings.loadSeconds }

    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    func run(into figures: inout [String: Double], log: (String) -> Void) throws {
        log("database: import")
        let store = try ensureImported(into: &figures)
        log("database: first paint")
        try FirstPaint.measure(
            tools: tools, arguments: ["--database", url, "--user", users.caseworker, "--as-of", tools.asOf], runs: paintRuns,
            prefix: "database", into: &figures)
        log("database: jobcenter-wide view, first paint")
        try FirstPaint.measure(
            tools: tools, arguments: ["--database", url, "--user", users.consultant, "--as-of", tools.asOf],
            runs: FirstPaint.wideViewRuns(paintRuns), prefix: "databaseWide", dayCacheOf: store, into: &figures)
        log("database: jobsag check, paired with the cold check on files")
        try measureCheck(into: &figures)
        for (location, prefix) in [(["--database", url], "database"), (["--data", storeDirectory], "files")] {
            try measureLoad(location, prefix: prefix, into: &figures, log: log)
        }
    }

    /// `jobsag check` on the database and on the files without `check.cache`, taking turns
    /// `checkPairs` times: the ratio of the two medians compares runs made under the same
    /// load of the machine, which single runs at different moments of the benchmark did not.
    private func measureCheck(into figures: inout [String: Double]) throws {
        var database = Samples(), files = Samples()
        // Each once untimed first, so that both read what they time from memory (this machine
        // pages out what is untouched for a minute).
        _ = try check(["--data", storeDirectory])
        _ = try check(["--database", url])
        for _ in 0..<Self.checkPairs {
            try? FileManager.default.removeItem(atPath: storeDirectory + "/check.cache")
            files.append(try check(["--data", storeDirectory]).seconds)
            database.append(try check(["--database", url]).seconds)
        }
        figures["databaseCheck"] = database.median
        figures["databasePairedColdCheck"] = files.median
    }

    static let checkPairs = 3

    private func check(_ location: [String]) throws -> ChildRun {
        let run = try tools.run(tools.jobsag, ["check"] + location + ["--as-of", tools.asOf])
        guard run.status <= 1 else { throw SizeRun.Failure.failed("jobsag check \(location[0])", run) }  // 1: something is overdue
        return run
    }

    /// The load alone (1 writer) and under `loadWriters`, as `<prefix>SaveP50`, `<prefix>LoadSaveP50`
    /// and so on; `<prefix>LostUpdates` adds up the lost updates, unexpected changes and failures.
    private func measureLoad(_ location: [String], prefix: String, into figures: inout [String: Double], log: (String) -> Void) throws {
        log("\(prefix): 1 writer for \(Int(loadSeconds)) s")
        let alone = try load(location, writers: 1, log: log)
        log("\(prefix): \(loadWriters) writers for \(Int(loadSeconds)) s")
        let loaded = try load(location, writers: loadWriters, log: log)
        func set(_ name: String, _ value: Double?) { figures[FigureName.prefixed(prefix, name)] = value }
        set("saveP50", alone["p50Ms"].map { $0 / 1000 })
        set("saveP99", alone["p99Ms"].map { $0 / 1000 })
        set("saves", alone["saves"])
        set("loadSaveP50", loaded["p50Ms"].map { $0 / 1000 })
        set("loadSaveP99", loaded["p99Ms"].map { $0 / 1000 })
        set("loadSaves", loaded["saves"])
        set("loadStale", loaded["staleRefused"])
        set("loadWriters", loaded["writers"])
        set("lostUpdates", [alone, loaded].reduce(0) {
            $0 + ($1["lostUpdates"] ?? 0) + ($1["unexpectedChanges"] ?? 0) + ($1["failures"] ?? 0)
        })
    }

    /// The store in the database: its schema made, or brought up to date from an earlier
    /// run's, with `jobsag db migrate`; the store imported with `jobsag db import` when the
    /// database is empty (the seconds the import took as `databaseImport`), kept when it holds
    /// this store already.
    private func ensureImported(into figures: inout [String: Double]) throws -> PostgresStore {
        try jobsag(["db", "migrate", "--database", url])
        let files = try FileStore.open(directory: storeDirectory)
        let database = try DatabaseURL(parsing: url)
        let store = try PostgresStore.open(database, caseloadColumns: CaseloadColumns.fromRules)
        if store.info.identity.id == files.info.identity.id {
            figures["databaseImport"] = 0
            return store
        }
        guard try store.caseSummaries().isEmpty else {
            throw Refusal(description: "\(database.displayed) holds another store: give an empty database (createdb) or the one of an earlier run")
        }
        figures["databaseImport"] = try jobsag(["db", "import", "--database", url, "--from", storeDirectory]).seconds
        return store
    }

    @discardableResult
    private func jobsag(_ arguments: [String]) throws -> ChildRun {
        let run = try tools.run(tools.jobsag, arguments, output: .capture, timeout: 3600)
        guard run.status == 0 else { throw SizeRun.Failure.failed("jobsag " + arguments.prefix(2).joined(separator: " "), run) }
        return run
    }

    /// `jobsag-bench load` in a child, on a quiet disk (`QuietDisk`; the database is settled
    /// before the files' loads too, for its own loads leave it pages to write): its figures,
    /// its JSON logged as it printed it (it exits 1 when it counted lost updates, and those
    /// are figures too).
    private func load(_ location: [String], writers: Int, log: (String) -> Void) throws -> [String: Double] {
        if let refusal = QuietDisk.settle(database: try DatabaseURL(parsing: url)) {
            log("the database did not settle (\(refusal)): the saves may wait behind its writing")
        }
        let arguments = ["load"] + location + ["--writers", String(writers), "--seconds", String(loadSeconds),
                         "--rate", String(settings.loadRate), "--json"]
        let run = try tools.run(tools.bench, arguments, output: .capture, timeout: loadSeconds + 600)
        guard run.status == 0 || run.status == 1,
              let line = run.output.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw SizeRun.Failure.failed("jobsag-bench load --writers \(writers)", run) }
        log(String(line))
        return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }
}
