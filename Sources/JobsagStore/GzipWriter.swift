import CZlib
import Foundation
import Glibc

/// Compresses what is written to it as gzip (RFC 1952, the system's zlib) into a file or
/// standard output: the store's backups are `.tar.gz`.
final class GzipWriter {
    let output: any ByteSink
    /// zlib keeps a pointer to its stream, so the stream lives at a fixed address.
    private let stream: UnsafeMutablePointer<z_stream>
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var ended = false

    var path: String { output.path }

    init(output: any ByteSink) throws(StoreError) {
        self.output = output
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Window 15 + 16: a gzip header and trailer rather than zlib's.
        let status = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            ended = true
            throw FileSystem.failure(.write, output.path, ENOMEM)
        }
    }

    deinit {
        if !ended { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func write(_ bytes: [UInt8]) throws(StoreError) {
        var failure: StoreError?
        bytes.withUnsafeBytes { buffer in
            do throws(StoreError) { try compress(buffer, finishing: false) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    func write(_ data: Data) throws(StoreError) {
        var failure: StoreError?
        data.withUnsafeBytes { buffer in
            do throws(StoreError) { try compress(buffer, finishing: false) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes the end of the gzip stream (what is still buffered and the trailer).
    func finish() throws(StoreError) {
        try compress(UnsafeRawBufferPointer(start: nil, count: 0), finishing: true)
        deflateEnd(stream)
        ended = true
    }

    private func compress(_ input: UnsafeRawBufferPointer, finishing: Bool) throws(StoreError) {
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBytes { buffer -> (Int32, Int) in
                stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(buffer.count)
                let status = deflate(stream, finishing ? Z_FINISH : Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.pointee.avail_out))
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw FileSystem.failure(.write, output.path, EIO)
            }
            if produced > 0 { try output.write(Array(chunk[0..<produced])) }
            let outputFull = stream.pointee.avail_out == 0
            if finishing ? status == Z_STREAM_END : !outputFull { break }
        }
        stream.pointee.next_in = nil
    }
}
