// A follow-up action from a review: a reminder for the caseworker with a due date.
import JobsagCore

/// A follow-up action for the caseworker, kept in the review and saved in the case as a
/// `Reminder` with the round's id (so it shows in Påmindelser and closes when marked done).
public struct FollowUpAction: Codable, Hashable, Sendable {
    /// The id of the reminder in the case.
    public var reminderID: EntryID
    public var text: String
    public var due: CalendarDate

    public init(reminderID: EntryID, text: String, due: CalendarDate) {
        self.reminderID = reminderID
        self.text = text
        self.due = due
    }

    /// The reminder to add to the case.
    public func reminder(createdBy reviewer: Initials, roundID: String) -> Reminder {
        Reminder(id: reminderID, due: due, text: text, createdBy: reviewer, reviewRoundID: roundID)
    }
}
