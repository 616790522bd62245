// The peers on the same store: cat of every case file (the I/O floor), jq reading them (a C JSON parser), and taskwarrior holding the obligations as tasks, against `jobsag check`.
import Foundation

struct Peers {
    let tools: Toolbox
    let storeDirectory: String

    var taskDirectory: String { storeDirectory + "-taskwarrior" }
    var tasksFile: String { taskDirectory + "/tasks.jsonl" }
    private var importedMarker: String { taskDirectory + "/imported" }
    var hasTaskData: Bool { FileManager.default.fileExists(atPath: importedMarker) }

    /// A single run longer than this is not repeated (the figure is then one run).
    static let repeatBelowSeconds = 5.0

    func measure(into figures: inout [String: Double], log: (String) -> Void) throws {
        let files = "find '\(storeDirectory)/cases' -name '*.json' -print0 | xargs -0"
        // Every figure is of a warm run, the store in the page cache. This machine pages out
        // files untouched for a minute (the host takes the memory back), so the store is read
        // once before the peers and the checks are timed, and taskwarrior's data likewise.
        _ = try tools.shell(files + " cat > /dev/null")
        log("peer: cat")
        figures["cat"] = try Self.repeated { try tools.shell(files + " cat > /dev/null") }.seconds
        if tools.jq != nil {
            log("peer: jq")
            figures["jq"] = try Self.repeated { try tools.shell(files + " jq -c . > /dev/null") }.seconds
        }
        // The cold check reads every case and fills check.cache (as `task import` fills
        // taskwarrior's data, once): timed as `task overdue` is, the median of three runs, each
        // without the cache, the two taking turns. The warm runs after are a daily check's.
        let checkRun = {
            let run = try tools.run(tools.jobsag, ["check", "--data", storeDirectory, "--as-of", tools.asOf])
            guard run.status <= 1 else { throw SizeRun.Failure.failed("jobsag check", run) }  // 1: something is overdue
            return run
        }
        let coldCheckRun = {
            try? FileManager.default.removeItem(atPath: storeDirectory + "/check.cache")
            return try checkRun()
        }
        let overdue = try tools.task.flatMap { try taskOverdue($0, into: &figures, log: log) }
        log(overdue == nil ? "peer: jobsag check without check.cache (fills it)" : "peer: jobsag check without check.cache (fills it), taking turns with task overdue")
        let first = try Self.inTurns(coldCheckRun, overdue)
        figures["checkFirst"] = first.seconds
        figures["checkFirstRSS"] = Double(first.maxResidentKiB) * 1024
        if let paired = first.pairedSeconds { figures["taskOverdue"] = paired }
        // The night's first check on a server, whose case files have not been read for a day:
        // the store's files and taskwarrior's data dropped from memory before each run.
        log(overdue == nil ? "peer: cold check, the case files read from the disk"
            : "peer: cold check and task overdue, their files read from the disk, taking turns")
        let fromDisk = try Self.inTurns({
            PageCache.forget(storeDirectory)
            return try coldCheckRun()
        }, overdue.map { overdue in { PageCache.forget(taskDirectory); return try overdue() } })
        figures["checkFromDisk"] = fromDisk.seconds
        if let paired = fromDisk.pairedSeconds { figures["taskOverdueFromDisk"] = paired }
        // Read again, for the warm runs after.
        _ = try tools.shell(files + " cat > /dev/null")
        log("peer: jobsag check")
        let check = try Self.repeated(checkRun)
        figures["check"] = check.seconds
        figures["checkRSS"] = Double(max(first.maxResidentKiB, check.maxResidentKiB)) * 1024
        if let task = tools.task, overdue != nil {
            try countTasks(task, into: &figures)
        }
    }

    /// taskwarrior's settings and data beside the store.
    private var taskEnvironment: [String: String] { ["TASKRC": taskDirectory + "/taskrc", "TASKDATA": taskDirectory + "/data"] }

