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

/// One thing due in the agenda, with the citizen's name to show.
public struct AgendaItem: Sendable {
    public var due: DueItem
    public var citizenName: String

    public var caseID: CaseID { due.caseID }
    public var date: CalendarDate { due.date }
    /// What the item stands for, the same before and after the case changes.
    var identity: String { caseID + " " + due.tiebreak }
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

    public init() {}

    /// Everything due in the cases of `rows`: actionable obligations with a deadline (from
    /// `assessments`) and what else is due (`dueItems`: booked meetings, by time, and open own
    /// reminders), grouped overskredet / i dag / i morgen / denne uge / senere. Each item takes
    /// its citizen's name and Danish sort key from the row (worked out once a case, not at
    /// every comparison: a jobcenter's 100,000 items took 4 s to sort).
    init(rows: [CaseRow], assessments: [CaseID: CaseAssessment], dueItems: [CaseID: [DueItem]], asOf: CalendarDate) {
        // On every core: a jobcenter has a million obligations.
        let perCase = Parallel.map(count: rows.count) { number -> (due: [DueItem], name: String, nameKey: [UInt32])? in
            let row = rows[number]
            let obligations = assessments[row.id].map { DueItem.obligations(of: row.id, assessment: $0) } ?? []
            let due = obligations + (dueItems[row.id] ?? [])
            return due.isEmpty ? nil : (due, row.name, row.nameSortKey)
        }
        var items: [AgendaItem] = []
        var nameKeys: [[UInt32]] = []
        for case let (due, name, nameKey)? in perCase {
            for entry in due {
                items.append(AgendaItem(due: entry, citizenName: name))
                nameKeys.append(nameKey)
            }
        }
        // The order is found on the items' indices, each comparison reading two items in place.
        let order = items.withUnsafeBufferPointer { items in
            Array(items.indices).sorted { x, y in
                if items[x].date != items[y].date { return items[x].date < items[y].date }
                // The day's meetings first, by time; then the deadlines and reminders.
                let xTime = items[x].due.time?.minutesAfterMidnight ?? ClockTime.minutesPerDay
                let yTime = items[y].due.time?.minutesAfterMidnight ?? ClockTime.minutesPerDay
                if xTime != yTime { return xTime < yTime }
                if items[x].citizenName != items[y].citizenName {
                    return DanishText.precedes(items[x].citizenName, key: nameKeys[x], items[y].citizenName, key: nameKeys[y])
                }
                return (items[x].caseID, items[x].due.tiebreak) < (items[y].caseID, items[y].due.tiebreak)
            }
        }
        // The groups follow the dates in the order of `AgendaBucket`: each is a run of the
        // order, counted first, then written after its heading, each item copied once.
        let buckets = order.map { AgendaBucket.of(items[$0].date, asOf: asOf) }
        var counts: [AgendaBucket: Int] = [:]
        for bucket in buckets { counts[bucket, default: 0] += 1 }
        lines.reserveCapacity(order.count + counts.count)
        var group: AgendaBucket?
        for (index, bucket) in zip(order, buckets) {
            if bucket != group {
                lines.append(.heading(bucket, count: counts[bucket] ?? 0))
                group = bucket
            }
            lines.append(.item(items[index]))
        }
        if let first = lines.firstIndex(where: \.isSelectable) {
            scroll = ListScroll(selected: first)
        }
    }

    var selectedItem: AgendaItem? {
        guard scroll.selected < lines.count, case .item(let item) = lines[scroll.selected] else { return nil }
        return item
    }

    /// The item line nearest `index` (itself when it is one), looking first in the given
    /// direction; nil when there are no items.
    func nearestItem(to index: Int, forward: Bool) -> Int? {
        guard !lines.isEmpty else { return nil }
        let start = min(max(0, index), lines.count - 1)
        let ahead = forward ? Array(start..<lines.count) : Array((0...start).reversed())
        let behind = forward ? Array((0..<start).reversed()) : Array((start + 1)..<lines.count)
        return (ahead + behind).first { lines[$0].isSelectable }
    }

    /// Recomputes the items, keeping the selected item, or when it left (a duty met, a
    /// reminder done) the item that took its place.
    mutating func refresh(rows: [CaseRow], assessments: [CaseID: CaseAssessment], dueItems: [CaseID: [DueItem]], asOf: CalendarDate) {
        let selected = selectedItem?.identity
        var fresh = AgendaState(rows: rows, assessments: assessments, dueItems: dueItems, asOf: asOf)
        let kept = fresh.lines.firstIndex { line in
            if case .item(let item) = line { return item.identity == selected }
            return false
        }
        if let index = kept ?? fresh.nearestItem(to: scroll.selected, forward: true) {
            fresh.scroll = ListScroll(selected: index, top: scroll.top)
        }
        self = fresh
    }
}
