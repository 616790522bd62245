import Foundation
import Glibc
import JobsagCore

/// What "Nyt siden sidst" reads of the audit log: the events appended after a user's latest
/// one (their last session ends there), in the order they were appended. The month files
/// are read newest first, only back to the one that holds the user's latest event, and in
/// that file only the lines after it are decoded: the user's latest line is found from the
/// end by its quoted initials, so a start costs what happened since, not the month's log.
extension AuditLog {
    /// The time of `user`'s latest event and the events appended after it; nil and no
    /// events when the user has none.
    func eventsAfterLatest(of user: Initials) throws(StoreError) -> (latest: Timestamp?, history: AuditHistory) {
        var later: [AuditEvent] = []
        var problems: [StoreProblem] = []
        for name in try monthFileNames().reversed() {
            let path = layout.auditDirectory + "/" + name
            let data = try FileSystem.read(path)
            var events: [AuditEvent] = []
            guard let latest = Self.latestLine(of: user, in: data, path: path) else {
                Self.scan(data, path: path, caseID: nil, events: &events, problems: &problems)
                later = events + later
                continue
            }
            var found: [StoreProblem] = []
            Self.scan(data.suffix(from: data.startIndex + latest.end), path: path, caseID: nil, events: &events, problems: &found)
            // Lines are counted from the user's line on: the problems name their place in the file.
            // (Counted in the bytes in place: Data's own iterator took a tenth of a second a
            // start in the audit log of 50,000 cases.)
            let linesBefore = data.withUnsafeBytes { bytes in bytes.prefix(latest.end).reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            problems += found.map { problem in
                var moved = problem
                moved.position = problem.position.map { TextPosition(line: $0.line + linesBefore, column: $0.column) }
                return moved
            }
            return (latest.event.time, AuditHistory(events: events + later, problems: problems))
        }
        return (nil, AuditHistory(events: [], problems: problems))
    }

    /// The last event of `user` in a month file and the offset just after its line; lines
    /// are decoded only when they hold the user's initials in quotes.
    static func latestLine(of user: Initials, in data: Data, path: String) -> (event: AuditEvent, end: Int)? {
        let needle = Array("\"\(user)\"".utf8)
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> (event: AuditEvent, end: Int)? in
            var end = bytes.count
            while end > 0 {
                var start = end
                while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
                let line = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                if !line.isEmpty, contains(line, needle),
                   case .success(let decoded) = DocumentCoding.decode(AuditEvent.self, from: Data(line), rules: rules, path: path),
                   decoded.value.user == user {
                    return (decoded.value, min(bytes.count, end + 1))
                }
                end = start > 0 ? start - 1 : 0
            }
            return nil
        }
    }
}
