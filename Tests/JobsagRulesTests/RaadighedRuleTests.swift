import JobsagCore
@testable import JobsagRules
import Testing

/// RD (availability and sanctions), the § 40 a checklist, and TT (225-hour exemptions).
@Suite struct RaadighedRuleTests {
    func guided(_ category: ReadinessCategory = .jobparat) -> CaseBuilder {
        var c = CaseBuilder(.kontanthjaelp, category, start: "2024-01-08", firstContact: "2024-01-05")
        c.conversation("2024-01-10", rightsGuidance: true)
        c.guidance("2024-01-10", .rettigheder35_1, [.skriftligUdleveret])
        c.guidance("2024-01-12", .rettigheder35_1, [.eBoks])
        return c
    }

    // MARK: RD.VEJL

    @Test func rightsGuidanceAtTheFirstConversationThenEverySixMonths() throws {
        let c = guided()
        let met = try #require(c.obligation("RD.VEJL", asOf: "2024-03-01"))
        #expect(met.status == .met)
        #expect(met.deadline == day("2024-07-12"))  // the complete first guidance (12.01) + 6 months
        #expect(c.obligation("RD.VEJL", asOf: "2024-07-05")?.status == .dueSoon)
        #expect(c.obligation("RD.VEJL", asOf: "2024-07-12")?.status == .dueSoon)
        #expect(c.obligation("RD.VEJL", asOf: "2024-07-13")?.status == .overdue)
        var repeated = c
        repeated.guidance("2024-07-01", .rettigheder35_1, [.mundtlig, .eBoks])
        #expect(repeated.obligation("RD.VEJL", asOf: "2024-07-13")?.deadline == day("2025-01-01"))
    }

