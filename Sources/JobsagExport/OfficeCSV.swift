/// CSV as Danish office programs (Excel, LibreOffice) open it with a double click: UTF-8 with
/// a BOM, `;` between cells, CRLF after each line, RFC 4180 quoting.
public enum OfficeCSV {
    /// A whole file: the BOM, the header and the rows.
    public static func document(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map(line).joined()
    }

    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ";") + "\r\n"
    }

    /// Quoted when it holds `;`, `"`, a line break or outer spaces; a text that a
    /// spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(String(value.map { $0 == "," ? "." : $0 })) == nil {
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
