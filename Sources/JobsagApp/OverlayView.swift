import JobsagCore
import JobsagRules
import TerminalKit

extension AppState {
    func drawOverlay(_ buffer: inout CellBuffer, _ overlay: Overlay) {
        switch overlay {
        case .help(let help): drawHelp(&buffer, help)
        case .why(let reading), .reading(let reading): drawReading(&buffer, reading)
        case .picker(let picker): drawPicker(&buffer, picker)
        case .form(let form): drawForm(&buffer, form)
        case .confirm(let confirm): drawConfirm(&buffer, confirm)
        case .notice(let notice): drawNotice(&buffer, notice)
        case .prompt(let state): drawPrompt(&buffer, state)
        }
    }

    /// A box in the middle of the screen, leaving the title and status bars visible.
    private func overlayBox(width: Int, height: Int) -> Rect {
        let area = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        return area.centered(Size(width: min(width, size.width - 2), height: min(height, area.height)))
    }

    private func drawHelp(_ buffer: inout CellBuffer, _ help: HelpState) {
        let entries = helpEntries(help)
        let box = overlayBox(width: 70, height: entries.count + 5)
        buffer.drawBox(box, title: strings.format(.helpTitle, strings.modeName(help.context)), style: theme.border)
        let inner = box.inset(by: 1)
        let (searchRow, list) = inner.splitTop(2)
        let label = strings[.helpSearch] + " "
        let x = buffer.write(label, x: searchRow.x + 1, y: searchRow.y, style: theme.muted)
        let (shown, cursorColumn) = help.search.visible(width: max(1, searchRow.maxX - x - 1))
        buffer.write(shown, x: x, y: searchRow.y, style: Style(underline: true), maxX: searchRow.maxX - 1)
        buffer.cursor = (x + cursorColumn, searchRow.y)
        let keyWidth = 22
        for line in 0..<list.height {
            let position = help.scroll.top + line
            guard position < entries.count else { break }
            let entry = entries[position]
            let y = list.y + line
            let keys = entry.keys.map(\.displayName).joined(separator: ", ")
            buffer.write(keys, in: Rect(x: list.x + 1, y: y, width: keyWidth, height: 1), style: theme.heading)
            buffer.write(strings.actionDescription(entry.action, in: help.context),
                         in: Rect(x: list.x + keyWidth + 2, y: y, width: max(0, list.width - keyWidth - 3), height: 1))
        }
        if entries.isEmpty {
            buffer.write(strings[.helpNoMatch], in: list.row(0).inset(by: 0), style: theme.muted)
        }
    }

