import Foundation

/// The text format of the store's caches (`cases.index`, `check.cache`, `caseload.cache`): a
/// header line with the format's name and version, then one line per record of tab-separated
/// fields. A text field starts with `=` and escapes `%`, tab and line breaks as
/// `%25 %09 %0A %0D`; `-` means none; a number is decimal. Read from the bytes directly:
/// splitting Swift strings, or JSONDecoder, would take longer than the work the cache saves.
public enum TabSeparatedText {
    /// The byte ranges of the lines after `header`, or nil when the header differs: for a
    /// reader that reads the lines on every core (`line(_:in:)`).
    public static func lineRanges(_ bytes: UnsafeRawBufferPointer, header: String) -> [Range<Int>]? {
        guard var position = bodyStart(bytes, header: header) else { return nil }
        var ranges: [Range<Int>] = []
        while position < bytes.count {
            let end = lineEnd(bytes, from: position)
            ranges.append(position..<end)
            position = end + 1
        }
        return ranges
    }

    /// The first line after `header`, its fields found; nil when the header differs or no
    /// line follows it.
    public static func firstLine(_ bytes: UnsafeRawBufferPointer, header: String) -> TabSeparatedLine? {
        guard let start = bodyStart(bytes, header: header), start < bytes.count else { return nil }
        return line(start..<lineEnd(bytes, from: start), in: bytes)
    }

    /// Where the line starting at `start` ends: its line feed, found by `memchr` many bytes at
    /// a time, or the end of the bytes.
    private static func lineEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        return memchr(base + start, 0x0A, bytes.count - start).map { base.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
    }

    /// The lines of `data` after `header`, from its `skipping`th on, each read by `parse` on
    /// every core, in the file's order; nil when the header differs or `parse` refuses a line
    /// (returns nil). Fifty thousand lines read one after the other kept a core waiting.
    public static func parsedLines<Value: Sendable>(
        _ data: Data, header: String, skipping: Int = 0, _ parse: @escaping @Sendable (TabSeparatedLine) -> Value?
    ) -> [Value]? {
        guard let ranges = data.withUnsafeBytes({ lineRanges($0, header: header) }), ranges.count >= skipping else { return nil }
        let values = Parallel.map(Array(ranges.dropFirst(skipping)), perChunk: 256) { range in
            data.withUnsafeBytes { parse(line(range, in: $0)) }
        }
        var parsed: [Value] = []
        parsed.reserveCapacity(values.count)
        for value in values {
            guard let value else { return nil }
            parsed.append(value)
        }
        return parsed
    }

    /// The line at `range` (one of `lineRanges`), its fields found.
    public static func line(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> TabSeparatedLine {
        var fields: [Range<Int>] = []
        _ = splitLine(UnsafeRawBufferPointer(rebasing: bytes[..<range.upperBound]), from: range.lowerBound, into: &fields)
        return TabSeparatedLine(bytes: bytes, fields: fields)
    }

    /// Where the lines start: after the header line, when the bytes start with it.
    private static func bodyStart(_ bytes: UnsafeRawBufferPointer, header: String) -> Int? {
        let headerBytes = Array((header + "\n").utf8)
        guard bytes.count >= headerBytes.count, bytes.prefix(headerBytes.count).elementsEqual(headerBytes) else { return nil }
        return headerBytes.count
    }

    /// Appends the fields of the line starting at `start` to `fields`; returns where the next
    /// line starts.
    private static func splitLine(_ bytes: UnsafeRawBufferPointer, from start: Int, into fields: inout [Range<Int>]) -> Int {
        var position = start
        var fieldStart = position
        while position < bytes.count, bytes[position] != 0x0A {
            if bytes[position] == 0x09 {
                fields.append(fieldStart..<position)
                fieldStart = position + 1
            }
            position += 1
        }
        fields.append(fieldStart..<position)
        return position + 1
    }

    /// A text field: `=` and the text escaped, or `-` for none.
    public static func field(_ value: String?) -> String {
        var field: [UInt8] = []
        appendField(value, to: &field)
        return String(decoding: field, as: UTF8.self)
    }

    /// Appends the text field of `value` (`field`) to `bytes`.
    public static func appendField(_ value: String?, to bytes: inout [UInt8]) {
        guard let value else {
            bytes.append(UInt8(ascii: "-"))
            return
        }
        bytes.append(UInt8(ascii: "="))
        // Most texts need no escape: copied whole.
        guard value.utf8.contains(where: { $0 == 0x25 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: value.utf8)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 0x25: bytes.append(contentsOf: [0x25, 0x32, 0x35])  // %25
            case 0x09: bytes.append(contentsOf: [0x25, 0x30, 0x39])  // %09
            case 0x0A: bytes.append(contentsOf: [0x25, 0x30, 0x41])  // %0A
            case 0x0D: bytes.append(contentsOf: [0x25, 0x30, 0x44])  // %0D
            default: bytes.append(byte)
            }
        }
    }
}

/// One line of a `TabSeparatedText` file: its fields, read in place.
public struct TabSeparatedLine {
    let bytes: UnsafeRawBufferPointer
    let fields: [Range<Int>]

    public var count: Int { fields.count }

    /// A decimal number (with an optional minus sign), or nil.
    public func number(_ field: Int) -> Int64? {
        guard field < fields.count, !fields[field].isEmpty else { return nil }
        let range = fields[field]
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

    /// A text field's text, or nil for `-` (or a field that is not text).
    public func text(_ field: Int) -> String? {
        guard field < fields.count, !fields[field].isEmpty, bytes[fields[field].lowerBound] == UInt8(ascii: "=") else { return nil }
        let range = fields[field]
        let bodyBytes = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<range.upperBound])
        let body = String(decoding: bodyBytes, as: UTF8.self)
        guard bodyBytes.contains(UInt8(ascii: "%")) else { return body }
        return body
            .replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }

    /// A field's bytes as they are (a field that never needs escaping, such as a case id).
    public func plain(_ field: Int) -> String? {
        guard field < fields.count else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self)
    }
}
