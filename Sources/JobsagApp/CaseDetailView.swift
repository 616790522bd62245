import JobsagCore
import JobsagRules
import TerminalKit

extension AppState {
    func drawCaseDetail(_ buffer: inout CellBuffer, _ rect: Rect, caseID: CaseID, layout: Layout) {
        guard let parts = layout.detailParts else { return }
        guard let item = cases[caseID] else {
            // A case of the scope the program does not hold yet: being read.
            let name = row(caseID).map { $0.name + " · " } ?? ""
            buffer.write(name + strings[.caseBeingRead], in: parts.header.row(0), style: theme.muted)
            return
        }
        let focused = screen == .caseDetail
        let state = detail?.caseID == caseID ? detail ?? CaseDetailState(caseID: caseID) : CaseDetailState(caseID: caseID)
        drawCaseHeader(&buffer, parts.header, item, opened: focused && detail?.caseID == caseID)
        let titles = DetailTab.allCases.map { strings.tabTitle($0) }
        buffer.drawTabs(titles, selected: state.tab.rawValue, in: parts.tabs, style: theme.tab, selectedStyle: theme.tabSelected)

        let list = entries(state.tab, of: caseID)
        let text = EntryText(strings: strings, asOf: context.asOf, user: context.user.initials)
        if list.isEmpty {
            buffer.write(strings.emptyTab(state.tab), in: parts.list.row(0), style: theme.muted)
        }
        let scroll = state.scroll
        for line in 0..<parts.list.height {
            let position = scroll.top + line
            guard position < list.count else { break }
            let entry = list[position]
            let y = parts.list.y + line
            let selected = position == scroll.selected
            let base: Style = selected ? (focused ? theme.selected : theme.selectedInactive) : .plain
            buffer.fill(Rect(x: parts.list.x, y: y, width: parts.list.width, height: 1), style: base)
            let (symbol, symbolStyle) = text.symbol(entry, theme: theme)
            var x = parts.list.x
            if hasSymbols(state.tab) {
                buffer.write(symbol, in: Rect(x: x, y: y, width: 2, height: 1), style: merge(symbolStyle, into: base))
                x += 3
            }
            buffer.write(text.line(entry, width: parts.list.maxX - x), in: Rect(x: x, y: y, width: parts.list.maxX - x, height: 1),
                         style: entryStyle(entry, base: base))
        }
        buffer.drawRule(parts.rule, style: theme.border)
        if state.tab == .history, let problems = histories[caseID]?.problems, !problems.isEmpty {
            buffer.write(problems.joined(separator: " "), in: parts.rule, style: theme.error)
        }
        if let search = detail?.caseID == caseID ? detail : nil, search.isEditingSearch || !search.search.isEmpty {
            let label = " / "
            let x = buffer.write(label, x: parts.rule.x, y: parts.rule.y, style: theme.heading)
            let (shown, cursorColumn) = search.search.visible(width: max(1, min(30, parts.rule.maxX - x - 1)))
            buffer.write(shown + " ", x: x, y: parts.rule.y, style: .plain)
            if search.isEditingSearch { buffer.cursor = (x + cursorColumn, parts.rule.y) }
        }
        if scroll.selected < list.count {
            drawEntryDetails(&buffer, parts.entry, text.details(list[scroll.selected], in: item))
        }
    }

    private func hasSymbols(_ tab: DetailTab) -> Bool {
        tab == .overview || tab == .reminders
    }

    private func entryStyle(_ entry: TabEntry, base: Style) -> Style {
        switch entry.payload {
        case .goal: return base.emboldened
        case .linkedOffer: return base.reverse ? base : merge(theme.muted, into: base)
        case .obligation(let obligation) where obligation.status == .notApplicable:
            return base.reverse ? base : merge(theme.muted, into: base)
        case .conversation(let conversation) where !conversation.wasHeld:
            return base.reverse ? base : merge(theme.muted, into: base)
        default: return base
        }
    }

    /// The citizen and the episode. The full CPR number only in a case the user opened (a
    /// logged view); the case beside the list, as the cursor moves, shows it masked.
    private func drawCaseHeader(_ buffer: inout CellBuffer, _ rect: Rect, _ item: Case, opened: Bool) {
        let asOf = context.asOf
        let citizen = item.citizen
        var first = [opened ? citizen.cpr.formatted : citizen.cpr.masked]
        if let age = citizen.cpr.age(on: asOf) { first.append(strings.format(.age, age)) }
        if let group = item.targetGroup(on: asOf) { first.append(strings.label(group)) }
        if let closing = item.currentClosing { first.insert(strings.format(life: .closedHeader, closing.date.danish), at: 0) }
        var x = buffer.write(citizen.name, x: rect.x, y: rect.y, style: theme.heading, maxX: rect.maxX)
        buffer.write("  " + first.joined(separator: " · "), x: x, y: rect.y, maxX: rect.maxX)

        var second: [String] = []
        if let episode = item.episode(on: asOf) ?? item.currentEpisode {
            let start = Format(strings: strings).long(episode.start)
            var text = strings.format(.episodeFrom, strings.label(episode.benefit), start)
            if let begun = episode.start, begun <= asOf {
                text += " " + strings.format(.episodeWeek, begun.days(until: asOf) / 7 + 1)
            }
            second.append(text)
        } else {
            second.append(strings[.noEpisode])
        }
        second.append(strings.format(.caseworkerLabel, item.caseworker))
        if let coordinating = item.coordinatingCaseworker {
            second.append(strings.format(.coordinatingLabel, coordinating))
        }
        x = buffer.write(second.joined(separator: " · "), x: rect.x, y: rect.y + 1, style: theme.muted, maxX: rect.maxX)
    }

    private func drawEntryDetails(_ buffer: inout CellBuffer, _ rect: Rect, _ lines: [(label: String, text: String)]) {
        let labelWidth = min(16, max(0, lines.map { DisplayWidth.of($0.label) }.max() ?? 0) + 1)
        var y = rect.y
        for (label, text) in lines {
            guard y < rect.maxY else { break }
            buffer.write(label, x: rect.x, y: y, style: theme.columnHeader, maxX: rect.x + labelWidth)
            let wrapped = TextWrap.lines(text, width: max(1, rect.width - labelWidth - 1), limit: rect.maxY - y)
            for line in wrapped {
                guard y < rect.maxY else { break }
                buffer.write(line, x: rect.x + labelWidth + 1, y: y, maxX: rect.maxX)
                y += 1
            }
        }
    }
}

extension Strings {
    func tabTitle(_ tab: DetailTab) -> String {
        entry("tab." + String(describing: tab))
    }

    func emptyTab(_ tab: DetailTab) -> String {
        entry("emptyTab." + String(describing: tab))
    }
}
