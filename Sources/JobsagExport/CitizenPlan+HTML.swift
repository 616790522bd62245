import JobsagCore

extension CitizenPlan {
    /// The plan as one HTML page (UTF-8, `lang="da"`) that prints on A4: a print style sheet
    /// with `@page { size: A4 }`, no scripts, nothing loaded from elsewhere. Every text is
    /// escaped.
    public func html() -> String {
        var body = ["<h1>\(Self.htmlEscaped(title))</h1>", "<p class=\"subtitle\">\(Self.htmlEscaped(subtitle))</p>"]
        for section in sections {
            body.append("<section>")
            body.append("<h2>\(Self.htmlEscaped(section.heading))</h2>")
            for block in section.blocks {
                switch block {
                case .paragraph(let text): body.append("<p>\(Self.htmlEscaped(text))</p>")
                case .list(let items): body.append(Self.htmlList(items))
                }
            }
            body.append("</section>")
        }
        return """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.htmlEscaped(title))</title>
            <style>
            \(Self.styleSheet)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private static func htmlList(_ items: [Item]) -> String {
        var lines = ["<ul>"]
        for item in items {
            lines.append("<li><strong>\(htmlEscaped(item.title))</strong>")
            lines += item.details.map { "<br>\(htmlEscaped($0))" }
            if !item.subitems.isEmpty { lines.append(htmlList(item.subitems)) }
            lines.append("</li>")
        }
        lines.append("</ul>")
        return lines.joined(separator: "\n")
    }

    /// `text` with `& < > " '` as character references.
    static func htmlEscaped(_ text: String) -> String {
        text.reduce(into: "") { escaped, character in escaped += htmlReferences[character] ?? String(character) }
    }

    private static let htmlReferences: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    /// Readable on a screen, and on paper A4 with margins, black on white, sections kept whole.
    static let styleSheet = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.4; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #111; }
        h1 { font-size: 20pt; margin-bottom: 0.2em; }
        h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #999; }
        .subtitle { color: #444; }
        ul { padding-left: 1.4em; }
        li { margin-bottom: 0.6em; }
        @page { size: A4; margin: 20mm 18mm; }
        @media print {
          body { margin: 0; padding: 0; max-width: none; color: #000; }
          h2 { break-after: avoid; page-break-after: avoid; }
          li { break-inside: avoid; page-break-inside: avoid; }
        }
        """
}
