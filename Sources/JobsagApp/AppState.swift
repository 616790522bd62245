import JobsagCore
import JobsagReview
import JobsagRules
import TerminalKit

/// The screens the program can show.
public enum Screen: Hashable, Sendable {
    case caseload
    case caseDetail
    case agenda
    /// A spot-check round (ledelsestilsyn).
    case review
    /// The search across the conversations, journal notes and goals (`S`).
    case search
}

/// The audit events of a case, once read.
public struct CaseHistory: Sendable {
    public var events: [AuditEvent]
    public var problems: [String]
}

/// The whole state of the program. `update` changes it; `view` draws it.
public struct AppState: Sendable {
    public let context: AppContext
    public let strings: Strings
    public let keymap: Keymap
    public let engine: RuleEngine
    public let theme: Theme

    /// The cases the program holds: the user's own caseload and every case a screen needed
    /// this session (`holds`, `holdingShownCases`). The others of the scope are known by
    /// their row, unsettled obligations and due items until then.
    public internal(set) var cases: [CaseID: Case]
    /// The cases asked of the store (`Effect.holdCases`) and not yet come.
    var casesBeingRead: Set<CaseID> = []
    /// The cases the store could not read when asked to, with the problem: not asked for
    /// again until the scope is read again.
    var unreadableCases: [CaseID: String] = [:]
    /// The status line's "reading" while cases asked for are read (cleared when they come).
    var readingMessage: StatusMessage?
    /// What the user asked for that waits for cases being read (`holding`).
    var waitingFollowUp: (ids: Set<CaseID>, followUp: HoldFollowUp)?
    /// What each case of the scope has due besides its obligations (`DueItem.ownItems`: own
    /// reminders, booked meetings): with the obligations of `assessments`, the agenda's lines.
    public internal(set) var dueItems: [CaseID: [DueItem]] = [:]
    /// Each evaluated case's unsettled obligations (`CaseAssessment.unsettled`): what the rows,
    /// the agenda and the news read. The whole assessment, met duties and their evidence too,
    /// is worked out when a case is shown (`assessment(of:)`): kept for every case, it was
    /// more memory than the cases themselves (813 MB at 50,000 cases).
    public internal(set) var assessments: [CaseID: CaseAssessment]
    /// Every case in scope, in the current sort order.
    public internal(set) var rows: [CaseRow] = [] {
        didSet {
            caseloadCounts = CaseloadCounts(rows)
            filterIndex = CaseloadFilterIndex(rows)
            rowIndex = Dictionary(rows.enumerated().map { ($1.id, $0) }) { first, _ in first }
            // The visible rows pointed into the old rows: none until `applyFilters` runs.
            visibleRows = []
        }
    }
    /// The caseload header's counts, kept with the rows: counted for every frame, 50,000
    /// rows took 7 ms of each key.
    public private(set) var caseloadCounts = CaseloadCounts()
    /// What the filters read of every row, kept with the rows.
    private var filterIndex = CaseloadFilterIndex()
    /// Each row's place in `rows`, by case id, kept with the rows.
    private(set) var rowIndex: [CaseID: Int] = [:]
    /// The rows that pass the filters: indices into `rows`, in order.
    public internal(set) var visibleRows: [Int] = []

