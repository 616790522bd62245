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
    private var decoded = CasesRead<Value>(values: [], problems: [])

    init(source: @escaping @Sendable (CaseID) -> String, transform: @escaping @Sendable (Case) -> Value) {
        self.source = source
        self.transform = transform
    }

    /// Begins decoding `page`; `finished()` comes before the next.
    func start(_ page: [(id: CaseID, data: Data)]) {
        DispatchQueue.global().async(group: group) { [self] in
            let read = Parallel.partition(count: page.count) { number in
                StoreDocument.decodeCase(page[number].data, source: self.source(page[number].id), caseID: page[number].id).map(self.transform)
            }
            lock.withLock { decoded = CasesRead(values: read.successes, problems: read.failures) }
        }
    }

    /// What was read of the page begun last (nothing before the first), once it is decoded.
    func finished() -> CasesRead<Value> {
        wait()
        return lock.withLock {
            defer { decoded = CasesRead(values: [], problems: []) }
            return decoded
        }
    }

    /// Until the page begun last is decoded.
    func wait() {
        group.wait()
    }
}
