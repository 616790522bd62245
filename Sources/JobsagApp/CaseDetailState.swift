import JobsagCore
import TerminalKit

/// The tabs of a case.
public enum DetailTab: Int, Sendable, CaseIterable {
    case overview, plan, conversations, journal, offers, reminders, history

    var next: DetailTab { DetailTab(rawValue: (rawValue + 1) % DetailTab.allCases.count) ?? .overview }
    var previous: DetailTab {
        DetailTab(rawValue: (rawValue + DetailTab.allCases.count - 1) % DetailTab.allCases.count) ?? .overview
    }

    /// What the tab lists a new one of: its key is the tab's first hint.
    var newEntry: Action? {
        switch self {
        case .plan: return .newGoal
        case .conversations: return .newConversation
        case .journal: return .newNote
        case .offers: return .newOffer
        case .reminders: return .newReminder
        case .overview, .history: return nil
        }
    }
}

/// The case shown in detail: which tab, and the selection in each tab.
public struct CaseDetailState: Sendable {
    public var caseID: CaseID
    public var tab: DetailTab = .overview
    public var scrolls: [DetailTab: ListScroll] = [:]
    /// The `/` search within the tab, and whether it has the keyboard.
    public var search = TextInput()
    public var isEditingSearch = false

    public init(caseID: CaseID, tab: DetailTab = .overview) {
        self.caseID = caseID
        self.tab = tab
    }

    public var scroll: ListScroll {
        get { scrolls[tab] ?? ListScroll() }
        set { scrolls[tab] = newValue }
    }
}
