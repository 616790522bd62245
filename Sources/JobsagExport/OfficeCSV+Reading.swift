/// Reading a file in the office form back: a BOM is skipped, cells are split at `;`, lines
/// end in CRLF or LF, RFC 4180 quotes may hold `;`, quotes and line breaks, and the `'` that
/// `cell` puts before a formula-like text is taken off again.
extension OfficeCSV {
    /// One row and the line of the file it starts on (1 is the header).
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var cells: [String]
    }

    /// The rows, or the line where a quoted cell is never closed. Empty lines are skipped.
    public static func rows(_ text: String) -> Result<[Row], UnclosedQuote> {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var line = 1
        var rowLine = 1
        var quoteLine = 0
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        func endCell() {
            cells.append(unguarded(cell))
            cell = ""
        }
        func endRow() {
            endCell()
            if cells != [""] { rows.append(Row(line: rowLine, cells: cells)) }
            cells = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        cell.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty:
                inQuotes = true
                quoteLine = line
            case ";":
                endCell()
            case "\r" where index < scalars.count && scalars[index] == "\n":
                continue
            case "\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default:
                cell.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { return .failure(UnclosedQuote(line: quoteLine)) }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return .success(rows)
    }

    /// A quoted cell that the file never closes.
    public struct UnclosedQuote: Error, Hashable, Sendable {
        public var line: Int
    }

    /// The text without the `'` that `cell` put before a formula-like text.
    private static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) else { return text }
        return String(text.dropFirst())
    }
}
