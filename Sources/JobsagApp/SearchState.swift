import JobsagCore
import TerminalKit

/// The search screen (`S`): the query, the hits across the conversations, journal notes and
/// goals of the cases in scope the user may read, and the selection. The cases' texts are
/// folded once, when the search first opens, and kept up to date as cases change.
public struct SearchState: Sendable {
    public internal(set) var query = TextInput()
    /// The hits of the query, newest first.
    public internal(set) var hits = LogSearch.Hits.none
    public internal(set) var scroll = ListScroll()
    var index: LogSearch

    init(index: LogSearch) {
        self.index = index
    }

    /// The hit selected, if any.
    public var selectedHit: LogSearch.Hit? {
        scroll.selected < hits.count ? hits[scroll.selected] : nil
    }

    /// How many cases the hits are in.
    public var caseCount: Int { hits.caseCount }

    /// Runs the query again: after it changed (the first hit selected), or after the cases
    /// did (the selected hit kept where it still is one).
    mutating func refresh(pageHeight: Int, keepingSelection: Bool) {
        rerun(pageHeight: pageHeight, selecting: keepingSelection ? selectedHit : nil)
    }

    /// A case changed: its texts in the index, and the hits again with the selected one kept.
    mutating func update(_ item: Case, pageHeight: Int) {
        let selected = selectedHit
        // The hits hold the index: let go of it, so that the old one is freed as soon as the
        // update has merged the case's entries into a new one.
        hits = .none
        index.update(item)
        rerun(pageHeight: pageHeight, selecting: selected)
    }

    private mutating func rerun(pageHeight: Int, selecting selected: LogSearch.Hit?) {
        hits = index.hits(for: query.text, after: hits)
        let kept = selected.flatMap { hits.position(caseID: $0.caseID, entryID: $0.entryID) } ?? 0
        scroll.select(kept, count: hits.count, pageHeight: pageHeight)
    }
}

extension LogSearch.Hit {
    /// The tab that lists the entry the hit is in.
    var tab: DetailTab {
        switch kind {
        case .conversation: return .conversations
        case .note: return .journal
        case .goal, .subgoal: return .plan
        }
    }
}
