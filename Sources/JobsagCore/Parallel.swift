import Foundation

/// Runs independent work on every core, keeping the order of the results: decoding thousands
/// of case files, evaluating every case, building the caseload's rows, a demo's cases. The
/// work for one item must not touch another's.
public enum Parallel {
    /// `(0..<count).map(make)`, in contiguous chunks of at least `minimumPerChunk` run on
    /// every core (a few chunks per core, so that a core done early takes another).
    public static func map<Result: Sendable>(count: Int, minimumPerChunk: Int = 32, _ make: @Sendable (Int) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunkCount = min(count / max(1, minimumPerChunk), cores * 4)
        guard cores > 1, chunkCount > 1 else { return (0..<count).map(make) }
        let chunkSize = (count + chunkCount - 1) / chunkCount
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own elements; none is read before all are done.
            let slots = UncheckedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
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
        _ items: [Element], minimumPerChunk: Int = 32, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        map(count: items.count, minimumPerChunk: minimumPerChunk) { transform(items[$0]) }
    }

    /// The result buffer, shared with the workers: each writes only its own chunk's elements.
    private struct UncheckedSlots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result>

        init(_ buffer: UnsafeMutableBufferPointer<Result>) {
            self.buffer = buffer
        }
    }
}
