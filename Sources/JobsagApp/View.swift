import JobsagCore
import TerminalKit

extension AppState {
    /// Draws the whole screen for the current state. Pure: the same state gives the same frame.
    public func view() -> CellBuffer {
        var buffer = CellBuffer(size: size)
        if isTooSmall {
            drawTooSmall(&buffer)
            return buffer
        }
        let layout = Layout(state: self)
        drawTitleBar(&buffer, layout.titleBar)
        if let rect = layout.caseload { drawCaseload(&buffer, rect) }
        if let rect = layout.divider {
            for y in rect.y..<rect.maxY { buffer.write("│", x: rect.x, y: y, style: theme.border) }
        }
        if let rect = layout.detail {
            if let id = shownCaseID {
                drawCaseDetail(&buffer, rect, caseID: id, layout: layout)
            } else {
                buffer.write(strings[.noCaseSelected], in: rect.inset(by: 1).row(0), style: theme.muted)
            }
        }
        if let rect = layout.agenda { drawAgenda(&buffer, rect) }
        if layout.review != nil { drawReview(&buffer, layout: layout) }
        if let parts = layout.searchParts { drawSearch(&buffer, parts) }
        drawStatusBar(&buffer, layout.statusBar)
        if let overlay { drawOverlay(&buffer, overlay) }
        return buffer
    }

    private func drawTooSmall(_ buffer: inout CellBuffer) {
        let text = strings.format(.tooSmall, size.width, size.height, AppState.minimumSize.width, AppState.minimumSize.height)
        var lines = TextWrap.lines(text, width: max(1, size.width - 2))
        if case .form(let form)? = overlay, let question = form.discardQuestion {
            lines += [""] + TextWrap.lines(strings[question == .quit ? .confirmQuitDiscarding : .confirmDiscard], width: max(1, size.width - 2))
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            buffer.write(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: top + index, style: theme.heading)
        }
    }

    private func drawTitleBar(_ buffer: inout CellBuffer, _ rect: Rect) {
        buffer.fill(rect, style: theme.title)
        let screenName: String
        switch screen {
        case .caseload: screenName = strings[.caseloadTitle] + (scopeTitle.map { " (" + $0 + ")" } ?? "")
        case .caseDetail: screenName = strings[.caseTitle]
        case .agenda: screenName = strings[.agendaTitle]
        case .review: screenName = strings[.reviewTitle] + (reviewing.map { " " + $0.round.id } ?? "")
        case .search: screenName = strings[search: .title]
        }
        let user = context.user.initials + " " + context.user.name
        var x = buffer.write(" Jobsag · " + screenName + " · " + user, x: rect.x, y: rect.y, style: theme.title, maxX: rect.maxX)
        let date = Format(strings: strings).withWeekday(context.asOf) + " " + strings.format(.weekNumber, context.asOf.isoWeek) + " "
        let asOfNote = context.asOfIsOverridden ? strings[.asOfOverridden] + " " : ""
        let right = asOfNote + date
        let demo = context.isDemo ? " DEMO " : ""
        let rightWidth = DisplayWidth.of(right) + DisplayWidth.of(demo) + 1
        if x + 1 + rightWidth <= rect.maxX {
            x = rect.maxX - rightWidth
            if !demo.isEmpty { x = buffer.write(demo, x: x, y: rect.y, style: theme.demoBadge) + 1 }
            buffer.write(right, x: x, y: rect.y, style: theme.title)
        } else if !demo.isEmpty {
            buffer.write(demo, x: rect.maxX - DisplayWidth.of(demo), y: rect.y, style: theme.demoBadge)
        }
    }

