import Glibc
import JobsagCore

/// What the caseload's filters read of every row on every key, kept with the rows and laid
/// out compactly: the folded search texts end to end (name, CPR and group in one buffer,
/// goal titles in another, each row's text ended by a 0 byte, which no folded text or query
/// holds, so a match never spans two rows) and whether each case is closed. A `/` filter key
/// is one byte search over the first buffer (memchr for the first byte, memcmp for the rest),
/// one over the second where the first found nothing, and a pass over the flags, instead of
/// a search and a visit per row: with 50,000 rows, reading each row took 20-30 ms a key.
struct CaseloadFilterIndex {
    /// One buffer and where each row's text starts in it (one entry more than rows: the end).
    private struct Texts {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]

        /// Room for `rows` texts of `byteCount` bytes in all: the buffers grow once.
        mutating func reserve(rows: Int, byteCount: Int) {
            bytes.reserveCapacity(byteCount + rows)
            starts.reserveCapacity(rows + 1)
        }

        mutating func append(_ key: String) {
            bytes.append(contentsOf: key.utf8)
            bytes.append(0)
            starts.append(bytes.count)
        }

        /// Marks every row not yet marked whose text contains `query` (folded; empty matches
        /// every row). Searches each run of unmarked rows as one: after the first search the
        /// rows a one-letter query leaves are few.
        func mark(_ query: String, in hits: inout [Bool]) {
            let needle = Array(query.utf8)
            guard !needle.isEmpty else {
                for index in hits.indices { hits[index] = true }
                return
            }
            guard !needle.contains(0), hits.count + 1 == starts.count else { return }
            bytes.withUnsafeBufferPointer { text in
                guard let base = text.baseAddress else { return }
                var row = 0
                while row < hits.count {
                    guard !hits[row] else {
                        row += 1
                        continue
                    }
                    var last = row + 1
                    while last < hits.count, !hits[last] { last += 1 }
                    markRun(of: needle, in: base, rows: row..<last, hits: &hits)
                    row = last
                }
            }
        }

        /// Marks the rows of `rows` (none marked yet) whose text contains `needle`.
        private func markRun(of needle: [UInt8], in base: UnsafePointer<UInt8>, rows: Range<Int>, hits: inout [Bool]) {
            let first = Int32(needle[0])
            let rest = needle.count - 1
            let end = base + starts[rows.upperBound]
            var cursor = base + starts[rows.lowerBound]
            var row = rows.lowerBound
            needle.withUnsafeBufferPointer { needle in
                guard let needleRest = needle.baseAddress.map({ $0 + 1 }) else { return }
                while end - cursor > rest, let found = memchr(cursor, first, end - cursor - rest) {
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    guard rest == 0 || memcmp(candidate + 1, needleRest, rest) == 0 else {
                        cursor = candidate + 1
                        continue
                    }
                    let offset = candidate - base
                    while starts[row + 1] <= offset { row += 1 }
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
            anywhere.reserve(rows: rows.count, byteCount: rows.indices.reduce(0) { $0 + rows[$1].searchKey.utf8.count })
            goals.reserve(rows: rows.count, byteCount: rows.indices.reduce(0) { $0 + rows[$1].goalSearchKey.utf8.count })
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
