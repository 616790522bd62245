import NIOCore
import NIOEmbedded
import Testing

@testable import JobsagPostgres

/// The server's messages reach postgres-nio whole, however the reads split them, and not a
/// byte is lost, added or reordered.
@Suite struct WholeMessageFramingTests {
    /// Messages with bodies of 0 bytes to 100 KB, as the server frames them.
    private static let messages: [[UInt8]] = [0, 1, 3, 13_000, 0, 7, 100_000, 2, 14_000, 5].enumerated().map { index, bodyLength in
        let length = UInt32(4 + bodyLength)
        return [UInt8(ascii: "D")] + withUnsafeBytes(of: length.bigEndian, Array.init) + (0..<bodyLength).map { UInt8(truncatingIfNeeded: $0 &+ index) }
    }

    @Test(arguments: [1, 2, 4, 5, 6, 4_096, 13_005, 65_536, 200_000])
    func everyBufferPassedOnEndsWhereAMessageEnds(readLength: Int) throws {
        let stream = Self.messages.flatMap { $0 }
        let passedOn = try Self.frame(stream, readLengths: [readLength])
        #expect(passedOn.flatMap { $0 } == stream)
        #expect(passedOn.allSatisfy(Self.wholeMessages))
        #expect(passedOn.count <= Self.messages.count + stream.count / readLength + 1)
    }

    @Test func readsOfChangingLengthsAreFramedAlike() throws {
        let stream = Self.messages.flatMap { $0 }
        let passedOn = try Self.frame(stream, readLengths: [3, 1, 8_000, 2, 70_000, 4, 1, 30_000])
        #expect(passedOn.flatMap { $0 } == stream)
        #expect(passedOn.allSatisfy(Self.wholeMessages))
    }

    /// A length below 4 frames nothing: from it on the bytes go on as they came, for
    /// postgres-nio to refuse.
    @Test func aLengthThatCannotBeOnePassesTheRestThroughAsItComes() throws {
        let broken: [UInt8] = [UInt8(ascii: "D"), 0, 0, 0, 2, 9, 9]
        let stream = Self.messages[0] + Self.messages[3] + broken + Self.messages[4]
        let passedOn = try Self.frame(stream, readLengths: [1_000])
        #expect(passedOn.flatMap { $0 } == stream)
        // Whole messages up to the broken one; after it what came, read by read.
        let framed = Self.messages[0].count + Self.messages[3].count
        var passed = 0
        let before = passedOn.prefix { buffer in
            defer { passed += buffer.count }
            return passed < framed
        }
        #expect(before.allSatisfy(Self.wholeMessages))
        #expect(before.reduce(0) { $0 + $1.count } == framed)
        #expect(passedOn.dropFirst(before.count).allSatisfy { $0.count <= 1_000 })
    }

    /// What the handler passes on when `stream` comes in reads of `readLengths` (repeated).
    private static func frame(_ stream: [UInt8], readLengths: [Int]) throws -> [[UInt8]] {
        let channel = EmbeddedChannel(handler: WholeMessageFraming())
        var offset = 0
        var turn = 0
        while offset < stream.count {
            let length = min(readLengths[turn % readLengths.count], stream.count - offset)
            try channel.writeInbound(channel.allocator.buffer(bytes: stream[offset..<(offset + length)]))
            offset += length
            turn += 1
        }
        var passedOn: [[UInt8]] = []
        while let buffer = try channel.readInbound(as: ByteBuffer.self) { passedOn.append(Array(buffer.readableBytesView)) }
        _ = try channel.finish()
        return passedOn
    }

    /// Whether `bytes` is one or more messages, the last ending with it.
    private static func wholeMessages(in bytes: [UInt8]) -> Bool {
        var start = 0
        while start + 5 <= bytes.count {
            let length = bytes[(start + 1)..<(start + 5)].reduce(0) { $0 << 8 | Int($1) }
            start += 1 + length
        }
        return start == bytes.count && !bytes.isEmpty
    }
}
