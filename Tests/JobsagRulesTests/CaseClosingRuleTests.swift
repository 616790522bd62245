import JobsagCore
@testable import JobsagRules
import Testing

/// The rules stop at a case's closing day: nothing falls due after it, a duty already overdue
/// then is history (missed), and a reopened case is judged as before.
@Suite struct CaseClosingRuleTests {
    /// A dagpenge case with three conversations: KF.4I6 falls due on 2024-07-07.
    func threeConversations() -> CaseBuilder {
        var c = CaseBuilder(.dagpenge, start: "2024-01-08")
        c.conversation("2024-01-10")
        c.conversation("2024-02-14", .video)
        c.conversation("2024-04-03", .telefon)
        return c
    }

    func closed(_ builder: CaseBuilder, on date: String) throws -> CaseBuilder {
        var c = builder
        try c.value.close(id: "l1", on: day(date), reason: .job, by: "TST", today: day(date))
        return c
    }

    @Test func aDeadlineAfterTheClosingDayShowsNothingDue() throws {
        let open = threeConversations()
        #expect(open.obligation("KF.4I6", asOf: "2024-07-01")?.status == .dueSoon)
        let c = try closed(open, on: "2024-06-20")
        let assessment = c.evaluate(asOf: "2024-07-01")
        #expect(assessment.obligations.allSatisfy { !$0.status.isPending })
        #expect(assessment.overdueCount == 0 && assessment.dueSoonCount == 0)
        let obligation = try #require(assessment.only("KF.4I6"))
        #expect(obligation.status == .notApplicable)
        #expect(obligation.explanation.da.hasPrefix("Sagen blev lukket 20.06.2024"))
        // Months later still nothing is due, and the agenda lists nothing of the case.
        #expect(c.evaluate(asOf: "2025-03-01").obligations.allSatisfy { !$0.status.isPending })
        #expect(DueItem.items(of: c.value, assessment: c.evaluate(asOf: "2024-07-01")).isEmpty)
    }

    @Test func aDutyOverdueWhenTheCaseClosedIsMissed() throws {
        let open = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2024-01-08")
        let overdue = open.evaluate(asOf: "2024-08-15").obligations.filter { $0.status == .overdue }
        #expect(!overdue.isEmpty)
        let after = try closed(open, on: "2024-08-15").evaluate(asOf: "2024-09-01").obligations
        for obligation in overdue {
            let same = after.first { $0.ruleID == obligation.ruleID && $0.subjectID == obligation.subjectID && $0.deadline == obligation.deadline }
            #expect(same?.status == .missed, "\(obligation.ruleID)")
        }
    }

    @Test func theClosingCountsFromItsDayAndAReopenedCaseIsJudgedAgain() throws {
        var c = try closed(threeConversations(), on: "2024-06-20")
        // Before the closing day the case was open.
        #expect(c.obligation("KF.4I6", asOf: "2024-06-19")?.status == .open)
        try c.value.reopen(on: day("2024-06-25"), by: "TST", today: day("2024-06-25"))
        #expect(c.obligation("KF.4I6", asOf: "2024-07-01")?.status == .dueSoon)
        #expect(c.value.closings.count == 1 && !c.value.isClosed)
    }

    @Test func aClosedCaseHasNoOpenReminders() throws {
        var c = threeConversations()
        c.value.reminders = [Reminder(id: "p1", due: day("2024-06-25"), text: "Ring til Ærø Kommune", createdBy: "TST")]
        #expect(c.value.openReminders(asOf: day("2024-07-01")).count == 1)
        let closedCase = try closed(c, on: "2024-06-20")
        #expect(closedCase.value.openReminders(asOf: day("2024-07-01")).isEmpty)
        let assessment = closedCase.evaluate(asOf: "2024-07-01")
        #expect(CaseloadMark(closedCase.value, assessment: assessment).light == .green)
    }

    @Test func closingReopeningAndTransferRefuseWhatCannotBe() throws {
        var c = threeConversations().value
        let staff = [
            Caseworker(initials: "TST", name: "Test", role: .sagsbehandler, team: "Nord"),
            Caseworker(initials: "ÅSE", name: "Åse Ørum", role: .sagsbehandler, team: "Nord"),
        ]
        #expect(throws: CaseLifeProblem.closingInTheFuture) {
            try c.close(id: "l1", on: day("2024-06-21"), reason: .job, by: "TST", today: day("2024-06-20"))
        }
        #expect(throws: CaseLifeProblem.reasonNeedsNote) {
            try c.close(id: "l1", on: day("2024-06-20"), reason: .other, note: "  ", by: "TST", today: day("2024-06-20"))
        }
        #expect(throws: CaseLifeProblem.notClosed) { try c.reopen(on: day("2024-06-20"), by: "TST", today: day("2024-06-20")) }
        #expect(throws: CaseLifeProblem.transferToOneself) {
            try c.transfer(id: "o1", to: "TST", on: day("2024-06-20"), by: "TST", caseworkers: staff)
        }
        #expect(throws: CaseLifeProblem.unknownCaseworker("XYZ")) {
            try c.transfer(id: "o1", to: "XYZ", on: day("2024-06-20"), by: "TST", caseworkers: staff)
        }
        try c.transfer(id: "o1", to: "ÅSE", on: day("2024-06-20"), by: "TST", caseworkers: staff)
        #expect(c.caseworker == "ÅSE" && c.transfers.map(\.from) == ["TST"])
        try c.close(id: "l1", on: day("2024-06-20"), reason: .moved, by: "ÅSE", today: day("2024-06-20"))
        #expect(throws: CaseLifeProblem.alreadyClosed(day("2024-06-20"))) {
            try c.close(id: "l2", on: day("2024-06-20"), reason: .job, by: "ÅSE", today: day("2024-06-20"))
        }
        #expect(throws: CaseLifeProblem.reopeningBeforeClosing(day("2024-06-20"))) {
            try c.reopen(on: day("2024-06-19"), by: "ÅSE", today: day("2024-06-20"))
        }
        #expect(CaseLifeProblem.unknownCaseworker("XYZ").message.da == "Der er ingen sagsbehandler med initialerne »XYZ«.")
    }
}
