import JobsagCore

/// The booked meetings in an assessment: a duty they would meet on time is `booked`.
extension RuleEngine {
    /// `assessment` with each pending duty that the booked meetings would meet on time marked
    /// `booked`, naming the meeting that completes it. The engine asks the rules themselves:
    /// for each booked meeting, soonest first, it judges the case as of the meeting's day with
    /// that meeting and the ones booked before it as held conversations of their kind and
    /// form, and a duty counts as booked when the meeting is its evidence and met it before
    /// its deadline (so the third and fourth of four jobsamtaler, both booked, book the duty).
    /// Only the rules of the duties not yet marked are judged again.
    /// A booked duty is never met: held, the meeting becomes a conversation.
    func markingBookings(_ assessment: CaseAssessment, of item: Case) -> CaseAssessment {
        let booked = item.bookedMeetings
        guard !booked.isEmpty, item.closingDate(asOf: assessment.asOf) == nil else { return assessment }
        var result = assessment
        var unmarked = Set(result.obligations.indices.filter { result.obligations[$0].status.isPending })
        var tried = item
        tried.meetings = []
        for meeting in booked where !unmarked.isEmpty {
            tried.conversations.append(meeting.asHeldConversation)
            let rules = Set(unmarked.map { result.obligations[$0].ruleID })
            let judged = judged(tried, asOf: max(meeting.date, assessment.asOf), rules: rules)
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
