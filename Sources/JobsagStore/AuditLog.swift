import Foundation
import Glibc
import JobsagCore

/// The append-only audit log: `audit/<yyyy-mm>.jsonl`, one JSON object per line
/// (`{"format":"jobsag.audit","version":2,...AuditEvent,"previous":...,"sequence":...}`), one
/// file per UTC month, and one hash chain through all of them (`AuditChainLink`): the lines
/// in the order of the month files' names and, within a file, of the lines.
///
/// An append opens the file with O_APPEND, writes the whole line with one `write` (looping
/// only on a short write), fsyncs it, and fsyncs the directory when the file is new. If the
/// file does not end with a newline (a crash tore the last line), the new line starts with
/// one, so a torn line never swallows the next event; the new line chains to the last line
/// that is not torn, so a torn line is not part of the chain.
struct AuditLog {
    let layout: StoreLayout

    static let rules = DocumentRules(
        format: StoreFormat.auditLine, requiredKeys: ["sequence", "previous"],
        migrations: [
            // A line from before the chain: read as an event; `AuditChain` finds it has no link.
            1: .transform { object in
                object["sequence"] = .number(0)
                object["previous"] = .string("")
            },
        ])

    /// `2026-11` for a time in November 2026 (UTC).
    static func month(of time: Timestamp) -> String {
        let date = time.date(utcOffsetSeconds: 0)
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "\(date.year)-\(month)"
    }

