import Crypto
import JobsagCore
import Foundation

/// Where a line of the audit log stands in the store's hash chain: its place (`sequence`,
/// 1 for the first event of the store) and the SHA-256 of the line before it (`previous`, 64
/// lowercase hexadecimal digits; 64 zeros for the first). The hash covers the bytes of the
/// previous line exactly as stored (without its newline), which include that line's own
/// `previous`: so each line vouches for every line before it.
public struct AuditChainLink: Codable, Hashable, Sendable {
    public var sequence: Int
    public var previous: String

    public init(sequence: Int, previous: String) {
        self.sequence = sequence
        self.previous = previous
    }

    /// The link of the first line of a log.
    public static let first = AuditChainLink(sequence: 1, previous: String(repeating: "0", count: 64))

    /// The link of the line that follows a line with this link and these bytes.
    public func next(after line: Data) -> AuditChainLink {
        AuditChainLink(sequence: sequence + 1, previous: Self.hash(line))
    }

    /// SHA-256 of a stored line, in lowercase hexadecimal.
    public static func hash(_ line: Data) -> String {
        SHA256.hash(data: line).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The largest `sequence` a line may name (2^53, the largest whole number every JSON
    /// reader holds exactly): arithmetic on a sequence read from a line cannot overflow.
    public static let maximumSequence = 1 << 53

    /// The link a stored line names, or nil when it names none (a line from before the chain,
    /// a line that is not JSON, or a `sequence` outside 1 to `maximumSequence`).
    public static func read(from line: Data) -> AuditChainLink? {
        guard JSONParser.validate(line) == nil, let link = try? JSONDecoder().decode(AuditChainLink.self, from: line),
              (1...maximumSequence).contains(link.sequence)
        else { return nil }
        return link
    }
}

/// One line of an audit log as stored, with where it is (for messages).
public struct AuditChainLine: Sendable {
    /// The file or table the line is in.
    public var source: String
    /// The line number in a file; nil in a database table (the source names the row).
    public var lineNumber: Int?
    /// The bytes as stored, without the newline.
    public var bytes: Data

    public init(source: String, lineNumber: Int?, bytes: Data) {
        self.source = source
        self.lineNumber = lineNumber
        self.bytes = bytes
    }

    /// Whether the line ends in the middle of its JSON: an append cut short by a crash. Such
    /// a line was never part of the chain (the next append chains to the line before it).
    static func isTorn(_ bytes: Data) -> Bool {
        guard let syntax = JSONParser.validate(bytes) else { return false }
        return syntax.reason == .unexpectedEnd || syntax.reason == .emptyFile
    }

    func problem(_ severity: StoreProblem.Severity, _ kind: StoreProblem.Kind, _ detail: LocalizedText) -> StoreProblem {
        StoreProblem(severity, kind, path: source, position: lineNumber.map { TextPosition(line: $0, column: 1) }, detail: detail)
    }
}

/// What checking the audit log's hash chain found.
public struct AuditChainReport: Sendable {
    /// The lines the chain vouches for: all of them when it is intact, else those before the
    /// first line named (torn lines not counted).
    public var count: Int
    /// The SHA-256 of the last of those lines: noted somewhere else (a report, an e-mail), it
    /// shows later that no line up to it was changed, and that the log was not cut short.
    public var head: String?
    /// The first place where the chain breaks (an error; a warning for a log from before the
    /// chain), or nil when it is intact.
    public var breakage: StoreProblem?
    /// Lines cut short by a crash (warnings): not part of the chain, not tampering.
    public var tornLines: [StoreProblem]

    public var isIntact: Bool { breakage == nil }
}

/// Checks the hash chain of an audit log and names the first line that was changed,
/// inserted or removed.
public enum AuditChain {
    /// Checks `lines` in the order they were appended.
    public static func verify(_ all: [AuditChainLine]) -> AuditChainReport {
        var report = AuditChainReport(count: 0, head: nil, breakage: nil, tornLines: [])
        var lines: [AuditChainLine] = []
        for line in all {
            if AuditChainLine.isTorn(line.bytes) {
                report.tornLines.append(line.problem(.warning, .tornAuditLine, tornDetail))
            } else {
                lines.append(line)
            }
        }
        let links = lines.map { AuditChainLink.read(from: $0.bytes) }
        let hashes = lines.map { AuditChainLink.hash($0.bytes) }
        /// The link line `index` must have: the successor of the line before it.
        func expected(at index: Int) -> AuditChainLink? {
            guard index > 0 else { return .first }
            return links[index - 1]?.next(after: lines[index - 1].bytes)
        }
        /// Whether line `index` is the rightful successor of line `index - 1 - skipped`.
        func follows(_ index: Int, skipping skipped: Int) -> Bool {
            guard index < lines.count, index - skipped >= 0, let link = links[index] else { return false }
            guard index - skipped > 0 else { return link == .first }
            let before = index - skipped - 1
            return link.previous == hashes[before] && link.sequence == (links[before]?.sequence ?? -1) + 1
        }
        for index in lines.indices {
            if let link = links[index], link == expected(at: index) { continue }
            let (breakage, intact) = diagnose(index, lines: lines, links: links, expected: expected(at: index), follows: follows)
            report.breakage = breakage
            report.count = intact
            report.head = intact > 0 ? hashes[intact - 1] : nil
            return report
        }
        report.count = lines.count
        report.head = hashes.last
        return report
    }

    /// The problem at the first break, found at line `index`, and how many lines before it
    /// are vouched for.
    private static func diagnose(
        _ index: Int, lines: [AuditChainLine], links: [AuditChainLink?], expected: AuditChainLink?,
        follows: (Int, Int) -> Bool
    ) -> (StoreProblem, intact: Int) {
        let line = lines[index]
        if follows(index + 1, 1) {
            return (line.problem(.error, .auditChain, LocalizedText(
                da: "linjen er indsat i loggen bagefter: den næste linje peger forbi den",
                en: "the line was inserted into the log afterwards: the next line points past it")), index)
        }
        if index > 0, follows(index, 1) {
            return (lines[index - 1].problem(.error, .auditChain, LocalizedText(
                da: "linjen er indsat i loggen bagefter: linjen efter den peger forbi den",
                en: "the line was inserted into the log afterwards: the line after it points past it")), index - 1)
        }
        guard let link = links[index] else {
            return (line.problem(.error, .auditChain, LocalizedText(
                da: "linjen er ændret: den har ikke kædens felter (sequence, previous)",
                en: "the line was changed: it lacks the chain's fields (sequence, previous)")), index)
        }
        if let expected, link.sequence > expected.sequence {
            let missing = link.sequence - expected.sequence
            let range = missing == 1 ? "\(expected.sequence)" : "\(expected.sequence)-\(link.sequence - 1)"
            return (line.problem(.error, .auditChain, LocalizedText(
                da: "\(missing == 1 ? "en linje" : "\(missing) linjer") (nr. \(range) i kæden) er fjernet lige før denne linje",
                en: "\(missing == 1 ? "a line" : "\(missing) lines") (no. \(range) in the chain) removed just before this line")), index)
        }
        if index > 0, let expected, link.sequence == expected.sequence {
            // The next line vouches for this one, so it is the line before that changed.
            if follows(index + 1, 0) {
                return (lines[index - 1].problem(.error, .auditChain, LocalizedText(
                    da: "linjen er ændret: dens SHA-256 passer ikke med den, linjen efter den har gemt",
                    en: "the line was changed: its SHA-256 does not match the one the line after it holds")), index - 1)
            }
            // The last line: no line after it tells which of the two changed.
            if index + 1 == lines.count {
                return (line.problem(.error, .auditChain, LocalizedText(
                    da: "linjen passer ikke med linjen før: enten er denne linje indsat eller ændret, eller linjen før er ændret",
                    en: "the line does not fit the line before: either this line was inserted or changed, or the line before was changed")),
                    index - 1)
            }
        }
        return (line.problem(.error, .auditChain, LocalizedText(
            da: "linjen er ændret: dens plads i kæden (sequence, previous) passer ikke med linjen før",
            en: "the line was changed: its place in the chain (sequence, previous) does not fit the line before")), index)
    }

    static let tornDetail = LocalizedText(
        da: "linjen er ufuldstændig (skrivningen blev afbrudt, fx ved et nedbrud); den er ikke en del af kæden og er ikke manipulation",
        en: "the line is incomplete (the write was interrupted, e.g. by a crash); it is not part of the chain and is not tampering")
}
