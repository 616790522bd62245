import JobsagCore
import JobsagRules

/// One line of a case tab: what it shows and what Enter or `/` act on.
public struct TabEntry: Sendable {
    public enum Payload: Sendable {
        case obligation(Obligation)
        case goal(Goal)
        case subgoal(Subgoal)
        /// An offer linked to the goal or subgoal above it (the plan's red thread).
        case linkedOffer(Offer)
        case conversation(Conversation)
        /// A booked meeting (Samtaler: the booked ones first, by time; the others by day).
        case meeting(Meeting)
        case note(JournalNote)
        case offer(Offer)
        case reminder(Reminder)
        case auditEvent(HistoryLine)
        /// A record no other tab lists (Overblik, below the obligations).
        case record(CaseRecord)
    }

    public var id: String
    public var payload: Payload
    /// Indentation level in a tree (Min Plan).
    public var depth: Int
    /// The date the entry sorts and groups by, if any.
    public var date: CalendarDate?
    /// The last subgoal of its goal (drawn with └ in the tree).
    public var isLastSibling = false

    /// The entries of `tab` for a case, in the order the tab shows them.
    static func entries(_ tab: DetailTab, of item: Case, assessment: CaseAssessment, history: CaseHistory?, strings: Strings) -> [TabEntry] {
        switch tab {
        case .overview:
            return assessment.obligations
                .sorted(by: TabEntry.obligationOrder)
                .enumerated()
                .map { TabEntry(id: "o\($0.offset)", payload: .obligation($0.element), depth: 0, date: $0.element.deadline) }
                + CaseRecord.entries(of: item)
        case .plan:
            return planEntries(item)
        case .conversations:
            return conversationEntries(item)
        case .journal:
            return journalEntries(item)
        case .offers:
            return item.offers
                .sorted { ($0.start, $0.id) > ($1.start, $1.id) }
                .map { TabEntry(id: $0.id, payload: .offer($0), depth: 0, date: $0.start) }
        case .reminders:
            return reminderEntries(item, assessment: assessment)
        case .history:
            return HistoryLine.lines(history?.events ?? [], of: item, strings: strings).enumerated().map {
                TabEntry(id: "h\($0.offset)", payload: .auditEvent($0.element), depth: 0, date: nil)
            }
        }
    }

    /// Overblik: what can still be acted on first (overdue, cannot evaluate, due soon, open),
    /// then the history (missed, met), then not applicable; within a status by deadline, then
    /// rule id.
    static func obligationOrder(_ a: Obligation, _ b: Obligation) -> Bool {
        func rank(_ status: ObligationStatus) -> Int {
            switch status {
            case .overdue: return 0
            case .cannotEvaluate: return 1
            case .dueSoon: return 2
            case .open, .booked: return 3
            case .missed: return 4
            case .met: return 5
            case .notApplicable: return 6
            }
        }
        if rank(a.status) != rank(b.status) { return rank(a.status) < rank(b.status) }
        let da = a.deadline ?? .distantFuture, db = b.deadline ?? .distantFuture
        if da != db { return da < db }
        return (a.ruleID, a.subjectID ?? "") < (b.ruleID, b.subjectID ?? "")
    }

