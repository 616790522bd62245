import JobsagCore
import JobsagRules
import TerminalKit

/// The groups of the agenda (Påmindelser across the caseload).
public enum AgendaBucket: String, Sendable, CaseIterable, LabeledValue {
    case overdue, today, tomorrow, thisWeek, later

    public static var labelPrefix: String { "agenda" }

    /// The bucket of a date seen from `asOf`: the week ends on Sunday.
    static func of(_ date: CalendarDate, asOf: CalendarDate) -> AgendaBucket {
        if date < asOf { return .overdue }
        if date == asOf { return .today }
        if date == asOf.adding(days: 1) { return .tomorrow }
        if date <= asOf.adding(days: 7 - asOf.isoWeekday) { return .thisWeek }
        return .later
    }
}

/// One thing due in the agenda: an obligation or an own reminder of a case.
public struct AgendaItem: Sendable {
    public enum Source: Sendable {
        case obligation(Obligation)
        case reminder(Reminder)
    }

    public var caseID: CaseID
    public var citizenName: String
    public var date: CalendarDate
    public var source: Source
}

/// A line of the agenda: a group heading or an item.
public enum AgendaLine: Sendable {
    case heading(AgendaBucket, count: Int)
    case item(AgendaItem)

    var isSelectable: Bool {
        if case .item = self { return true }
        return false
    }
}

/// The agenda screen's content and selection.
public struct AgendaState: Sendable {
    public var lines: [AgendaLine] = []
    public var scroll = ListScroll()
    /// Where Esc goes back to.
    public var returnScreen: Screen = .caseload

    public init() {}

    /// Everything due across `cases`: actionable obligations with a deadline and open own
    /// reminders, grouped overskredet / i dag / i morgen / denne uge / senere.
    init(cases: [CaseID: Case], assessments: [CaseID: CaseAssessment], asOf: CalendarDate) {
        var items: [AgendaItem] = []
        for (id, item) in cases {
            for obligation in assessments[id]?.obligations ?? [] where obligation.status.isActionable {
                guard let deadline = obligation.deadline else { continue }
                items.append(AgendaItem(caseID: id, citizenName: item.citizen.name, date: deadline, source: .obligation(obligation)))
            }
            for reminder in item.reminders where reminder.done == nil {
                items.append(AgendaItem(caseID: id, citizenName: item.citizen.name, date: reminder.due, source: .reminder(reminder)))
            }
        }
        items.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.citizenName != b.citizenName { return DanishText.precedes(a.citizenName, b.citizenName) }
            return (a.caseID, a.sortKey) < (b.caseID, b.sortKey)
        }
        let grouped = Dictionary(grouping: items, by: { AgendaBucket.of($0.date, asOf: asOf) })
        for bucket in AgendaBucket.allCases {
            guard let bucketItems = grouped[bucket], !bucketItems.isEmpty else { continue }
            lines.append(.heading(bucket, count: bucketItems.count))
            lines += bucketItems.map(AgendaLine.item)
        }
        if let first = lines.firstIndex(where: \.isSelectable) {
            scroll = ListScroll(selected: first)
        }
    }

    var selectedItem: AgendaItem? {
        guard scroll.selected < lines.count, case .item(let item) = lines[scroll.selected] else { return nil }
        return item
    }
}

extension AgendaItem {
    /// A stable tiebreak between items of one case on one day.
    var sortKey: String {
        switch source {
        case .obligation(let obligation): return "1" + obligation.ruleID + (obligation.subjectID ?? "")
        case .reminder(let reminder): return "2" + reminder.id
        }
    }
}
