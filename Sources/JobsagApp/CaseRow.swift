import JobsagCore
import JobsagRules

/// One row of the caseload, computed once per case change: what the list shows, sorts
/// and searches on, so that a keystroke never re-evaluates or re-formats a case.
public struct CaseRow: Sendable {
    public var id: CaseID
    public var name: String
    public var nameSortKey: [UInt32]
    public var maskedCPR: String
    public var group: TargetGroup?
    /// The week of the current benefit episode (1 = the first week).
    public var episodeWeek: Int?
    /// Red: something to act on now; yellow: something due soon; green: nothing (a missed
    /// duty is history and leaves the row green).
    public var light: TrafficLight
    /// What gives the row its colour when it is red or yellow.
    public var lightCause: LightCause? { reasons.lightCause }
    /// An obligation or a reminder is overdue.
    public var hasOverdue: Bool
    /// An obligation or a reminder is due within the lead time.
    public var hasDueSoon: Bool
    /// Obligations whose window closed unmet (`missed`): history, counted apart.
    public var missedCount: Int
    public var nextDue: Obligation? { reasons.nextDue }
    /// The next deadline's date, or a date after every other: kept beside `nextDue`, as
    /// sorting 50,000 rows reads it a million times.
    public internal(set) var nextDeadline = CalendarDate.distantFuture
    public var isStandby: Bool
    public var isExempt: Bool
    public var isActivityReady: Bool
    public var caseworker: Initials
    public var coordinatingCaseworker: Initials?
    /// The citizen's CPR number (nil for a locked row): another case with the number typed
    /// in a new case's form is found among the rows, read or not.
    public var cpr: CPR?
    /// The closing in force, when the case is closed: the row is shown only by the quick
    /// filter "Lukkede sager".
    public var closing: CaseClosing? { reasons.closing }
    /// The cause of the colour, the next deadline's obligation and the closing, read when a
    /// row is drawn or its colour explained: kept apart, as they were 650 of a row's 817
    /// bytes, copied with each of 50,000 rows whenever the rows were built or sorted.
    let reasons: Reasons
    /// Name, CPR and group, folded for search (`DanishText.searchKey`): a query matches anywhere.
    public var searchKey: String
    /// The titles of the goals and subgoals, folded with their word starts marked
    /// (`DanishText.wordStartKey`): a query matches only where a word starts.
    public var goalSearchKey: String
    /// A case the store lists but lets the user read only with a reason (`LockedCase`): the
    /// row knows its name, masked CPR number and caseworker, nothing of what is due.
    public var isLocked = false

    public init(case: Case, assessment: CaseAssessment, strings: Strings) {
        let asOf = assessment.asOf
        id = `case`.id
        name = `case`.citizen.name
        nameSortKey = DanishText.sortKey(`case`.citizen.name)
        maskedCPR = `case`.citizen.cpr.masked
        group = `case`.targetGroup(on: asOf)
        if let start = `case`.episode(on: asOf)?.start {
            episodeWeek = start.days(until: asOf) / 7 + 1
        }
        let mark = CaseloadMark(`case`, assessment: assessment)
        light = mark.light
        let reminderStatuses = `case`.openReminders(asOf: asOf).map { $0.status(asOf: asOf) }
        hasOverdue = assessment.overdueCount > 0 || reminderStatuses.contains(.overdue)
        hasDueSoon = assessment.dueSoonCount > 0 || reminderStatuses.contains(.dueSoon)
        missedCount = assessment.missedCount
        nextDeadline = assessment.nextDue?.deadline ?? .distantFuture
        let currentExemptions = `case`.exemptions.filter { $0.covers(asOf) }
        isStandby = currentExemptions.contains { $0.scope == Exemption.Scope.standby }
        isExempt = currentExemptions.contains { $0.scope != Exemption.Scope.standby }
        isActivityReady = group?.isAktivitetsparat ?? false
        caseworker = `case`.caseworker
        coordinatingCaseworker = `case`.coordinatingCaseworker
        cpr = `case`.citizen.cpr
        reasons = Reasons(lightCause: mark.cause, nextDue: assessment.nextDue, closing: `case`.currentClosing)
        var searchable = [`case`.citizen.name, `case`.citizen.cpr.formatted, `case`.citizen.cpr.digits]
        if let group {
            searchable += [group.rawValue, strings.label(group), strings.shortLabel(group)]
        }
        searchKey = DanishText.searchKey(searchable.joined(separator: "\u{1F}"))
        let titles = `case`.goals.flatMap { [$0.title] + $0.subgoals.map(\.title) }
        goalSearchKey = DanishText.wordStartKey(DanishText.searchKey(titles.joined(separator: "\u{1F}")))
    }

    /// The row of a locked case: green and nothing due, as far as the user may know.
    public init(locked: LockedCase) {
        id = locked.id
        name = locked.name
        nameSortKey = DanishText.sortKey(locked.name)
        maskedCPR = locked.maskedCPR
        light = .green
        hasOverdue = false
        hasDueSoon = false
        missedCount = 0
        isStandby = false
        isExempt = false
        isActivityReady = false
        caseworker = locked.caseworker
        coordinatingCaseworker = locked.coordinatingCaseworker
        searchKey = DanishText.searchKey(locked.name + "\u{1F}" + locked.maskedCPR)
        goalSearchKey = ""
        isLocked = true
        reasons = Reasons(lightCause: nil, nextDue: nil, closing: nil)
    }

    final class Reasons: Sendable {
        let lightCause: LightCause?
        let nextDue: Obligation?
        let closing: CaseClosing?

        init(lightCause: LightCause?, nextDue: Obligation?, closing: CaseClosing?) {
            self.lightCause = lightCause
            self.nextDue = nextDue
            self.closing = closing
        }
    }

    /// Whether the row passes a quick filter's own condition (the `/` query and whether the
    /// case is closed are `CaseloadFilterIndex`'s); `weekEnd` is the last day of this week.
    /// Reads the row in place, and only for the quick filters that need it.
    static func passes(_ rows: UnsafeBufferPointer<CaseRow>, _ index: Int, _ quick: QuickFilter, weekEnd: CalendarDate) -> Bool {
        switch quick {
        case .all, .closed: break
        case .overdue: if !rows[index].hasOverdue { return false }
        case .dueThisWeek: if rows[index].nextDeadline > weekEnd { return false }
        case .group(let group): if rows[index].group != group { return false }
        case .caseworker(let initials): if rows[index].caseworker != initials { return false }
        }
        return true
    }
}
