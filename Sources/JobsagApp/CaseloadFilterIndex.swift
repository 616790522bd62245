import Glibc
import JobsagCore

/// What the caseload's filters read of every row on every key, kept with the rows and laid
/// out compactly: the folded search texts end to end (name, CPR and group in one buffer,
/// goal titles in another, each row's text ended by a 0 byte, which no folded text or query
/// holds, so a match never spans two rows) and whether each case is closed. A `/` filter key
/// is one byte search over each buffer (memchr for the first byte, memcmp for the rest) and
/// a pass over the flags, instead of a search and a visit per row: with 50,000 rows, reading
/// each row took 20-30 ms a key.
struct CaseloadFilterIndex {
    /// One buffer and where each row's text starts in it (one entry more than rows: the end).
    private struct Texts {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]

        mutating func append(_ key: String) {
            bytes.append(contentsOf: key.utf8)
            bytes.append(0)
            starts.append(bytes.count)
        }

        /// Marks every row whose text contains `query` (folded; empty matches every row).
        func mark(_ query: String, in hits: inout [Bool]) {
            let needle = Array(query.utf8)
            guard let first = needle.first else {
                for index in hits.indices { hits[index] = true }
                return
            }
            guard !needle.contains(0) else { return }
            bytes.withUnsafeBufferPointer { text in
                guard let base = text.baseAddress, needle.count <= text.count else { return }
                let end = base + (text.count - needle.count + 1)
                var cursor = base
                var row = 0
                while cursor < end, let found = memchr(cursor, Int32(first), end - cursor) {
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    guard memcmp(candidate, needle, needle.count) == 0 else {
                        cursor = candidate + 1
                        continue
                    }
                    let offset = candidate - base
                    while row + 1 < starts.count, starts[row + 1] <= offset { row += 1 }
                    guard row < hits.count, row + 1 < starts.count else { return }
                    hits[row] = true
                    // A row matches once: go on at the next row's text.
                    cursor = base + starts[row + 1]
                }
            }
        }
    }

    private var anywhere = Texts()
    private var goals = Texts()
    private var isClosed: [Bool] = []

    init() {}

    init(_ rows: [CaseRow]) {
        isClosed.reserveCapacity(rows.count)
        rows.withUnsafeBufferPointer { rows in
            for index in rows.indices {
                anywhere.append(rows[index].searchKey)
                goals.append(rows[index].goalSearchKey)
                isClosed.append(rows[index].closing != nil)
            }
        }
    }

    /// For each row, whether the filter's text matches it (name, CPR or group anywhere, a
    /// goal title where a word starts) and it is closed or open as the quick filter shows
    /// (closed cases only under the quick filter for them).
    func matches(_ query: CaseQuery, showingClosed: Bool) -> [Bool] {
        var hits = [Bool](repeating: false, count: isClosed.count)
        anywhere.mark(query.anywhere, in: &hits)
        goals.mark(query.atWordStart, in: &hits)
        for index in hits.indices where isClosed[index] != showingClosed { hits[index] = false }
        return hits
    }
}
