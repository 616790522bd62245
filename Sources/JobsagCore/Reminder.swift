/// A caseworker's own reminder (påmindelse), or a follow-up action from a spot-check.
public struct Reminder: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var due: CalendarDate
    public var text: String
    public var done: CalendarDate?
    public var createdBy: Initials
    /// The spot-check round that asked for it, for a review follow-up action.
    public var reviewRoundID: String?

    public init(
        id: EntryID, due: CalendarDate, text: String, done: CalendarDate? = nil, createdBy: Initials,
        reviewRoundID: String? = nil
    ) {
        self.id = id
        self.due = due
        self.text = text
        self.done = done
        self.createdBy = createdBy
        self.reviewRoundID = reviewRoundID
    }
}
