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

    @Test func aChunkSizeBelowOneIsOne() {
        #expect(Parallel.map(Array(0..<10), perChunk: 0) { $0 + 1 } == Array(1...10))
        #expect(Parallel.map(Array(0..<10), perChunk: -5) { $0 + 1 } == Array(1...10))
    }
}

/// How many items are being made at once, and the most at any time.
private final class RunningCount: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0
    private var highest = 0

    var most: Int { lock.withLock { highest } }

    func enter() {
        lock.withLock {
            now += 1
            highest = max(highest, now)
        }
    }

    func leave() { lock.withLock { now -= 1 } }
}