    /// Guidance as evidence says its kind, its day and how it was given or answered (the
    /// sentence made when it is read).
    @Test func guidanceAsEvidenceSaysItsKindDayAndChannels() throws {
        var c = guided()
        c.guidance("2024-07-01", .rettigheder35_1, [.mundtlig, .eBoks])
        let summaries = try #require(c.obligation("RD.VEJL", asOf: "2024-07-13")).evidence.filter { $0.kind == .guidance }.map(\.summary)
        #expect(summaries.map(\.da) == [
            "vejledning om rettigheder og pligter (§ 35, stk. 1) 10.01.2024 (skriftligt udleveret)",
            "vejledning om rettigheder og pligter (§ 35, stk. 1) 12.01.2024 (pjece i e-Boks)",
            "vejledning om rettigheder og pligter (§ 35, stk. 1) 01.07.2024 (mundtligt og pjece i e-Boks)",
        ])
        #expect(summaries.last?.en == "rights and duties guidance (§ 35(1)) 01.07.2024 (oral and leaflet to e-Boks)")
        let answered = Guidance(id: "g1", date: day("2024-02-01"), kind: .timer225, channels: [], answer: .accepteret)
        #expect(Evidence.guidance(answered).summary.da == "vejledning om 225-timersreglen 01.02.2024 (takket ja)")
        let bare = Guidance(id: "g2", date: day("2024-02-01"), kind: .timer225)
        #expect(Evidence.guidance(bare).summary.da == "vejledning om 225-timersreglen 01.02.2024")
    }

    @Test func rightsGuidanceMissingAnElement() throws {
        var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-08", firstContact: "2024-01-05")
        #expect(c.obligation("RD.VEJL", asOf: "2024-01-09")?.status == .dueSoon)  // by the first jobsamtale (first contact + 7)
        c.conversation("2024-01-10", rightsGuidance: true)
        c.guidance("2024-01-10", .rettigheder35_1, [.skriftligUdleveret])
        let missing = try #require(c.obligation("RD.VEJL", asOf: "2024-01-20"))
        #expect(missing.status == .overdue)
        #expect(missing.explanation.da.contains("mangler: pjece i e-Boks"))
        #expect(c.obligation("RD.VEJL", asOf: "2024-01-17")?.status == .dueSoon)  // e-Boks "right after": 7 days
        #expect(!CaseBuilder(.dagpenge, start: "2024-01-08").evaluate(asOf: "2024-02-01").has("RD.VEJL"))
    }

    // MARK: RD.UDEBLIV

    @Test func absencesAreAssessedOrHeard() throws {
        var c = guided()
        let unknown = c.absence("2024-03-04", cause: .ukendt)
        let result = c.evaluate(asOf: "2024-03-11")
        #expect(result.only("RD.UDEBLIV")?.status == .dueSoon)
        #expect(c.obligation("RD.UDEBLIV", asOf: "2024-03-12")?.status == .overdue)
        var heard = c
        heard.value.absences[0].hearingSent = day("2024-03-05")
        #expect(heard.obligation("RD.UDEBLIV", asOf: "2024-03-12")?.status == .met)
        var sanctioned = c
        sanctioned.sanction(ordinarySanction(id: "s1", decided: "2024-03-15", absences: [unknown]))
        let missed = try #require(sanctioned.obligation("RD.UDEBLIV", asOf: "2024-03-20"))
        #expect(missed.status == .missed)
        #expect(missed.explanation.da.contains("ikke partshørt"))
        var assessed = guided()
        assessed.absence("2024-03-04", cause: .ja)
        #expect(assessed.obligation("RD.UDEBLIV", asOf: "2024-04-01")?.status == .met)
    }

    // MARK: RD.AP.KONTAKT

    @Test func personalContactBeforeASanctionOnActivityReady() throws {
        var c = guided(.aktivitetsparat)
        let absence = c.absence("2024-03-04", hearingSent: "2024-03-05")
        c.contactAttempt("2024-03-06", .brev)
        var decision = ordinarySanction(id: "s1", decided: "2024-03-15", absences: [absence])
        decision.checklist.promotesAvailabilityAssessment = "Sanktionen vurderes at fremme rådigheden."
        c.sanction(decision)
        let missed = try #require(c.obligation("RD.AP.KONTAKT", asOf: "2024-03-20"))
        #expect(missed.status == .missed)
        #expect(missed.explanation.da.contains("forsøg på personlig kontakt"))
        c.contactAttempt("2024-03-08", .familie)  // without consent: does not count
        #expect(c.obligation("RD.AP.KONTAKT", asOf: "2024-03-20")?.status == .missed)
        c.contactAttempt("2024-03-09", .hjemmebesoeg)
        #expect(c.obligation("RD.AP.KONTAKT", asOf: "2024-03-20")?.status == .met)
        #expect(!guided(.jobparat).evaluate(asOf: "2024-03-20").has("RD.AP.KONTAKT"))
    }

    // MARK: RD.40A and the checklist

    /// Example 5 with a new breach after the prior sanctions: every condition documented.
    func documentedAggravatedSanction(_ category: ReadinessCategory = .jobparat) -> (CaseBuilder, SanctionDecision) {
        var c = CaseBuilder(.kontanthjaelp, category, start: "2021-06-01", firstContact: "2021-05-28")
        c.conversation("2021-06-03", rightsGuidance: true)
        c.guidance("2021-06-03", .rettigheder35_1, [.skriftligUdleveret, .eBoks])
        let october = c.absence("2021-10-12", hearingSent: "2021-10-13")
        let warning = c.guidance("2021-12-20", .advarsel35_2, [.mundtlig, .skriftligUdleveret], allElements: true)
        c.sanction(ordinarySanction(id: "s1", decided: "2022-01-10", absences: [october]))
        let breach = c.absence("2022-01-17", hearingSent: "2022-01-18")
        c.contactAttempt("2022-01-19", .hjemmebesoeg)
        let decision = completeAggravatedSanction(decided: "2022-01-24", absences: [breach], priors: ["s1"], warning: warning)
        c.sanction(decision)
        return (c, decision)
    }

    @Test func aggravatedSanctionWithEveryConditionDocumented() throws {
        let (c, decision) = documentedAggravatedSanction()
        let checklist = SanctionChecklist(decision: decision, in: c.value)
        #expect(checklist.isComplete)
        #expect(checklist.conditions.map(\.number) == Array(1...11))
        #expect(c.obligation("RD.40A", asOf: "2022-02-01")?.status == .met)
        let (ap, apDecision) = documentedAggravatedSanction(.aktivitetsparat)
        #expect(SanctionChecklist(decision: apDecision, in: ap.value).isComplete)
    }

    @Test func aggravatedSanctionConditionsFailOneByOne() {
        let (c, decision) = documentedAggravatedSanction()
        func failing(_ change: (inout CaseBuilder, inout SanctionDecision) -> Void) -> [Int] {
            var builder = c
            var changed = decision
            change(&builder, &changed)
            builder.value.sanctions = builder.value.sanctions.filter { $0.id != changed.id } + [changed]
            return SanctionChecklist(decision: changed, in: builder.value).failing.map(\.number)
        }
        #expect(failing { builder, _ in builder.value.guidance.removeAll { $0.kind == .rettigheder35_1 }; builder.value.conversations = [] } == [1])
        #expect(failing { _, decision in decision.priorSanctionIDs = []; decision.id = "s40a" } == [])  // falls back to earlier ordinary sanctions
        #expect(failing { builder, _ in builder.value.sanctions.removeAll { $0.kind == .ordinaer } }.contains(1))
        #expect(failing { builder, _ in builder.value.guidance[1].date = day("2022-01-11") } == [2])
        #expect(failing { builder, _ in builder.value.guidance[1].allElementsGiven = false } == [2])
        #expect(failing { builder, _ in builder.value.absences[1].reasonableCause = .ukendt } == [3])
        #expect(failing { _, decision in decision.checklist.unwillingnessAssessment = "" } == [4])
        #expect(failing { _, decision in decision.lengthMonths = 4 } == [5])
        #expect(failing { _, decision in decision.lengthReason = "" } == [5])
        #expect(failing { _, decision in decision.checklist.activityOfferedSameDay = false } == [6])
        #expect(failing { _, decision in decision.checklist.calendarMonthDecisionSameTime = false } == [7])
        #expect(failing { builder, _ in builder.value.absences[1].hearingSent = day("2022-01-25") } == [8])
        #expect(failing { _, decision in decision.checklist.categoryStated = false } == [9])
        #expect(failing { _, decision in decision.checklist.notUsedToTestResidence = false } == [11])
        let (ap, apDecision) = documentedAggravatedSanction(.aktivitetsparat)
        var noContact = ap
        noContact.value.contactAttempts = []
        #expect(SanctionChecklist(decision: apDecision, in: noContact.value).failing.map(\.number) == [10])
    }

    // MARK: RD.40A.GODKEND

    @Test func aggravatedSanctionAwaitsApproval() throws {
        var (c, decision) = documentedAggravatedSanction()
        c.value.sanctions.removeLast()
        decision.effective = day("2022-02-01")
        c.sanction(decision)
        let awaiting = try #require(c.obligation("RD.40A.GODKEND", asOf: "2022-01-25"))
        #expect(c.obligation("RD.40A.GODKEND", asOf: "2022-01-24")?.status == .open)
        #expect(awaiting.status == .dueSoon)
        #expect(awaiting.explanation.da == "Afventer godkendelse af faglig konsulent eller leder senest 01.02.2022.")
        #expect(c.obligation("RD.40A.GODKEND", asOf: "2022-02-02")?.status == .overdue)
        c.value.sanctions[c.value.sanctions.count - 1].approval = .init(by: "TL", date: day("2022-01-28"), approved: true, note: "")
        #expect(c.obligation("RD.40A.GODKEND", asOf: "2022-01-27")?.status == .dueSoon)  // approval not known yet
        #expect(c.obligation("RD.40A.GODKEND", asOf: "2022-02-02")?.status == .met)
        c.value.sanctions[c.value.sanctions.count - 1].approval = .init(by: "TL", date: day("2022-01-28"), approved: false, note: "")
        #expect(c.obligation("RD.40A.GODKEND", asOf: "2022-02-02")?.status == .notApplicable)
        var policy = RulePolicy()
        policy.localRulesEnabled["RD.40A.GODKEND"] = false
        #expect(!c.evaluate(asOf: "2022-02-02", policy: policy).has("RD.40A.GODKEND"))
    }

    // MARK: TT.UNDTAG

    let individual = "Lægeerklæring: kroniske rygsmerter, kan højst arbejde 2 timer ad gangen; praktik viste 5 timer/uge."

    @Test func exemptionFrom225HoursNeedsAnIndividualReasonAndAPeriod() throws {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2023-01-02")
        #expect(!c.evaluate(asOf: "2024-01-01").has("TT.UNDTAG"))
        c.exemption(Exemption.scope225, from: "2024-01-01", to: "2024-03-31", reason: individual)
        let met = try #require(c.obligation("TT.UNDTAG", asOf: "2024-02-01"))
        #expect(met.status == .met)
        #expect(met.deadline == day("2024-03-31"))
        #expect(c.obligation("TT.UNDTAG", asOf: "2024-03-24")?.status == .dueSoon)

        var standard = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2023-01-02")
        standard.exemption(Exemption.scope225, from: "2024-01-01", to: "2024-03-31", reason: "Aktivitetsparat")
        #expect(standard.obligation("TT.UNDTAG", asOf: "2024-02-01")?.status == .overdue)
        var copied = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2023-01-02")
        copied.exemption(Exemption.scope225, from: "2023-10-01", to: "2023-12-31", reason: individual)
        copied.exemption(Exemption.scope225, from: "2024-01-01", to: "2024-03-31", reason: individual, newAssessment: false)
        #expect(copied.obligation("TT.UNDTAG", asOf: "2024-02-01")?.explanation.da.contains("standardbegrundelse") == true)
        var openEnded = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2023-01-02")
        openEnded.exemption(Exemption.scope225, from: "2024-01-01", reason: individual)
        #expect(openEnded.obligation("TT.UNDTAG", asOf: "2024-02-01")?.explanation.da.contains("ingen slutdato") == true)
    }

    /// RULES.md §3 TT.UNDTAG: "a reminder to reassess is due at its end" (002 L2082-2084:
    /// "Kommunen bør derfor løbende vurdere"; L2142-2146 criticise exemptions kept without a
    /// documented reassessment). An exemption ending 31.03.2024 that nobody renewed or
    /// reassessed stays due, and is overdue from 01.04.2024, instead of disappearing.
    @Test func aLapsedExemptionFrom225HoursIsOverdueUntilReassessed() throws {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2023-01-02")
        c.exemption(Exemption.scope225, from: "2024-01-01", to: "2024-03-31", reason: individual)
        #expect(c.obligation("TT.UNDTAG", asOf: "2024-03-30")?.status == .dueSoon)  // the day before its end
        #expect(c.obligation("TT.UNDTAG", asOf: "2024-03-31")?.status == .dueSoon)  // its last day
        let lapsed = try #require(c.obligation("TT.UNDTAG", asOf: "2024-04-01"))  // the day after
        #expect(lapsed.status == .overdue)
        #expect(lapsed.deadline == day("2024-03-31"))
        #expect(lapsed.explanation.da.hasPrefix("Undtagelsen udløb 31.03.2024 uden en ny vurdering"))
        #expect(c.obligation("TT.UNDTAG", asOf: "2024-09-01")?.status == .overdue)  // and stays so
        var renewed = c
        renewed.exemption(Exemption.scope225, from: "2024-04-01", to: "2024-06-30", reason: individual + " Ny lægeerklæring.")
        #expect(renewed.obligation("TT.UNDTAG", asOf: "2024-04-01")?.status == .met)
        var reassessed = c
        reassessed.guidance("2024-04-03", .timer225, [.mundtlig])
        let late = try #require(reassessed.obligation("TT.UNDTAG", asOf: "2024-04-05"))
        #expect(late.status == .met && late.metLate)
        var onTime = c
        onTime.guidance("2024-03-28", .timer225, [.mundtlig])
        let met = try #require(onTime.obligation("TT.UNDTAG", asOf: "2024-04-01"))
        #expect(met.status == .met && !met.metLate)
        var before = c
        before.guidance("2023-12-01", .timer225, [.mundtlig])  // given before the exemption: not a reassessment
        #expect(before.obligation("TT.UNDTAG", asOf: "2024-04-01")?.status == .overdue)
    }

    @Test func exemptionFrom225HoursRenewedThreeTimesWithoutAssessment() {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2022-01-03")
        let periods = [("2023-01-01", "2023-03-31"), ("2023-04-01", "2023-06-30"), ("2023-07-01", "2023-09-30"), ("2023-10-01", "2023-12-31")]
        for (index, period) in periods.enumerated() {
            c.exemption(Exemption.scope225, from: period.0, to: period.1, reason: individual + " (\(index))", newAssessment: index == 0)
        }
        #expect(c.obligation("TT.UNDTAG", asOf: "2023-11-01")?.status == .overdue)
        #expect(c.obligation("TT.UNDTAG", asOf: "2023-08-01")?.status == .met)  // two renewals so far
    }
}

extension Exemption {
    static let scope225 = Exemption.Scope.rule225
}
