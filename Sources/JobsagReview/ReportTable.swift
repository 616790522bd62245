// A table of text cells, written as a GitHub-flavoured Markdown table or as CSV rows.
import JobsagCore
import JobsagExport

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

    /// The table as a CSV file for office programs (`OfficeCSV`).
    var csv: String {
        OfficeCSV.document(header: header, rows: rows)
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
