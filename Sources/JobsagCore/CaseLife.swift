/// A case's life: closing it, reopening it and handing it to another caseworker. Each is a
/// change of the case that the program saves like any other (one audit event per save);
/// what may not be done is refused here, with a message, and changes nothing.
extension Case {
    /// The closing in force: the latest one, when the case has not been reopened since.
    public var currentClosing: CaseClosing? {
        guard let last = closings.last, last.reopened == nil else { return nil }
        return last
    }

    public var isClosed: Bool { currentClosing != nil }

    /// The day the case closed, when it is closed on `date` (closed on or before it). The
    /// rules stop there: no duty falls due after it.
    public func closingDate(asOf date: CalendarDate) -> CalendarDate? {
        guard let closing = currentClosing, closing.date <= date else { return nil }
        return closing.date
    }

    /// The reminders not yet done; none when the case is closed on `date` (a closed case
    /// has nothing due).
    public func openReminders(asOf date: CalendarDate) -> [Reminder] {
        closingDate(asOf: date) == nil ? reminders.filter { $0.done == nil } : []
    }

    /// Closes the case on `date` (not after `today`, not before it was last reopened).
    public mutating func close(id: EntryID, on date: CalendarDate, reason: CaseClosing.Reason, note: String = "",
                               by user: Initials, today: CalendarDate) throws(CaseLifeProblem) {
        if let closing = currentClosing { throw .alreadyClosed(closing.date) }
        if date > today { throw .closingInTheFuture }
        if let reopened = closings.last?.reopened, date < reopened { throw .closingBeforeReopening(reopened) }
        if reason == .other, note.trimmingWhitespace().isEmpty { throw .reasonNeedsNote }
        closings.append(CaseClosing(id: id, date: date, reason: reason, note: note, closedBy: user))
    }

    /// Reopens the closed case on `date` (not before its closing, not after `today`); the
    /// closing stays in `closings`.
    public mutating func reopen(on date: CalendarDate, by user: Initials, today: CalendarDate) throws(CaseLifeProblem) {
        guard let closing = currentClosing, let index = closings.indices.last else { throw .notClosed }
        if date > today { throw .reopeningInTheFuture }
        if date < closing.date { throw .reopeningBeforeClosing(closing.date) }
        closings[index].reopened = date
        closings[index].reopenedBy = user
    }

    /// Hands the open case to the caseworker with initials `receiver`, one of `caseworkers`.
    public mutating func transfer(id: EntryID, to receiver: Initials, on date: CalendarDate, by user: Initials,
                                  caseworkers: [Caseworker]) throws(CaseLifeProblem) {
        if isClosed { throw .transferOfClosedCase }
        if receiver == user { throw .transferToOneself }
        if receiver == caseworker { throw .alreadyTheirs(receiver) }
        guard caseworkers.contains(where: { $0.initials == receiver }) else { throw .unknownCaseworker(receiver) }
        transfers.append(CaseTransfer(id: id, date: date, from: caseworker, to: receiver, by: user))
        caseworker = receiver
    }
}

/// Why a case cannot be closed, reopened or transferred as asked.
public enum CaseLifeProblem: Error, Hashable, Sendable {
    case alreadyClosed(CalendarDate)
    case closingInTheFuture
    case closingBeforeReopening(CalendarDate)
    case reasonNeedsNote
    case notClosed
    case reopeningInTheFuture
    case reopeningBeforeClosing(CalendarDate)
    case transferOfClosedCase
    case transferToOneself
    case alreadyTheirs(Initials)
    case unknownCaseworker(Initials)

    public var message: LocalizedText {
        switch self {
        case .alreadyClosed(let date):
            return LocalizedText(da: "Sagen er allerede lukket (\(date.danish)).", en: "The case is already closed (\(date.iso)).")
        case .closingInTheFuture:
            return LocalizedText(da: "Sagen kan ikke lukkes i fremtiden.", en: "A case cannot be closed in the future.")
        case .closingBeforeReopening(let date):
            return LocalizedText(da: "Tidligst \(date.danish), den dag sagen blev genåbnet.",
                                 en: "On \(date.iso) at the earliest, the day the case was reopened.")
        case .reasonNeedsNote:
            return LocalizedText(da: "Skriv en bemærkning, når årsagen er »andet«.",
                                 en: "Write a note when the reason is \"other\".")
        case .notClosed:
            return LocalizedText(da: "Sagen er ikke lukket.", en: "The case is not closed.")
        case .reopeningInTheFuture:
            return LocalizedText(da: "Sagen kan ikke genåbnes i fremtiden.", en: "A case cannot be reopened in the future.")
        case .reopeningBeforeClosing(let date):
            return LocalizedText(da: "Tidligst \(date.danish), den dag sagen blev lukket.",
                                 en: "On \(date.iso) at the earliest, the day the case was closed.")
        case .transferOfClosedCase:
            return LocalizedText(da: "Sagen er lukket: genåbn den, før den overdrages.",
                                 en: "The case is closed: reopen it before transferring it.")
        case .transferToOneself:
            return LocalizedText(da: "Du kan ikke overdrage sagen til dig selv.", en: "You cannot transfer the case to yourself.")
        case .alreadyTheirs(let initials):
            return LocalizedText(da: "Sagen har allerede \(initials) som sagsbehandler.", en: "\(initials) is already the case's caseworker.")
        case .unknownCaseworker(let initials):
            return LocalizedText(da: "Der er ingen sagsbehandler med initialerne »\(initials)«.",
                                 en: "There is no caseworker with the initials \"\(initials)\".")
        }
    }
}
