import TerminalKit

/// Where the user is: which keys mean what depends on it.
public enum KeyContext: String, Sendable, CaseIterable {
    case caseload
    case caseDetail
    case agenda
    case review
    /// The search across the conversations, notes and goals: typing goes to the query.
    case search
    case filter
    case help
    case why
    /// A whole entry to read (a journal note).
    case reading
    case picker
    case form
    case confirm
}

/// Everything a key can do. The help screen lists them from the keymap.
public enum Action: String, Sendable, CaseIterable {
    case quit, back
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open
    case nextTab, previousTab
    case tab1, tab2, tab3, tab4, tab5, tab6, tab7
    case filter, quickFilter, cycleSort
    case nextMatch, previousMatch
    case why
    case agenda
    case help
    case acceptFilter, clearFilter
    case closeOverlay, choose
    case newCase, newConversation, newGoal, newSubgoal, newOffer, newReminder, newNote
    case search
    case edit, delete, markDone, undo, commandPalette
    case toggleScope, revealCPR, approveSanction, editCitizen, writePlan, showNews, closeCase, transferCase
    case bookMeeting, meetingHeld, meetingNoShow, cancelMeeting
    case startReview, confirmSuggestion, confirmAllSuggestions, answerYes, answerNo, answerNotRelevant, checkpointNote, verdict, followUp
    case nextCase, previousCase, reviewSummary
    case nextField, previousField, save, cancel, reloadAndApply, takeTheirs, takeAllTheirs
    case confirmYes, confirmNo
}

/// One binding of a key to an action in some contexts.
public struct KeyBinding: Sendable {
    public var key: Key
    public var action: Action
    public var contexts: Set<KeyContext>

    public init(_ key: Key, _ action: Action, _ contexts: Set<KeyContext>) {
        self.key = key
        self.action = action
        self.contexts = contexts
    }
}

