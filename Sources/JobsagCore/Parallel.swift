import Foundation

/// Runs independent work on every core, keeping the order of the results: decoding thousands
/// of case files, evaluating every case, building the caseload's rows, a demo's cases. The
/// work for one item must not touch another's.
public enum Parallel {
    /// What a map's work waits on, which sets how many threads run it.
    public enum Bound: Sendable {
        /// The processor: one thread per core.
        case processor
        /// Files that may have to come from the disk, as a server's case files do at the day's
        /// first check: a thread waiting for the disk leaves its core to another, and the disk
        /// is asked for several files at once. `threadsPerCoreForFiles` threads a core; where
        /// the files are in memory they cost about what one thread a core does.
        case files
    }

    /// Threads per core for work `.files` bound: a cold check of 50,000 case files none of
    /// them in memory took 4.3-4.9 s with 4 a core, 5.3 s with 2, 7.5-9.3 s with 1 (2 cores).
    static let threadsPerCoreForFiles = 4

    /// `(0..<count).map(make)`, in contiguous chunks of `perChunk` items (the last may hold
    /// fewer) run on every core, each thread taking the next chunk when it is done with one.
    /// The chunks are small so that the cores finish together: with four chunks a core, the
    /// last of them (slowed by another program, or holding larger cases) kept one core busy
    /// while the other waited.
    public static func map<Result: Sendable>(
        count: Int, perChunk: Int = 32, bound: Bound = .processor, _ make: @Sendable (Int) -> Result
    ) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunkSize = max(1, perChunk)
        let chunkCount = count / chunkSize + (count % chunkSize == 0 ? 0 : 1)
        guard cores > 1, chunkCount > 1 else { return (0..<count).map(make) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own elements; none is read before all are done.
            let slots = UncheckedSlots(buffer)
            let runChunk = { @Sendable (chunk: Int) in
                // Below `count`: chunk < chunkCount, the number of chunks `count` fills.
                let start = chunk * chunkSize
                for index in start..<min(count, start + chunkSize) {
                    slots.buffer.initializeElement(at: index, to: make(index))
                }
            }
            switch bound {
            case .processor:
                DispatchQueue.concurrentPerform(iterations: chunkCount, execute: runChunk)
            case .files:
                ChunkQueue.run(chunkCount, on: min(chunkCount, cores * threadsPerCoreForFiles), runChunk)
            }
            initialized = count
        }
    }

    /// `items.map(transform)`, on every core.
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], perChunk: Int = 32, bound: Bound = .processor, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        map(count: items.count, perChunk: perChunk, bound: bound) { transform(items[$0]) }
    }

    /// The result buffer, shared with the workers: each writes only its own chunk's elements.
    private struct UncheckedSlots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result>

        init(_ buffer: UnsafeMutableBufferPointer<Result>) {
            self.buffer = buffer
        }
    }
}

/// Chunks handed out one at a time to threads of their own (`Parallel.Bound.files`: more
/// threads than cores, which `DispatchQueue.concurrentPerform` does not start).
private final class ChunkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private let runChunk: @Sendable (Int) -> Void

    private init(count: Int, runChunk: @escaping @Sendable (Int) -> Void) {
        self.count = count
        self.runChunk = runChunk
    }

    /// Runs `runChunk` for every chunk below `count` on `threads` threads; returns when all are done.
    static func run(_ count: Int, on threads: Int, _ runChunk: @Sendable (Int) -> Void) {
        withoutActuallyEscaping(runChunk) { runChunk in
            let queue = ChunkQueue(count: count, runChunk: runChunk)
            let finished = DispatchGroup()
            // The threads hold the queue without a reference count, so that it and the chunks'
            // work end here, when the last thread is done with them.
            let unretained = Unmanaged.passUnretained(queue)
            for _ in 0..<threads {
                finished.enter()
                let thread = Thread {
                    unretained._withUnsafeGuaranteedRef { $0.drain() }
                    finished.leave()
                }
                // As much stack as the main thread and libdispatch's workers get.
                thread.stackSize = 8 << 20
                thread.start()
            }
            finished.wait()
            withExtendedLifetime(queue) {}
        }
    }

    private func drain() {
        while let chunk = take() { runChunk(chunk) }
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