    /// Min Plan as a tree: each goal, its subgoals, and under each the offers linked to it.
    private static func planEntries(_ item: Case) -> [TabEntry] {
        var entries: [TabEntry] = []
        let offersByGoal = Dictionary(grouping: item.offers.filter { $0.goalID != nil }, by: { $0.goalID ?? "" })
        func linked(_ id: EntryID, depth: Int) {
            for offer in (offersByGoal[id] ?? []).sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
                entries.append(TabEntry(id: id + ">" + offer.id, payload: .linkedOffer(offer), depth: depth, date: offer.start))
            }
        }
        let goals = item.goals.sorted { (statusRank($0.status), $0.created, $0.id) < (statusRank($1.status), $1.created, $1.id) }
        for goal in goals {
            entries.append(TabEntry(id: goal.id, payload: .goal(goal), depth: 0, date: goal.deadline))
            linked(goal.id, depth: 1)
            let subgoals = goal.subgoals.sorted(by: { ($0.created, $0.id) < ($1.created, $1.id) })
            for subgoal in subgoals {
                var entry = TabEntry(id: subgoal.id, payload: .subgoal(subgoal), depth: 1, date: subgoal.deadline)
                entry.isLastSibling = subgoal.id == subgoals.last?.id
                entries.append(entry)
                linked(subgoal.id, depth: 2)
            }
        }
        return entries
    }

    /// Samtaler: the meetings still booked, soonest first; then the conversations with the
    /// cancelled and no-show meetings, newest first (a held meeting is its conversation).
    private static func conversationEntries(_ item: Case) -> [TabEntry] {
        let booked = item.bookedMeetings.map { TabEntry(id: $0.id, payload: .meeting($0), depth: 0, date: $0.date) }
        let past = item.conversations.map { TabEntry(id: $0.id, payload: .conversation($0), depth: 0, date: $0.date) }
            + item.meetings.filter { $0.state == .cancelled || $0.state == .noShow }
            .map { TabEntry(id: $0.id, payload: .meeting($0), depth: 0, date: $0.date) }
        return booked + past.sorted { ($0.date ?? .distantPast, $0.id) > ($1.date ?? .distantPast, $1.id) }
    }

    /// Journal: the notes newest first; of one day, the one written last first.
    private static func journalEntries(_ item: Case) -> [TabEntry] {
        item.notes.enumerated()
            .sorted { ($0.element.date, $0.offset) > ($1.element.date, $1.offset) }
            .map { TabEntry(id: $0.element.id, payload: .note($0.element), depth: 0, date: $0.element.date) }
    }

    private static func statusRank(_ status: Goal.Status) -> Int {
        switch status {
        case .aktiv: return 0
        case .opnaaet: return 1
        case .opgivet: return 2
        }
    }

    /// Påmindelser: what the rules say is still to do, and the caseworker's own reminders,
    /// by date; reminders already done come last.
    private static func reminderEntries(_ item: Case, assessment: CaseAssessment) -> [TabEntry] {
        var entries: [TabEntry] = assessment.obligations
            .filter { $0.status.isActionable }
            .enumerated()
            .map { TabEntry(id: "r\($0.offset)", payload: .obligation($0.element), depth: 0, date: $0.element.deadline) }
        entries += item.reminders.filter { $0.done == nil }.map {
            TabEntry(id: $0.id, payload: .reminder($0), depth: 0, date: $0.due)
        }
        entries.sort { ($0.date ?? .distantFuture, $0.id) < ($1.date ?? .distantFuture, $1.id) }
        let done = item.reminders.filter { $0.done != nil }
            .sorted { ($0.done ?? $0.due, $0.id) > ($1.done ?? $1.due, $1.id) }
            .map { TabEntry(id: $0.id, payload: .reminder($0), depth: 0, date: $0.due) }
        return entries + done
    }
}

/// The line to select when a case opens: an obligation's, or an entry's (an own reminder,
/// a search hit).
public enum EntrySelection: Hashable, Sendable {
    case obligation(Obligation)
    /// An entry by its id: an own reminder, a conversation, a note, a goal or subgoal.
    case entry(EntryID)

    /// What an agenda item stands for.
    init(_ due: DueItem.Source) {
        switch due {
        case .obligation(let obligation): self = .obligation(obligation)
        case .reminder(let reminder): self = .entry(reminder.id)
        case .meeting(let meeting): self = .entry(meeting.id)
        }
    }
}

extension TabEntry {
    /// Whether the line shows the obligation or the entry.
    func shows(_ selection: EntrySelection) -> Bool {
        switch (payload, selection) {
        case (.obligation(let shown), .obligation(let wanted)): return shown == wanted
        case (.obligation, .entry): return false
        case (_, .entry(let wanted)): return id == wanted
        default: return false
        }
    }
}
