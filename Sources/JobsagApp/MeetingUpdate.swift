import JobsagCore

/// What the keys on a booked meeting do, in the agenda and on the case's Samtaler tab: `h`
/// opens the conversation form filled from the booking (saving it records the meeting as
/// held), `U` records a no-show (an absence from the meeting), `C` cancels it. Each is one
/// save, undone with `u` like any other.
extension AppState {
    /// The booked meeting selected in the agenda or on the case's tab, with its case.
    var selectedMeeting: (caseID: CaseID, meeting: Meeting)? {
        switch screen {
        case .agenda:
            guard let item = agenda.selectedItem, case .meeting(let meeting) = item.due.source else { return nil }
            return (item.caseID, meeting)
        case .caseDetail:
            guard let detail, case .meeting(let meeting)? = selectedTabEntry?.payload else { return nil }
            return (detail.caseID, meeting)
        default:
            return nil
        }
    }

    /// The selected meeting as it is now in its case, when it is still booked; else says
    /// what to select.
    private mutating func bookedSelection() -> (item: Case, meeting: Meeting)? {
        guard let selection = selectedMeeting, let item = cases[selection.caseID],
              let meeting = item.meetings.first(where: { $0.id == selection.meeting.id })
        else {
            message = StatusMessage(strings[booking: .selectAMeeting])
            return nil
        }
        guard meeting.isBooked else {
            message = StatusMessage(strings.text(MeetingProblem.notBooked(meeting.state).message), kind: .error)
            return nil
        }
        return (item, meeting)
    }

    /// `h`: the conversation form, filled from the booking.
    mutating func recordMeetingHeld() {
        guard let (item, meeting) = bookedSelection() else { return }
        openForm(.conversation, target: FormTarget(caseID: item.id, parentID: meeting.id))
    }

    /// `U`: the citizen did not come; an absence from the meeting on its day.
    mutating func recordMeetingNoShow() -> [Effect] {
        let today = context.asOf
        return savingMeetingChange(.describeNoShow) { item, meeting, ids throws(MeetingProblem) in
            try item.recordNoShow(meeting.id, absenceID: ids.next(), today: today)
        }
    }

    /// `C`: cancels the meeting; it stays in the case, cancelled.
    mutating func cancelMeeting() -> [Effect] {
        savingMeetingChange(.describeCancelled) { item, meeting, _ throws(MeetingProblem) in
            try item.cancelMeeting(meeting.id)
        }
    }

    /// Applies `change` to the case of the selected booked meeting and saves it, described by
    /// `key` with the meeting's day and time; a refused change is said and saves nothing.
    private mutating func savingMeetingChange(
        _ key: BookingText, _ change: (inout Case, Meeting, inout EntryIDSource) throws(MeetingProblem) -> Void
    ) -> [Effect] {
        guard let (item, meeting) = bookedSelection() else { return [] }
        var changed = item
        do throws(MeetingProblem) {
            try change(&changed, meeting, &idSource)
        } catch {
            message = StatusMessage(strings.text(error.message), kind: .error)
            return []
        }
        return saveChange(changed, from: item, description: strings.format(booking: key, meeting.date.danish, meeting.time.text), action: .update)
    }
}
