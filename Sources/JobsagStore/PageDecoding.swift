import Foundation
import JobsagCore

/// The decoding of pages of case documents (each case then given to `transform`) on
/// background threads that use every core, while the caller fetches the next page
/// (`StoreDocument.decodeCases(pagesOf:)`). A page starts decoding as soon as it is fetched,
/// beside the one before it: the cores do not wait while the last cases of a page are
/// decoded on one of them.
final class PageDecoding<Value: Sendable>: @unchecked Sendable {
    /// Pages decoding at once: a page fetched waits in `start` until one of them is done,
    /// so no more than this and the page in hand are in memory.
    static var pagesAtOnce: Int { 2 }

    private let source: @Sendable (CaseID) -> String
    private let transform: @Sendable (Case) -> Value
    private let group = DispatchGroup()
    private let room = DispatchSemaphore(value: pagesAtOnce)
    private let lock = NSLock()
    /// What was read of each page begun, in order: nil until it is decoded.
    private var pages: [CasesRead<Value>?] = []

    init(source: @escaping @Sendable (CaseID) -> String, transform: @escaping @Sendable (Case) -> Value) {
        self.source = source
        self.transform = transform
    }

    /// Begins decoding `page` once fewer than `pagesAtOnce` pages are decoding.
    func start(_ page: [(id: CaseID, data: Data)]) {
        room.wait()
        let number = lock.withLock {
            pages.append(nil)
            return pages.count - 1
        }
        DispatchQueue.global().async(group: group) { [self] in
            let read = Parallel.partition(count: page.count) { number in
                StoreDocument.decodeCase(page[number].data, source: self.source(page[number].id), caseID: page[number].id).map(self.transform)
            }
            lock.withLock { pages[number] = CasesRead(values: read.successes, problems: read.failures) }
            room.signal()
        }
    }

    /// What was read of every page begun, in order, once all are decoded.
    func finished() -> CasesRead<Value> {
        wait()
        return lock.withLock {
            defer { pages = [] }
            var read = CasesRead<Value>(values: [], problems: [])
            for case let page? in pages { read.add(page) }
            return read
        }
    }

    /// Until every page begun is decoded.
    func wait() {
        group.wait()
    }
}
