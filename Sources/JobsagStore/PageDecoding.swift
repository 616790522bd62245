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
    /// What was read of the pages decoded, in order, up to the first page still decoding.
    private var read = CasesRead<Value>(values: [], problems: [])
    /// The pages begun and not yet in `read`, in order: nil while one is decoding.
    private var pending: [CasesRead<Value>?] = []
    /// How many pages have gone into `read`: the number of `pending`'s first.
    private var pagesRead = 0

    init(source: @escaping @Sendable (CaseID) -> String, transform: @escaping @Sendable (Case) -> Value) {
        self.source = source
        self.transform = transform
    }

    /// Begins decoding `page` once fewer than `pagesAtOnce` pages are decoding.
    func start(_ page: [(id: CaseID, data: Data)]) {
        room.wait()
        let pageNumber = lock.withLock {
            pending.append(nil)
            return pagesRead + pending.count - 1
        }
        DispatchQueue.global().async(group: group) { [self] in
            let decoded = Parallel.partition(count: page.count) { index in
                StoreDocument.decodeCase(page[index].data, source: self.source(page[index].id), caseID: page[index].id).map(self.transform)
            }
            lock.withLock {
                pending[pageNumber - pagesRead] = CasesRead(values: decoded.successes, problems: decoded.failures)
                addDecodedPages()
            }
            room.signal()
        }
    }

    /// What was read of every page begun, in order, once all are decoded.
    func finished() -> CasesRead<Value> {
        wait()
        return lock.withLock {
            defer { read = CasesRead(values: [], problems: []) }
            return read
        }
    }

    /// Until every page begun is decoded.
    func wait() {
        group.wait()
    }

    /// Moves the pages decoded at the front of `pending` into `read` (with the lock held):
    /// each page's cases go into the result as soon as the pages before them have, not held
    /// beside it until the end.
    private func addDecodedPages() {
        while case let page?? = pending.first {
            pending.removeFirst()
            pagesRead += 1
            read.add(page)
        }
    }
}
