import JobsagCore

/// Why a case has its colour on the caseload, in the app's rows and in the database's caseload
/// columns alike: the obligation or reminder that makes it red or yellow. Red is what can
/// still be acted on now (an obligation or a reminder overdue, or a case that cannot be
/// evaluated); a duty whose window has closed (`missed`) is history and never colours the row.
public enum LightCause: Sendable {
    case obligation(Obligation)
    /// An own reminder or a spot-check follow-up, not yet done.
    case reminder(Reminder)

    /// The status the cause has as of `asOf` (a reminder's in the obligations' terms).
    public func status(asOf: CalendarDate) -> ObligationStatus {
        switch self {
        case .obligation(let obligation): return obligation.status
        case .reminder(let reminder): return reminder.status(asOf: asOf)
        }
    }

    /// The date the cause is due, if it has one.
    public var date: CalendarDate? {
        switch self {
        case .obligation(let obligation): return obligation.deadline
        case .reminder(let reminder): return reminder.due
        }
    }

    /// The most urgent cause of a case's light, if it is not green: red before yellow, overdue
    /// before cannot be evaluated, then the earliest date; obligations before reminders on a tie.
    public static func mostUrgent(of item: Case, assessment: CaseAssessment) -> LightCause? {
        let asOf = assessment.asOf
        let candidates = assessment.obligations.map(LightCause.obligation)
            + item.openReminders(asOf: asOf).map(LightCause.reminder)
        var best: (cause: LightCause, rank: Int, date: CalendarDate)?
        for cause in candidates {
            let status = cause.status(asOf: asOf)
            guard TrafficLight(status) != .green else { continue }
            let rank = status == .overdue ? 0 : status == .cannotEvaluate ? 1 : 2
            let date = cause.date ?? .distantFuture
            if let current = best, (current.rank, current.date) <= (rank, date) { continue }
            best = (cause, rank, date)
        }
        return best?.cause
    }
}
