// One store size: generates (or reuses) the demo store, then runs every measure and every peer on it.
import Foundation
import JobsagStore

struct SizeRun {
    let tools: Toolbox
    let size: Int
    let seed: UInt64
    let paintRuns: Int
    let keys: Int
    let saves: Int
    /// The database to measure the store on as well, if any.
    let database: DatabaseRun.Settings?

    enum Failure: Error, CustomStringConvertible {
        case failed(String, ChildRun)
        var description: String {
            switch self {
            case .failed(let what, let run): return "\(what) exited \(run.status): \(run.output.suffix(600))"
            }
        }
    }

    var storeDirectory: String { tools.workDirectory + "/demo-\(size)-seed\(seed)-\(tools.asOf)" }

    func run() throws -> [String: Double] {
        var figures: [String: Double] = [:]
        log("store")
        figures["generate"] = try ensureStore()
        log("first paint")
        try FirstPaint.measure(tools: tools, arguments: ["--data", storeDirectory, "--as-of", tools.asOf], runs: paintRuns, prefix: "", into: &figures)
        let users = try StoreUsers(storeDirectory: storeDirectory)
        log("jobcenter-wide view: first paint")
        try FirstPaint.measure(
            tools: tools, arguments: ["--data", storeDirectory, "--user", users.consultant, "--as-of", tools.asOf],
            runs: FirstPaint.wideViewRuns(paintRuns), prefix: "wide", dayCacheOf: try FileStore.open(directory: storeDirectory),
            into: &figures)
        log("start-up, keys and saves (in process)")
        try measureInProcess(.startup, into: &figures, prefix: "startup")
        let peers = Peers(tools: tools, storeDirectory: storeDirectory)
        let needsTasks = tools.task != nil && !peers.hasTaskData
        if needsTasks { try FileManager.default.createDirectory(atPath: peers.taskDirectory, withIntermediateDirectories: true) }
        log("every case: load, evaluate, keys over every row")
        try measureInProcess(.whole, into: &figures, prefix: "whole", tasksFile: needsTasks ? peers.tasksFile : nil)
        try peers.measure(into: &figures, log: log)
        if let database {
            try DatabaseRun(tools: tools, settings: database, storeDirectory: storeDirectory, users: users, paintRuns: paintRuns)
                .run(into: &figures, log: log)
        }
        return figures
    }

    private func log(_ step: String) {
        print("[\(size)] \(step)")
        fflush(nil)
    }

    /// Makes the demo store with `jobsag demo` (the program's own generator and store
    /// writer) unless it is there; returns the seconds it took (0 when reused).
    private func ensureStore() throws -> Double {
        if FileManager.default.fileExists(atPath: storeDirectory + "/store.json") { return 0 }
        let run = try tools.run(tools.jobsag, ["demo", "--data", storeDirectory, "--cases", String(size), "--seed", String(seed), "--as-of", tools.asOf],
                                output: .capture)
        guard run.status == 0 else { throw Failure.failed("jobsag demo", run) }
        return run.seconds
    }

    /// Runs `jobsag-bench measure` in a child and takes its figures and its peak memory.
    private func measureInProcess(_ part: MeasureCommand.Part, into figures: inout [String: Double], prefix: String, tasksFile: String? = nil) throws {
        let out = tools.workDirectory + "/measure-\(size)-\(part.rawValue).json"
        var arguments = ["measure", "--store", storeDirectory, "--as-of", tools.asOf, "--part", part.rawValue,
                         "--keys", String(keys), "--saves", String(saves), "--out", out]
        if let tasksFile { arguments += ["--tasks-out", tasksFile] }
        let run = try tools.run(tools.bench, arguments, output: .capture)
        guard run.status == 0 else { throw Failure.failed("jobsag-bench measure --part \(part.rawValue)", run) }
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        let measured = (try JSONSerialization.jsonObject(with: data) as? [String: Double]) ?? [:]
        figures.merge(measured) { $1 }
        figures[prefix + "RSS"] = Double(run.maxResidentKiB) * 1024
        try? FileManager.default.removeItem(atPath: out)
    }
}
