import JobsagCore

/// Makes ids for new entries: 10 characters of lower-case base 32 from a SplitMix64
/// sequence. The runtime seeds it from the system's random source; tests seed it fixed.
public struct EntryIDSource: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

    public mutating func next() -> EntryID {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        var id = ""
        for _ in 0..<10 {
            id.append(EntryIDSource.alphabet[Int(z & 31)])
            z >>= 5
        }
        return id
    }
}
