// A table of text cells, written as a GitHub-flavoured Markdown table or as CSV rows.
import JobsagCore

/// A header and rows of plain text; every row has the header's number of cells.
struct ReportTable {
    var header: [String]
    var rows: [[String]]

    init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    mutating func add(_ row: [String]) {
        // Pad or cut so that every row has the header's width.
        rows.append(Array((row + Array(repeating: "", count: max(0, header.count - row.count))).prefix(header.count)))
    }

    /// `| a | b |` lines with a `|---|` separator; `|` escaped, line breaks as spaces.
    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(ReportTable.markdownCell).joined(separator: " | ") + " |\n"
        }
        var text = line(header)
        text += "|" + header.map { _ in "---|" }.joined() + "\n"
        for row in rows { text += line(row) }
        return text
    }

    static func markdownCell(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result.isEmpty ? " " : result
    }

    /// CSV lines: `;` between cells, CRLF after each line, RFC 4180 quoting.
    var csv: String {
        ([header] + rows).map(ReportTable.csvLine).joined()
    }

    static func csvLine(_ cells: [String]) -> String {
        cells.map(csvCell).joined(separator: ";") + "\r\n"
    }

    /// Quoted when it holds `;`, `"`, a line break or outer spaces; a text that a
    /// spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
    static func csvCell(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value.replacingComma) == nil {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}

extension String {
    /// The text with a decimal comma read as a point, to tell a number from a formula.
    fileprivate var replacingComma: String {
        String(map { $0 == "," ? "." : $0 })
    }
}

/// Numbers and dates as the reports write them.
enum ReportFormat {
    /// `57,1 %` (Danish) or `57.1%` (English); `–` without a share.
    static func percent(_ share: Double?, _ language: Language) -> String {
        guard let share else { return "–" }
        return decimal(share, language) + (language == .da ? " %" : "%")
    }

    /// The share in percent with one decimal: `57,1` or `57.1`; empty without a share.
    static func decimal(_ share: Double?, _ language: Language) -> String {
        guard let share else { return "" }
        let tenths = Int((share * 1000).rounded())
        return String(tenths / 10) + (language == .da ? "," : ".") + String(tenths % 10)
    }

    /// A date as `dd.mm.yyyy` in both languages, as on the screens.
    static func date(_ date: CalendarDate) -> String {
        date.danish
    }
}
