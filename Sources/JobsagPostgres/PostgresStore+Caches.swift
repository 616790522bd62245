import Foundation
import JobsagStore
import PostgresNIO

extension PostgresStore {
    // MARK: The caches

    /// The database keeps each login's caseload cache (`SchemaMigration.caseloadCache`) and no
    /// check cache: a check reads every case anyway.
    public func keeps(_ cache: StoreCache) -> Bool { cache == .caseload }

    /// The login's caseload cache as a data directory's file holds it: the head, then the line
    /// of every case the login may read now (in the order of the table's key: no sort on the
    /// server). Nil when there is none or it cannot be read (only speed is lost).
    public func readCache(_ cache: StoreCache, ifHead accepts: (Data) -> Bool) -> Data? {
        guard keeps(cache) else { return nil }
        return try? readingConsistently { () throws(StoreError) -> Data? in
            try connection.withConnection { (session) throws(StoreError) -> Data? in
                guard let head = try session.query("SELECT head FROM caseload_caches WHERE login = session_user").first else { return nil }
                var data = try session.decode(Data.self, head, column: "head")
                // The lines of a cache of another day or program (a faglig konsulent's 23 MB at 50,000
                // cases) stay on the server.
                guard accepts(data) else { return nil }
                for row in try session.query("SELECT line FROM caseload_cache_lines WHERE login = session_user ORDER BY login, case_id") {
                    data.append(try session.decode(Data.self, row))
                    data.append(0x0A)
                }
                return data
            }
        }
    }

    /// Replaces the login's caseload cache with the file `next` gives in chunks: its head (the
    /// first two lines), then a line per case, the case's id its first field. In one
    /// transaction on the cache's own connection; a line of a case the login may no longer
    /// read fails it, which costs only speed.
    public func writeCache(_ cache: StoreCache, chunks next: () -> Data?) {
        guard keeps(cache) else { return }
        _ = try? cacheConnection.transaction { (session) throws(StoreError) in
            try session.query("DELETE FROM caseload_caches WHERE login = session_user")
            var splitter = LineSplitter()
            var head: [String] = []
            while let chunk = next() {
                var lines = splitter.lines(ending: chunk)[...]
                if head.count < 2 {
                    let taken = lines.prefix(2 - head.count)
                    head += taken
                    lines = lines.dropFirst(taken.count)
                    guard head.count == 2 else { continue }
                    let text = head.joined(separator: "\n") + "\n"
                    try session.query("INSERT INTO caseload_caches (head) VALUES (\(text))")
                }
                guard !lines.isEmpty else { continue }
                var insert = PostgresQuery(unsafeSQL: "INSERT INTO caseload_cache_lines (case_id, line) SELECT * FROM unnest($1::text[], $2::text[])")
                insert.binds.append(lines.map { String($0.prefix { $0 != "\t" }) })
                insert.binds.append(Array(lines))
                try session.query(insert)
            }
        }
    }
}

/// The whole lines of text that chunks end, the rest kept for the next chunk.
private struct LineSplitter {
    private var rest = Data()

    mutating func lines(ending chunk: Data) -> [String] {
        rest.append(chunk)
        guard let last = rest.lastIndex(of: 0x0A) else { return [] }
        let lines = rest[..<last].split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        rest = Data(rest[(last + 1)...])
        return lines
    }
}
