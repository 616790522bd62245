import JobsagCore
import TerminalKit

/// How the caseload is sorted.
public enum CaseSort: String, Sendable, CaseIterable, LabeledValue {
    /// Red first, then yellow, each by the next deadline (the default).
    case urgency
    case name
    case deadline
    case group

    public static var labelPrefix: String { "sort" }

    var next: CaseSort {
        let all = CaseSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// A quick filter of the caseload.
public enum QuickFilter: Hashable, Sendable {
    case all
    case overdue
    case dueThisWeek
    case group(TargetGroup)
    case caseworker(Initials)
    /// The closed cases (hidden under every other filter).
    case closed
}

/// The caseload's view state: sort, filters and selection.
public struct CaseloadState: Sendable {
    public var sort: CaseSort = .urgency
    public var filter = TextInput()
    /// The `/` filter line has the keyboard.
    public var isEditingFilter = false
    public var quickFilter: QuickFilter = .all
    public var scroll = ListScroll()

    public init() {}
}
