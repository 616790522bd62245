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
    /// The file is text (`TabSeparatedText`), not JSON, because it is read on every load and
    /// JSONDecoder would take longer than the listing itself: a header line
    /// `jobsag.case-index 2`, then one line per case file: id, inode, size, mtime (ns), ctime
    /// (ns), and for a valid file revision, caseworker, coordinating caseworker and the keyed
    /// digest of the CPR number.
    static func read(_ path: String) -> CaseIndex {
        guard let data = try? FileSystem.read(path) else { return CaseIndex() }
        return parse(data) ?? CaseIndex()
    }

    /// Parses the index bytes directly, the lines on every core (splitting Swift strings
    /// would cost more than the directory listing the index saves).
    private static func parse(_ data: Data) -> CaseIndex? {
        let lines = TabSeparatedText.parsedLines(data, header: header) { line -> (CaseID, Entry)? in
            guard line.count == 9, let id = line.plain(0),
                  let inode = line.number(1), let size = line.number(2),
                  let modified = line.number(3), let changed = line.number(4)
            else { return nil }
            let stamp = FileStamp(inode: UInt64(bitPattern: inode), size: size, modified: modified, changed: changed)
            var summary: CaseSummary?
            if let revision = line.number(5) {
                guard let caseworker = line.text(6) else { return nil }
                summary = CaseSummary(id: id, revision: Int(revision), caseworker: caseworker, coordinatingCaseworker: line.text(7))
                summary?.cprDigest = line.text(8)
            }
            return (id, Entry(stamp: stamp, summary: summary))
        }
        guard let lines else { return nil }
        var index = CaseIndex()
        index.entries.reserveCapacity(lines.count)
        // A case on two lines (an index edited by hand) is as its last line says.
        for (id, entry) in lines { index.entries[id] = entry }
        return index
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
                text += "\(summary.revision)\t\(TabSeparatedText.field(summary.caseworker))\t\(TabSeparatedText.field(summary.coordinatingCaseworker))\t\(TabSeparatedText.field(summary.cprDigest))\n"
            } else {
                text += "-\t-\t-\t-\n"
            }
        }
        // A cache, checked entry by entry when read: atomic, but not worth an fsync.
        try AtomicFileWriter.write(Data(text.utf8), to: path, durable: false)
    }
}
