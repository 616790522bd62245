// Holds the load benchmark's writers until every one has its connection and its caseload, then lets them all go at one moment.
import Foundation

final class StartGate: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var arrived = 0
    private var start: Double?

    init(count: Int) {
        self.count = count
    }

    /// Waits for the others; returns the common start (`Clock.now()` of the last to arrive).
    func arriveAndWait() -> Double {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        if arrived == count {
            start = Clock.now()
            condition.broadcast()
        }
        while true {
            if let start { return start }
            condition.wait()
        }
    }
}
