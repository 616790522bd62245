import Foundation
import Glibc
import JobsagCore

/// The append-only audit log: `audit/<yyyy-mm>.jsonl`, one JSON object per line
/// (`{"format":"jobsag.audit","version":1,...AuditEvent}`), one file per UTC month.
///
/// An append opens the file with O_APPEND, writes the whole line with one `write` (looping
/// only on a short write), fsyncs it, and fsyncs the directory when the file is new. If the
/// file does not end with a newline (a crash tore the last line), the new line starts with
/// one, so a torn line never swallows the next event.
struct AuditLog {
    let layout: StoreLayout

    static let rules = DocumentRules(format: StoreFormat.auditLine)

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

    static func encodeLine(_ event: AuditEvent, path: String) throws(StoreError) -> Data {
        var line = try DocumentCoding.encode(event, format: StoreFormat.auditLine, path: path, pretty: false)
        line.append(0x0A)
        return line
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
        let path = layout.auditFile(month: Self.month(of: event.time))
        var line = try Self.encodeLine(event, path: path)
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

    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
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
