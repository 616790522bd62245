import JobsagCore

extension RuleEngine {
    /// `assessment` with each pending duty that a booked meeting would meet on time marked
    /// `booked`, naming the meeting. The engine asks the rules themselves: it judges the case
    /// as of the meeting's day with the meeting as a held conversation of its kind and form,
    /// and a duty counts as booked when that conversation is its evidence and met it before
    /// its deadline. A booked duty is never met: held, the meeting becomes a conversation.
    func markingBookings(_ assessment: CaseAssessment, of item: Case) -> CaseAssessment {
        let booked = item.bookedMeetings
        guard !booked.isEmpty, item.closingDate(asOf: assessment.asOf) == nil else { return assessment }
        var result = assessment
        var unmarked = Set(result.obligations.indices.filter { result.obligations[$0].status.isPending })
        for meeting in booked where !unmarked.isEmpty {
            var tried = item
            tried.meetings = []
            tried.conversations.append(meeting.asHeldConversation)
            let judged = judged(tried, asOf: max(meeting.date, assessment.asOf))
            for index in unmarked {
                let obligation = result.obligations[index]
                let met = judged.obligations.contains {
                    $0.ruleID == obligation.ruleID && $0.subjectID == obligation.subjectID && $0.status == .met && !$0.metLate
                        && $0.evidence.contains { $0.entryID == meeting.id }
                }
                guard met else { continue }
                if let deadline = obligation.deadline, meeting.date > deadline { continue }
                result.obligations[index].status = .booked
                result.obligations[index].bookedMeeting = BookedMeeting(meetingID: meeting.id, date: meeting.date, time: meeting.time)
                unmarked.remove(index)
            }
        }
        return result
    }
}
