import Foundation
import Glibc
import JobsagCore

/// A minimal POSIX ustar archive: regular files and directories only, names up to 255
/// bytes, written gzip-compressed by the store itself (no external process; `tar -tzf`
/// lists it). Read plain or compressed, as the store writes it or as GNU tar does
/// (`tar czf backup.tgz -C store .`: `./` names, its long-name and pax header records).
enum TarArchive {
    static let blockSize = 512

    struct Entry: Hashable, Sendable {
        enum Kind: Sendable { case file, directory }
        var name: String
        var kind: Kind
        var mode: mode_t
        var size: Int
        var modified: Int64
    }

    // MARK: Writing

    /// Appends tar records to a compressed file.
    struct Writer {
        let output: GzipWriter

        func addDirectory(_ name: String, modified: Int64) throws(StoreError) {
            let entry = Entry(name: name.hasSuffix("/") ? name : name + "/", kind: .directory, mode: 0o700, size: 0, modified: modified)
            try output.write(try TarArchive.header(for: entry, archivePath: output.path))
        }

        func addFile(_ name: String, contents: Data, modified: Int64) throws(StoreError) {
            let entry = Entry(name: name, kind: .file, mode: 0o600, size: contents.count, modified: modified)
            try output.write(try TarArchive.header(for: entry, archivePath: output.path))
            try output.write(contents)
            let padding = (blockSize - contents.count % blockSize) % blockSize
            if padding > 0 { try output.write([UInt8](repeating: 0, count: padding)) }
        }

        /// The end-of-archive marker: two zero blocks.
        func finish() throws(StoreError) {
            try output.write([UInt8](repeating: 0, count: 2 * blockSize))
        }
    }

