import Foundation
import JobsagCore
import Testing

/// Work spread over every core gives what the same work one by one gives, whatever the count
/// and the chunk size: the chunks' bounds once ran past the end (9 to 13 chunks of one item
/// on two cores, among others: a faglig konsulent's search over a 2,500-case demo stopped).
@Suite struct ParallelTests {
    @Test(arguments: [1, 2, 3, 32, 64, 4096], [Parallel.Bound.processor, .files])
    func everyItemIsMadeOnceAndInOrder(perChunk: Int, bound: Parallel.Bound) {
        for count in Array(0...100) + [255, 256, 257, 1_000, 4_097, 10_000] {
            let made = Parallel.map(count: count, perChunk: perChunk, bound: bound) { $0 * 2 }
            #expect(made == (0..<count).map { $0 * 2 }, "count \(count), \(perChunk) a chunk, \(bound)")
        }
    }

    /// Work bound by files runs on more threads than there are cores, so that a thread waiting
    /// for the disk leaves its core to another; each item is still made once.
    @Test func workBoundByFilesRunsOnMoreThreadsThanCores() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let running = RunningCount()
        let made = Parallel.map(count: 64, perChunk: 1, bound: .files) { index -> Int in
            running.enter()
            // Waits, as a read from the disk does, until more threads than cores have started
            // (at most a second: the expectation below then fails).
            let deadline = Date().addingTimeInterval(1)
            while cores > 1, running.most <= cores, Date() < deadline { usleep(100) }
            running.leave()
            return index
        }
        #expect(made == Array(0..<64))
        // One core: the items are made one by one.
        #expect(cores == 1 || running.most > cores)
    }

    /// A partition keeps the successes and the failures each in order, the successes closed
    /// up over the failures' places and each moved once: every success is an object counted
    /// while it lives, so that one copied, dropped or moved twice shows in the count (or
    /// crashes the test).
    @Test(arguments: [1, 3, 32], [Parallel.Bound.processor, .files])
    func partitionKeepsSuccessesAndFailuresInOrder(perChunk: Int, bound: Parallel.Bound) {
        for count in [0, 1, 2, 5, 31, 32, 33, 100, 1_000] {
            let patterns: [@Sendable (Int) -> Bool] = [
                { _ in false }, { _ in true }, { $0 % 3 == 1 }, { $0 % 7 < 3 }, { $0 == 0 }, { $0 == count - 1 }, { $0 >= count / 2 },
            ]
            for (pattern, failing) in patterns.enumerated() {
                let living = RunningCount()
                let context = "count \(count), pattern \(pattern), \(perChunk) a chunk, \(bound)"
                do {
                    let split = Parallel.partition(count: count, perChunk: perChunk, bound: bound) { index -> Result<Made, Failed> in
                        failing(index) ? .failure(Failed(index: index)) : .success(Made(index, counted: living))
                    }
                    #expect(split.successes.map(\.index) == (0..<count).filter { !failing($0) }, "\(context)")
                    #expect(split.failures.map(\.index) == (0..<count).filter(failing), "\(context)")
                    #expect(living.current == split.successes.count, "\(context)")
                }
                #expect(living.current == 0, "\(context)")
            }
        }
    }

    @Test func aChunkSizeBelowOneIsOne() {
        #expect(Parallel.map(Array(0..<10), perChunk: 0) { $0 + 1 } == Array(1...10))
        #expect(Parallel.map(Array(0..<10), perChunk: -5) { $0 + 1 } == Array(1...10))
    }
}

/// A success of a partition: an object that counts itself while it lives.
private final class Made: Sendable {
    let index: Int
    private let counted: RunningCount

    init(_ index: Int, counted: RunningCount) {
        self.index = index
        self.counted = counted
        counted.enter()
    }

    deinit { counted.leave() }
}

/// A failure of a partition.
private struct Failed: Error {
    let index: Int
}

/// How many items are being made (or live) at once, and the most at any time.
private final class RunningCount: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private var highest = 0

    var current: Int { lock.withLock { now } }
    var most: Int { lock.withLock { highest } }

    func enter() {
        lock.withLock {
            now += 1
            highest = max(highest, now)
        }
    }

    func leave() { lock.withLock { now -= 1 } }
}
