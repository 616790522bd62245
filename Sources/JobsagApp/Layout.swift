import TerminalKit

/// Where each part of the screen goes at the current size.
struct Layout {
    let titleBar: Rect
    let statusBar: Rect
    /// The caseload list (with its two header rows), when shown.
    let caseload: Rect?
    /// The case detail, when shown.
    let detail: Rect?
    /// The column between the caseload and the detail on wide screens.
    let divider: Rect?
    let agenda: Rect?
    /// The spot-check screen's body.
    let review: Rect?
    /// The search screen's body.
    let search: Rect?

    /// The widest the case gets beside the caseload.
    static let caseWidthBeside = 80

    /// The layout of the screen shown.
    init(state: AppState) {
        self.init(state: state, showing: state.screen)
    }

    /// The layout `screen` has when it is shown.
    init(state: AppState, showing screen: Screen) {
        let full = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
        let (title, rest) = full.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        titleBar = title
        statusBar = status
        switch screen {
        case .agenda, .review, .search:
            caseload = nil
            detail = nil
            divider = nil
            agenda = screen == .agenda ? body : nil
            review = screen == .review ? body : nil
            search = screen == .search ? body : nil
        case .caseload, .caseDetail:
            agenda = nil
            review = nil
            search = nil
            if state.isSideBySide {
                // The case reads well in 80 columns (it is laid out for 80x24); beyond that
                // the caseload gets the room, and at least 40 % of the width.
                let leftWidth = max(46, body.width * 40 / 100, body.width - 1 - Layout.caseWidthBeside)
                let (left, right) = body.splitLeft(leftWidth)
                let (line, detailRect) = right.splitLeft(1)
                caseload = left
                divider = line
                detail = detailRect
            } else if screen == .caseDetail {
                caseload = nil
                divider = nil
                detail = body
            } else {
                caseload = body
                divider = nil
                detail = nil
            }
        }
    }

    /// The caseload's rows: its pane minus the summary row and the column headings above
    /// and the line below that says why the selected row has its colour.
    var caseloadList: Rect? { caseload.map { $0.splitTop(2).1.splitBottom(1).0 } }
    /// The line below the caseload's rows: why the selected row has its colour.
    var caseloadReason: Rect? { caseload.map { $0.splitBottom(1).1 } }
    var caseloadPageHeight: Int { caseloadList?.height ?? 1 }

    /// The case detail's parts: header (2 rows), tab bar, the tab's list, a rule, and the
    /// selected entry's details below it.
    var detailParts: (header: Rect, tabs: Rect, list: Rect, rule: Rect, entry: Rect)? {
        guard let detail else { return nil }
        let (header, afterHeader) = detail.splitTop(2)
        let (tabs, content) = afterHeader.splitTop(1)
        let entryHeight = min(8, max(3, content.height * 2 / 5))
        let (listAndRule, entry) = content.splitBottom(entryHeight)
        let (list, rule) = listAndRule.splitBottom(1)
        return (header, tabs, list, rule, entry)
    }

    var detailPageHeight: Int { detailParts?.list.height ?? 1 }
    var agendaPageHeight: Int { agenda.map { $0.height - 1 } ?? 1 }

    /// The spot-check screen's parts: the case line, the checklist, a rule, and the selected
    /// checkpoint's details (its evidence and note) below it.
    var reviewParts: (header: Rect, list: Rect, rule: Rect, entry: Rect)? {
        guard let review else { return nil }
        let (header, content) = review.splitTop(2)
        let entryHeight = min(9, max(4, content.height * 2 / 5))
        let (listAndRule, entry) = content.splitBottom(entryHeight)
        let (list, rule) = listAndRule.splitBottom(1)
        return (header, list, rule, entry)
    }

    var reviewListHeight: Int { reviewParts?.list.height ?? 1 }

    /// The search screen's parts: the query line, the column headings, the hits, and a line
    /// naming where the selected hit was found.
    var searchParts: (query: Rect, header: Rect, list: Rect, footer: Rect)? {
        guard let search else { return nil }
        let (query, rest) = search.splitTop(1)
        let (header, body) = rest.splitTop(1)
        let (list, footer) = body.splitBottom(1)
        return (query, header, list, footer)
    }

    var searchPageHeight: Int { searchParts?.list.height ?? 1 }
}

/// The page of each list as its own screen lays it out, whichever screen is shown: a list
/// moved or clamped while another screen is on top keeps a full page when it is back.
extension AppState {
    var caseloadPageHeight: Int { Layout(state: self, showing: .caseload).caseloadPageHeight }
    var detailPageHeight: Int { Layout(state: self, showing: .caseDetail).detailPageHeight }
    var agendaPageHeight: Int { Layout(state: self, showing: .agenda).agendaPageHeight }
    var reviewListHeight: Int { Layout(state: self, showing: .review).reviewListHeight }
    var searchPageHeight: Int { Layout(state: self, showing: .search).searchPageHeight }
}
