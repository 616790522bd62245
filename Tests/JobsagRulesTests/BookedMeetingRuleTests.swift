import JobsagCore
@testable import JobsagRules
import Testing

/// A booked meeting shows the duty it would meet as booked (never met until held); held, its
/// conversation meets it; a no-show is an absence the sanction rules read.
@Suite struct BookedMeetingRuleTests {
    /// A dagpenge case with three conversations: KF.4I6 (the fourth in six months) falls due
    /// on 2024-07-07.
    func threeConversations() -> CaseBuilder {
        CaseClosingRuleTests().threeConversations()
    }

    func meeting(_ date: String, at hour: Int = 10, kind: Conversation.Kind = .jobsamtale) -> Meeting {
        Meeting(id: "m1", date: day(date), time: ClockTime(clamping: hour * 60), kind: kind, form: .fysisk, place: "Jobcentret",
                bookedBy: "TST", bookedOn: day("2024-06-20"))
    }

    @Test func aJobsamtaleBookedBeforeTheDeadlineIsBookedNotMet() throws {
        var c = threeConversations()
        #expect(c.obligation("KF.4I6", asOf: "2024-07-01")?.status == .dueSoon)
        c.value.meetings = [meeting("2024-07-03")]
        let booked = try #require(c.obligation("KF.4I6", asOf: "2024-07-01"))
        #expect(booked.status == .booked)
        #expect(booked.bookedMeeting == BookedMeeting(meetingID: "m1", date: day("2024-07-03"), time: ClockTime(clamping: 600)))
        #expect(booked.evidence.allSatisfy { $0.entryID != "m1" }, "a booking is no evidence")
        #expect(TrafficLight(booked.status) == .green && !booked.status.isActionable)
        // The agenda lists the meeting, at its time, instead of the duty.
        let items = DueItem.items(of: c.value, assessment: c.evaluate(asOf: "2024-07-01"))
        #expect(items.contains { if case .meeting(let m) = $0.source { m.id == "m1" } else { false } })
        #expect(!items.contains { if case .obligation(let o) = $0.source { o.ruleID == "KF.4I6" } else { false } })
        // On the meeting's day, not yet recorded, it is still booked; after the deadline the
        // booking no longer counts (four conversations in six months: missed).
        #expect(c.obligation("KF.4I6", asOf: "2024-07-03")?.status == .booked)
        #expect(c.obligation("KF.4I6", asOf: "2024-07-08")?.status == .missed)
    }

    @Test func aMeetingAfterTheDeadlineOrCancelledBooksNothing() throws {
        var late = threeConversations()
        late.value.meetings = [meeting("2024-07-10")]
        #expect(late.obligation("KF.4I6", asOf: "2024-07-01")?.status == .dueSoon)
        var cancelled = threeConversations()
        cancelled.value.meetings = [meeting("2024-07-03")]
        try cancelled.value.cancelMeeting("m1")
        #expect(cancelled.obligation("KF.4I6", asOf: "2024-07-01")?.status == .dueSoon)
        #expect(cancelled.value.meetings.first?.revision == 1)
    }

    @Test func heldTheConversationMeetsTheDuty() throws {
        var c = threeConversations()
        c.value.meetings = [meeting("2024-07-03")]
        let conversation = Conversation(id: "c9", date: day("2024-07-03"), kind: .jobsamtale, form: .fysisk, summary: "Holdt", recordedBy: "TST")
        try c.value.recordHeld("m1", conversation: conversation)
        #expect(c.value.meetings.first?.state == .held && c.value.meetings.first?.conversationID == "c9")
        let met = try #require(c.obligation("KF.4I6", asOf: "2024-07-04"))
        #expect(met.status == .met && met.evidence.contains { $0.entryID == "c9" })
        #expect(throws: MeetingProblem.notBooked(.held)) { try c.value.cancelMeeting("m1") }

        // Held before its day: the meeting moves to the day it was held, and calendars are told.
        var early = threeConversations()
        early.value.meetings = [meeting("2024-07-03")]
        try early.value.recordHeld("m1", conversation: Conversation(
            id: "c8", date: day("2024-07-01"), kind: .jobsamtale, form: .fysisk, summary: "Holdt før tid", recordedBy: "TST"))
        #expect(early.value.meetings.map { [$0.date.iso, String($0.revision)] } == [["2024-07-01", "1"]])
    }

