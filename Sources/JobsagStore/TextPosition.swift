/// A position in a text file: line and column, both from 1. The column counts characters
/// (Unicode scalars), not bytes, as editors do.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of the byte at `offset` in UTF-8 `bytes` (an offset at the end is the
    /// position just after the last character).
    public init(offset: Int, in bytes: UnsafeRawBufferPointer) {
        var line = 1
        var column = 1
        let end = min(max(offset, 0), bytes.count)
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        self.line = line
        self.column = column
    }

    public init(offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { TextPosition(offset: offset, in: $0) }
    }

    public var description: String { "\(line):\(column)" }
}
