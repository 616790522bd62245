import JobsagCore

/// Something due in a case on a date: an obligation still to be done (with a deadline), one
/// of the caseworker's own reminders not yet done, or a booked meeting not yet recorded as
/// held or a no-show. The agenda and `jobsag reminders` list these.
public struct DueItem: Sendable {
    public enum Source: Sendable {
        case obligation(Obligation)
        case reminder(Reminder)
        case meeting(Meeting)
    }

    public var caseID: CaseID
    public var date: CalendarDate
    public var source: Source

    /// The due items of one case, by date.
    public static func items(of item: Case, assessment: CaseAssessment) -> [DueItem] {
        (obligations(of: item.id, assessment: assessment) + ownItems(of: item, asOf: assessment.asOf))
            .sorted { ($0.date, $0.tiebreak) < ($1.date, $1.tiebreak) }
    }

    /// The obligations still to be done that have a deadline, from the case's assessment.
    public static func obligations(of caseID: CaseID, assessment: CaseAssessment) -> [DueItem] {
        assessment.obligations.compactMap { obligation in
            guard obligation.status.isActionable, let deadline = obligation.deadline else { return nil }
            return DueItem(caseID: caseID, date: deadline, source: .obligation(obligation))
        }
    }

    /// What is due from the case itself: its open own reminders and, while it is open, its
    /// booked meetings (a program that keeps a case's assessment but not the case keeps these).
    public static func ownItems(of item: Case, asOf: CalendarDate) -> [DueItem] {
        let meetings = item.closingDate(asOf: asOf) == nil ? item.bookedMeetings : []
        return ownItems(of: item.id, reminders: item.openReminders(asOf: asOf), meetings: meetings)
    }

    /// The items of open reminders and booked meetings of a case, in that order.
    public static func ownItems(of caseID: CaseID, reminders: [Reminder], meetings: [Meeting]) -> [DueItem] {
        reminders.map { DueItem(caseID: caseID, date: $0.due, source: .reminder($0)) }
            + meetings.map { DueItem(caseID: caseID, date: $0.date, source: .meeting($0)) }
    }

    /// The time of day, for a meeting.
    public var time: ClockTime? {
        if case .meeting(let meeting) = source { return meeting.time }
        return nil
    }

    /// A stable order between items of one case on one day: meetings by time, then
    /// obligations, then reminders.
    public var tiebreak: String {
        switch source {
        case .meeting(let meeting): return "0" + meeting.time.text + meeting.id
        case .obligation(let obligation): return "1" + obligation.ruleID + (obligation.subjectID ?? "")
        case .reminder(let reminder): return "2" + reminder.id
        }
    }
}
