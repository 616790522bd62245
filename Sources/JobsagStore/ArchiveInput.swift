import CZlib
import Foundation
import Glibc
import JobsagCore

/// The bytes of a backup archive as the tar reader takes them: read from the file as they
/// are, or decompressed when the file is gzip (`jobsag backup`, `tar czf`), which its first
/// two bytes tell.
final class ArchiveInput {
    let descriptor: Int32
    let path: String
    /// Bytes read from the file and not yet used.
    private var pending = [UInt8](repeating: 0, count: 1 << 16)
    private var pendingStart = 0
    private var pendingEnd = 0
    private var fileEnded = false
    /// The decompressor, for a gzip file; nil for a plain tar.
    private var stream: UnsafeMutablePointer<z_stream>?
    private var streamEnded = false

    init(descriptor: Int32, path: String) throws(StoreError) {
        self.descriptor = descriptor
        self.path = path
        stream = nil
        try fillPending()
        guard pendingEnd - pendingStart >= 2, pending[0] == 0x1F, pending[1] == 0x8B else { return }
        let inflater = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        inflater.initialize(to: z_stream())
        guard inflateInit2_(inflater, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            inflater.deinitialize(count: 1)
            inflater.deallocate()
            throw FileSystem.failure(.read, path, ENOMEM)
        }
        stream = inflater
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
    }

    /// Whether the file is gzip-compressed.
    var isCompressed: Bool { stream != nil }

    /// Fills `buffer` with the next bytes of the archive; fewer only at its end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(StoreError) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = try readSome(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    private func readSome(into buffer: UnsafeMutableRawBufferPointer) throws(StoreError) -> Int {
        if pendingStart == pendingEnd, !fileEnded { try fillPending() }
        guard let stream else {
            let count = min(buffer.count, pendingEnd - pendingStart)
            guard count > 0, let target = buffer.baseAddress else { return 0 }
            pending.withUnsafeBytes { source in
                if let base = source.baseAddress { target.copyMemory(from: base + pendingStart, byteCount: count) }
            }
            pendingStart += count
            return count
        }
        while !streamEnded {
            if pendingStart == pendingEnd, !fileEnded { try fillPending() }
            let available = pendingEnd - pendingStart
            if available == 0, fileEnded {
                throw StoreError.archiveInvalid(
                    path: path, reason: LocalizedText(
                        da: "den komprimerede fil slutter for tidligt (afkortet?)", en: "the compressed file ends too early (truncated?)"))
            }
            let (status, produced, used) = pending.withUnsafeMutableBytes { source -> (Int32, Int, Int) in
                stream.pointee.next_in = source.baseAddress.map { ($0 + pendingStart).assumingMemoryBound(to: Bytef.self) }
                stream.pointee.avail_in = uInt(available)
                stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(buffer.count)
                let status = inflate(stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.pointee.avail_out), available - Int(stream.pointee.avail_in))
            }
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
            pendingStart += used
            switch status {
            case Z_OK, Z_BUF_ERROR:
                break
            case Z_STREAM_END:
                // Another gzip member may follow (concatenated archives); anything else ends the data.
                if pendingStart == pendingEnd, !fileEnded { try fillPending() }
                if pendingEnd - pendingStart >= 2, pending[pendingStart] == 0x1F, pending[pendingStart + 1] == 0x8B {
                    inflateReset(stream)
                } else {
                    streamEnded = true
                }
            default:
                throw StoreError.archiveInvalid(
                    path: path, reason: LocalizedText(da: "de komprimerede data er beskadigede", en: "the compressed data is damaged"))
            }
            if produced > 0 { return produced }
        }
        return 0
    }

    /// Reads the next piece of the file into `pending` (which is empty or holds unused bytes).
    private func fillPending() throws(StoreError) {
        if pendingStart > 0 {
            let kept = Array(pending[pendingStart..<pendingEnd])
            pending.replaceSubrange(0..<kept.count, with: kept)
            pendingEnd = kept.count
            pendingStart = 0
        }
        let free = pending.count - pendingEnd
        guard free > 0 else { return }
        let start = pendingEnd
        var failed: Int32 = 0
        let count = pending.withUnsafeMutableBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            let result = FileSystem.retrying { Glibc.read(descriptor, base + start, free) }
            if result < 0 { failed = errno }
            return result
        }
        if failed != 0 { throw FileSystem.failure(.read, path, failed) }
        if count == 0 { fileEnded = true }
        pendingEnd += max(0, count)
    }
}
