// A seeded pseudo-random generator (SplitMix64) so that a sample can be drawn again.
/// SplitMix64 (Steele, Lea, Flood 2014): the same seed gives the same sequence on every
/// machine and Swift version (unlike the standard library's `random(in:using:)`).
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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
