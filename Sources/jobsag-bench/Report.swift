// The benchmark's table (measure | each size | bar) and its JSON document, with every figure judged against the issue's bars.
import Foundation

struct Report {
    let sizes: [Int]
    let results: [Int: [String: Double]]
    let asOf: String
    let seed: UInt64
    let seconds: Double

    enum Unit {
        case time, bytes, count, ratio
    }

    /// A bar: at most `small` up to 5,000 cases, at most `large` above (below it, when strict).
    struct Bar {
        var small: Double
        var large: Double
        var text: String
        var isStrict = false

        func limit(for size: Int) -> Double { size <= 5_000 ? small : large }
    }

    struct Row {
        var label: String
        var key: String
        var unit: Unit
        var bar: Bar?
    }

    static let megabyte = 1_000_000.0

    static let rows: [Row] = [
        Row(label: "start to first paint of the caseload (median)", key: "firstPaint", unit: .time,
            bar: Bar(small: 0.25, large: 1.5, text: "≤ 250 ms · ≤ 1.5 s")),
        Row(label: "  cases in the caseload shown", key: "caseloadCases", unit: .count),
        Row(label: "open store (the caseload via the index)", key: "openStore", unit: .time),
        Row(label: "build the state (evaluate the caseload, rows)", key: "buildState", unit: .time),
        Row(label: "keystroke in the list, p50", key: "listKeyP50", unit: .time),
        Row(label: "keystroke in the list, p99", key: "listKeyP99", unit: .time, bar: Bar(small: 0.008, large: 0.016, text: "≤ 8 ms · ≤ 16 ms")),
        Row(label: "keystroke in the / filter, p50", key: "filterKeyP50", unit: .time),
        Row(label: "keystroke in the / filter, p99", key: "filterKeyP99", unit: .time, bar: Bar(small: 0.008, large: 0.016, text: "≤ 8 ms · ≤ 16 ms")),
        Row(label: "open the agenda (a: everything due in the caseload, in order)", key: "agendaOpen", unit: .time),
        Row(label: "open the search (S: fold every text of the caseload)", key: "searchOpen", unit: .time),
        Row(label: "keystroke in the search, p50", key: "searchKeyP50", unit: .time),
        Row(label: "keystroke in the search, p99", key: "searchKeyP99", unit: .time, bar: Bar(small: 0.008, large: 0.016, text: "≤ 8 ms · ≤ 16 ms")),
        Row(label: "evaluate all obligations (every case)", key: "evaluateAll", unit: .time,
            bar: Bar(small: 0.15, large: 1.5, text: "≤ 150 ms · ≤ 1.5 s")),
        Row(label: "  obligations", key: "obligations", unit: .count),
        Row(label: "load every case of the store (decode, in process)", key: "loadAll", unit: .time),
        Row(label: "jobcenter-wide view: build the state (in process)", key: "buildStateAll", unit: .time),
        Row(label: "jobcenter-wide view: key in list, p99", key: "allListKeyP99", unit: .time, bar: wideKeyBar),
        Row(label: "jobcenter-wide view: key in filter, p99", key: "allFilterKeyP99", unit: .time, bar: wideKeyBar),
        Row(label: "jobcenter-wide view: open the agenda", key: "allAgendaOpen", unit: .time),
        Row(label: "jobcenter-wide view: open the search", key: "allSearchOpen", unit: .time),
        Row(label: "jobcenter-wide view: key in search, p99", key: "allSearchKeyP99", unit: .time,
            bar: Bar(small: 0.008, large: 0.016, text: "≤ 8 ms · ≤ 16 ms")),
    ] + wideViewRows("files") + [
        Row(label: "save one case durably, p50", key: "saveP50", unit: .time, bar: Bar(small: 0.005, large: 0.005, text: "≤ 5 ms")),
        Row(label: "save one case durably, p99", key: "saveP99", unit: .time),
        Row(label: "PostgreSQL: import the store (jobsag db import)", key: "databaseImport", unit: .time),
        Row(label: "PostgreSQL: start to first paint of the caseload (median)", key: "databaseFirstPaint", unit: .time,
            bar: Bar(small: 0.25, large: 0.5, text: "≤ 250 ms · ≤ 500 ms")),
        Row(label: "PostgreSQL: peak memory, jobsag to first paint", key: "databaseFirstPaintRSS", unit: .bytes,
            bar: Bar(small: 120 * megabyte, large: 600 * megabyte, text: "≤ 120 MB · ≤ 600 MB")),
    ] + wideViewRows("database") + [
        Row(label: "PostgreSQL: jobsag check (every case; no cache; median of 3, taking turns with the files)", key: "databaseCheck", unit: .time),
        Row(label: "· the cold check on files in those turns (median of 3)", key: "databasePairedColdCheck", unit: .time),
        Row(label: "ratio PostgreSQL check / cold check on files (the two medians)", key: "ratioDatabaseCheck", unit: .ratio,
            bar: Bar(small: 1, large: 1, text: "≤ 1 (no slower)")),
    ] + loadRows("files") + loadRows("database", saveP99Bar: Bar(small: 0.02, large: 0.02, text: "≤ 20 ms"),
                 loadSaveP99Bar: Bar(small: 0.1, large: 0.1, text: "≤ 100 ms")) + [
        Row(label: "peak memory: jobsag to first paint", key: "firstPaintRSS", unit: .bytes,
            bar: Bar(small: 120 * megabyte, large: 600 * megabyte, text: "≤ 120 MB · ≤ 600 MB")),
        Row(label: "peak memory: jobsag check (every case)", key: "checkRSS", unit: .bytes,
            bar: Bar(small: 120 * megabyte, large: 600 * megabyte, text: "≤ 120 MB · ≤ 600 MB")),
        Row(label: "peak memory: start-up measures (process)", key: "startupRSS", unit: .bytes),
        Row(label: "jobcenter-wide view: peak memory of the in-process measures", key: "wholeRSS", unit: .bytes),
        Row(label: "peer: cat of every case file", key: "cat", unit: .time),
        Row(label: "peer: jq -c . of every case file", key: "jq", unit: .time),
        Row(label: "cold check: jobsag check without check.cache (reads every case; median of 3, taking turns with task overdue)", key: "checkFirst", unit: .time),
        Row(label: "peak memory: cold check (no check.cache)", key: "checkFirstRSS", unit: .bytes,
            bar: Bar(small: 300 * megabyte, large: 300 * megabyte, text: "≤ 300 MB")),
        Row(label: "cold check, the case files read from the disk (the night's first run on a server; median of 3, taking turns with task overdue likewise)",
            key: "checkFromDisk", unit: .time),
        Row(label: "jobsag check (every case, release; warm check.cache)", key: "check", unit: .time),
        Row(label: "peer: task overdue (median of 3, taking turns with the cold check)", key: "taskOverdue", unit: .time),
        Row(label: "peer: task overdue, its data read from the disk (median of 3, taking turns with the cold check likewise)", key: "taskOverdueFromDisk", unit: .time),
        Row(label: "peer: task +OVERDUE count", key: "taskCount", unit: .time),
        Row(label: "  tasks (one per obligation with a deadline)", key: "taskTotal", unit: .count),
        Row(label: "  pending tasks (obligations not met)", key: "tasks", unit: .count),
        Row(label: "  overdue tasks", key: "taskOverdueCount", unit: .count),
        Row(label: "ratio jobsag check / task overdue", key: "ratioCheckTask", unit: .ratio,
            bar: Bar(small: 1, large: 1, text: "< 1 (faster)", isStrict: true)),
        Row(label: "ratio cold check (no check.cache) / task overdue", key: "ratioColdCheckTask", unit: .ratio,
            bar: Bar(small: 1, large: 1, text: "≤ 1 (no slower)")),
        Row(label: "ratio cold check / task overdue, both read from the disk (no bar: the bars are of files in memory)", key: "ratioColdCheckTaskFromDisk", unit: .ratio),
        Row(label: "ratio jobsag check / jq", key: "ratioCheckJq", unit: .ratio),
        Row(label: "ratio jobsag check / cat", key: "ratioCheckCat", unit: .ratio),
        Row(label: "ratio first paint / cat", key: "ratioPaintCat", unit: .ratio),
    ]

