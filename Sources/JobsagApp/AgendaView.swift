import JobsagCore
import JobsagRules
import TerminalKit

extension AppState {
    func drawAgenda(_ buffer: inout CellBuffer, _ rect: Rect) {
        let (summary, list) = rect.splitTop(1)
        let items = agenda.lines.filter(\.isSelectable).count
        buffer.write(strings.format(.agendaSummary, items), in: summary, style: theme.heading)
        if agenda.lines.isEmpty {
            buffer.write(strings[.agendaEmpty], in: list.row(0), style: theme.muted)
            return
        }
        let text = EntryText(strings: strings, asOf: context.asOf)
        let nameWidth = min(26, max(12, list.width / 4))
        // A column for the meetings' times, when the agenda has a meeting.
        let hasMeetings = agenda.lines.contains { line in
            if case .item(let item) = line { return item.due.time != nil }
            return false
        }
        for line in 0..<list.height {
            let position = agenda.scroll.top + line
            guard position < agenda.lines.count else { break }
            let y = list.y + line
            switch agenda.lines[position] {
            case .heading(let bucket, let count):
                buffer.write(strings.label(bucket).uppercased() + " (\(count))", in: Rect(x: list.x, y: y, width: list.width, height: 1),
                             style: bucket == .overdue ? theme.red : theme.columnHeader)
            case .item(let item):
                let selected = position == agenda.scroll.selected
                let base: Style = selected ? theme.selected : .plain
                buffer.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: base)
                let symbol: (String, Style)
                let what: String
                switch item.due.source {
                case .obligation(let obligation):
                    symbol = (StatusSymbol.of(obligation), text.style(obligation.status, theme: theme))
                    what = obligation.ruleID + " " + text.ruleTitle(obligation)
                case .reminder(let reminder):
                    symbol = text.symbol(reminder, theme: theme)
                    what = text.label(reminder)
                case .meeting(let meeting):
                    symbol = (StatusSymbol.of(.booked), .plain)
                    what = text.label(meeting)
                }
                var x = list.x + 1
                buffer.write(symbol.0, in: Rect(x: x, y: y, width: 2, height: 1), style: merge(symbol.1, into: base))
                x += 3
                x = buffer.write(item.date.danishShort + " ", x: x, y: y, style: base)
                if hasMeetings { x = buffer.write((item.due.time?.text ?? "     ") + " ", x: x, y: y, style: base) }
                buffer.write(item.citizenName, in: Rect(x: x, y: y, width: nameWidth, height: 1), style: base)
                x += nameWidth + 1
                buffer.write(what, in: Rect(x: x, y: y, width: max(0, list.maxX - x), height: 1), style: base)
            }
        }
    }
}
