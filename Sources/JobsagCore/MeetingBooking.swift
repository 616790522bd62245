/// Booking, moving and cancelling a meeting, and recording what became of it. Each is a
/// change of the case that the program saves like any other; what may not be done is
/// refused here, with a message, and changes nothing.
extension Case {
    /// The meetings still booked, by day and time.
    public var bookedMeetings: [Meeting] {
        meetings.filter(\.isBooked).sorted { ($0.date, $0.time, $0.id) < ($1.date, $1.time, $1.id) }
    }

    /// Books `meeting` (new) or moves the booked meeting with its id: a move that changes the
    /// day or the time counts one more revision. The day may not lie before `today`.
    public mutating func book(_ meeting: Meeting, today: CalendarDate) throws(MeetingProblem) {
        guard Meeting.bookableForms.contains(meeting.form) else { throw .formNotBookable }
        guard let index = meetings.firstIndex(where: { $0.id == meeting.id }) else {
            if meeting.date < today { throw .inThePast }
            meetings.append(meeting)
            return
        }
        let old = meetings[index]
        guard old.isBooked else { throw .notBooked(old.state) }
        let moved = (old.date, old.time) != (meeting.date, meeting.time)
        if moved, meeting.date < today { throw .inThePast }
        var changed = meeting
        changed.state = .booked
        changed.bookedBy = old.bookedBy
        changed.bookedOn = old.bookedOn
        changed.revision = moved ? old.nextRevision : old.revision
        meetings[index] = changed
    }

    /// Cancels the booked meeting `id` (aflyst): it stays in the case, cancelled.
    public mutating func cancelMeeting(_ id: EntryID) throws(MeetingProblem) {
        let index = try bookedIndex(id)
        meetings[index].state = .cancelled
        meetings[index].revision = meetings[index].nextRevision
    }

    /// Records the booked meeting `id` as held: `conversation` (recorded from it) is added,
    /// or replaces the one with its id. Held on another day than booked, the meeting moves to
    /// that day (one more revision), so a calendar shows it where it took place.
    public mutating func recordHeld(_ id: EntryID, conversation: Conversation) throws(MeetingProblem) {
        let index = try bookedIndex(id)
        if meetings[index].date != conversation.date {
            meetings[index].date = conversation.date
            meetings[index].revision = meetings[index].nextRevision
        }
        meetings[index].state = .held
        meetings[index].conversationID = conversation.id
        if let existing = conversations.firstIndex(where: { $0.id == conversation.id }) {
            conversations[existing] = conversation
        } else {
            conversations.append(conversation)
        }
    }

    /// Records that the citizen did not come to the booked meeting `id`: an absence from the
    /// meeting on its day (reasonable cause not yet known), which the sanction rules read.
    /// Not before the meeting's day.
    public mutating func recordNoShow(_ id: EntryID, absenceID: EntryID, today: CalendarDate) throws(MeetingProblem) {
        let index = try bookedIndex(id)
        let meeting = meetings[index]
        if meeting.date > today { throw .noShowBeforeMeeting(meeting.date) }
        absences.append(Absence(id: absenceID, date: meeting.date, from: meeting.id, reasonableCause: .ukendt))
        meetings[index].state = .noShow
        meetings[index].absenceID = absenceID
    }

    private func bookedIndex(_ id: EntryID) throws(MeetingProblem) -> Int {
        guard let index = meetings.firstIndex(where: { $0.id == id }) else { throw .unknownMeeting }
        guard meetings[index].isBooked else { throw .notBooked(meetings[index].state) }
        return index
    }
}

/// Why a meeting cannot be booked, moved, cancelled or recorded as asked.
public enum MeetingProblem: Error, Hashable, Sendable {
    case inThePast
    case formNotBookable
    case unknownMeeting
    case notBooked(Meeting.State)
    case noShowBeforeMeeting(CalendarDate)

    public var message: LocalizedText {
        switch self {
        case .inThePast:
            return LocalizedText(da: "Et møde kan ikke bookes i fortiden.", en: "A meeting cannot be booked in the past.")
        case .formNotBookable:
            return LocalizedText(da: "Et møde er fysisk, telefon eller video.", en: "A meeting is in person, by phone or by video.")
        case .unknownMeeting:
            return LocalizedText(da: "Mødet findes ikke længere i sagen.", en: "The meeting is no longer in the case.")
        case .notBooked(let state):
            switch state {
            case .held: return LocalizedText(da: "Mødet er allerede registreret som holdt.", en: "The meeting is already recorded as held.")
            case .noShow: return LocalizedText(da: "Mødet er allerede registreret som udeblevet.", en: "The meeting is already recorded as a no-show.")
            case .cancelled, .booked: return LocalizedText(da: "Mødet er aflyst.", en: "The meeting is cancelled.")
            }
        case .noShowBeforeMeeting(let date):
            return LocalizedText(da: "Udeblivelse registreres tidligst på mødedagen \(date.danish).",
                                 en: "A no-show is recorded on the meeting's day (\(date.iso)) or later.")
        }
    }
}
