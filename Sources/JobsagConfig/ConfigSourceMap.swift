import JobsagStore

/// Where each key and value of a TOML text stands (line and column), for messages about a
/// key that parsed but means nothing or has the wrong type. TOMLKit gives positions for
/// syntax errors only. The text is taken to be valid TOML (it is read after TOMLKit parsed
/// it); the forms covered are those TOML allows: table headers (`[keys]`, `[a."b c"]`,
/// `[[x]]`), bare, quoted and dotted keys, strings of all four kinds, arrays and inline
/// tables across lines, and comments.
public struct ConfigSourceMap: Sendable {
    /// A key's place and its value's place.
    public struct Entry: Sendable, Equatable {
        public var key: TextPosition
        public var value: TextPosition
    }

    private var entries: [ConfigPath: Entry] = [:]

    public init(text: String) {
        var scanner = Scanner(text: text)
        entries = scanner.scanDocument()
    }

    /// Where the key at `path` is written (a table header's name for a table).
    public func keyPosition(of path: ConfigPath) -> TextPosition? {
        entries[path]?.key
    }

    /// Where the value of `path` begins (an array element's own place for an index).
    public func valuePosition(of path: ConfigPath) -> TextPosition? {
        entries[path]?.value
    }
}

/// The scanner behind `ConfigSourceMap`: one pass over the text's Unicode scalars.
private struct Scanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var entries: [ConfigPath: ConfigSourceMap.Entry] = [:]

    init(text: String) {
        scalars = Array(text.unicodeScalars)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var position: TextPosition { TextPosition(line: line, column: column) }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        guard let scalar = current else { return }
        index += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private mutating func record(_ path: ConfigPath, key: TextPosition, value: TextPosition) {
        if entries[path] == nil { entries[path] = ConfigSourceMap.Entry(key: key, value: value) }
    }

    mutating func scanDocument() -> [ConfigPath: ConfigSourceMap.Entry] {
        var table = ConfigPath()
        while current != nil {
            skipBlank(newlines: true)
            guard let scalar = current else { break }
            let before = index
            if scalar == "[" {
                table = scanTableHeader()
            } else {
                scanKeyValue(in: table)
            }
            if index == before { advance() }
        }
        return entries
    }

    /// `[a.b]` or `[[a.b]]`: the path of the table that follows.
    private mutating func scanTableHeader() -> ConfigPath {
        advance()
        if current == "[" { advance() }
        skipBlank(newlines: false)
        let start = position
        let keys = scanKeyPath()
        while let scalar = current, scalar != "\n" { advance() }
        let path = ConfigPath(keys: keys)
        for length in stride(from: 1, through: keys.count, by: 1) {
            record(ConfigPath(keys: Array(keys.prefix(length))), key: start, value: start)
        }
        return path
    }

    /// `key = value` in `table`, recording the key, its dotted prefixes and the value.
    private mutating func scanKeyValue(in table: ConfigPath) {
        let start = position
        let keys = scanKeyPath()
        skipBlank(newlines: false)
        if current == "=" { advance() }
        skipBlank(newlines: false)
        let path = table.appending(keys: keys)
        for length in stride(from: 1, to: keys.count, by: 1) {
            record(table.appending(keys: Array(keys.prefix(length))), key: start, value: start)
        }
        record(path, key: start, value: position)
        scanValue(at: path)
    }

    /// A bare, quoted or dotted key: its parts.
    private mutating func scanKeyPath() -> [String] {
        var keys: [String] = []
        while current != nil {
            skipBlank(newlines: false)
            guard let first = current else { break }
            if first == "\"" || first == "'" {
                keys.append(scanString())
            } else {
                var bare = ""
                while let c = current, isBareKeyScalar(c) {
                    bare.unicodeScalars.append(c)
                    advance()
                }
                guard !bare.isEmpty else { break }
                keys.append(bare)
            }
            skipBlank(newlines: false)
            guard current == "." else { break }
            advance()
        }
        return keys
    }

    private func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-", "_": return true
        default: return false
        }
    }

    /// A value at `path`: strings, arrays (each element recorded by index), inline tables
    /// (each key recorded), and everything else up to the next delimiter.
    private mutating func scanValue(at path: ConfigPath) {
        guard let scalar = current else { return }
        switch scalar {
        case "\"", "'":
            _ = scanString()
        case "[":
            advance()
            var element = 0
            while true {
                skipBlank(newlines: true)
                guard let next = current else { return }
                if next == "]" { advance(); return }
                if next == "," { advance(); continue }
                let elementPath = path.appending(index: element)
                record(elementPath, key: position, value: position)
                let before = index
                scanValue(at: elementPath)
                if index == before { advance() }
                element += 1
            }
        case "{":
            advance()
            while true {
                skipBlank(newlines: true)
                guard let next = current else { return }
                if next == "}" { advance(); return }
                if next == "," { advance(); continue }
                let before = index
                scanKeyValue(in: path)
                if index == before { advance() }
            }
        default:
            while let c = current, !",]}#\n\r".unicodeScalars.contains(c) {
                if c == " " || c == "\t" {
                    // A date and a time may be separated by one space: go on only if a digit follows.
                    guard let after = peek(1), ("0"..."9").contains(after) else { return }
                }
                advance()
            }
        }
    }

    /// A string of any kind, returning its text (escapes in basic strings resolved as far
    /// as keys need: `\"` and `\\`; `\u` escapes are kept as written).
    private mutating func scanString() -> String {
        guard let quote = current else { return "" }
        let multiline = peek(1) == quote && peek(2) == quote
        let quoteLength = multiline ? 3 : 1
        for _ in 0..<quoteLength { advance() }
        var text = ""
        while let c = current {
            if c == "\\", quote == "\"", let escaped = peek(1) {
                advance()
                advance()
                text.unicodeScalars.append(escaped)
                continue
            }
            if c == quote {
                if !multiline {
                    advance()
                    return text
                }
                if peek(1) == quote, peek(2) == quote {
                    // Up to two more quotes may belong to the string: """a"""" ends after the 4th.
                    while peek(3) == quote {
                        text.unicodeScalars.append(c)
                        advance()
                    }
                    advance()
                    advance()
                    advance()
                    return text
                }
            }
            if c == "\n", !multiline { return text }
            text.unicodeScalars.append(c)
            advance()
        }
        return text
    }

    /// Spaces and tabs, comments, and (when `newlines`) line ends.
    private mutating func skipBlank(newlines: Bool) {
        while let c = current {
            if c == " " || c == "\t" {
                advance()
            } else if c == "#" {
                while let d = current, d != "\n" { advance() }
            } else if newlines, c == "\n" || c == "\r" {
                advance()
            } else {
                return
            }
        }
    }
}
