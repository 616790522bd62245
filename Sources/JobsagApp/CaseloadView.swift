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
        let (header, body) = rest.splitTop(1)
        let (list, reason) = body.splitBottom(1)
        drawCaseloadSummary(&buffer, summary)
        if let row = selectedRow {
            buffer.write(lightReason(row, width: reason.width), in: reason, style: row.light == .green ? theme.muted : lightStyle(row.light, base: .plain))
        }
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
            let selectionStyle: Style = selected ? (focused ? theme.selected : theme.selectedInactive) : .plain
            let base = row.isLocked ? merge(theme.muted, into: selectionStyle) : selectionStyle
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
            let cells = caseloadCells(row)
            for (index, frame) in frames.enumerated() {
                guard let frame else { continue }
                var style = base
                if index == 0, !row.isLocked { style = lightStyle(row.light, base: base) }
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
        var x = buffer.write(strings.format(.caseCount, counts.cases), x: rect.x, y: rect.y, style: theme.heading, maxX: rect.maxX)
        let parts: [(symbol: String, count: Int, label: UIText, style: Style)] = [
            ("!!", counts.overdue, .overdueCount, counts.overdue > 0 ? theme.red : .plain),
            ("!", counts.dueSoon, .dueSoonCount, counts.dueSoon > 0 ? theme.yellow : .plain),
            // History, not to act on: apart, never red.
            ("✗", counts.missed, .missedCount, .plain),
        ]
        let full = parts.map { $0.symbol + " " + strings.format($0.label, $0.count) }
        // Where the words do not fit (a narrow pane), the symbols say it: "!! 4 · ! 2 · ✗ 1".
        let fits = x + full.reduce(0) { $0 + 3 + DisplayWidth.of($1) } <= rect.maxX
        for (index, part) in parts.enumerated() {
            let text = fits ? full[index] : part.symbol + " " + String(part.count)
            x = buffer.write(" · ", x: x, y: rect.y, style: theme.muted, maxX: rect.maxX)
            x = buffer.write(text, x: x, y: rect.y, style: part.style, maxX: rect.maxX)
        }
        var right = strings.format(.sortLabel, strings.label(caseload.sort))
        if caseload.quickFilter != .all { right = quickFilterLabel + " · " + right }
        if x + 2 + DisplayWidth.of(right) <= rect.maxX {
            buffer.write(right, x: rect.maxX - DisplayWidth.of(right), y: rect.y, style: theme.muted)
        }
    }

    /// Why a row has its colour: what makes it red or yellow, with its date ("Rød: CV på
    /// Jobnet overskredet 30.01.2026", "Rød: egen påmindelse overskredet 20.11.2026: »Ring
    /// til Coop«"), else that nothing is due; and the duties missed, when they fit in `width`
    /// columns beside the reason (the header counts them too).
    func lightReason(_ row: CaseRow, width: Int = Int.max) -> String {
        if row.isLocked { return strings[.lockedRowReason] }
        let format = Format(strings: strings)
        if let closing = row.closing {
            return strings.format(life: .closedReason, format.long(closing.date), strings.closingReason(closing))
        }
        func dueText(_ what: String, _ status: ObligationStatus, _ date: CalendarDate?) -> String {
            strings.format(status == .overdue ? .lightOverdue : .lightDueSoon, what, format.long(date))
        }
        var why = strings[.lightNothingDue]
        switch row.lightCause {
        case .obligation(let obligation) where obligation.status == .cannotEvaluate:
            why = strings.text(obligation.explanation)
        case .obligation(let obligation):
            why = dueText(EntryText(strings: strings, asOf: context.asOf).ruleTitle(obligation), obligation.status, obligation.deadline)
        case .reminder(let reminder):
            // The date before the reminder's own text, which may be long.
            let kind = strings[reminder.reviewRoundID == nil ? .lightOwnReminder : .lightReviewAction]
            why = strings.format(.lightReminderText, dueText(kind, reminder.status(asOf: context.asOf), reminder.due), reminder.text)
        case nil:
            break
        }
        let colour: UIText = row.light == .red ? .lightRed : row.light == .yellow ? .lightYellow : .lightGreen
        let missed = row.missedCount > 0 ? " · ✗ " + strings.format(.missedCount, row.missedCount) : ""
        var reason = strings.format(.lightWhy, strings[colour], why)
        if unseenTransfers.contains(row.id), let transfer = cases[row.id]?.transfers.last {
            reason = strings.format(life: .transferredToYou, transfer.from, format.long(transfer.date)) + " · " + reason
        }
        return DisplayWidth.of(reason + missed) <= width ? reason + missed : reason
    }

    private var quickFilterLabel: String {
        switch caseload.quickFilter {
        case .all: return strings[.quickFilterAll]
        case .overdue: return strings[.quickFilterOverdue]
        case .dueThisWeek: return strings[.quickFilterThisWeek]
        case .group(let group): return strings.shortLabel(group)
        case .caseworker(let initials): return initials
        case .closed: return strings[life: .quickFilterClosed]
        }
    }

    private func caseloadCells(_ row: CaseRow) -> [String] {
        if row.isLocked {
            return [Self.lockedSymbol, row.name, row.caseworker, row.maskedCPR, "–", "–", strings[.lockedRowNext], ""]
        }
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
            unseenTransfers.contains(row.id) ? strings[life: .newMark] + " " + row.name : row.name,
            row.caseworker,
            row.maskedCPR,
            row.group.map { strings.shortLabel($0) } ?? "–",
            row.episodeWeek.map(String.init) ?? "–",
            next,
            flags,
        ]
    }

    /// The light column of a locked row: what is due there is not known.
    static let lockedSymbol = "⊘"

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