    /// Whether a file name in `audit/` is a month file (`yyyy-mm.jsonl`).
    static func isMonthFileName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 13, name.hasSuffix(".jsonl"), bytes[4] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6].allSatisfy { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
    }

    /// An event as one line holds it, without the newline: the event's fields and its link
    /// in the chain, side by side in one object.
    static func encodeLine(_ event: AuditEvent, link: AuditChainLink, path: String) throws(StoreError) -> Data {
        try DocumentCoding.encode(ChainedEvent(event: event, link: link), format: StoreFormat.auditLine, path: path, pretty: false)
    }

    private struct ChainedEvent: Encodable {
        var event: AuditEvent
        var link: AuditChainLink

        func encode(to encoder: Encoder) throws {
            try event.encode(to: encoder)
            try link.encode(to: encoder)
        }
    }

    /// The month files, sorted: the order of the chain.
    func monthFileNames() throws(StoreError) -> [String] {
        do {
            return try FileSystem.list(layout.auditDirectory).filter(Self.isMonthFileName).sorted()
        } catch {
            if case .io(let failure) = error, failure.errorNumber == ENOENT { return [] }
            throw error
        }
    }

    /// The file an event goes to: its UTC month, or the newest month file when that is later
    /// (a clock set back), so that the files' order stays the order of the appends.
    func fileName(for event: AuditEvent, newest: String?) -> String {
        let own = Self.month(of: event.time) + ".jsonl"
        guard let newest, newest > own else { return own }
        return newest
    }

    /// Where an append went: enough to take it back.
    struct Appended {
        var path: String
        /// The size of the file before the append.
        var previousSize: Int64
    }

    /// Appends one event durably. The caller holds the exclusive store lock.
    @discardableResult
    func append(_ event: AuditEvent) throws(StoreError) -> Appended {
        let names = try monthFileNames()
        let path = layout.auditDirectory + "/" + fileName(for: event, newest: names.last)
        var link = AuditChainLink.first
        for name in names.reversed() {
            guard let last = try Self.lastChainedLine(of: layout.auditDirectory + "/" + name) else { continue }
            link = (AuditChainLink.read(from: last) ?? AuditChainLink(sequence: 0, previous: "")).next(after: last)
            break
        }
        var line = try Self.encodeLine(event, link: link, path: path)
        line.append(0x0A)
        let existed = try FileSystem.status(path) != nil
        let descriptor = FileSystem.retrying {
            open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FileSystem.fileMode)
        }
        guard descriptor >= 0 else { throw FileSystem.failure(.open, path) }
        defer { close(descriptor) }
        let status = try FileSystem.status(ofDescriptor: descriptor, path: path)
        if status.permissions != FileSystem.fileMode {
            guard fchmod(descriptor, FileSystem.fileMode) == 0 else { throw FileSystem.failure(.changePermissions, path) }
        }
        if status.size > 0 {
            var last: UInt8 = 0
            let count = FileSystem.retrying { pread(descriptor, &last, 1, off_t(status.size - 1)) }
            if count == 1, last != 0x0A { line.insert(0x0A, at: 0) }
        }
        try FileSystem.writeAll(descriptor: descriptor, Array(line), path: path)
        try FileSystem.sync(descriptor: descriptor, path: path)
        if !existed { try FileSystem.syncDirectory(layout.auditDirectory) }
        return Appended(path: path, previousSize: status.size)
    }

    /// The last line of a file that is not torn (nil when there is none): what the next append
    /// chains to. Reads backwards from the end, so the cost does not grow with the file.
    static func lastChainedLine(of path: String) throws(StoreError) -> Data? {
        let descriptor = FileSystem.retrying { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        guard descriptor >= 0 else { throw FileSystem.failure(.open, path) }
        defer { close(descriptor) }
        let size = try FileSystem.status(ofDescriptor: descriptor, path: path).size
        var chunk: Int64 = 64 * 1024
        while true {
            let start = max(0, size - chunk)
            var bytes = [UInt8](repeating: 0, count: Int(size - start))
            let count = bytes.withUnsafeMutableBytes { buffer in
                FileSystem.retrying { pread(descriptor, buffer.baseAddress, buffer.count, off_t(start)) }
            }
            guard count == bytes.count else { throw FileSystem.failure(.read, path) }
            var end = bytes.count
            while end > 0 {
                let newline = bytes[..<end].lastIndex(of: 0x0A)
                if newline == nil, start > 0 { break }  // the line may begin before the chunk
                let first = newline.map { $0 + 1 } ?? 0
                if first < end, !AuditChainLine.isTorn(Data(bytes[first..<end])) { return Data(bytes[first..<end]) }
                end = newline ?? 0
            }
            if start == 0 { return nil }
            chunk *= 2
        }
    }

    /// Takes back the latest append (or every append since `appended`, in the same month),
    /// for a change that could not be put in place after its event was logged; a month file
    /// the append began is removed. The caller still holds the exclusive store lock it
    /// appended under.
    func retract(_ appended: Appended) throws(StoreError) {
        if appended.previousSize == 0 {
            try FileSystem.removeFile(appended.path)
            return
        }
        let descriptor = FileSystem.retrying { open(appended.path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW) }
        guard descriptor >= 0 else { throw FileSystem.failure(.open, appended.path) }
        defer { close(descriptor) }
        guard FileSystem.retrying({ ftruncate(descriptor, off_t(appended.previousSize)) }) == 0 else {
            throw FileSystem.failure(.write, appended.path)
        }
        try FileSystem.sync(descriptor: descriptor, path: appended.path)
    }

    /// Every line of every month file, in the order of the chain; the lines of a file are
    /// split at newlines (empty lines skipped).
    func chainLines() throws(StoreError) -> [AuditChainLine] {
        var lines: [AuditChainLine] = []
        for name in try monthFileNames() {
            let path = layout.auditDirectory + "/" + name
            for (number, bytes) in Self.split(try FileSystem.read(path)) {
                lines.append(AuditChainLine(source: path, lineNumber: number, bytes: bytes))
            }
        }
        return lines
    }

    /// The non-empty lines of a file with their numbers (from 1), without their newlines.
    static func split(_ data: Data) -> [(number: Int, bytes: Data)] {
        var lines: [(number: Int, bytes: Data)] = []
        var number = 0
        var start = data.startIndex
        while start < data.endIndex {
            number += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            if end > start { lines.append((number, Data(data[start..<end]))) }
            start = end + 1
        }
        return lines
    }

    /// Rewrites every month file with its events chained (version 2 lines), for a store made
    /// before the chain (`store.json` version 2). Each readable line is written again with its
    /// link; a torn line is kept as it is and left out of the chain, and any other line that
    /// cannot be read is kept as it is and chained over. Running it again gives the same
    /// files, so a crash halfway is mended by the next run. The caller holds the exclusive lock.
    func chainExisting() throws(StoreError) {
        var link = AuditChainLink.first
        for name in try monthFileNames() {
            let path = layout.auditDirectory + "/" + name
            let data = try FileSystem.read(path)
            var rewritten = Data()
            for (_, bytes) in Self.split(data) {
                if AuditChainLine.isTorn(bytes) {
                    rewritten.append(bytes)
                } else {
                    let chained: Data
                    switch DocumentCoding.decode(AuditEvent.self, from: bytes, rules: Self.rules, path: path) {
                    case .success(let decoded): chained = try Self.encodeLine(decoded.value, link: link, path: path)
                    case .failure: chained = bytes
                    }
                    rewritten.append(chained)
                    link = link.next(after: chained)
                }
                rewritten.append(0x0A)
            }
            if data.last != 0x0A, !rewritten.isEmpty { rewritten.removeLast() }
            if rewritten != data { try AtomicFileWriter.write(rewritten, to: path) }
        }
    }

    /// The events of one case (or of all, for nil) across every month, oldest first.
    func events(caseID: CaseID?) throws(StoreError) -> AuditHistory {
        var events: [AuditEvent] = []
        var problems: [StoreProblem] = []
        let names: [String]
        do {
            names = try FileSystem.list(layout.auditDirectory)
        } catch {
            if case .io(let failure) = error, failure.errorNumber == ENOENT { return AuditHistory(events: [], problems: []) }
            throw error
        }
        for name in names where Self.isMonthFileName(name) {
            let path = layout.auditDirectory + "/" + name
            let data = try FileSystem.read(path)
            Self.scan(data, path: path, caseID: caseID, events: &events, problems: &problems)
        }
        events.sort { $0.time < $1.time }
        return AuditHistory(events: events, problems: problems)
    }

    /// Decodes the lines of one month file. Lines that cannot be the case's are skipped
    /// without decoding (a byte search for the quoted case id). A line that ends too early is
    /// a torn append (a warning); any other bad line is an error with its line and column.
    static func scan(_ data: Data, path: String, caseID: CaseID?, events: inout [AuditEvent], problems: inout [StoreProblem]) {
        let needle = caseID.map { Array("\"\($0)\"".utf8) }
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let isLast = end >= bytes.count
                let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                defer { start = end + 1 }
                if line.isEmpty { continue }
                let maybeRelevant = needle.map { contains(line, $0) } ?? true
                // A line without its newline at the end of the file is checked even when it is
                // not the case's: it may be a torn append.
                guard maybeRelevant || isLast else { continue }
                let lineData = Data(line)
                switch DocumentCoding.decode(AuditEvent.self, from: lineData, rules: rules, path: path) {
                case .success(let decoded):
                    if caseID == nil || decoded.value.caseID == caseID { events.append(decoded.value) }
                case .failure(var problem):
                    let column = problem.position?.column ?? 1
                    problem.position = TextPosition(line: lineNumber, column: column)
                    if problem.kind == .truncated {
                        problem.severity = .warning
                        problem.kind = .tornAuditLine
                        problem.detail = LocalizedText(
                            da: "linjen er ufuldstændig (skrivningen blev afbrudt, fx ved et nedbrud) og springes over",
                            en: "the line is incomplete (the write was interrupted, e.g. by a crash) and is skipped")
                    }
                    problems.append(problem)
                }
            }
        }
    }

    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
