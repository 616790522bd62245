// `jobsag-bench measure`: the in-process measures on one store, run by the benchmark in a child process per store so that its peak memory is its own.
import ArgumentParser
import Foundation
import JobsagApp
import JobsagCore
import JobsagRules
import JobsagStore
import JobsagStoreRules
import ProcessMemory
import TerminalKit

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Measure one store in this process (run by the benchmark).", shouldDisplay: false)

    enum Part: String, ExpressibleByArgument {
        /// What the program does at start-up and then: open, build the state, keys, saves.
        case startup
        /// Every case of the store: load, evaluate all obligations, keys over every row.
        case whole
    }

    @Option var store: String
    @Option var asOf: String
    @Option var part: Part
    @Option var keys = 1_000
    @Option var saves = 200
    @Option(help: "Write taskwarrior's import file (one task per obligation with a deadline that is not met) here.")
    var tasksOut: String?
    @Option(help: "Where to write the figures (JSON).")
    var out: String

    /// The C library hands out memory as it does in `jobsag` (`MemoryAllocator`): the measures
    /// are of the program's code as it runs there.
    func run() throws {
        MemoryAllocator.keepMoreFreedBlocksPerThread()
        MemoryAllocator.keepLargeBlocksInTheHeap()
        guard let date = CalendarDate(isoText: asOf) else { throw ValidationError("--as-of must be YYYY-MM-DD") }
        var figures: [String: Double] = [:]
        switch part {
        case .startup: try measureStartup(asOf: date, into: &figures)
        case .whole: try measureWhole(asOf: date, into: &figures)
        }
        let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: out))
    }

    /// The start-up path of `jobsag` (open the store, the user's caseload through the index,
    /// the state with its rows), then keys on that state and durable saves of one case.
    private func measureStartup(asOf: CalendarDate, into figures: inout [String: Double]) throws {
        var opening = Samples()
        var opened: (FileStore, Caseworker, [Caseworker], CaseLoad)?
        for _ in 0..<5 {
            opened = try opening.time {
                let store = try FileStore.open(directory: self.store)
                let caseworkers = try store.caseworkers()
                guard let user = caseworkers.first(where: { $0.role == .sagsbehandler }) else {
                    throw ValidationError("the store has no caseworker")
                }
                return (store, user, caseworkers, try store.loadCases(where: .caseload(of: [user.initials])))
            }
        }
        guard let (store, user, caseworkers, load) = opened else { return }
        figures["openStore"] = opening.median
        figures["caseloadCases"] = Double(load.cases.count)

        var building = Samples()
        var state: AppState?
        for _ in 0..<3 {
            state = nil  // one state at a time, as with the evaluation below
            state = building.time { KeyDriver.state(cases: load.cases, user: user, caseworkers: caseworkers, asOf: asOf, store: store) }
        }
        figures["buildState"] = building.median
        guard let state else { return }
        KeyDriver.record(KeyDriver.run(on: state, keys: keys), prefix: "", into: &figures)

        guard let first = load.cases.first else { return }
        var saving = Samples()
        var current = first
        let phones = [first.citizen.phone, first.citizen.phone == "12 34 56 78" ? "87 65 43 21" : "12 34 56 78"]
        for index in 0..<saves {
            current.citizen.phone = phones[(index + 1) % 2]
            let now = Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
            let toSave = current
            current = try saving.time { try store.save(toSave, by: user.initials, at: now, action: .update) }
        }
        figures["saveP50"] = saving.median
        figures["saveP99"] = saving.percentile(99)
        figures["saveMax"] = saving.maximum
    }

    /// Every case of the store: the load (the limit `jobsag check` meets), the evaluation of
    /// every obligation, and keys with every case in the list.
    private func measureWhole(asOf: CalendarDate, into figures: inout [String: Double]) throws {
        var loading = Samples()
        let (store, load) = try loading.time {
            let store = try FileStore.open(directory: self.store)
            return (store, try store.loadCases(where: .all))
        }
        figures["loadAll"] = loading.median
        figures["storeCases"] = Double(load.cases.count)

        let engine = RuleEngine(policy: store.policy)
        var evaluating = Samples()
        var assessments: [CaseAssessment] = []
        for _ in 0..<3 {
            // The last run's results let go first, as every program does: held while the next
            // run made its own, they doubled the memory (two sets at 50,000 cases: 1.6 GB) and
            // the run was timed with the kernel's handing out of fresh pages.
            assessments = []
            assessments = evaluating.time { engine.evaluateAll(load.cases, asOf: asOf) }
        }
        figures["evaluateAll"] = evaluating.median
        figures["obligations"] = Double(assessments.reduce(0) { $0 + $1.obligations.count })
        if let tasksOut {
            figures["tasks"] = Double(try TaskImport.write(cases: load.cases, assessments: assessments, to: tasksOut))
        }
        assessments = []

        // Someone who sees every case (a faglig konsulent): the search then reads them all.
        let caseworkers = try store.caseworkers()
        guard let user = caseworkers.first(where: { $0.role == .fagligKonsulent }) ?? caseworkers.first(where: { $0.role == .sagsbehandler })
        else { return }
        var building = Samples()
        let state = building.time { KeyDriver.state(cases: load.cases, user: user, caseworkers: caseworkers, asOf: asOf, store: store) }
        figures["buildStateAll"] = building.median
        KeyDriver.record(KeyDriver.run(on: state, keys: keys), prefix: "all", into: &figures)
    }
}

extension CalendarDate {
    /// `2026-11-23`.
    init?(isoText text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }
}