    @Test func aNoShowIsAnAbsenceTheSanctionRulesRead() throws {
        var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-08", firstContact: "2024-01-05")
        c.value.meetings = [meeting("2024-03-04")]
        #expect(throws: MeetingProblem.noShowBeforeMeeting(day("2024-03-04"))) {
            try c.value.recordNoShow("m1", absenceID: "a9", today: day("2024-03-03"))
        }
        try c.value.recordNoShow("m1", absenceID: "a9", today: day("2024-03-04"))
        #expect(c.value.absences == [Absence(id: "a9", date: day("2024-03-04"), from: "m1", reasonableCause: .ukendt)])
        #expect(c.value.meetings.first?.state == .noShow && c.value.meetings.first?.absenceID == "a9")
        let absence = try #require(c.obligation("RD.UDEBLIV", asOf: "2024-03-12"))
        #expect(absence.status == .overdue && absence.subjectID == "a9")
    }

    @Test func bookingsAreRefusedInThePastAndInWriting() throws {
        var c = threeConversations()
        #expect(throws: MeetingProblem.inThePast) { try c.value.book(meeting("2024-06-01"), today: day("2024-06-20")) }
        var written = meeting("2024-07-03")
        written.form = .skriftlig
        #expect(throws: MeetingProblem.formNotBookable) { try c.value.book(written, today: day("2024-06-20")) }
        try c.value.book(meeting("2024-07-03"), today: day("2024-06-20"))
        // A move counts a revision; a change of place alone does not.
        var moved = meeting("2024-07-04", at: 9)
        try c.value.book(moved, today: day("2024-06-20"))
        moved.place = "Lokale 2"
        try c.value.book(moved, today: day("2024-06-20"))
        #expect(c.value.meetings.count == 1 && c.value.meetings.first?.revision == 1 && c.value.meetings.first?.place == "Lokale 2")
    }
}

/// KF.SELVBOOK (seed 001 R17): with the local rule on, the next conversation is booked within
/// 14 days of the last one held, by the citizen (self-booked) or the jobcenter.
@Suite struct SelfBookingRuleTests {
    static let on: RulePolicy = {
        var policy = RulePolicy.standard
        policy.localRulesEnabled["KF.SELVBOOK"] = true
        return policy
    }()

    @Test func offByDefault() {
        var c = CaseBuilder(.dagpenge, start: "2024-01-08")
        c.conversation("2024-01-10")
        #expect(!c.evaluate(asOf: "2024-02-01").has("KF.SELVBOOK"))
        #expect(c.obligation("KF.SELVBOOK", asOf: "2024-02-01", policy: Self.on)?.status == .overdue)
    }

    @Test func theBookingDeadlineIsFourteenDaysAfterTheLastConversation() throws {
        var c = CaseBuilder(.dagpenge, start: "2024-01-08")
        c.conversation("2024-01-10")
        let pending = try #require(c.obligation("KF.SELVBOOK", asOf: "2024-01-20", policy: Self.on))
        #expect(pending.status == .dueSoon && pending.deadline == day("2024-01-24"))
        #expect(pending.arithmetic?.da == "seneste samtale 10.01.2024 + 14 dage = 24.01.2024")
        // Self-booked on time: met, and the evidence says so.
        var booked = c
        booked.value.meetings = [Meeting(id: "m1", date: day("2024-02-05"), time: ClockTime(clamping: 600), selfBooked: true,
                                         bookedBy: "TST", bookedOn: day("2024-01-18"))]
        let met = try #require(booked.obligation("KF.SELVBOOK", asOf: "2024-01-25", policy: Self.on))
        #expect(met.status == .met && !met.metLate)
        #expect(met.evidence.first?.summary.da == "møde 05.02.2024 kl. 10:00, booket 18.01.2024 (selvbooket)")
        #expect(met.explanation.da.hasPrefix("Næste samtale selvbooket"))
        // Booked by the jobcenter after the deadline: met late; a cancelled booking counts not.
        var late = c
        late.value.meetings = [Meeting(id: "m1", date: day("2024-02-05"), time: ClockTime(clamping: 600), bookedBy: "TST", bookedOn: day("2024-01-30"))]
        #expect(late.obligation("KF.SELVBOOK", asOf: "2024-02-01", policy: Self.on)?.metLate == true)
        late.value.meetings[0].state = .cancelled
        #expect(late.obligation("KF.SELVBOOK", asOf: "2024-02-01", policy: Self.on)?.status == .overdue)
        // Not for kh-aktivitetsparat.
        #expect(CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2024-01-08").evaluate(asOf: "2024-02-01", policy: Self.on)
            .obligations.allSatisfy { $0.ruleID != "KF.SELVBOOK" })
    }
}
