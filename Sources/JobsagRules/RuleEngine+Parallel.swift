import Dispatch
import JobsagCore

extension RuleEngine {
    /// Evaluates many cases, spread over the machine's cores; the result is in the order
    /// of `cases`. Evaluation is pure, so the result is the same as one by one.
    public func evaluateAll(_ cases: [Case], asOf: CalendarDate) -> [CaseAssessment] {
        let chunkCount = max(1, min(cases.count / 64, 64))
        guard chunkCount > 1 else { return cases.map { evaluate($0, asOf: asOf) } }
        let results = ResultSlots<CaseAssessment>(count: cases.count)
        let chunkSize = (cases.count + chunkCount - 1) / chunkCount
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * chunkSize
            let end = min(cases.count, start + chunkSize)
            guard start < end else { return }
            for index in start..<end {
                results.set(index, evaluate(cases[index], asOf: asOf))
            }
        }
        return results.values(default: CaseAssessment(asOf: asOf, obligations: []))
    }
}

/// Slots written by index from several threads, each slot by exactly one thread; read
/// only after all writers are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) {
        slots[index] = value
    }

    func values(default fallback: Value) -> [Value] {
        (0..<count).map { slots[$0] ?? fallback }
    }
}
