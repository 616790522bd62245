import JobsagCore
import TerminalKit

/// The search screen's keys: typing goes to the query and the hits follow at once; the
/// arrows and PgUp/PgDn move; Enter opens the case at the entry (logged as a view, as every
/// opening is); Esc goes back.
extension AppState {
    /// `S`: the search, with the last query and its hits when it was open before. The
    /// scope's cases the program does not hold are read first (the search opens when they come).
    mutating func openSearch() -> [Effect] {
        if search == nil {
            let ids = searchableCaseIDs
            if let reading = holding(ids, then: .openSearch) { return reading }
            let cases = cases
            search = SearchState(index: LogSearch(count: ids.count) { cases[ids[$0]] })
        }
        navigation.open(.search)
        let page = searchPageHeight
        search?.refresh(pageHeight: page, keepingSelection: true)
        return []
    }

    /// The cases the search reads: those of the caseload's scope the user may open without
    /// giving a reason first (a colleague's case only once a reason was given).
    private var searchableCaseIDs: [CaseID] {
        rows.compactMap { mayView($0.id) ? $0.id : nil }
    }

    /// A case changed or came into reach: its texts in the search, and the hits again.
    mutating func searchCaseChanged(_ id: CaseID) {
        guard search != nil, let item = cases[id], rows.contains(where: { $0.id == id }), mayView(id) else { return }
        let page = searchPageHeight
        search?.update(item, pageHeight: page)
    }

    /// A key on the search screen.
    mutating func searchKey(_ key: Key) -> [Effect] {
        guard var state = search else {
            navigation.remove(.search)
            return []
        }
        let page = searchPageHeight
        if let action = keymap.action(for: key, in: .search) {
            var scroll = state.scroll
            if moveSelection(&scroll, action, count: state.hits.count, page: page) {
                state.scroll = scroll
                search = state
                return []
            }
            switch action {
            case .open:
                guard let hit = state.selectedHit else { return [] }
                return openCaseAskingForAccess(hit.caseID, tab: hit.tab, select: .entry(hit.entryID))
            case .back:
                return goBack()
            case .quit:
                return [.quit]
            case .help:
                overlay = .help(HelpState(context: .search))
                return []
            default:
                break
            }
        }
        if state.query.handle(key) {
            state.refresh(pageHeight: page, keepingSelection: false)
            search = state
        }
        return []
    }
}
