// A seeded pseudo-random generator (SplitMix64) so that a sample can be drawn again.
import JobsagCore

/// Uniform choices from SplitMix64: the same seed gives the same sample on every machine and
/// Swift version (unlike the standard library's `random(in:using:)`).
struct SeededRandom {
    private var mixer: SplitMix64

    init(seed: UInt64) {
        mixer = SplitMix64(state: seed)
    }

    mutating func next() -> UInt64 {
        mixer.next()
    }

    /// A uniform whole number in `0..<bound` (bound ≥ 1), without modulo bias.
    mutating func next(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let value = next()
            if value >= threshold { return Int(value % range) }
        }
    }

    /// Moves `count` elements chosen uniformly at random to the front (partial Fisher-Yates).
    mutating func choose<Element>(_ count: Int, from elements: inout [Element]) {
        let limit = min(count, elements.count)
        guard limit > 0 else { return }
        for index in 0..<limit {
            let other = index + next(below: elements.count - index)
            elements.swapAt(index, other)
        }
    }
}
