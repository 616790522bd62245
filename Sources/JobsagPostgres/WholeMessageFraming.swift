import NIOCore

/// Hands postgres-nio the server's messages whole: every buffer it passes on ends where a
/// message ends, and a message split between two reads is joined in a buffer of its own.
///
/// postgres-nio's decoder keeps what it has not decoded of a read and moves it to the front of
/// its buffer; the rows it decoded still hold that buffer, so the move is a new allocation and
/// a copy (`ByteBuffer.discardReadBytes` on shared storage). In a check of 50,000 cases that
/// copying was 0.25 s of CPU, and the check peaked at 185 MB against 115 MB with whole
/// messages, after which the decoder ends each read with nothing left to move.
///
/// A message is a type byte and a 32-bit length that counts itself and the body: the framing
/// of every message the server sends after the start-up's answer to a TLS request. So only
/// on a channel without TLS (where the TLS handler would also come after this one).
final class WholeMessageFraming: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// A message's type byte and length.
    private static let headerLength = 5

    /// The start of a message whose end has not come yet.
    private var started: ByteBuffer?
    /// Set once a length too small to be one came: from then on the bytes go on as they
    /// come, for postgres-nio to report.
    private var passingThrough = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !passingThrough else { return context.fireChannelRead(data) }
        var bytes = unwrapInboundIn(data)
        if var message = started {
            started = nil
            complete(&message, from: &bytes)
            guard passingThrough || isWhole(message) else {
                // Everything that came belongs to it.
                started = message
                return
            }
            context.fireChannelRead(wrapInboundOut(message))
        }
        var end = bytes.readerIndex
        while !passingThrough, let length = messageLength(at: end, in: bytes), length <= bytes.writerIndex - end { end += length }
        if end > bytes.readerIndex, let whole = bytes.readSlice(length: end - bytes.readerIndex) {
            context.fireChannelRead(wrapInboundOut(whole))
        }
        guard bytes.readableBytes > 0 else { return }
        guard !passingThrough else { return context.fireChannelRead(wrapInboundOut(bytes)) }
        // The start of the next message, copied: the read's buffer goes with the rows.
        var message = context.channel.allocator.buffer(capacity: min(messageLength(at: bytes.readerIndex, in: bytes) ?? 0, 1 << 20))
        message.writeBuffer(&bytes)
        started = message
    }

    /// Moves into `message` (a started one) what `bytes` holds of its header and then of the
    /// rest of its length.
    private func complete(_ message: inout ByteBuffer, from bytes: inout ByteBuffer) {
        if message.readableBytes < Self.headerLength,
            var part = bytes.readSlice(length: min(Self.headerLength - message.readableBytes, bytes.readableBytes)) {
            message.writeBuffer(&part)
        }
        guard let length = messageLength(at: message.readerIndex, in: message),
            var part = bytes.readSlice(length: min(length - message.readableBytes, bytes.readableBytes))
        else { return }
        message.writeBuffer(&part)
    }

    private func isWhole(_ message: ByteBuffer) -> Bool {
        messageLength(at: message.readerIndex, in: message).map { $0 <= message.readableBytes } ?? false
    }

    /// The length of the message starting at `index` (its type byte and length included),
    /// when its header is there; nil without it, and nil and passing through from then on for
    /// a length that cannot be one.
    private func messageLength(at index: Int, in bytes: ByteBuffer) -> Int? {
        guard let length = bytes.getInteger(at: index + 1, endianness: .big, as: UInt32.self) else { return nil }
        guard length >= 4 else {
            passingThrough = true
            return nil
        }
        return 1 + Int(length)
    }
}
