/// The text format of the store's caches (`cases.index`, `check.cache`): a header line with
/// the format's name and version, then one line per record of tab-separated fields. A text
/// field starts with `=` and escapes `%`, tab and line breaks as `%25 %09 %0A %0D`; `-` means
/// none; a number is decimal. Read from the bytes directly: splitting Swift strings, or
/// JSONDecoder, would take longer than the work the cache saves.
public enum TabSeparatedText {
    /// Calls `line` with each line after `header`, in order, until it returns false. False
    /// when the header differs or `line` returned false.
    public static func read(_ bytes: UnsafeRawBufferPointer, header: String, line: (TabSeparatedLine) -> Bool) -> Bool {
        let headerBytes = Array((header + "\n").utf8)
        guard bytes.count >= headerBytes.count, bytes.prefix(headerBytes.count).elementsEqual(headerBytes) else { return false }
        var position = headerBytes.count
        var fields: [Range<Int>] = []
        while position < bytes.count {
            fields.removeAll(keepingCapacity: true)
            var fieldStart = position
            while position < bytes.count, bytes[position] != 0x0A {
                if bytes[position] == 0x09 {
                    fields.append(fieldStart..<position)
                    fieldStart = position + 1
                }
                position += 1
            }
            fields.append(fieldStart..<position)
            position += 1
            guard line(TabSeparatedLine(bytes: bytes, fields: fields)) else { return false }
        }
        return true
    }

    /// A text field: `=` and the text escaped, or `-` for none.
    public static func field(_ value: String?) -> String {
        guard let value else { return "-" }
        var result = "="
        for character in value {
            switch character {
            case "%": result += "%25"
            case "\t": result += "%09"
            case "\n": result += "%0A"
            case "\r": result += "%0D"
            case "\r\n": result += "%0D%0A"
            default: result.append(character)
            }
        }
        return result
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
