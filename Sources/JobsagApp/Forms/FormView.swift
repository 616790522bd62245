import JobsagCore
import TerminalKit

/// Where a form's parts go on the screen.
enum FormLayout {
    static let labelWidth = 22
    static let multilineRows = 3

    static func box(_ size: Size) -> Rect {
        let width = min(size.width - 2, 96)
        let height = size.height - 2
        return Rect(x: (size.width - width) / 2, y: 1, width: width, height: height)
    }

    /// The columns a field's value has (what multi-line text wraps at).
    static func textWidth(_ size: Size) -> Int {
        max(10, box(size).width - 2 - labelWidth - 3)
    }
}

extension AppState {
    func drawForm(_ buffer: inout CellBuffer, _ form: FormState) {
        let box = FormLayout.box(size)
        buffer.drawBox(box, title: form.title + (form.isDirty ? " *" : ""), style: theme.border)
        let inner = box.inset(by: 1)
        var (body, footer) = inner.splitBottom(2)
        let intro = form.intro + (form.refusal.map { [FormIntroLine($0, isProblem: true)] } ?? [])
        if !intro.isEmpty {
            // The read-only lines, wrapped, in at most half the form; a blank row below them.
            let lines = intro.flatMap { line in TextWrap.lines(line.text, width: inner.width).map { (text: $0, line.isProblem) } }
            let (introRect, rest) = body.splitTop(min(body.height / 2, lines.count + 1))
            for (offset, line) in lines.prefix(introRect.height - 1).enumerated() {
                buffer.write(line.text, x: inner.x, y: introRect.y + offset, style: line.1 ? theme.red : .plain, maxX: inner.maxX)
            }
            body = rest
        }
        let valueX = inner.x + FormLayout.labelWidth + 2
        let valueWidth = FormLayout.textWidth(size)

        // Lay out every visible field as rows (its value, its message, their value in a
        // conflict), then scroll so the focused one shows.
        enum Part { case value, error([String]), theirs([String]) }
        struct Row { var fieldIndex: Int; var line: Int; var part: Part }
        var rows: [Row] = []
        for index in form.visibleIndices {
            let field = form.fields[index]
            let height: Int
            if case .text(_, true) = field.value { height = FormLayout.multilineRows } else { height = 1 }
            for line in 0..<height { rows.append(Row(fieldIndex: index, line: line, part: .value)) }
            if let error = form.errors[field.id] {
                // The message wrapped under the value, "↳ " before its first line.
                let lines = TextWrap.lines(error, width: max(1, inner.maxX - valueX - 2))
                for line in lines.indices { rows.append(Row(fieldIndex: index, line: line, part: .error(lines))) }
            }
            if let theirs = form.theirs?.fields[field.id] {
                let lines = theirLines(theirs, mine: field.value, width: valueWidth, rows: height)
                for line in 0..<max(2, lines.count) { rows.append(Row(fieldIndex: index, line: line, part: .theirs(lines))) }
            }
        }
        let focusRows = rows.indices.filter { rows[$0].fieldIndex == form.focus }
        var top = 0
        if let last = focusRows.last, last >= body.height { top = last - body.height + 1 }

        for (offset, row) in rows.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + offset
            let field = form.fields[row.fieldIndex]
            let focused = row.fieldIndex == form.focus
            switch row.part {
            case .error(let lines):
                buffer.write((row.line == 0 ? "↳ " : "  ") + lines[row.line], x: valueX, y: y, style: theme.red, maxX: inner.maxX)
                continue
            case .theirs(let lines):
                let stamp = form.theirs?.stamp
                let label = row.line == 0 ? stamp.map { strings.format(.theirValueBy, $0.by) } ?? strings[.theirValue]
                    : row.line == 1 ? stamp.map { Format(strings: strings).time($0.at) } ?? "" : ""
                buffer.write("  " + DisplayWidth.truncate(label, to: FormLayout.labelWidth - 2), x: inner.x, y: y, style: theme.yellow, maxX: valueX - 1)
                if row.line < lines.count { buffer.write(lines[row.line], x: valueX, y: y, style: theme.yellow, maxX: inner.maxX) }
                continue
            case .value:
                break
            }
            if row.line == 0 {
                let marker = focused ? "▶ " : "  "
                let required = field.isRequired ? " *" : ""
                buffer.write(marker + DisplayWidth.truncate(field.label + required, to: FormLayout.labelWidth - 1),
                             x: inner.x, y: y, style: focused ? theme.heading : theme.columnHeader, maxX: valueX - 1)
            }
            drawFieldValue(&buffer, field, line: row.line, focused: focused, x: valueX, y: y, width: valueWidth)
        }