/// The keymap: the bindings in order, as the help screen lists them.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action bound to `key` in `context`, if any.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first(where: { $0.key == key && $0.contexts.contains(context) })?.action
    }

    /// The bindings of `context`, grouped by action in keymap order: what `?` shows.
    public func help(for context: KeyContext) -> [(action: Action, keys: [Key])] {
        var order: [Action] = []
        var keys: [Action: [Key]] = [:]
        for binding in bindings where binding.contexts.contains(context) {
            if keys[binding.action] == nil { order.append(binding.action) }
            keys[binding.action, default: []].append(binding.key)
        }
        return order.map { ($0, keys[$0] ?? []) }
    }

    /// The first key bound to `action` in `context`, for key hints.
    public func firstKey(for action: Action, in context: KeyContext) -> Key? {
        bindings.first(where: { $0.action == action && $0.contexts.contains(context) })?.key
    }

    public static let standard: Keymap = {
        let lists: Set<KeyContext> = [.caseload, .caseDetail, .agenda, .review, .help]
        let browsing: Set<KeyContext> = [.caseload, .caseDetail, .agenda, .review]
        return Keymap(bindings: [
            KeyBinding(.enter, .open, [.caseload, .agenda]),
            KeyBinding(.enter, .open, [.caseDetail]),
            KeyBinding(.character("w"), .why, [.caseDetail]),
            KeyBinding(.up, .moveUp, lists.union([.picker, .search])),
            KeyBinding(.character("k"), .moveUp, lists),
            KeyBinding(.down, .moveDown, lists.union([.picker, .search])),
            KeyBinding(.character("j"), .moveDown, lists),
            KeyBinding(.pageUp, .pageUp, lists.union([.picker, .why, .reading, .search])),
            KeyBinding(.pageDown, .pageDown, lists.union([.picker, .why, .reading, .search])),
            KeyBinding(.character("g"), .top, lists),
            KeyBinding(.home, .top, lists),
            KeyBinding(.character("G"), .bottom, lists),
            KeyBinding(.end, .bottom, lists),
            KeyBinding(.tab, .nextTab, [.caseDetail]),
            KeyBinding(.backTab, .previousTab, [.caseDetail]),
            KeyBinding(.character("1"), .tab1, [.caseDetail]),
            KeyBinding(.character("2"), .tab2, [.caseDetail]),
            KeyBinding(.character("3"), .tab3, [.caseDetail]),
            KeyBinding(.character("4"), .tab4, [.caseDetail]),
            KeyBinding(.character("5"), .tab5, [.caseDetail]),
            KeyBinding(.character("6"), .tab6, [.caseDetail]),
            KeyBinding(.character("7"), .tab7, [.caseDetail]),
            KeyBinding(.character("/"), .filter, [.caseload, .caseDetail]),
            KeyBinding(.character("n"), .nextMatch, [.caseDetail]),
            KeyBinding(.character("N"), .previousMatch, [.caseDetail]),
            KeyBinding(.character("f"), .quickFilter, [.caseload]),
            KeyBinding(.character("o"), .cycleSort, [.caseload]),
            KeyBinding(.character("a"), .agenda, [.caseload, .caseDetail]),
            KeyBinding(.character("?"), .help, browsing),
            KeyBinding(.function(1), .help, browsing.union([.search])),
            KeyBinding(.enter, .acceptFilter, [.filter]),
            KeyBinding(.escape, .clearFilter, [.filter]),
            KeyBinding(.enter, .choose, [.picker]),
            KeyBinding(.escape, .closeOverlay, [.help, .why, .reading, .picker]),
            KeyBinding(.character("q"), .closeOverlay, [.why, .reading]),
            KeyBinding(.escape, .clearFilter, [.caseload]),
            KeyBinding(.escape, .back, [.caseDetail, .agenda, .search]),
            KeyBinding(.character("q"), .back, [.caseDetail, .agenda]),
            KeyBinding(.character("n"), .newCase, [.caseload]),
            KeyBinding(.character("s"), .newConversation, [.caseload, .caseDetail]),
            KeyBinding(.character("m"), .newGoal, [.caseload, .caseDetail]),
            KeyBinding(.character("d"), .newSubgoal, [.caseload, .caseDetail]),
            KeyBinding(.character("t"), .newOffer, [.caseload, .caseDetail]),
            KeyBinding(.character("p"), .newReminder, [.caseload, .caseDetail]),
            KeyBinding(.character("J"), .newNote, [.caseload, .caseDetail]),
            KeyBinding(.character("S"), .search, [.caseload, .caseDetail, .agenda]),
            KeyBinding(.enter, .open, [.search]),
            KeyBinding(.character("e"), .edit, [.caseDetail]),
            KeyBinding(.delete, .delete, [.caseDetail]),
            KeyBinding(.character("x"), .markDone, [.caseDetail]),
            KeyBinding(.character("u"), .undo, [.caseload, .caseDetail]),
            KeyBinding(.character(":"), .commandPalette, browsing.subtracting([.review])),
            KeyBinding(.tab, .nextField, [.form]),
            KeyBinding(.backTab, .previousField, [.form]),
            KeyBinding(.ctrl("s"), .save, [.form]),
            KeyBinding(.escape, .cancel, [.form]),
            KeyBinding(.ctrl("r"), .reloadAndApply, [.form]),
            KeyBinding(.ctrl("t"), .takeTheirs, [.form]),
            KeyBinding(.ctrl("g"), .takeAllTheirs, [.form]),
            KeyBinding(.character("j"), .confirmYes, [.confirm]),
            KeyBinding(.enter, .confirmYes, [.confirm]),
            KeyBinding(.character("n"), .confirmNo, [.confirm]),
            KeyBinding(.escape, .confirmNo, [.confirm]),
            KeyBinding(.character("T"), .toggleScope, [.caseload]),
            KeyBinding(.character("c"), .revealCPR, [.caseload]),
            KeyBinding(.character("A"), .approveSanction, [.caseDetail]),
            KeyBinding(.character("i"), .editCitizen, [.caseload, .caseDetail]),
            KeyBinding(.character("P"), .writePlan, [.caseDetail]),
            KeyBinding(.character("N"), .showNews, [.caseload, .agenda]),
            KeyBinding(.character("L"), .closeCase, [.caseload, .caseDetail]),
            KeyBinding(.character("O"), .transferCase, [.caseload, .caseDetail]),
            KeyBinding(.character("b"), .bookMeeting, [.caseload, .caseDetail]),
            KeyBinding(.character("h"), .meetingHeld, [.agenda, .caseDetail]),
            KeyBinding(.character("U"), .meetingNoShow, [.agenda, .caseDetail]),
            KeyBinding(.character("C"), .cancelMeeting, [.agenda, .caseDetail]),
            KeyBinding(.character("r"), .startReview, [.caseload]),
            KeyBinding(.enter, .confirmSuggestion, [.review]),
            KeyBinding(.character("B"), .confirmAllSuggestions, [.review]),
            KeyBinding(.character("1"), .answerYes, [.review]),
            KeyBinding(.character("2"), .answerNo, [.review]),
            KeyBinding(.character("3"), .answerNotRelevant, [.review]),
            KeyBinding(.character("b"), .checkpointNote, [.review]),
            KeyBinding(.character("v"), .verdict, [.review]),
            KeyBinding(.character("h"), .followUp, [.review]),
            KeyBinding(.tab, .nextCase, [.review]),
            KeyBinding(.backTab, .previousCase, [.review]),
            KeyBinding(.character("s"), .reviewSummary, [.review]),
            KeyBinding(.character("o"), .open, [.review]),
            KeyBinding(.escape, .back, [.review]),
            KeyBinding(.character("q"), .back, [.review]),
            KeyBinding(.character("q"), .quit, [.caseload]),
            KeyBinding(.ctrl("c"), .quit, browsing.union([.form, .search])),
        ])
    }()
}
