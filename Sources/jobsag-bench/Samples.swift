// Timings of repeated runs of one measure, and their median and percentiles.

/// Durations in seconds.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func append(_ seconds: Double) {
        values.append(seconds)
    }

    /// Times `body` once and keeps the duration.
    mutating func time<Result>(_ body: () throws -> Result) rethrows -> Result {
        let start = Clock.now()
        let result = try body()
        values.append(Clock.now() - start)
        return result
    }

    /// The nearest-rank percentile (`p` in 0...100), or nil without samples.
    func percentile(_ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    var median: Double? { percentile(50) }
    var maximum: Double? { values.max() }
}
