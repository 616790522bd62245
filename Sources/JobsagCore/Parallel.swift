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

    /// `(0..<count).map(make)` on every core, in chunks of `perChunk` items (`Chunks`).
    public static func map<Result: Sendable>(
        count: Int, perChunk: Int = 32, bound: Bound = .processor, _ make: @Sendable (Int) -> Result
    ) -> [Result] {
        let chunks = Chunks(count: count, perChunk: perChunk)
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own elements; none is read before all are done.
            let slots = UncheckedSlots(buffer)
            chunks.run(bound: bound) { chunk in
                for index in chunks.items(of: chunk) {
                    slots.buffer.initializeElement(at: index, to: make(index))
                }
            }
            initialized = count
        }
    }

    /// `(0..<count).map(make)` on every core, its successes and its failures each in order.
    /// The cores write each success in its place in the list returned, which is then closed
    /// up over the failures: a list of results copied into two afterwards, one by one on one
    /// core and generic over what a command keeps of each case, was 50 ms at the end of
    /// reading 50,000 cases, while the other cores waited.
    public static func partition<Success: Sendable, Failure: Error & Sendable>(
        count: Int, perChunk: Int = 32, bound: Bound = .processor, _ make: @Sendable (Int) -> Swift.Result<Success, Failure>
    ) -> (successes: [Success], failures: [Failure]) {
        let chunks = Chunks(count: count, perChunk: perChunk)
        // Each chunk's failures with their places, in a slot of its own.
        var failed = [[(index: Int, failure: Failure)]](repeating: [], count: chunks.count)
        let successes = failed.withUnsafeMutableBufferPointer { failedBuffer in
            Array<Success>(unsafeUninitializedCapacity: count) { buffer, initialized in
                let slots = UncheckedSlots(buffer)
                let failedSlots = UncheckedSlots(failedBuffer)
                chunks.run(bound: bound) { chunk in
                    var chunkFailures: [(index: Int, failure: Failure)] = []
                    for index in chunks.items(of: chunk) {
                        switch make(index) {
                        case .success(let value): slots.buffer.initializeElement(at: index, to: value)
                        case .failure(let failure): chunkFailures.append((index, failure))
                        }
                    }
                    if !chunkFailures.isEmpty { failedSlots.buffer[chunk] = chunkFailures }
                }
                initialized = closingUp(buffer, count: count, over: failedBuffer.lazy.joined().map(\.index))
            }
        }
        return (successes, failed.flatMap { $0.map(\.failure) })
    }

    /// Moves the initialized elements of `buffer`'s first `count` down over the places
    /// `holes` names (in order, never initialized); returns how many elements are left.
    private static func closingUp<Element>(
        _ buffer: UnsafeMutableBufferPointer<Element>, count: Int, over holes: some Sequence<Int>
    ) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var kept = 0
        var next = 0
        for hole in holes {
            let run = hole - next
            if kept != next, run > 0 { (base + kept).moveInitialize(from: base + next, count: run) }
            kept += run
            next = hole + 1
        }
        if kept != next, count > next { (base + kept).moveInitialize(from: base + next, count: count - next) }
        return kept + (count - next)
    }

    /// `items.map(transform)`, on every core.
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], perChunk: Int = 32, bound: Bound = .processor, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        map(count: items.count, perChunk: perChunk, bound: bound) { transform(items[$0]) }
    }

    /// `count` items in contiguous chunks of `perChunk` (the last may hold fewer), run on
    /// every core, each thread taking the next chunk when it is done with one. The chunks are
    /// small so that the cores finish together: with four chunks a core, the last of them
    /// (slowed by another program, or holding larger cases) kept one core busy while the
    /// other waited.
    private struct Chunks {
        let count: Int
        let size: Int
        private let items: Int

        init(count items: Int, perChunk: Int) {
            self.items = items
            size = max(1, perChunk)
            count = items / size + (items % size == 0 ? 0 : 1)
        }

        /// The items of chunk `chunk` (below `count`).
        func items(of chunk: Int) -> Range<Int> {
            let start = chunk * size
            return start..<min(items, start + size)
        }

        /// `runChunk` for every chunk, on every core when there are more than one of each.
        func run(bound: Bound, _ runChunk: @Sendable (Int) -> Void) {
            let cores = ProcessInfo.processInfo.activeProcessorCount
            guard cores > 1, count > 1 else { return (0..<count).forEach(runChunk) }
            switch bound {
            case .processor:
                DispatchQueue.concurrentPerform(iterations: count, execute: runChunk)
            case .files:
                ChunkQueue.run(count, on: min(count, cores * threadsPerCoreForFiles), runChunk)
            }
        }
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
