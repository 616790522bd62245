import JobsagCore

/// Makes ids for new entries: 10 characters of lower-case base 32 from a SplitMix64
/// sequence. The runtime seeds it from the system's random source; tests seed it fixed.
public struct EntryIDSource: Sendable {
    private var mixer: SplitMix64

    public init(seed: UInt64) {
        mixer = SplitMix64(state: seed)
    }

    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

    public mutating func next() -> EntryID {
        var z = mixer.next()
        var id = ""
        for _ in 0..<10 {
            id.append(EntryIDSource.alphabet[Int(z & 31)])
            z >>= 5
        }
        return id
    }
}