    static func header(for entry: Entry, archivePath: String) throws(StoreError) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: blockSize)
        let nameBytes = Array(entry.name.utf8)
        var name = nameBytes
        var prefix: [UInt8] = []
        if nameBytes.count > 100 {
            // Split at a slash: prefix (<= 155 bytes) + "/" + name (<= 100 bytes).
            guard let split = nameBytes.indices.last(where: { nameBytes[$0] == UInt8(ascii: "/") && $0 <= 155 && nameBytes.count - $0 - 1 <= 100 && $0 > 0 })
            else { throw StoreError.archiveInvalid(path: archivePath, reason: LocalizedText(da: "et filnavn er for langt til tar", en: "a file name is too long for tar")) }
            prefix = Array(nameBytes[..<split])
            name = Array(nameBytes[(split + 1)...])
        }
        func put(_ bytes: [UInt8], at offset: Int) {
            for (index, byte) in bytes.enumerated() { block[offset + index] = byte }
        }
        func octal(_ value: Int64, width: Int) -> [UInt8] {
            let digits = String(value, radix: 8)
            let padded = String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
            return Array(padded.utf8) + [0]
        }
        put(name, at: 0)
        put(octal(Int64(entry.mode), width: 8), at: 100)
        put(octal(Int64(getuid()), width: 8), at: 108)
        put(octal(Int64(getgid()), width: 8), at: 116)
        put(octal(Int64(entry.size), width: 12), at: 124)
        put(octal(max(0, entry.modified), width: 12), at: 136)
        put([UInt8](repeating: UInt8(ascii: " "), count: 8), at: 148)
        block[156] = entry.kind == .directory ? UInt8(ascii: "5") : UInt8(ascii: "0")
        put(Array("ustar".utf8) + [0], at: 257)
        put(Array("00".utf8), at: 263)
        put(prefix, at: 345)
        let checksum = block.reduce(0) { $0 + Int64($1) }
        put(Array(String(checksum, radix: 8).leftPadded(to: 6).utf8) + [0, UInt8(ascii: " ")], at: 148)
        return block
    }

    // MARK: Reading

    /// Reads a tar archive, entry by entry.
    struct Reader {
        let input: ArchiveInput
        var path: String { input.path }
        private var pendingContent = 0
        private var pendingPadding = 0

        init(input: ArchiveInput) {
            self.input = input
        }

        /// The largest name record (GNU `L`) or pax header (`x`) read: far above any path.
        static let maximumHeaderRecordSize = 1 << 16

        private func invalid(_ da: String, _ en: String) -> StoreError {
            .archiveInvalid(path: path, reason: LocalizedText(da: da, en: en))
        }

        /// The next entry's header, or nil at the end of the archive. GNU tar's long-name
        /// records (`L`) and pax headers (`x`: `path`; `g` is skipped) name the entry after them.
        mutating func next() throws(StoreError) -> Entry? {
            var longName: String?
            while true {
                guard let header = try nextHeader() else { return nil }
                switch header.type {
                case UInt8(ascii: "L"):
                    longName = field(ArraySlice(try headerRecord(size: header.size)))
                case UInt8(ascii: "x"):
                    longName = Self.paxPath(try headerRecord(size: header.size)) ?? longName
                case UInt8(ascii: "g"):
                    _ = try headerRecord(size: header.size)
                default:
                    var entry = header.entry
                    if let longName { entry.name = longName }
                    switch header.type {
                    case UInt8(ascii: "0"), 0: entry.kind = .file
                    case UInt8(ascii: "5"): entry.kind = .directory
                    default:
                        throw invalid(
                            "»\(entry.name)« er et link eller en speciel fil; en sikkerhedskopi indeholder kun filer og mapper",
                            "\"\(entry.name)\" is a link or a special file; a backup holds only files and directories")
                    }
                    return entry
                }
            }
        }

        /// The next header block, its type flag and its entry as the block names it.
        private mutating func nextHeader() throws(StoreError) -> (type: UInt8, size: Int, entry: Entry)? {
            if pendingContent + pendingPadding > 0 {
                _ = try readExactly(pendingContent + pendingPadding)
                pendingContent = 0
                pendingPadding = 0
            }
            guard let data = try readExactly(blockSize, allowEnd: true) else { return nil }
            let block = [UInt8](data)
            if block.allSatisfy({ $0 == 0 }) { return nil }
            var sum: Int64 = 0
            for (index, byte) in block.enumerated() { sum += (148..<156).contains(index) ? 32 : Int64(byte) }
            guard let stored = octalValue(block[148..<156]), stored == sum else {
                throw invalid("en tar-post har forkert kontrolsum (beskadiget fil?)", "a tar header has a wrong checksum (damaged file?)")
            }
            let name = field(block[0..<100])
            // The POSIX prefix field; GNU tar's own format ("ustar  ") keeps other things there.
            let isPOSIX = block[257..<263].elementsEqual(Array("ustar".utf8) + [0])
            let prefix = isPOSIX ? field(block[345..<500]) : ""
            let fullName = prefix.isEmpty ? name : prefix + "/" + name
            guard let size = octalValue(block[124..<136]), size >= 0, size <= FileSystem.maximumFileSize,
                  let mode = octalValue(block[100..<108])
            else { throw invalid("en tar-post har en ugyldig størrelse", "a tar header has an invalid size") }
            let modified = octalValue(block[136..<148]) ?? 0
            pendingContent = Int(size)
            pendingPadding = (blockSize - Int(size) % blockSize) % blockSize
            return (block[156], Int(size),
                    Entry(name: fullName, kind: .file, mode: mode_t(mode & 0o7777), size: Int(size), modified: modified))
        }

        /// The content of a long-name record or a pax header.
        private mutating func headerRecord(size: Int) throws(StoreError) -> [UInt8] {
            guard size <= Self.maximumHeaderRecordSize else {
                throw invalid("en tar-post har et for langt navn", "a tar entry has too long a name")
            }
            return [UInt8](try content())
        }

        /// The `path` of a pax header: records of the form `<length> <key>=<value>\n`, the
        /// length counting the whole record.
        static func paxPath(_ record: [UInt8]) -> String? {
            var path: String?
            var start = 0
            while start < record.count {
                guard let space = record[start...].firstIndex(of: UInt8(ascii: " ")),
                      let length = Int(String(decoding: record[start..<space], as: UTF8.self)),
                      length >= space - start + 2, length <= record.count - start
                else { break }
                let pair = record[(space + 1)..<(start + length - 1)]
                if let equals = pair.firstIndex(of: UInt8(ascii: "=")), String(decoding: pair[..<equals], as: UTF8.self) == "path" {
                    path = String(decoding: pair[(equals + 1)...], as: UTF8.self)
                }
                start += length
            }
            return path
        }

        /// The content of the entry just returned by `next()`.
        mutating func content() throws(StoreError) -> Data {
            let data = try readExactly(pendingContent) ?? Data()
            pendingContent = 0
            return data
        }

        private func readExactly(_ count: Int, allowEnd: Bool = false) throws(StoreError) -> Data? {
            var data = Data(count: count)
            var failure: StoreError?
            let filled = data.withUnsafeMutableBytes { buffer -> Int in
                do throws(StoreError) {
                    return try input.read(into: buffer)
                } catch {
                    failure = error
                    return 0
                }
            }
            if let failure { throw failure }
            if filled == 0, allowEnd { return nil }
            guard filled == count else {
                throw invalid("filen slutter midt i en post (afkortet?)", "the file ends in the middle of an entry (truncated?)")
            }
            return data
        }

        private func field(_ bytes: ArraySlice<UInt8>) -> String {
            let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
            return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
        }

        private func octalValue(_ bytes: ArraySlice<UInt8>) -> Int64? {
            var value: Int64 = 0
            var sawDigit = false
            for byte in bytes {
                if byte == 0 || byte == UInt8(ascii: " ") {
                    if sawDigit { break } else { continue }
                }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "7") else { return nil }
                value = value * 8 + Int64(byte - UInt8(ascii: "0"))
                sawDigit = true
                if value > Int64(1) << 40 { return nil }
            }
            return value
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