    private func drawPrompt(_ buffer: inout CellBuffer, _ state: TextPromptState) {
        let width = min(size.width - 2, 80)
        let intro = TextWrap.lines(state.intro, width: width - 4)
        let box = overlayBox(width: width, height: intro.count + 6)
        buffer.drawBox(box, title: state.title, style: theme.border)
        let inner = box.inset(by: 1)
        for (index, line) in intro.enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + index, maxX: inner.maxX)
        }
        let y = inner.y + intro.count + 1
        let x = buffer.write(state.label + " ", x: inner.x + 1, y: y, style: theme.heading)
        let (text, cursorColumn) = state.input.visible(width: max(1, inner.maxX - x - 1))
        buffer.write(DisplayWidth.pad(text, to: max(1, inner.maxX - x - 1)), x: x, y: y, style: Style(underline: true))
        buffer.cursor = (x + cursorColumn, y)
        if let problem = state.problem {
            buffer.write("↳ " + problem, x: x, y: y + 1, style: theme.red, maxX: inner.maxX)
        }
        buffer.write(state.keys, x: inner.x + 1, y: inner.maxY - 1, style: theme.muted, maxX: inner.maxX)
    }

    private func drawNotice(_ buffer: inout CellBuffer, _ notice: NoticeState) {
        let width = min(size.width - 2, 90)
        let lines = notice.paragraphs.flatMap { TextWrap.lines($0, width: width - 4) + [""] }
        let box = overlayBox(width: width, height: lines.count + 3)
        buffer.drawBox(box, title: notice.title, style: theme.border)
        let inner = box.inset(by: 1)
        for (index, line) in lines.prefix(inner.height - 1).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + index, maxX: inner.maxX)
        }
        buffer.write(strings[.noticeKeys], x: inner.x + 1, y: inner.maxY - 1, style: theme.muted, maxX: inner.maxX)
    }

    /// "hvorfor?" on an obligation: the rule, its kind, legal reference and sources, the
    /// evidence and the arithmetic of the deadline.
    func whyReading(_ obligation: Obligation) -> ReadingState {
        let format = Format(strings: strings)
        let rule = RuleCatalogue.rule(id: obligation.ruleID, version: obligation.ruleVersion)
        var lines: [(label: String, text: String)] = []
        lines.append((strings[.rule], obligation.ruleID + " (" + strings.format(.version, obligation.ruleVersion) + ")"
            + (rule.map { " · " + strings.text($0.title) } ?? "")))
        lines.append((strings[.kind], strings.text(obligation.kind.label)))
        lines.append((strings[.status], EntryText(strings: strings, asOf: context.asOf).statusText(obligation)))
        if let deadline = obligation.deadline {
            lines.append((strings[.deadline], format.withWeekday(deadline) + " (" + format.relative(deadline, asOf: context.asOf) + ")"))
        }
        lines.append((strings[.explanation], strings.text(obligation.explanation)))
        if let arithmetic = obligation.arithmetic {
            lines.append((strings[.arithmetic], strings.text(arithmetic)))
        }
        let evidence = obligation.evidence.map { strings.text($0.summary) }
        lines.append((strings[.evidence], evidence.isEmpty ? strings[.noEvidence] : evidence.joined(separator: "; ")))
        if let rule {
            lines.append((strings[.requirement], strings.text(rule.requirement)))
            lines.append((strings[.evidenceRequired], strings.text(rule.evidence)))
            lines.append((strings[.appliesTo], strings.text(rule.appliesTo.description)))
            lines.append((strings[.anchor], strings.text(rule.anchor)))
            let validity = strings.format(.validFrom, format.long(rule.validFrom))
                + (rule.validTo.map { " " + strings.format(.validTo, format.long($0)) } ?? "")
            lines.append((strings[.validity], validity))
            lines.append((strings[.legalReference], rule.legalReference.isEmpty ? "–" : rule.legalReference))
            for source in rule.sources {
                let quote = source.quote.map { " «" + $0 + "»" } ?? ""
                lines.append((strings[.source], strings.format(.sourceLines, source.document, source.lines) + quote))
            }
        }
        return ReadingState(title: strings[.whyTitle] + " " + obligation.ruleID, paragraphs: lines)
    }

    /// The reading window and its text wrapped to it, one row per line (line breaks in a
    /// text kept).
    func readingRows(_ reading: ReadingState) -> (box: Rect, rows: [(label: String, text: String, paragraph: Int)]) {
        let box = overlayBox(width: 96, height: size.height - 2)
        let inner = box.inset(by: 1)
        var rendered: [(label: String, text: String, paragraph: Int)] = []
        for (number, paragraph) in reading.paragraphs.enumerated() {
            for (index, line) in TextWrap.lines(paragraph.text, width: max(1, inner.width - AppState.readingLabelWidth - 2)).enumerated() {
                rendered.append((index == 0 ? paragraph.label : "", line, number))
            }
        }
        return (box, rendered)
    }

    /// The column of the labels (Regel, Frist, ...) in a reading window.
    static let readingLabelWidth = 18

    private func drawReading(_ buffer: inout CellBuffer, _ reading: ReadingState) {
        let (box, rendered) = readingRows(reading)
        buffer.drawBox(box, title: reading.title, style: theme.border)
        let inner = box.inset(by: 1)
        let labelWidth = AppState.readingLabelWidth
        let top = min(reading.top, max(0, rendered.count - inner.height))
        for line in 0..<inner.height {
            let index = top + line
            guard index < rendered.count else { break }
            let y = inner.y + line
            let isSelected = rendered[index].paragraph == reading.selected
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: theme.selected) }
            buffer.write(DisplayWidth.truncate(rendered[index].label, to: labelWidth - 2), x: inner.x + 1, y: y,
                         style: isSelected ? theme.selected : theme.columnHeader)
            buffer.write(rendered[index].text, x: inner.x + labelWidth + 1, y: y, style: isSelected ? theme.selected : .plain, maxX: inner.maxX)
        }
    }

    private func drawPicker(_ buffer: inout CellBuffer, _ picker: PickerState) {
        let shown = picker.shownOptions
        let labelWidth = (picker.options.map { DisplayWidth.of($0.label) }.max() ?? 10)
        let keyWidth = (picker.options.compactMap { $0.aside.map(DisplayWidth.of) }.max() ?? 0)
        let searchRows = picker.search == nil ? 0 : 2
        let box = overlayBox(width: max(labelWidth + keyWidth + 8, DisplayWidth.of(picker.title) + 8),
                             height: picker.options.count + 2 + searchRows)
        buffer.drawBox(box, title: picker.title, style: theme.border)
        var list = box.inset(by: 1)
        if let search = picker.search {
            let (row, rest) = list.splitTop(2)
            let x = buffer.write(" " + strings[.helpSearch] + " ", x: row.x, y: row.y, style: theme.muted)
            let (text, cursorColumn) = search.visible(width: max(1, row.maxX - x - 1))
            buffer.write(text, x: x, y: row.y, style: Style(underline: true), maxX: row.maxX - 1)
            buffer.cursor = (x + cursorColumn, row.y)
            list = rest
        }
        var scroll = picker.scroll
        scroll.clamp(count: shown.count, pageHeight: list.height)
        for line in 0..<list.height {
            let position = scroll.top + line
            guard position < shown.count else { break }
            let option = shown[position]
            let style = position == scroll.selected ? theme.selected : Style.plain
            buffer.write(" " + option.label, in: list.row(line), style: style)
            if let aside = option.aside {
                buffer.write(aside + " ", x: list.maxX - DisplayWidth.of(aside) - 1, y: list.y + line, style: style.emboldened)
            }
        }
        if shown.isEmpty {
            buffer.write(" " + strings[.helpNoMatch], in: list.row(0), style: theme.muted)
        }
    }
}
