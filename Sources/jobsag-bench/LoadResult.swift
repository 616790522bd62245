// What the load benchmark prints: the saves, the stale saves refused, the lost updates counted from the store afterwards, and the save latency.
import Foundation
import JobsagCore

struct LoadResult {
    /// `files` or `database`.
    var backend: String
    var writers: Int
    var coveringWriters: Int
    var seconds: Double
    var rate: Double
    /// Cases in the store, and in the writers' caseloads.
    var storeCases: Int
    var cases: Int
    var outcomes: [LoadWriter.Outcome]
    var lostUpdates: LostUpdates
    /// The tallies before the run and the acknowledged saves, for counting again.
    var before: [CaseID: CaseTally]
    var saved: [CaseID: [EntryID]]

    var saves: Int { outcomes.reduce(0) { $0 + $1.latencies.count } }
    var staleRefused: Int { outcomes.reduce(0) { $0 + $1.staleRefused } }
    var failures: [String] { outcomes.flatMap(\.failures) }
    var latencies: Samples { Samples(outcomes.flatMap(\.latencies)) }
    var caseloadLoads: Samples { Samples(outcomes.compactMap(\.caseloadSeconds)) }

    /// The figures by name: counts, and times in milliseconds.
    var figures: [String: Any] {
        let latencies = latencies
        func milliseconds(_ seconds: Double?) -> Any { seconds.map { ($0 * 1_000_000).rounded() / 1000 } ?? NSNull() }
        return [
            "backend": backend, "writers": writers, "coveringWriters": coveringWriters, "seconds": seconds, "ratePerWriter": rate,
            "storeCases": storeCases, "cases": cases, "saves": saves, "savesPerSecond": Double(saves) / seconds,
            "staleRefused": staleRefused, "failures": failures.count, "lostUpdates": lostUpdates.lost,
            "unexpectedChanges": lostUpdates.unexpected, "p50Ms": milliseconds(latencies.median),
            "p99Ms": milliseconds(latencies.percentile(99)), "maxMs": milliseconds(latencies.maximum),
            "caseloadP50Ms": milliseconds(caseloadLoads.median),
        ]
    }

    /// One JSON object on one line.
    func json() throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys]), as: UTF8.self)
    }

    /// One figure a line, for a person.
    func text() -> String {
        figures.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value is NSNull ? "–" : "\($0.value)")" }.joined(separator: "\n")
    }
}
