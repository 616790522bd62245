import Foundation

/// Runs independent work on every core, keeping the order of the results: decoding thousands
/// of case files, evaluating every case, building the caseload's rows, a demo's cases. The
/// work for one item must not touch another's.
public enum Parallel {
    /// `(0..<count).map(make)`, in contiguous chunks of `perChunk` items (the last may hold
    /// fewer) run on every core, each core taking the next chunk when it is done with one.
    /// The chunks are small so that the cores finish together: with four chunks a core, the
    /// last of them (slowed by another program, or holding larger cases) kept one core busy
    /// while the other waited.
    public static func map<Result: Sendable>(count: Int, perChunk: Int = 32, _ make: @Sendable (Int) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunkSize = max(1, perChunk)
        let chunkCount = count / chunkSize + (count % chunkSize == 0 ? 0 : 1)
        guard cores > 1, chunkCount > 1 else { return (0..<count).map(make) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own elements; none is read before all are done.
            let slots = UncheckedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                // Below `count`: chunk < chunkCount, the number of chunks `count` fills.
                let start = chunk * chunkSize
                for index in start..<min(count, start + chunkSize) {
                    slots.buffer.initializeElement(at: index, to: make(index))
                }
            }
            initialized = count
        }
    }

    /// `items.map(transform)`, on every core.
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], perChunk: Int = 32, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        map(count: items.count, perChunk: perChunk) { transform(items[$0]) }
    }

    /// The result buffer, shared with the workers: each writes only its own chunk's elements.
    private struct UncheckedSlots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result>

        init(_ buffer: UnsafeMutableBufferPointer<Result>) {
            self.buffer = buffer
        }
    }
}