    /// A key in the jobcenter-wide view (issue 17; issue 7's bar above 5,000 cases was 16 ms).
    static let wideKeyBar = Bar(small: 0.008, large: 0.008, text: "≤ 8 ms")

    /// The jobcenter-wide view's start on one backend: the store's faglig konsulent, whose
    /// caseload is every case (`wideFirstPaint`, `databaseWideFirstPaint`).
    static func wideViewRows(_ backend: String) -> [Row] {
        let prefix = backend == "files" ? "" : backend
        return [
            Row(label: "\(name(backend)): jobcenter-wide view, the day's first start (no caseload cache: every case read)",
                key: FigureName.prefixed(prefix, "wideFirstPaintFirstOfDay"), unit: .time),
            Row(label: "\(name(backend)): jobcenter-wide view, start to first paint (median)", key: FigureName.prefixed(prefix, "wideFirstPaint"),
                unit: .time, bar: Bar(small: 1, large: 1, text: "≤ 1 s")),
            Row(label: "\(name(backend)): jobcenter-wide view, peak memory to first paint", key: FigureName.prefixed(prefix, "wideFirstPaintRSS"),
                unit: .bytes, bar: Bar(small: 300 * megabyte, large: 300 * megabyte, text: "≤ 300 MB")),
        ]
    }

    /// A backend as the rows name it.
    static func name(_ backend: String) -> String {
        backend == "database" ? "PostgreSQL" : backend
    }