    /// The screens Esc goes back through; the top one is shown.
    public internal(set) var navigation = ScreenStack()
    public internal(set) var caseload = CaseloadState()
    public internal(set) var detail: CaseDetailState?
    public internal(set) var agenda = AgendaState()
    /// The search screen's query and hits (kept when the user leaves it for a while).
    public internal(set) var search: SearchState?
    public internal(set) var overlay: Overlay?
    public internal(set) var size: Size
    public internal(set) var message: StatusMessage?
    public internal(set) var histories: [CaseID: CaseHistory] = [:]
    /// Cases whose view has been logged this session.
    var viewedCases: Set<CaseID> = []
    /// The cases shown in a spot-check round this session, as `round/case` (each logged once).
    var reviewedCaseViews: Set<String> = []
    /// Ids for new entries.
    var idSource: EntryIDSource
    /// The changes `u` can undo, the latest last.
    public internal(set) var undoStack: [UndoStep] = []
    /// The save the runtime is performing, and what to do when it is on disk.
    var pendingSave: PendingSave?
    /// Whether the last change is on disk, for the status bar.
    public internal(set) var saveIndicator: SaveIndicator = .none
    /// Whether the status bar shows the busy mark: effects have been outstanding a while.
    public internal(set) var isBusy = false
    /// The user asked to quit while a save was in flight: quit when it is on disk.
    var quitsWhenSaved = false
    /// Which cases the caseload shows.
    public internal(set) var scope: CaseScope
    /// Cases outside the own caseload the user gave a reason to open this session, with
    /// the reason (logged again with a CPR number revealed in the case).
    var accessGranted: [CaseID: String] = [:]
    /// The scope's cases the store lists but lets the user read only with a reason (a
    /// database's team cases outside a sagsbehandler's caseload): shown as locked rows.
    public internal(set) var lockedCases: [CaseID: LockedCase] = [:]
    /// The spot-check round on screen (kept when the user leaves it for a while).
    public internal(set) var reviewing: ReviewState?
    /// The spot-check rounds in the store, as last read, the newest first.
    public internal(set) var reviewRounds: [ReviewRound] = []
    /// "Nyt siden sidst", once read at start (`N` shows it).
    public internal(set) var news: News?
    /// The cases transferred to the user by someone else that the user has not opened since
    /// (marked as new in the caseload).
    public internal(set) var unseenTransfers: Set<CaseID> = []

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(width: 60, height: 15)
    /// From this width the case is shown beside the caseload.
    public static let sideBySideWidth = 120

    /// The state holding every case of `cases` (tests, the demo's own caseload).
    public init(context: AppContext, cases: [Case], strings: Strings, keymap: Keymap = .standard,
                engine: RuleEngine = RuleEngine(), theme: Theme = .color, size: Size, idSeed: UInt64 = 0,
                scope: CaseScope? = nil) {
        self.init(context: context, evaluated: Self.evaluate(cases, holding: { _ in true }, engine: engine, strings: strings, asOf: context.asOf),
                  strings: strings, keymap: keymap, engine: engine, theme: theme, size: size, idSeed: idSeed, scope: scope)
    }

    /// The state of the cases of a scope as the runtime evaluated them while reading them.
    public init(context: AppContext, evaluated: [EvaluatedCase], strings: Strings, keymap: Keymap = .standard,
                engine: RuleEngine = RuleEngine(), theme: Theme = .color, size: Size, idSeed: UInt64 = 0,
                scope: CaseScope? = nil) {
        self.scope = scope ?? AppState.initialScope(for: context.user.role)
        self.idSource = EntryIDSource(seed: idSeed)
        self.context = context
        self.theme = theme
        self.strings = strings
        self.keymap = keymap
        self.engine = engine
        self.size = size
        self.cases = [:]
        self.assessments = [:]
        setEvaluated(evaluated)
        if !context.loadProblems.isEmpty {
            overlay = .notice(NoticeState(
                title: strings.format(.loadProblemsTitle, context.loadProblems.count),
                paragraphs: context.loadProblems + [strings[.loadProblemsHint]]))
        }
    }

    // MARK: Derived

    /// The screen shown.
    public var screen: Screen { navigation.current }

    public var isTooSmall: Bool {
        size.width < AppState.minimumSize.width || size.height < AppState.minimumSize.height
    }

    public var isSideBySide: Bool { size.width >= AppState.sideBySideWidth }

    /// The context that decides what keys mean right now.
    public var keyContext: KeyContext {
        if let overlay {
            switch overlay {
            case .help: return .help
            case .why: return .why
            case .reading: return .reading
            case .picker: return .picker
            case .form(let form): return form.isConfirmingDiscard || form.offeredCase != nil ? .confirm : .form
            case .confirm: return .confirm
            case .notice: return .help
            case .prompt: return .form
            }
        }
        switch screen {
        case .caseload: return caseload.isEditingFilter ? .filter : .caseload
        case .caseDetail: return detail?.isEditingSearch == true ? .filter : .caseDetail
        case .agenda: return .agenda
        case .review: return .review
        case .search: return .search
        }
    }

    /// The row selected in the caseload.
    public var selectedRow: CaseRow? {
        let index = caseload.scroll.selected
        guard index < visibleRows.count else { return nil }
        return rows[visibleRows[index]]
    }

    /// The case the detail pane shows: the opened one, or on wide screens the selected row.
    public var shownCaseID: CaseID? {
        if screen == .caseDetail, let detail { return detail.caseID }
        if isSideBySide, screen == .caseload, let id = selectedRow?.id, mayView(id) { return id }
        return nil
    }

