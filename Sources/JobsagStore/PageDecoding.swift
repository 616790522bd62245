import Foundation
import JobsagCore

/// The decoding of one page of case documents at a time (each case then given to
/// `transform`), on a background thread that uses every core, while the caller fetches the
/// next page (`StoreDocument.decodeCases(pagesOf:)`).
final class PageDecoding<Value: Sendable>: @unchecked Sendable {
    private let source: @Sendable (CaseID) -> String
    private let transform: @Sendable (Case) -> Value
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var outcomes: [Result<Value, StoreProblem>] = []

    init(source: @escaping @Sendable (CaseID) -> String, transform: @escaping @Sendable (Case) -> Value) {
        self.source = source
        self.transform = transform
    }

    /// Begins decoding `page`; `finished()` comes before the next.
    func start(_ page: [(id: CaseID, data: Data)]) {
        DispatchQueue.global().async(group: group) { [self] in
            let decoded = Parallel.map(page) { StoreDocument.decodeCase($0.data, source: self.source($0.id), caseID: $0.id).map(self.transform) }
            lock.withLock { outcomes = decoded }
        }
    }

    /// The outcomes of the page begun last (none before the first), once it is decoded.
    func finished() -> [Result<Value, StoreProblem>] {
        wait()
        return lock.withLock {
            defer { outcomes = [] }
            return outcomes
        }
    }

    /// Until the page begun last is decoded.
    func wait() {
        group.wait()
    }
}
