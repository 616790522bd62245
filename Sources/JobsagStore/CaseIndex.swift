import Foundation
import JobsagCore

/// `cases.index`: a cache that says, for each case file as it was when last read, who owns
/// the case, so a caseload loads without decoding every file. It is never the truth: an
/// entry counts only while its file's stamp (inode, size, mtime, ctime) is unchanged; any
/// save or edit changes the stamp and the file is read again. Saves never write the index
/// (a save stays one case file and one audit line); loads refresh it. It may be deleted at
/// any time, and holds no personal data (no names, no CPR numbers: only their keyed digests).
struct CaseIndex: Sendable {
    struct Entry: Hashable, Sendable {
        var stamp: FileStamp
        /// nil when the file was invalid at this stamp.
        var summary: CaseSummary?
    }

    var entries: [CaseID: Entry] = [:]

    /// The first line of the file: the format name and version.
    static let header = "\(StoreFormat.caseIndex.name) \(StoreFormat.caseIndex.version)"

    /// The index file, or an empty index when it is missing, damaged or of another version.
    ///
    /// The file is text, not JSON, because it is read on every load and JSONDecoder would
    /// take longer than the listing itself: a header line `jobsag.case-index 2`, then one
    /// line per case file, tab-separated: id, inode, size, mtime (ns), ctime (ns), and for a
    /// valid file revision, caseworker, coordinating caseworker and the keyed digest of the
    /// CPR number (text fields start with `=` and escape `%`, tab and line breaks as
    /// `%25 %09 %0A %0D`; `-` means none).
    static func read(_ path: String) -> CaseIndex {
        guard let data = try? FileSystem.read(path) else { return CaseIndex() }
        return data.withUnsafeBytes { parse($0) } ?? CaseIndex()
    }

    /// Parses the index bytes directly (splitting Swift strings would cost more than the
    /// directory listing the index saves).
    private static func parse(_ bytes: UnsafeRawBufferPointer) -> CaseIndex? {
        let headerBytes = Array((header + "\n").utf8)
        guard bytes.count >= headerBytes.count, bytes.prefix(headerBytes.count).elementsEqual(headerBytes) else { return nil }
        var index = CaseIndex()
        index.entries.reserveCapacity(bytes.count / 80)
        var position = headerBytes.count
        var fields: [Range<Int>] = []
        fields.reserveCapacity(9)
        while position < bytes.count {
            fields.removeAll(keepingCapacity: true)
            var fieldStart = position
            while position < bytes.count, bytes[position] != 0x0A {
                if bytes[position] == 0x09 {
                    fields.append(fieldStart..<position)
                    fieldStart = position + 1
                }
                position += 1
            }
            fields.append(fieldStart..<position)
            position += 1
            guard fields.count == 9,
                  let inode = number(bytes, fields[1]), let size = number(bytes, fields[2]),
                  let modified = number(bytes, fields[3]), let changed = number(bytes, fields[4])
            else { return nil }
            let id = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[fields[0]]), as: UTF8.self)
            let stamp = FileStamp(inode: UInt64(bitPattern: inode), size: size, modified: modified, changed: changed)
            var summary: CaseSummary?
            if let revision = number(bytes, fields[5]) {
                guard let caseworker = text(bytes, fields[6]) else { return nil }
                summary = CaseSummary(id: id, revision: Int(revision), caseworker: caseworker, coordinatingCaseworker: text(bytes, fields[7]))
                summary?.cprDigest = text(bytes, fields[8])
            }
            index.entries[id] = Entry(stamp: stamp, summary: summary)
        }
        return index
    }

    /// A decimal number (with an optional minus sign), or nil.
    private static func number(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int64? {
        guard !range.isEmpty else { return nil }
        var value: Int64 = 0
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < range.upperBound else { return nil }
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - 0x30))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    private static func text(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String? {
        guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "=") else { return nil }
        let bodyBytes = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<range.upperBound])
        let body = String(decoding: bodyBytes, as: UTF8.self)
        guard bodyBytes.contains(UInt8(ascii: "%")) else { return body }
        return body
            .replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }

    /// Writes the index atomically.
    func write(to path: String) throws(StoreError) {
        var text = Self.header + "\n"
        text.reserveCapacity(entries.count * 96)
        for id in entries.keys.sorted() {
            guard let entry = entries[id] else { continue }
            let stamp = entry.stamp
            text += "\(id)\t\(Int64(bitPattern: stamp.inode))\t\(stamp.size)\t\(stamp.modified)\t\(stamp.changed)\t"
            if let summary = entry.summary {
                text += "\(summary.revision)\t\(Self.escape(summary.caseworker))\t\(Self.escape(summary.coordinatingCaseworker))\t\(Self.escape(summary.cprDigest))\n"
            } else {
                text += "-\t-\t-\t-\n"
            }
        }
        // A cache, checked entry by entry when read: atomic, but not worth an fsync.
        try AtomicFileWriter.write(Data(text.utf8), to: path, durable: false)
    }

    private static func escape(_ value: String?) -> String {
        guard let value else { return "-" }
        var result = "="
        for character in value {
            switch character {
            case "%": result += "%25"
            case "\t": result += "%09"
            case "\n": result += "%0A"
            case "\r": result += "%0D"
            case "\r\n": result += "%0D%0A"
            default: result.append(character)
            }
        }
        return result
    }
}