    /// The line selected on the open case's tab, if any.
    var selectedTabEntry: TabEntry? {
        guard let detail else { return nil }
        let list = entries(detail.tab, of: detail.caseID)
        return detail.scroll.selected < list.count ? list[detail.scroll.selected] : nil
    }

    /// The entries of a tab of a case, as the tab lists them.
    func entries(_ tab: DetailTab, of caseID: CaseID) -> [TabEntry] {
        guard let item = cases[caseID] else { return [] }
        // Overblik lists every obligation, met ones too: the whole assessment, worked out
        // now; the other tabs read at most the unsettled ones kept.
        let assessment = (tab == .overview ? assessment(of: caseID) : assessments[caseID])
            ?? CaseAssessment(asOf: context.asOf, obligations: [])
        return TabEntry.entries(tab, of: item, assessment: assessment, history: histories[caseID], strings: strings)
    }

    /// The whole assessment of a loaded case: every obligation, met ones too, with evidence.
    func assessment(of caseID: CaseID) -> CaseAssessment? {
        cases[caseID].map { engine.evaluate($0, asOf: context.asOf) }
    }

    // MARK: Rows

    /// Whether the program holds `item` once it has read it: the user's own cases (as
    /// caseworker or coordinating caseworker). The runtime decides with it while it reads a
    /// scope, on the core that read each case.
    public static func holds(_ item: Case, user: Initials) -> Bool {
        item.caseworker == user || item.coordinatingCaseworker == user
    }

    /// `holds` for the case of a row (its caseworker and coordinating caseworker are the case's).
    static func holds(_ row: CaseRow, user: Initials) -> Bool {
        row.caseworker == user || row.coordinatingCaseworker == user
    }

    /// `cases` evaluated on every core, each held when `holding` says so.
    public static func evaluate(_ cases: [Case], holding: @escaping @Sendable (Case) -> Bool, engine: RuleEngine, strings: Strings,
                                asOf: CalendarDate) -> [EvaluatedCase] {
        Parallel.map(cases, perChunk: 64) { EvaluatedCase($0, holding: holding($0), engine: engine, strings: strings, asOf: asOf) }
    }

    /// Puts a changed or new case in place: evaluates it and updates its row, holding it
    /// when it was held, is the user's own or `holding` asks for it (a case someone else
    /// changed is not held for that alone). A case transferred out of the scope shown keeps
    /// no row (it stays held for the screen that shows it).
    mutating func replaceCase(_ item: Case, holding: Bool = true) {
        let selectedID = selectedRow?.id
        let known = cases[item.id]
        markTransfer(from: known, to: item)
        let evaluated = EvaluatedCase(item, holding: holding || known != nil || isOwn(item), engine: engine, strings: strings, asOf: context.asOf)
        if let held = evaluated.held { cases[item.id] = held }
        assessments[item.id] = evaluated.assessment
        dueItems[item.id] = evaluated.due
        let wasInScope = known.map(isInScope) ?? rowIndex[item.id].map { !rows[$0].isLocked } ?? false
        let movedAway = wasInScope && !isInScope(item)
        var changed = rows
        // `changed` alone holds the rows now: it changes in place, and the counts and the
        // filters' index are made once, for the rows in order.
        rows = []
        if movedAway {
            changed.removeAll { $0.id == item.id }
        } else if let index = changed.firstIndex(where: { $0.id == item.id }) {
            changed[index] = evaluated.row
        } else {
            changed.append(evaluated.row)
        }
        setRows(changed, keeping: selectedID)
        refreshAgenda()
        searchCaseChanged(item.id)
        clampScrolls()
    }

    /// Puts the evaluated cases of a scope in place of the cases (at start and when the scope
    /// changes), the locked cases' rows beside them.
    mutating func setEvaluated(_ evaluated: [EvaluatedCase]) {
        let selectedID = selectedRow?.id
        var held: [CaseID: Case] = [:]
        for item in evaluated { if let item = item.held { held[item.id] = item } }
        cases = held
        unreadableCases = [:]
        waitingFollowUp = nil
        assessments = Dictionary(evaluated.map { ($0.id, $0.assessment) }) { _, last in last }
        dueItems = Dictionary(evaluated.map { ($0.id, $0.due) }) { _, last in last }
        let ids = Set(evaluated.map(\.id))
        let built = evaluated.map(\.row) + lockedCases.values.filter { !ids.contains($0.id) }.map { CaseRow(locked: $0) }
        setRows(built, keeping: selectedID)
    }

