import JobsagCore
import Testing

/// Work spread over every core gives what the same work one by one gives, whatever the count
/// and the chunk size: the chunks' bounds once ran past the end (9 to 13 chunks of one item
/// on two cores, among others: a faglig konsulent's search over a 2,500-case demo stopped).
@Suite struct ParallelTests {
    @Test(arguments: [1, 2, 3, 32, 64, 4096])
    func everyItemIsMadeOnceAndInOrder(perChunk: Int) {
        for count in Array(0...100) + [255, 256, 257, 1_000, 4_097, 10_000] {
            let made = Parallel.map(count: count, perChunk: perChunk) { $0 * 2 }
            #expect(made == (0..<count).map { $0 * 2 }, "count \(count), \(perChunk) a chunk")
        }
    }

    @Test func aChunkSizeBelowOneIsOne() {
        #expect(Parallel.map(Array(0..<10), perChunk: 0) { $0 + 1 } == Array(1...10))
        #expect(Parallel.map(Array(0..<10), perChunk: -5) { $0 + 1 } == Array(1...10))
    }
}
