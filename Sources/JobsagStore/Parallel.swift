import Foundation

/// Runs independent work on every core (decoding thousands of case files).
enum Parallel {
    static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], minimumPerWorker: Int = 32, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, items.count / max(1, minimumPerWorker))
        guard workers > 1 else { return items.map(transform) }
        let collector = Collector<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local: [(Int, Result)] = []
            local.reserveCapacity(items.count / workers + 1)
            var index = worker
            while index < items.count {
                local.append((index, transform(items[index])))
                index += workers
            }
            collector.store(local)
        }
        return collector.results()
    }

    /// Gathers the workers' results under a lock.
    private final class Collector<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func store(_ results: [(Int, Result)]) {
            lock.lock()
            defer { lock.unlock() }
            for (index, result) in results { slots[index] = result }
        }

        func results() -> [Result] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
