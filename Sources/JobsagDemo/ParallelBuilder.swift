import Dispatch

/// Builds a list of independent values on all cores, in chunks, keeping their order.
enum ParallelBuilder {
    /// Values per chunk: large enough to keep the scheduling cheap.
    static let chunkSize = 128

    static func build<Value: Sendable>(count: Int, _ make: @Sendable (Int) -> Value) -> [Value] {
        guard count > 0 else { return [] }
        let chunks = (count + chunkSize - 1) / chunkSize
        let results = ResultSlots<Value>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
            results.store(range.map(make), at: chunk)
        }
        return results.joined()
    }
}

/// One slot per chunk, each written by exactly one worker and read after all have finished.
/// The storage is allocated once and never moves, so writes to different slots do not race.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[Value]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    /// Whether `joined` has moved the values out.
    private var taken = false

    deinit {
        if !taken { _ = slots.deinitialize() }
        slots.deallocate()
    }

    /// Called once per slot, from the worker that owns it.
    func store(_ values: [Value], at index: Int) {
        slots[index] = values
    }

    /// All values in order, moved out of the slots (call once, after the workers are done).
    func joined() -> [Value] {
        var result: [Value] = []
        result.reserveCapacity(slots.reduce(0) { $0 + $1.count })
        for index in slots.indices {
            result.append(contentsOf: slots.moveElement(from: index))
        }
        taken = true
        return result
    }
}