    /// `new` in the current sort as the rows (their counts and the filters' index made once),
    /// the filters applied again with the row `selectedID` kept selected: the caller takes it
    /// before it changes `rows`, as the visible rows point into `rows` and are stale until
    /// this recomputes them. `setRows(rows, ...)` sorts the rows again.
    mutating func setRows(_ new: [CaseRow], keeping selectedID: CaseID?) {
        rows = Self.sorted(new, by: caseload.sort)
        applyFilters(keeping: selectedID)
    }

    /// The rows in the order of `sort`. The order is found on the rows' indices, each
    /// comparison reading the two rows in place, and the rows are then put in it once:
    /// sorting the rows themselves moved every row some sixteen times at 50,000 rows (0.6 s).
    private static func sorted(_ rows: [CaseRow], by sort: CaseSort) -> [CaseRow] {
        let order = rows.withUnsafeBufferPointer { rows in
            Array(rows.indices).sorted { CaseRow.precedes(rows, $0, $1, by: sort) }
        }
        return order.map { rows[$0] }
    }

    /// Recomputes the visible rows from the filters, keeping the selected case when it stays.
    mutating func applyFilters(keeping selectedID: CaseID? = nil) {
        let query = CaseQuery(caseload.filter.text)
        let weekEnd = caseloadWeekEnd
        let quick = caseload.quickFilter
        let matches = filterIndex.matches(query, showingClosed: quick == .closed)
        // Reads the rows the index lets through in place: copying 50,000 rows per keystroke
        // costs more than the search itself.
        visibleRows = rows.withUnsafeBufferPointer { rows in
            rows.indices.filter { matches[$0] && CaseRow.passes(rows, $0, quick, weekEnd: weekEnd) }
        }
        let visible = visibleRows
        let newIndex = selectedID.flatMap { id in
            rows.withUnsafeBufferPointer { rows in visible.firstIndex { rows[$0].id == id } }
        } ?? caseload.scroll.selected
        caseload.scroll.select(newIndex, count: visibleRows.count, pageHeight: caseloadPageHeight)
    }

    /// The last day of this week (the quick filter "frist denne uge").
    private var caseloadWeekEnd: CalendarDate { context.asOf.adding(days: 7 - context.asOf.isoWeekday) }

    /// How many cases each quick filter would show with the `/` filter as it is.
    func quickFilterCounts(_ filters: [QuickFilter]) -> [Int] {
        let query = CaseQuery(caseload.filter.text)
        let weekEnd = caseloadWeekEnd
        let open = filterIndex.matches(query, showingClosed: false)
        let closed = filters.contains(.closed) ? filterIndex.matches(query, showingClosed: true) : []
        return rows.withUnsafeBufferPointer { rows in
            filters.map { quick in
                let matches = quick == .closed ? closed : open
                return rows.indices.reduce(0) { $0 + (matches[$1] && CaseRow.passes(rows, $1, quick, weekEnd: weekEnd) ? 1 : 0) }
            }
        }
    }
}

extension CaseRow {
    /// The order of the rows at `a` and `b` under a sort; ties end in Danish name order, then
    /// case id. The fields are read in place: passing the rows themselves copied them.
    static func precedes(_ rows: UnsafeBufferPointer<CaseRow>, _ a: Int, _ b: Int, by sort: CaseSort) -> Bool {
        switch sort {
        case .urgency:
            // What the user may read first; the locked rows' urgency is not known.
            if rows[a].isLocked != rows[b].isLocked { return rows[b].isLocked }
            if rows[a].light != rows[b].light { return rows[a].light > rows[b].light }
            if rows[a].nextDeadline != rows[b].nextDeadline { return rows[a].nextDeadline < rows[b].nextDeadline }
        case .deadline:
            if rows[a].nextDeadline != rows[b].nextDeadline { return rows[a].nextDeadline < rows[b].nextDeadline }
        case .group:
            let ga = rows[a].group?.sortIndex ?? Int.max, gb = rows[b].group?.sortIndex ?? Int.max
            if ga != gb { return ga < gb }
        case .name:
            break
        }
        if rows[a].nameSortKey != rows[b].nameSortKey { return rows[a].nameSortKey.lexicographicallyPrecedes(rows[b].nameSortKey) }
        return rows[a].id < rows[b].id
    }
}
