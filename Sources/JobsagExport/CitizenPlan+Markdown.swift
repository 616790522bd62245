import JobsagCore

extension CitizenPlan {
    /// The plan as Markdown (`jobsag plan --md`): the text of the store is written as it is,
    /// with the characters Markdown would read as markup escaped by a backslash.
    public func markdown() -> String {
        var lines = ["# " + Self.markdownEscaped(title), "", Self.markdownEscaped(subtitle)]
        for section in sections {
            lines += ["", "## " + Self.markdownEscaped(section.heading), ""]
            for (index, block) in section.blocks.enumerated() {
                if index > 0 { lines.append("") }
                switch block {
                case .paragraph(let text): lines.append(Self.markdownEscaped(text))
                case .list(let items): lines += items.flatMap { Self.markdownLines($0, indent: "") }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdownLines(_ item: Item, indent: String) -> [String] {
        // Two spaces end a line inside a list item, so each detail keeps its own line.
        ["\(indent)- **\(markdownEscaped(item.title))**" + (item.details.isEmpty ? "" : "  ")]
            + item.details.map { "\(indent)  \(markdownEscaped($0))  " }
            + item.subitems.flatMap { markdownLines($0, indent: indent + "  ") }
    }

    /// `text` on one line with what Markdown would read as markup escaped: the inline
    /// characters anywhere, and a start that would make a heading, list or quote.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": escaped.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~":
                escaped.append("\\")
                escaped.append(character)
            default: escaped.append(character)
            }
        }
        if let first = escaped.first, "#-+".contains(first) { return "\\" + escaped }
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = escaped.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }
}