    private func drawStatusBar(_ buffer: inout CellBuffer, _ rect: Rect) {
        buffer.fill(rect, style: theme.keyLabel)
        let context = keyContext
        let mode = " " + strings.modeName(context) + " "
        var x = buffer.write(mode, x: rect.x, y: rect.y, style: theme.mode) + 1
        var hintsEnd = rect.maxX
        // The busy mark (waiting on the store) stands at the right, beside a message too.
        if isBusy {
            let mark = " ⧗ " + strings[.busyIndicator] + "… "
            hintsEnd -= DisplayWidth.of(mark)
            buffer.write(mark, x: hintsEnd, y: rect.y, style: theme.yellow)
        }
        if let message {
            let style = message.kind == .error ? theme.error : message.kind == .success ? theme.success : theme.heading
            buffer.write(" " + message.text + " ", x: x, y: rect.y, style: style, maxX: hintsEnd)
            return
        }
        if let id = shownCaseID, let item = cases[id], screen == .caseDetail {
            x = buffer.write(DisplayWidth.truncate(item.citizen.name, to: 24), x: x, y: rect.y, style: theme.heading) + 2
        }
        let indicator: (String, Style)? = {
            switch saveIndicator {
            case .none: return nil
            case .saved: return (" ✓ " + strings[.savedIndicator] + " ", theme.success)
            case .unsaved: return (" ● " + strings[.unsavedIndicator] + " ", theme.yellow)
            }
        }()
        if !isBusy, let (text, style) = indicator {
            hintsEnd -= DisplayWidth.of(text)
            buffer.write(text, x: hintsEnd, y: rect.y, style: style)
        }
        let hints = hintActions(for: context).compactMap { action -> (key: String, label: String)? in
            guard let key = keymap.firstKey(for: action, in: context) else { return nil }
            return (key.displayName, hintLabel(action, in: context))
        }
        buffer.drawKeyHints(hints, in: Rect(x: x, y: rect.y, width: hintsEnd - x, height: 1),
                            keyStyle: theme.keyName, labelStyle: theme.keyLabel)
    }

    /// A key hint's label; on the Journal tab in the words of the notes (`hint.<action>.journal`:
    /// Enter reads a note), on a booked meeting in the words of a booking (`hint.<action>.meeting`:
    /// `e` moves it).
    private func hintLabel(_ action: Action, in context: KeyContext) -> String {
        let general = strings.hintLabel(action, in: context)
        guard context == .caseDetail else { return general }
        if detail?.tab == .journal { return strings.entry("hint." + action.rawValue + ".journal", fallback: general) }
        if selectedMeeting?.meeting.isBooked == true { return strings.entry("hint." + action.rawValue + ".meeting", fallback: general) }
        return general
    }

    private func hintActions(for context: KeyContext) -> [Action] {
        switch context {
        case .caseload: return [.open, .filter, .help, .quit, .agenda, .quickFilter, .cycleSort]
        case .caseDetail where detail?.tab == .journal: return [.newNote, .open, .edit, .nextTab, .back, .help]
        case .caseDetail where selectedMeeting?.meeting.isBooked == true:
            return [.meetingHeld, .meetingNoShow, .edit, .cancelMeeting, .back, .help]
        case .caseDetail: return [detail?.tab.newEntry].compactMap { $0 } + [.nextTab, .open, .back, .help, .filter, .agenda]
        case .agenda where selectedMeeting != nil: return [.open, .meetingHeld, .meetingNoShow, .cancelMeeting, .back, .help]
        case .agenda: return [.open, .back, .help]
        case .review:
            return reviewing?.showsSummary == true ? [.reviewSummary, .back, .help]
                : [.confirmSuggestion, .answerYes, .answerNo, .answerNotRelevant, .verdict, .help, .confirmAllSuggestions, .nextCase, .reviewSummary]
        case .search: return [.open, .back, .help]
        case .filter: return [.acceptFilter, .clearFilter]
        case .help, .why, .reading: return [.closeOverlay]
        case .picker: return [.choose, .closeOverlay]
        case .form: return [.save, .nextField, .cancel]
        case .confirm: return [.confirmYes, .confirmNo]
        }
    }
}

extension Strings {
    /// The mode shown at the left of the status bar.
    func modeName(_ context: KeyContext) -> String {
        entry("mode." + context.rawValue)
    }

    /// The short label of an action in the key-hint bar.
    func hintLabel(_ action: Action, in context: KeyContext) -> String {
        entry("hint." + action.rawValue + "." + context.rawValue, fallback: entry("hint." + action.rawValue, fallback: actionDescription(action, in: context)))
    }
}
