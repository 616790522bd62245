// Start to first paint: the release jobsag on a 120x40 pseudo-terminal with the first-paint hook, on a data directory or a database.
import Foundation
import JobsagStore

enum FirstPaint {
    /// The jobcenter-wide view takes seconds a start at 50,000 cases: at most 3 runs of it.
    static func wideViewRuns(_ paintRuns: Int) -> Int { min(paintRuns, 3) }

    /// Spawns `jobsag` with `arguments` (where the store is, the day), once to warm the page
    /// cache, the index and the caseload's cache, then `runs` times: the median and largest
    /// wall time from the spawn to the exit, and the largest peak memory, as `firstPaint`,
    /// `firstPaintMax` and `firstPaintRSS` after `prefix` (`FigureName`). With `dayCacheOf` (the
    /// store the runs use), its caseload cache is emptied first and the warming run's time is
    /// `firstPaintFirstOfDay`: the day's first start, which reads every case.
    static func measure(
        tools: Toolbox, arguments: [String], runs: Int, prefix: String, dayCacheOf store: (any CaseStore)? = nil,
        into figures: inout [String: Double]
    ) throws {
        var samples = Samples()
        var peak = 0
        store?.writeCache(.caseload, Data())
        for attempt in 0...runs {
            let terminal = try PseudoTerminal(width: 120, height: 40)
            let run = try tools.run(tools.jobsag, arguments, extra: ["JOBSAG_EXIT_AFTER_FIRST_PAINT": "1"], terminal: terminal, timeout: 120)
            guard run.status == 0, run.output.contains("Sagsstamme") else { throw SizeRun.Failure.failed("jobsag (first paint)", run) }
            if attempt == 0, store != nil { figures[FigureName.prefixed(prefix, "firstPaintFirstOfDay")] = run.seconds }
            if attempt > 0 {
                samples.append(run.seconds)
                peak = max(peak, run.maxResidentKiB)
            }
        }
        figures[FigureName.prefixed(prefix, "firstPaint")] = samples.median
        figures[FigureName.prefixed(prefix, "firstPaintMax")] = samples.maximum
        figures[FigureName.prefixed(prefix, "firstPaintRSS")] = Double(peak) * 1024
    }
}