    /// The load benchmark's rows on one backend (`jobsag-bench run --database`).
    static func loadRows(_ backend: String, saveP99Bar: Bar? = nil, loadSaveP99Bar: Bar? = nil) -> [Row] {
        [
            Row(label: "\(name(backend)): save a conversation, 1 writer, p50", key: backend + "SaveP50", unit: .time),
            Row(label: "\(name(backend)): save a conversation, 1 writer, p99", key: backend + "SaveP99", unit: .time, bar: saveP99Bar),
            Row(label: "\(name(backend)): save a conversation, many writers, p50", key: backend + "LoadSaveP50", unit: .time),
            Row(label: "\(name(backend)): save a conversation, many writers, p99", key: backend + "LoadSaveP99", unit: .time, bar: loadSaveP99Bar),
            Row(label: "  saves alone", key: backend + "Saves", unit: .count),
            Row(label: "  saves by many writers", key: backend + "LoadSaves", unit: .count),
            Row(label: "  writers", key: backend + "LoadWriters", unit: .count),
            Row(label: "  stale saves refused (a colleague saved first)", key: backend + "LoadStale", unit: .count),
            Row(label: "  lost updates, unexpected changes and failures", key: backend + "LostUpdates", unit: .count,
                bar: Bar(small: 0, large: 0, text: "0")),
        ]
    }

    /// A figure, with the ratios computed from the others.
    func value(_ key: String, size: Int) -> Double? {
        guard let figures = results[size] else { return nil }
        func ratio(_ a: String, _ b: String) -> Double? {
            guard let x = figures[a], let y = figures[b], y > 0 else { return nil }
            return x / y
        }
        switch key {
        case "ratioCheckTask": return ratio("check", "taskOverdue")
        case "ratioColdCheckTask": return ratio("checkFirst", "taskOverdue")
        case "ratioColdCheckTaskFromDisk": return ratio("checkFromDisk", "taskOverdueFromDisk")
        case "ratioDatabaseCheck": return ratio("databaseCheck", "databasePairedColdCheck")
        case "ratioCheckJq": return ratio("check", "jq")
        case "ratioCheckCat": return ratio("check", "cat")
        case "ratioPaintCat": return ratio("firstPaint", "cat")
        default: return figures[key]
        }
    }

    func isMet(_ row: Row, size: Int) -> Bool? {
        guard let bar = row.bar, let value = value(row.key, size: size) else { return nil }
        return bar.isStrict ? value < bar.limit(for: size) : value <= bar.limit(for: size)
    }

    static func format(_ value: Double?, _ unit: Unit) -> String {
        guard let value else { return "–" }
        switch unit {
        case .time:
            let ms = value * 1000
            if ms < 1 { return String(format: "%.3f ms", ms) }
            if ms < 10 { return String(format: "%.2f ms", ms) }
            if ms < 1000 { return String(format: "%.0f ms", ms) }
            return String(format: "%.2f s", value)
        case .bytes: return String(format: "%.0f MB", value / megabyte)
        case .count: return value < 0 ? "–" : String(Int(value))
        case .ratio: return String(format: "%.2f×", value)
        }
    }

    func table() -> String {
        var lines = ["| measure | " + sizes.map { Report.grouped($0) }.joined(separator: " | ") + " | bar |",
                     "|---|" + sizes.map { _ in "---:|" }.joined() + "---|"]
        for row in Report.rows {
            let cells = sizes.map { size -> String in
                let text = Report.format(value(row.key, size: size), row.unit)
                guard let met = isMet(row, size: size) else { return text }
                return text + (met ? " ✓" : " ✗")
            }
            lines.append("| \(row.label.replacingOccurrences(of: "  ", with: "· ")) | " + cells.joined(separator: " | ") + " | \(row.bar?.text ?? "") |")
        }
        return lines.joined(separator: "\n")
    }

    /// `50,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    func json() throws -> Data {
        var rows: [[String: Any]] = []
        for row in Report.rows {
            var values: [String: Any] = [:]
            var met: [String: Any] = [:]
            for size in sizes {
                if let value = value(row.key, size: size) { values[String(size)] = value }
                if let isMet = isMet(row, size: size) { met[String(size)] = isMet }
            }
            var entry: [String: Any] = ["measure": row.label.trimmingCharacters(in: .whitespaces), "key": row.key, "values": values]
            if let bar = row.bar {
                entry["bar"] = ["upTo5000": bar.small, "above5000": bar.large, "text": bar.text]
                entry["met"] = met
            }
            rows.append(entry)
        }
        var figures: [String: Any] = [:]
        for size in sizes { figures[String(size)] = results[size] ?? [:] }
        let document: [String: Any] = [
            "format": "jobsag.bench", "version": 1, "asOf": asOf, "seed": seed, "seconds": seconds,
            "units": "seconds, bytes, counts; ratios are plain numbers",
            "machine": Machine.describe(), "rows": rows, "figures": figures,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }
}

/// The machine the figures come from.
enum Machine {
    static func describe() -> [String: Any] {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memory = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }?
            .split(separator: " ").compactMap { Int($0) }.first ?? 0
        return ["cpu": model, "cores": ProcessInfo.processInfo.activeProcessorCount, "memoryBytes": memory * 1024]
    }
}
