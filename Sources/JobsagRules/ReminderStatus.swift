import JobsagCore

/// An own reminder or a spot-check follow-up in the obligations' terms, so that the caseload,
/// the case and the agenda show it alike: done, overdue, due within a week, later.
extension Reminder {
    /// How many days ahead a reminder counts as due soon.
    public static let dueSoonDays = 7

    public func status(asOf: CalendarDate) -> ObligationStatus {
        if done != nil { return .met }
        if due < asOf { return .overdue }
        return due <= asOf.adding(days: Reminder.dueSoonDays) ? .dueSoon : .open
    }
}
