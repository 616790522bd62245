import Foundation
import JobsagCore

/// `cases.index`: a cache that says, for each case file as it was when last read, who owns
/// the case, so a caseload loads without decoding every file. It is never the truth: an
/// entry counts only while its file's stamp (inode, size, mtime, ctime) is unchanged; any
/// save or edit changes the stamp and the file is read again. Saves never write the index
/// (a save stays one case file and one audit line); loads refresh it. It may be deleted at
/// any time, and holds no personal data (no names, no CPR numbers).
struct CaseIndex: Sendable {
    struct Entry: Hashable, Sendable {
        var stamp: FileStamp
        /// nil when the file was invalid at this stamp.
        var summary: CaseSummary?
    }

    var entries: [CaseID: Entry] = [:]

    static let rules = DocumentRules(format: StoreFormat.caseIndex)

    /// The index file, or an empty index when it is missing, invalid or from another version.
    static func read(_ path: String) -> CaseIndex {
        guard let data = try? FileSystem.read(path),
              case .success(let decoded) = DocumentCoding.decode(IndexFile.self, from: data, rules: rules, path: path)
        else { return CaseIndex() }
        var index = CaseIndex()
        for row in decoded.value.entries {
            let summary = row.caseworker.map {
                CaseSummary(id: row.id, revision: row.revision ?? 0, caseworker: $0, coordinatingCaseworker: row.coordinatingCaseworker)
            }
            index.entries[row.id] = Entry(stamp: FileStamp(inode: row.file[0], size: Int64(row.file[1]), modified: Int64(row.file[2]), changed: Int64(row.file[3])), summary: summary)
        }
        return index
    }

    /// Writes the index atomically (compact JSON).
    func write(to path: String) throws(StoreError) {
        let rows = entries.keys.sorted().compactMap { id -> IndexFile.Row? in
            guard let entry = entries[id] else { return nil }
            return IndexFile.Row(
                id: id,
                file: [entry.stamp.inode, UInt64(bitPattern: entry.stamp.size), UInt64(bitPattern: entry.stamp.modified), UInt64(bitPattern: entry.stamp.changed)],
                revision: entry.summary?.revision, caseworker: entry.summary?.caseworker,
                coordinatingCaseworker: entry.summary?.coordinatingCaseworker)
        }
        let data = try DocumentCoding.encode(IndexFile(entries: rows), format: StoreFormat.caseIndex, path: path, pretty: false)
        try AtomicFileWriter.write(data, to: path)
    }

    /// The JSON form: `{"format":"jobsag.case-index","version":1,"entries":[{"id":..., "file":[inode,size,mtime,ctime], ...}]}`.
    private struct IndexFile: Codable {
        struct Row: Codable {
            var id: CaseID
            var file: [UInt64]
            var revision: Int?
            var caseworker: Initials?
            var coordinatingCaseworker: Initials?

            init(id: CaseID, file: [UInt64], revision: Int?, caseworker: Initials?, coordinatingCaseworker: Initials?) {
                self.id = id
                self.file = file
                self.revision = revision
                self.caseworker = caseworker
                self.coordinatingCaseworker = coordinatingCaseworker
            }

            init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decode(CaseID.self, forKey: .id)
                file = try container.decode([UInt64].self, forKey: .file)
                guard file.count == 4 else {
                    throw DecodingError.dataCorruptedError(forKey: .file, in: container, debugDescription: "four numbers")
                }
                revision = try container.decodeIfPresent(Int.self, forKey: .revision)
                caseworker = try container.decodeIfPresent(Initials.self, forKey: .caseworker)
                coordinatingCaseworker = try container.decodeIfPresent(Initials.self, forKey: .coordinatingCaseworker)
            }
        }

        var entries: [Row]
    }
}
