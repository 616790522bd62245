import Foundation
import Glibc
import JobsagCore

/// A minimal POSIX ustar archive: regular files and directories only, names up to 255
/// bytes. Written and read by the store itself (no external process); `tar -tf` lists it.
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

    /// Appends tar records to an `AtomicFileWriter`.
    struct Writer {
        let output: AtomicFileWriter

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

    /// Reads a tar archive from a file descriptor, entry by entry.
    struct Reader {
        let descriptor: Int32
        let path: String
        private var pendingContent = 0
        private var pendingPadding = 0

        init(descriptor: Int32, path: String) {
            self.descriptor = descriptor
            self.path = path
        }

        private func invalid(_ da: String, _ en: String) -> StoreError {
            .archiveInvalid(path: path, reason: LocalizedText(da: da, en: en))
        }

        /// The next entry's header, or nil at the end of the archive.
        mutating func next() throws(StoreError) -> Entry? {
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
            let prefix = block[257..<262].elementsEqual(Array("ustar".utf8)) ? field(block[345..<500]) : ""
            let fullName = prefix.isEmpty ? name : prefix + "/" + name
            guard let size = octalValue(block[124..<136]), size >= 0, size <= FileSystem.maximumFileSize,
                  let mode = octalValue(block[100..<108])
            else { throw invalid("en tar-post har en ugyldig størrelse", "a tar header has an invalid size") }
            let modified = octalValue(block[136..<148]) ?? 0
            let kind: Entry.Kind
            switch block[156] {
            case UInt8(ascii: "0"), 0: kind = .file
            case UInt8(ascii: "5"): kind = .directory
            default:
                throw invalid(
                    "»\(fullName)« er et link eller en speciel fil; en sikkerhedskopi indeholder kun filer og mapper",
                    "\"\(fullName)\" is a link or a special file; a backup holds only files and directories")
            }
            pendingContent = Int(size)
            pendingPadding = (blockSize - Int(size) % blockSize) % blockSize
            return Entry(name: fullName, kind: kind, mode: mode_t(mode & 0o7777), size: Int(size), modified: modified)
        }

        /// The content of the entry just returned by `next()`.
        mutating func content() throws(StoreError) -> Data {
            let data = try readExactly(pendingContent) ?? Data()
            pendingContent = 0
            return data
        }

        private func readExactly(_ count: Int, allowEnd: Bool = false) throws(StoreError) -> Data? {
            var data = Data(count: count)
            var filled = 0
            var failed: Int32 = 0
            data.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                while filled < count {
                    let result = FileSystem.retrying { Glibc.read(descriptor, base + filled, count - filled) }
                    if result < 0 { failed = errno; return }
                    if result == 0 { return }
                    filled += result
                }
            }
            if failed != 0 { throw FileSystem.failure(.read, path, failed) }
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
