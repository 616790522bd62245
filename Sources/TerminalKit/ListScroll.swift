/// The selection and scroll position of a list that shows `pageHeight` rows at a time.
public struct ListScroll: Hashable, Sendable {
    /// The selected row (0-based), or 0 in an empty list.
    public private(set) var selected: Int = 0
    /// The first row shown.
    public private(set) var top: Int = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = max(0, selected)
        self.top = max(0, top)
    }

    /// Moves the selection by `delta` rows within `count` rows.
    public mutating func move(by delta: Int, count: Int, pageHeight: Int) {
        select(selected + delta, count: count, pageHeight: pageHeight)
    }

    public mutating func select(_ row: Int, count: Int, pageHeight: Int) {
        selected = count == 0 ? 0 : min(max(0, row), count - 1)
        clamp(count: count, pageHeight: pageHeight)
    }

    /// Selects `row` from elsewhere (a case opened from the search or the agenda): a row
    /// already on the page stays where it is, another is shown in the middle of the page,
    /// with the rows around it, instead of at its edge.
    public mutating func jump(to row: Int, count: Int, pageHeight: Int) {
        let page = max(1, pageHeight)
        let wanted = count == 0 ? 0 : min(max(0, row), count - 1)
        if wanted < top || wanted >= top + page { top = max(0, wanted - (page - 1) / 2) }
        select(wanted, count: count, pageHeight: pageHeight)
    }

    /// Keeps the selection inside the list and visible on the page.
    public mutating func clamp(count: Int, pageHeight: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        let page = max(1, pageHeight)
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
        top = max(0, min(top, max(0, count - page)))
    }

    /// Applies a movement key (↑ ↓ j k g G Home End PgUp PgDn). Returns false for other keys.
    public mutating func handle(_ key: Key, count: Int, pageHeight: Int) -> Bool {
        switch key {
        case .up, .character("k"): move(by: -1, count: count, pageHeight: pageHeight)
        case .down, .character("j"): move(by: 1, count: count, pageHeight: pageHeight)
        case .pageUp: move(by: -max(1, pageHeight - 1), count: count, pageHeight: pageHeight)
        case .pageDown: move(by: max(1, pageHeight - 1), count: count, pageHeight: pageHeight)
        case .home, .character("g"): select(0, count: count, pageHeight: pageHeight)
        case .end, .character("G"): select(count - 1, count: count, pageHeight: pageHeight)
        default: return false
        }
        return true
    }
}
