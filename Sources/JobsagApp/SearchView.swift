import JobsagCore
import TerminalKit

extension AppState {
    /// The search screen: the query with how much it found, the hits (date, citizen, where,
    /// the text around the match with the match marked), and where the selected hit is.
    func drawSearch(_ buffer: inout CellBuffer, _ parts: (query: Rect, header: Rect, list: Rect, footer: Rect)) {
        guard let state = search else { return }
        let label = strings[search: .queryLabel] + " "
        let x = buffer.write(label, x: parts.query.x, y: parts.query.y, style: theme.heading)
        let count = state.query.isEmpty ? "" : state.hits.isEmpty ? strings[search: .noHits]
            : strings.format(search: .hitCount, state.hits.count, state.caseCount, state.index.caseCount)
        let countWidth = min(DisplayWidth.of(count), max(0, parts.query.maxX - x - 12))
        let fieldWidth = max(1, parts.query.maxX - x - countWidth - 2)
        let (shown, cursorColumn) = state.query.visible(width: fieldWidth)
        buffer.write(DisplayWidth.pad(shown, to: fieldWidth), x: x, y: parts.query.y, style: Style(underline: true))
        buffer.cursor = (x + cursorColumn, parts.query.y)
        buffer.write(count, in: Rect(x: parts.query.maxX - countWidth, y: parts.query.y, width: countWidth, height: 1), style: theme.muted)

        let columns = searchColumns(width: parts.list.width)
        buffer.fill(parts.header, style: theme.columnHeader)
        for (title, column) in zip([SearchText.columnDate, .columnCitizen, .columnKind, .columnFound], columns) {
            buffer.write(strings[search: title], in: Rect(x: parts.header.x + column.x, y: parts.header.y, width: column.width, height: 1),
                         style: theme.columnHeader)
        }
        if state.query.isEmpty || state.hits.isEmpty {
            let hints = state.query.isEmpty
                ? [strings[search: .emptyQueryHint], strings.format(search: .scopeHint, state.index.caseCount)]
                : [strings[search: .noHits]]
            for (offset, hint) in hints.flatMap({ TextWrap.lines($0, width: max(1, parts.list.width - 2)) }).prefix(parts.list.height).enumerated() {
                buffer.write(hint, x: parts.list.x + 1, y: parts.list.y + offset, style: theme.muted, maxX: parts.list.maxX)
            }
            return
        }
        for line in 0..<parts.list.height {
            let position = state.scroll.top + line
            guard position < state.hits.count else { break }
            let hit = state.hits[position]
            let y = parts.list.y + line
            let base: Style = position == state.scroll.selected ? theme.selected : .plain
            buffer.fill(Rect(x: parts.list.x, y: y, width: parts.list.width, height: 1), style: base)
            let name = cases[hit.caseID]?.citizen.name ?? hit.caseID
            let cells = [hit.date.danishShort, name, strings.label(hit.kind)]
            for (text, column) in zip(cells, columns) {
                buffer.write(text, in: Rect(x: parts.list.x + column.x, y: y, width: column.width, height: 1), style: base)
            }
            let found = columns[3]
            let snippet = hit.snippet(width: found.width, columns: DisplayWidth.of)
            var column = buffer.write(snippet.before, x: parts.list.x + found.x, y: y, style: base, maxX: parts.list.maxX)
            column = buffer.write(snippet.match, x: column, y: y, style: highlighted(base), maxX: parts.list.maxX)
            buffer.write(snippet.after, x: column, y: y, style: base, maxX: parts.list.maxX)
        }
        if let hit = state.selectedHit {
            buffer.write(foundIn(hit), in: parts.footer, style: theme.muted)
        }
    }

    /// The columns (x within the list, width) of date, citizen, kind and the text found.
    private func searchColumns(width: Int) -> [(x: Int, width: Int)] {
        let date = 8, kind = 7
        let name = min(26, max(12, width / 5))
        let found = max(1, width - date - name - kind - 4)
        return [(1, date), (date + 2, name), (date + name + 3, kind), (date + name + kind + 4, found)]
    }

    /// A match within its row: marked whatever the row's style (reverse when selected).
    private func highlighted(_ base: Style) -> Style {
        var style = base
        style.bold = true
        style.underline = theme.match.underline
        if !base.reverse { style.foreground = theme.match.foreground }
        return style
    }

    /// Where the selected hit is: `S-000012 Søren Ærø Andersen · samtale 12.11.2026 · resumé`.
    private func foundIn(_ hit: LogSearch.Hit) -> String {
        let name = cases[hit.caseID]?.citizen.name ?? ""
        return strings.format(search: .foundIn, hit.caseID, name, strings.label(hit.kind), hit.date.danish, strings.label(hit.field))
    }
}
