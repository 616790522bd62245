/// A transfer of a case (overdragelse) from one caseworker to another: the day, who had it,
/// who has it now and who handed it over.
public struct CaseTransfer: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    public var from: Initials
    public var to: Initials
    public var by: Initials

    public init(id: EntryID, date: CalendarDate, from: Initials, to: Initials, by: Initials) {
        self.id = id
        self.date = date
        self.from = from
        self.to = to
        self.by = by
    }
}
