import TerminalKit

/// The mouse, as the keys do it: the wheel moves the selection of the list shown (or the
/// text of a help or reading window) three rows a notch; a click on a row selects it, a
/// click on the row already selected opens it, as Enter does; a click on a tab of the case
/// shows that tab (on the preview beside the caseload, opens the case at it). Where the
/// keyboard types text (a filter, a search field, a form) the mouse does nothing, so a stray
/// click never changes what is being typed.
extension AppState {
    /// Rows the selection moves per notch of the wheel.
    static let wheelRows = 3

    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        if let overlay {
            switch overlay {
            case .help, .why, .reading, .picker:
                guard let key = Self.wheelKey(event) else { return [] }
                var effects: [Effect] = []
                for _ in 0..<Self.wheelRows {
                    guard let current = self.overlay else { break }
                    effects += handleOverlay(key, current)
                }
                return effects
            case .form, .confirm, .notice, .prompt:
                return []
            }
        }
        if caseload.isEditingFilter, screen == .caseload { return [] }
        if screen == .caseDetail, detail?.isEditingSearch == true { return [] }
        switch event.kind {
        case .wheelUp: return wheel(.moveUp)
        case .wheelDown: return wheel(.moveDown)
        case .press: return click(x: event.x, y: event.y)
        }
    }

    /// The arrow key a wheel turn is in a window that scrolls by keys.
    private static func wheelKey(_ event: MouseEvent) -> Key? {
        switch event.kind {
        case .wheelUp: return .up
        case .wheelDown: return .down
        case .press: return nil
        }
    }

    private mutating func wheel(_ action: Action) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<Self.wheelRows {
            if screen == .search {
                guard var state = search else { return effects }
                _ = moveSelection(&state.scroll, action, count: state.hits.count, page: searchPageHeight)
                search = state
            } else {
                effects += screenAction(action)
            }
        }
        return effects
    }

    /// A click at a cell of the screen shown.
    private mutating func click(x: Int, y: Int) -> [Effect] {
        let layout = Layout(state: self)
        switch screen {
        case .caseload:
            // Side by side, a tab of the selected case's preview opens the case at that tab.
            if let parts = layout.detailParts, parts.tabs.contains(x: x, y: y), let selected = selectedRow {
                let shown = detail?.caseID == selected.id ? detail?.tab ?? .overview : .overview
                guard let index = TabBar.tab(at: x, titles: tabTitles, selected: shown.rawValue, in: parts.tabs),
                      let tab = DetailTab(rawValue: index)
                else { return [] }
                return openCaseAskingForAccess(selected.id, tab: tab)
            }
            guard let list = layout.caseloadList, let index = row(at: x, y, in: list, top: caseload.scroll.top),
                  index < visibleRows.count
            else { return [] }
            if index == caseload.scroll.selected { return caseloadAction(.open) }
            caseload.scroll.select(index, count: visibleRows.count, pageHeight: list.height)
        case .caseDetail:
            guard var state = detail, let parts = layout.detailParts else { return [] }
            if parts.tabs.contains(x: x, y: y) {
                guard let index = TabBar.tab(at: x, titles: tabTitles, selected: state.tab.rawValue, in: parts.tabs),
                      index < Self.tabActions.count
                else { return [] }
                return detailAction(Self.tabActions[index])
            }
            let count = entries(state.tab, of: state.caseID).count
            guard let index = row(at: x, y, in: parts.list, top: state.scroll.top), index < count else { return [] }
            if index == state.scroll.selected { return detailAction(.open) }
            state.scroll.select(index, count: count, pageHeight: parts.list.height)
            detail = state
        case .agenda:
            guard let body = layout.agenda else { return [] }
            let list = body.splitTop(1).1
            guard let index = row(at: x, y, in: list, top: agenda.scroll.top), index < agenda.lines.count,
                  agenda.lines[index].isSelectable
            else { return [] }
            if index == agenda.scroll.selected { return agendaAction(.open) }
            agenda.scroll.select(index, count: agenda.lines.count, pageHeight: list.height)
        case .review:
            guard var state = reviewing, !state.showsSummary, let parts = layout.reviewParts else { return [] }
            let count = state.review?.checkpoints.count ?? 0
            guard let index = row(at: x, y, in: parts.list, top: state.scroll.top), index < count else { return [] }
            state.scroll.select(index, count: count, pageHeight: parts.list.height)
            reviewing = state
        case .search:
            guard var state = search, let parts = layout.searchParts,
                  let index = row(at: x, y, in: parts.list, top: state.scroll.top), index < state.hits.count
            else { return [] }
            if index == state.scroll.selected, let hit = state.selectedHit {
                return openCaseAskingForAccess(hit.caseID, tab: hit.tab, select: .entry(hit.entryID))
            }
            state.scroll.select(index, count: state.hits.count, pageHeight: parts.list.height)
            search = state
        }
        return []
    }

    /// The case's tab titles, as the tab bar shows them.
    private var tabTitles: [String] { DetailTab.allCases.map { strings.tabTitle($0) } }

    /// The tabs' actions in the order of `DetailTab.allCases`.
    private static let tabActions: [Action] = [.tab1, .tab2, .tab3, .tab4, .tab5, .tab6, .tab7]

    /// The list position of the row clicked, when the click is in `list`.
    private func row(at x: Int, _ y: Int, in list: Rect, top: Int) -> Int? {
        list.contains(x: x, y: y) ? top + y - list.y : nil
    }
}
