/// Room for the value tokens of the members of each object a `TapeReadable` type reads
/// (`TapeMembers`), taken from chunks that live and die with one decode: an array of its own
/// for each object was a sixteenth of reading a case, most of it allocating.
final class TapeMemberSlots {
    /// A chunk's slots when no object needs more.
    private static let chunkSize = 1_024

    private var chunks: [UnsafeMutableBufferPointer<Int>] = []
    private var used = 0

    /// `count` slots, each `TapeMemberSlots.empty`, valid as long as this lives.
    func take(_ count: Int) -> UnsafeMutableBufferPointer<Int> {
        if chunks.isEmpty || used + count > chunks[chunks.count - 1].count {
            chunks.append(.allocate(capacity: max(Self.chunkSize, count)))
            used = 0
        }
        let slots = UnsafeMutableBufferPointer(rebasing: chunks[chunks.count - 1][used..<(used + count)])
        slots.initialize(repeating: Self.empty)
        used += count
        return slots
    }

    /// A slot of a member the object does not have.
    static let empty = -1

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }
}