    /// Imports the tasks once (kept beside the store) and runs `task overdue` once untimed;
    /// returns the run of `task overdue` (the listing) to time, nil when there are no tasks.
    private func taskOverdue(_ task: String, into figures: inout [String: Double], log: (String) -> Void) throws -> (() throws -> ChildRun)? {
        let environment = taskEnvironment
        if !hasTaskData {
            guard FileManager.default.fileExists(atPath: tasksFile) else { return nil }
            try FileManager.default.createDirectory(atPath: taskDirectory + "/data", withIntermediateDirectories: true)
            let settings = "data.location=\(taskDirectory)/data\nconfirmation=off\nverbose=nothing\ncolor=off\nhooks=off\nnews.version=2.6.0\n"
            try Data(settings.utf8).write(to: URL(fileURLWithPath: taskDirectory + "/taskrc"))
            log("peer: task import (once; kept beside the store)")
            let imported = try tools.run(task, ["import", tasksFile], extra: environment, output: .capture, timeout: 1_800)
            guard imported.status == 0 else { throw SizeRun.Failure.failed("task import", imported) }
            let count = (try? String(contentsOfFile: tasksFile, encoding: .utf8))?.split(separator: "\n").count ?? 0
            try Data("\(count) tasks imported in \(imported.seconds) s\n".utf8).write(to: URL(fileURLWithPath: importedMarker))
            figures["taskImport"] = imported.seconds
        }
        _ = try tools.run(task, ["overdue"], extra: environment)
        return { try tools.run(task, ["overdue"], extra: environment) }
    }

    /// Times `task +OVERDUE count` and counts the tasks.
    private func countTasks(_ task: String, into figures: inout [String: Double]) throws {
        let environment = taskEnvironment
        let counted = try tools.run(task, ["+OVERDUE", "count"], extra: environment, output: .capture)
        figures["taskOverdueCount"] = Double(counted.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        figures["taskCount"] = try Self.repeated { try tools.run(task, ["+OVERDUE", "count"], extra: environment) }.seconds
        let pending = try tools.run(task, ["status:pending", "count"], extra: environment, output: .capture)
        figures["tasks"] = Double(pending.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        let all = try tools.run(task, ["count"], extra: environment, output: .capture)
        figures["taskTotal"] = Double(all.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// `repeated` of `body`, taking turns with `peer` when there is one (the one first in a
    /// turn alternating): two figures compared from runs under the same load of the machine,
    /// as the database's check is compared with the files'. The median of each, and `body`'s
    /// largest peak memory.
    static func inTurns(_ body: () throws -> ChildRun, _ peer: (() throws -> ChildRun)?) throws -> (seconds: Double, maxResidentKiB: Int, pairedSeconds: Double?) {
        guard let peer else {
            let alone = try repeated(body)
            return (alone.seconds, alone.maxResidentKiB, nil)
        }
        var samples = Samples(), peerSamples = Samples()
        var peak = 0
        for turn in 0..<3 {
            if turn % 2 == 1 { peerSamples.append(try peer().seconds) }
            let run = try body()
            samples.append(run.seconds)
            peak = max(peak, run.maxResidentKiB)
            if turn % 2 == 0 { peerSamples.append(try peer().seconds) }
            if run.seconds > Self.repeatBelowSeconds { break }
        }
        return (samples.median ?? 0, peak, peerSamples.median)
    }

    /// Runs `body` up to three times (once if a run is slower than `repeatBelowSeconds`):
    /// the median time and the largest peak memory.
    static func repeated(_ body: () throws -> ChildRun) throws -> (seconds: Double, maxResidentKiB: Int) {
        var samples = Samples()
        var peak = 0
        for _ in 0..<3 {
            let run = try body()
            samples.append(run.seconds)
            peak = max(peak, run.maxResidentKiB)
            if run.seconds > Self.repeatBelowSeconds { break }
        }
        return (samples.median ?? 0, peak)
    }
}
