import JobsagCore

/// The demo's pseudo-random generator: xoshiro256** (Blackman and Vigna) seeded through
/// SplitMix64. It is ours, not the system generator, and it deliberately avoids the standard
/// library's `random(in:)` algorithms, so one seed gives the same store on every platform and
/// with every toolchain.
struct DemoRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// An independent generator for one part of the store (one case, the staff, ...), so that
    /// a part's values do not depend on how much the other parts consumed.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(state: seed ^ 0x6A09_E667_F3BC_C908)
        let base = mixer.next()
        var streamMixer = SplitMix64(state: base &+ stream &* 0x9E37_79B9_7F4A_7C15)
        self.init(seed: streamMixer.next())
    }

    mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A number in `0..<bound` (0 when `bound` is less than 2). Lemire's multiply-high
    /// without rejection: the bias is below 2^-40 for the bounds used here.
    mutating func int(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An index into `weights`, each drawn in proportion to its weight (the last index when
    /// all weights are zero).
    mutating func index(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return max(0, weights.count - 1) }
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    /// One of `options`, drawn in proportion to the weights (`fallback` when the list is empty).
    mutating func weighted<T>(_ options: [(T, Double)], fallback: T) -> T {
        guard !options.isEmpty else { return fallback }
        return options[index(weights: options.map(\.1))].0
    }

    /// Fisher-Yates, with our own draws.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = int(below: i + 1)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// A day in `first...last` (first when the range is empty).
    mutating func date(from first: CalendarDate, through last: CalendarDate) -> CalendarDate {
        guard last.dayNumber > first.dayNumber else { return first }
        return first.adding(days: int(in: 0...(last.dayNumber - first.dayNumber)))
    }
}