        // Footer: the hint or message, then the keys.
        let footerLine = footer.row(0)
        if let question = form.discardQuestion {
            buffer.write(strings[question == .quit ? .confirmQuitDiscarding : .confirmDiscard], in: footerLine, style: theme.error)
        } else if let offered = form.offeredCase {
            buffer.write(strings.format(.openOfferedCase, offered), in: footerLine, style: theme.error)
        } else if let conflict = form.conflict {
            buffer.write(strings[.conflictHint] + " " + conflict, in: footerLine, style: theme.error)
        } else if let theirs = form.theirs {
            buffer.write(theirChangeMessage(theirs), in: footerLine, style: theme.error)
        } else if let hint = form.focusedField?.hint {
            buffer.write(hint, in: footerLine, style: theme.muted)
        }
        typealias Hint = (key: String, label: String)
        let moves: [Hint] = [("Tab", strings[.formKeyNext]), ("Shift-Tab", strings[.formKeyPrevious])]
        let save: Hint = ("Ctrl-S", strings[.formKeySave])
        let cancel: Hint = ("Esc", strings[.formKeyCancel])
        var keys = moves + [save, cancel]
        if form.conflict != nil { keys.insert(("Ctrl-R", strings[.formKeyReload]), at: 0) }
        if form.theirs?.fields.isEmpty == false {
            // While fields have two values: save (mine), take theirs, cancel come first.
            let take: [(Action, UIText)] = [(.takeTheirs, .formKeyTakeTheirs), (.takeAllTheirs, .formKeyTakeAllTheirs)]
            let takeKeys = take.compactMap { action, label in
                keymap.firstKey(for: action, in: .form).map { Hint(key: $0.displayName, label: strings[label]) }
            }
            keys = [save] + takeKeys + [cancel] + moves
        }
        buffer.drawKeyHints(keys, in: footer.row(1), keyStyle: theme.keyName, labelStyle: theme.keyLabel)
    }

    /// Their value of a field in a conflict, as lines of the value column: a choice by its
    /// label, an empty value said so, a long text as many lines as the field has, from the
    /// first line that differs from mine (… where lines are left out).
    private func theirLines(_ value: FieldValue, mine: FieldValue, width: Int, rows: Int) -> [String] {
        let text = shownText(value)
        if text.trimmingWhitespace().isEmpty { return [strings[.emptyValue]] }
        let lines = TextWrap.lines(text, width: width)
        guard lines.count > rows, rows > 0 else { return lines }
        let mineLines = TextWrap.lines(shownText(mine), width: width)
        let firstDifference = zip(lines, mineLines).prefix { $0 == $1 }.count
        let start = min(firstDifference, lines.count - rows)
        var shown = Array(lines[start..<(start + rows)])
        if start > 0 { shown[0] = DisplayWidth.truncate("… " + shown[0], to: width) }
        if start + rows < lines.count { shown[rows - 1] = DisplayWidth.truncate(shown[rows - 1] + " …", to: width) }
        return shown
    }

    /// A field's value as text: the typed text, a choice's label, a checkbox as [x] or [ ].
    private func shownText(_ value: FieldValue) -> String {
        switch value {
        case .text(let input, _), .date(let input), .number(let input): return input.text
        case .choice(let options, let selected): return selected < options.count ? options[selected].label.trimmingWhitespace() : ""
        case .checkbox(let on): return on ? "[x]" : "[ ]"
        }
    }

    private func drawFieldValue(_ buffer: inout CellBuffer, _ field: FormField, line: Int, focused: Bool, x: Int, y: Int, width: Int) {
        let fieldStyle = focused ? Style(underline: true) : .plain
        switch field.value {
        case .text(let input, let multiline):
            if multiline {
                let lines = input.visualLines(width: width)
                let (cursorRow, cursorColumn) = input.cursorPosition(width: width)
                let first = max(0, cursorRow - FormLayout.multilineRows + 1)
                let index = first + line
                let text = index < lines.count ? input.text(of: lines[index]) : ""
                buffer.write(DisplayWidth.pad(text, to: width), x: x, y: y, style: fieldStyle)
                if focused, index == cursorRow { buffer.cursor = (x + cursorColumn, y) }
            } else {
                drawLine(&buffer, input, focused: focused, x: x, y: y, width: width, style: fieldStyle)
            }
        case .number(let input):
            drawLine(&buffer, input, focused: focused, x: x, y: y, width: min(width, 12), style: fieldStyle)
        case .date(let input):
            let fieldWidth = min(width, 16)
            drawLine(&buffer, input, focused: focused, x: x, y: y, width: fieldWidth, style: fieldStyle)
            if case .success(let date) = DateInput.parse(input.text, today: context.asOf) {
                buffer.write(Format(strings: strings).withWeekday(date), x: x + fieldWidth + 2, y: y, style: theme.muted, maxX: x + width)
            }
        case .choice:
            let label = shownText(field.value)
            let text = focused ? "◂ " + label + " ▸" : label
            buffer.write(text, x: x, y: y, style: focused ? theme.selected : .plain, maxX: x + width)
        case .checkbox:
            buffer.write(shownText(field.value), x: x, y: y, style: focused ? theme.selected : .plain)
        }
    }

    private func drawLine(_ buffer: inout CellBuffer, _ input: TextInput, focused: Bool, x: Int, y: Int, width: Int, style: Style) {
        let (text, cursorColumn) = focused ? input.visible(width: width) : (DisplayWidth.truncate(input.text, to: width), 0)
        buffer.write(DisplayWidth.pad(text, to: width), x: x, y: y, style: style)
        if focused { buffer.cursor = (x + cursorColumn, y) }
    }

    func drawConfirm(_ buffer: inout CellBuffer, _ confirm: ConfirmState) {
        let width = min(size.width - 4, max(40, DisplayWidth.of(confirm.question) + 6))
        let lines = TextWrap.lines(confirm.question, width: width - 4)
        let box = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
            .centered(Size(width: width, height: lines.count + 4))
        buffer.drawBox(box, title: strings[.confirmTitle], style: theme.border)
        for (index, line) in lines.enumerated() {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + index, style: theme.heading, maxX: box.maxX - 1)
        }
        buffer.write(strings[.confirmKeys], x: box.x + 2, y: box.maxY - 2, style: theme.muted, maxX: box.maxX - 1)
    }
}
