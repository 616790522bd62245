/// A closing of a case (sagen lukket): the day, why and who closed it. Reopening the case
/// adds the day and who reopened it; the closing stays in the case as its history.
public struct CaseClosing: Hashable, Sendable, Codable, Identifiable {
    /// Why the case was closed.
    public enum Reason: String, Sendable, RawTextCodable, CaseIterable {
        /// The citizen got a job (job).
        case job
        /// The citizen started an education (uddannelse).
        case education
        /// The citizen moved to another municipality (flyttet).
        case moved
        /// Another reason, told in `note` (andet).
        case other
    }

    public var id: EntryID
    /// The last day the case was open: no duty falls due after it.
    public var date: CalendarDate
    public var reason: Reason
    /// What the caseworker adds; required for `other`.
    public var note: String
    public var closedBy: Initials
    /// The day the case was reopened, nil while it is closed.
    public var reopened: CalendarDate?
    public var reopenedBy: Initials?

    public init(
        id: EntryID, date: CalendarDate, reason: Reason, note: String = "", closedBy: Initials,
        reopened: CalendarDate? = nil, reopenedBy: Initials? = nil
    ) {
        self.id = id
        self.date = date
        self.reason = reason
        self.note = note
        self.closedBy = closedBy
        self.reopened = reopened
        self.reopenedBy = reopenedBy
    }
}
