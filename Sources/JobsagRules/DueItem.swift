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
        var items: [DueItem] = []
        for obligation in assessment.obligations where obligation.status.isActionable {
            guard let deadline = obligation.deadline else { continue }
            items.append(DueItem(caseID: item.id, date: deadline, source: .obligation(obligation)))
        }
        for reminder in item.openReminders(asOf: assessment.asOf) {
            items.append(DueItem(caseID: item.id, date: reminder.due, source: .reminder(reminder)))
        }
        if item.closingDate(asOf: assessment.asOf) == nil {
            for meeting in item.bookedMeetings {
                items.append(DueItem(caseID: item.id, date: meeting.date, source: .meeting(meeting)))
            }
        }
        return items.sorted { ($0.date, $0.tiebreak) < ($1.date, $1.tiebreak) }
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
