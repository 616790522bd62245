import JobsagCore
import JobsagRules
import TerminalKit

extension AppState {
    /// The caseload columns: light, name, CPR, group, week, next deadline, flags.
    static let caseloadColumns = [
        TableColumn(width: 2),
        TableColumn(width: 14, flex: 3),
        TableColumn(width: 4),  // the caseworker: shown only for a team, never dropped
        TableColumn(width: 11, dropPriority: 2),
        TableColumn(width: 10, dropPriority: 1),
        TableColumn(width: 4, dropPriority: 3, alignRight: true),
        TableColumn(width: 16, flex: 2),
        TableColumn(width: 3, dropPriority: 4),
    ]

    func drawCaseload(_ buffer: inout CellBuffer, _ rect: Rect) {
        let focused = screen == .caseload
        let (summary, rest) = rect.splitTop(1)
        let (header, list) = rest.splitTop(1)
        drawCaseloadSummary(&buffer, summary)
        let columns = AppState.caseloadColumns
        let frames = caseloadFrames(width: rect.width)
        let titles = [
            "", strings[.columnName], strings[.columnCaseworker], strings[.columnCPR], strings[.columnGroup], strings[.columnWeek],
            strings[.columnNextDeadline], strings[.columnFlags],
        ]
        buffer.fill(header, style: theme.columnHeader)
        for (index, frame) in frames.enumerated() {
            guard let frame else { continue }
            buffer.write(titles[index], in: Rect(x: rect.x + frame.x, y: header.y, width: frame.width, height: 1),
                         style: theme.columnHeader, alignRight: columns[index].alignRight)
        }
        if visibleRows.isEmpty {
            let text = rows.isEmpty ? strings[.noCases] : strings[.noCasesMatch]
            buffer.write(text, in: list.row(0).inset(by: 0), style: theme.muted)
            return
        }
        let scroll = caseload.scroll
        for line in 0..<list.height {
            let position = scroll.top + line
            guard position < visibleRows.count else { break }
            let row = rows[visibleRows[position]]
            let y = list.y + line
            let selected = position == scroll.selected
            let base: Style = selected ? (focused ? theme.selected : theme.selectedInactive) : .plain
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
            let cells = caseloadCells(row)
            for (index, frame) in frames.enumerated() {
                guard let frame else { continue }
                var style = base
                if index == 0 { style = lightStyle(row.light, base: base) }
                if index == 6, let due = row.nextDue { style = merge(EntryText(strings: strings, asOf: context.asOf).style(due.status, theme: theme), into: base) }
                buffer.write(cells[index], in: Rect(x: rect.x + frame.x, y: y, width: frame.width, height: 1),
                             style: style, alignRight: columns[index].alignRight)
            }
        }
    }

    /// The column frames; the caseworker column (index 2) only when a team is shown.
    private func caseloadFrames(width: Int) -> [(x: Int, width: Int)?] {
        let columns = AppState.caseloadColumns
        guard scope == .own else { return TableLayout.frames(columns, width: width) }
        var shown = TableLayout.frames(columns.enumerated().filter { $0.offset != 2 }.map(\.element), width: width)
        shown.insert(nil, at: 2)
        return shown
    }

    private func drawCaseloadSummary(_ buffer: inout CellBuffer, _ rect: Rect) {
        if caseload.isEditingFilter || !caseload.filter.isEmpty {
            let label = strings[.filterLabel] + " "
            let counter = " " + strings.format(.filterCount, visibleRows.count, rows.count)
            var x = buffer.write(label, x: rect.x, y: rect.y, style: theme.heading)
            let fieldWidth = max(1, rect.maxX - x - DisplayWidth.of(counter))
            let (text, cursorColumn) = caseload.filter.visible(width: fieldWidth)
            buffer.write(text, x: x, y: rect.y, style: caseload.isEditingFilter ? Style(underline: true) : .plain, maxX: x + fieldWidth)
            if caseload.isEditingFilter { buffer.cursor = (x + cursorColumn, rect.y) }
            x += fieldWidth
            buffer.write(counter, x: x, y: rect.y, style: theme.muted)
            return
        }
        let counts = caseloadCounts
        var x = buffer.write(strings.format(.caseCount, counts.cases), x: rect.x, y: rect.y, style: theme.heading)
        x = buffer.write(" · ", x: x, y: rect.y, style: theme.muted)
        x = buffer.write("!! " + strings.format(.overdueCount, counts.overdue), x: x, y: rect.y, style: counts.overdue > 0 ? theme.red : .plain)
        x = buffer.write(" · ", x: x, y: rect.y, style: theme.muted)
        x = buffer.write("! " + strings.format(.dueSoonCount, counts.dueSoon), x: x, y: rect.y, style: counts.dueSoon > 0 ? theme.yellow : .plain)
        var right = strings.format(.sortLabel, strings.label(caseload.sort))
        if caseload.quickFilter != .all { right = quickFilterLabel + " · " + right }
        if x + 2 + DisplayWidth.of(right) <= rect.maxX {
            buffer.write(right, x: rect.maxX - DisplayWidth.of(right), y: rect.y, style: theme.muted)
        }
    }

    private var quickFilterLabel: String {
        switch caseload.quickFilter {
        case .all: return strings[.quickFilterAll]
        case .overdue: return strings[.quickFilterOverdue]
        case .dueThisWeek: return strings[.quickFilterThisWeek]
        case .group(let group): return strings.shortLabel(group)
        case .caseworker(let initials): return initials
        }
    }

    private func caseloadCells(_ row: CaseRow) -> [String] {
        let next: String
        if let due = row.nextDue {
            let title = RuleCatalogue.rule(id: due.ruleID, version: due.ruleVersion).map { strings.text($0.title) } ?? due.ruleID
            next = (due.deadline.map { $0.danishShort + " " } ?? StatusSymbol.of(due.status) + " ") + title
        } else {
            next = "–"
        }
        let flags = (row.isStandby ? "S" : " ") + (row.isExempt ? "F" : " ") + (row.isActivityReady ? "A" : " ")
        return [
            StatusSymbol.of(row.light),
            row.name,
            row.caseworker,
            row.maskedCPR,
            row.group.map { strings.shortLabel($0) } ?? "–",
            row.episodeWeek.map(String.init) ?? "–",
            next,
            flags,
        ]
    }

    func lightStyle(_ light: TrafficLight, base: Style) -> Style {
        switch light {
        case .red: return merge(theme.red, into: base)
        case .yellow: return merge(theme.yellow, into: base)
        case .green: return merge(theme.green, into: base)
        }
    }

    /// A status colour on top of a row's style (keeps the selection's reverse video).
    func merge(_ status: Style, into base: Style) -> Style {
        var style = base
        style.foreground = status.foreground
        style.bold = base.bold || status.bold
        return style
    }
}
