import JobsagCore
@testable import JobsagRules
import Testing

/// KF: the contact course. Every rule: the days around its deadline, its validFrom, and
/// exemptions where the rule allows them.
@Suite struct KontaktforloebRuleTests {
    // MARK: KF.4I6

    func threeConversations(start: String = "2024-01-08") -> CaseBuilder {
        var c = CaseBuilder(.dagpenge, start: start)
        c.conversation("2024-01-10")
        c.conversation("2024-02-14", .video)
        c.conversation("2024-04-03", .telefon)
        return c
    }

    @Test func fourInSixAroundItsLastDay() {
        let c = threeConversations()
        #expect(c.obligation("KF.4I6", asOf: "2024-06-29")?.status == .open)  // 8 days left
        #expect(c.obligation("KF.4I6", asOf: "2024-06-30")?.status == .dueSoon)  // 7 days left
        #expect(c.obligation("KF.4I6", asOf: "2024-07-06")?.status == .dueSoon)
        #expect(c.obligation("KF.4I6", asOf: "2024-07-07")?.status == .dueSoon)
        #expect(c.obligation("KF.4I6", asOf: "2024-07-08")?.status == .missed)
    }

    @Test func fourInSixCountsTheLastDayButNotTheDayAfter() {
        var onTime = threeConversations()
        onTime.conversation("2024-07-07")
        #expect(onTime.obligation("KF.4I6", asOf: "2024-07-07")?.status == .met)
        var late = threeConversations()
        late.conversation("2024-07-08")
        #expect(late.obligation("KF.4I6", asOf: "2024-07-10")?.status == .missed)
    }

    @Test func fourInSixIgnoresCancelledNoShowAndOtherKinds() {
        var c = threeConversations()
        c.conversation("2024-05-01", outcome: .aflyst)
        c.conversation("2024-05-02", outcome: .udeblevet)
        c.conversation("2024-05-03", kind: .rundbord)
        c.conversation("2024-05-04", kind: .opfoelgning)
        #expect(c.obligation("KF.4I6", asOf: "2024-05-10")?.evidence.count == 3)
        c.conversation("2024-05-05", kind: .visitationssamtale)
        #expect(c.obligation("KF.4I6", asOf: "2024-05-10")?.status == .met)
    }

    @Test func fourInSixStartsOnItsValidFrom() {
        #expect(CaseBuilder(.dagpenge, start: "2019-12-31").obligation("KF.4I6", asOf: "2020-02-01")?.status == .notApplicable)
        #expect(CaseBuilder(.dagpenge, start: "2020-01-01").obligation("KF.4I6", asOf: "2020-02-01")?.status == .open)
    }

    @Test func fourInSixMonthEndWindow() {
        let c = CaseBuilder(.dagpenge, start: "2024-08-31")
        let obligation = c.obligation("KF.4I6", asOf: "2024-09-01")
        #expect(obligation?.deadline == day("2025-02-27"))  // 31.08.2024 + 6 months = 28.02.2025; last day 27.02.2025
    }

    @Test func fourInSixExemptionCoveringTodayOrTheDeadline() throws {
        var c = threeConversations()
        let exemption = c.exemption("KF.4I6", from: "2024-06-01", to: "2024-08-31")
        let exempt = try #require(c.obligation("KF.4I6", asOf: "2024-06-20"))
        #expect(exempt.status == .notApplicable)
        #expect(exempt.evidence.last?.entryID == exemption)
        #expect(exempt.explanation.da.hasPrefix("Fritaget: Indlagt på hospital"))
        // After the exemption the window is closed, but the deadline fell inside it.
        #expect(c.obligation("KF.4I6", asOf: "2024-09-10")?.status == .notApplicable)
        // A family exemption (KF.*) works the same way; an exemption that ended before the deadline does not.
        var family = threeConversations()
        family.exemption("KF.*", from: "2024-06-01")
        #expect(family.obligation("KF.4I6", asOf: "2024-06-20")?.status == .notApplicable)
        var earlier = threeConversations()
        earlier.exemption("KF.4I6", from: "2024-02-01", to: "2024-02-28")
        #expect(earlier.obligation("KF.4I6", asOf: "2024-07-08")?.status == .missed)
    }

    @Test func aNewBenefitEpisodeResetsTheCount() throws {
        var c = threeConversations()
        c.newEpisode(.kontanthjaelp, .jobparat, start: "2024-05-01", firstContact: "2024-04-29")
        c.conversation("2024-05-06")
        let obligation = try #require(c.obligation("KF.4I6", asOf: "2024-06-01"))
        #expect(obligation.windowStart == day("2024-05-01"))
        #expect(obligation.deadline == day("2024-10-31"))
        #expect(obligation.evidence.count == 1)
        #expect(obligation.status == .open)
    }

    // MARK: KF.FOERSTE.FYSISK

    @Test func firstInPerson() {
        var inPerson = CaseBuilder(.dagpenge, start: "2024-01-08")
        #expect(inPerson.obligation("KF.FOERSTE.FYSISK", asOf: "2024-01-09")?.status == .open)
        inPerson.conversation("2024-01-10", .fysisk)
        inPerson.conversation("2024-02-10", .telefon)
        #expect(inPerson.obligation("KF.FOERSTE.FYSISK", asOf: "2024-03-01")?.status == .met)

        var byPhone = CaseBuilder(.dagpenge, start: "2024-01-08")
        byPhone.conversation("2024-01-10", .telefon)
        #expect(byPhone.obligation("KF.FOERSTE.FYSISK", asOf: "2024-03-01")?.status == .missed)
        // A written one does not count as the first jobsamtale.
        var written = CaseBuilder(.dagpenge, start: "2024-01-08")
        written.conversation("2024-01-09", .skriftlig)
        written.conversation("2024-01-10", .fysisk)
        #expect(written.obligation("KF.FOERSTE.FYSISK", asOf: "2024-03-01")?.status == .met)
    }

    @Test func firstInPersonStartsOnItsValidFrom() {
        var before = CaseBuilder(.dagpenge, start: "2023-03-01")
        before.conversation("2023-03-21", .telefon)
        #expect(before.obligation("KF.FOERSTE.FYSISK", asOf: "2023-04-01")?.status == .notApplicable)
        var on = CaseBuilder(.dagpenge, start: "2023-03-01")
        on.conversation("2023-03-22", .telefon)
        #expect(on.obligation("KF.FOERSTE.FYSISK", asOf: "2023-04-01")?.status == .missed)
    }

    // MARK: KF.FORM

    @Test func formIsJudgedPerConversation() throws {
        var c = CaseBuilder(.dagpenge, start: "2023-03-01")
        let before = c.conversation("2023-03-21", .skriftlig)
        let letter = c.conversation("2023-03-22", .skriftlig)
        let chosen = c.conversation("2023-04-01", .fysisk, chosenBy: .jobcenter)
        let reasoned = c.conversation("2023-05-01", .fysisk, chosenBy: .jobcenter, formReason: "Behov for at se borgeren")
        let video = c.conversation("2023-06-01", .video)
        let result = c.evaluate(asOf: "2023-07-01")
        let form = result.obligations(for: "KF.FORM")
        #expect(!form.contains { $0.subjectID == before })
        #expect(form.first { $0.subjectID == letter }?.status == .missed)
        #expect(form.first { $0.subjectID == chosen }?.status == .overdue)
        // The conversations that are met on time are reported together, without a subject.
        #expect(form.map(\.subjectID) == [letter, chosen, nil])  // by deadline (the conversation date), none last
        let met = try #require(form.last)
        #expect(met.status == .met)
        #expect(met.evidence.map(\.entryID) == [reasoned, video])
        #expect(met.explanation.da == "2 samtaler opfylder kravet.")
    }

    @Test func formOfTheFirstConversationNeedsNoReason() {
        var c = CaseBuilder(.dagpenge, start: "2024-01-01")
        let first = c.conversation("2024-01-03", .fysisk, chosenBy: .jobcenter)
        let form = c.obligation("KF.FORM", asOf: "2024-02-01")
        #expect(form?.status == .met)
        #expect(form?.evidence.map(\.entryID) == [first])
        #expect(form?.explanation.en == "1 conversation meets the requirement.")
    }

    // MARK: KF.EFTER6

    func fourSpread() -> CaseBuilder {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2023-01-02")
        c.conversation("2023-09-01")
        c.conversation("2023-11-01")
        c.conversation("2024-01-15")
        c.conversation("2024-03-01")
        return c
    }

    @Test func afterSixMonthsAppliesFromMonthSix() {
        let c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2024-01-08")
        #expect(c.obligation("KF.EFTER6", asOf: "2024-07-07")?.status == .notApplicable)
        #expect(c.obligation("KF.EFTER6", asOf: "2024-07-08")?.status == .open)
        #expect(c.obligation("KF.EFTER6", asOf: "2024-07-08")?.deadline == day("2025-01-07"))
    }

    @Test func afterSixMonthsRollingWindowAroundTheNextDeadline() throws {
        let c = fourSpread()
        let met = try #require(c.obligation("KF.EFTER6", asOf: "2024-06-01"))
        #expect(met.status == .met)
        #expect(met.deadline == day("2024-08-31"))  // 01.09.2023 + 12 months - 1 day
        #expect(c.obligation("KF.EFTER6", asOf: "2024-08-23")?.status == .met)
        #expect(c.obligation("KF.EFTER6", asOf: "2024-08-24")?.status == .dueSoon)
        #expect(c.obligation("KF.EFTER6", asOf: "2024-08-31")?.status == .dueSoon)
        #expect(c.obligation("KF.EFTER6", asOf: "2024-09-01")?.status == .overdue)
    }

    @Test func afterSixMonthsFollowsThePolicyAndCanBeSwitchedOff() {
        let c = fourSpread()
        var policy = RulePolicy()
        policy.conversationsPerYear = ["kh-aktivitetsparat": 6]
        #expect(c.obligation("KF.EFTER6", asOf: "2024-06-01", policy: policy)?.status == .overdue)
        policy.localRulesEnabled["KF.EFTER6"] = false
        #expect(!c.evaluate(asOf: "2024-06-01", policy: policy).has("KF.EFTER6"))
    }

    @Test func afterSixMonthsStartsOnItsValidFrom() {
        let c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2019-01-02")
        #expect(c.obligation("KF.EFTER6", asOf: "2019-12-31")?.status == .notApplicable)
        #expect(c.obligation("KF.EFTER6", asOf: "2020-01-01")?.status == .dueSoon)  // 02.01.2019 + 12 months - 1 day = 01.01.2020
    }

    // MARK: KF.FAELLES

    @Test func jointMeetingsInTheFirstSixMonths() {
        var c = CaseBuilder(.dagpenge, start: "2024-01-08")
        c.conversation("2024-02-01", kind: .faellessamtale)
        #expect(c.obligation("KF.FAELLES", asOf: "2024-07-07")?.status == .dueSoon)
        #expect(c.obligation("KF.FAELLES", asOf: "2024-07-08")?.status == .missed)
        c.conversation("2024-07-07", kind: .faellessamtale)
        #expect(c.obligation("KF.FAELLES", asOf: "2024-07-08")?.status == .met)
        #expect(!CaseBuilder(.kontanthjaelp, start: "2024-01-08").evaluate(asOf: "2024-02-01").has("KF.FAELLES"))
    }

    // MARK: KF.FAELLES.16

    @Test func jointMeetingAtSixteenMonths() throws {
        var c = CaseBuilder(.dagpenge, start: "2024-01-01")
        let open = try #require(c.obligation("KF.FAELLES.16", asOf: "2025-01-01"))
        #expect(open.windowStart == day("2025-04-01"))
        #expect(open.deadline == day("2025-05-01"))
        #expect(open.status == .open)
        #expect(c.obligation("KF.FAELLES.16", asOf: "2025-04-30")?.status == .dueSoon)
        #expect(c.obligation("KF.FAELLES.16", asOf: "2025-05-01")?.status == .dueSoon)
        #expect(c.obligation("KF.FAELLES.16", asOf: "2025-05-02")?.status == .overdue)
        c.conversation("2025-03-31", kind: .faellessamtale)  // before month 15: does not count
        #expect(c.obligation("KF.FAELLES.16", asOf: "2025-05-02")?.status == .overdue)
        c.conversation("2025-05-02", kind: .faellessamtale)
        let late = try #require(c.obligation("KF.FAELLES.16", asOf: "2025-05-03"))
        #expect(late.status == .met)
        #expect(late.metLate)
    }

    @Test func jointMeetingAtSixteenMonthsCountsEarlierDagpengeEpisodes() throws {
        var c = CaseBuilder(.dagpenge, start: "2023-01-01")
        c.value.episodes[0].end = day("2023-03-31")  // 90 days of dagpenge
        c.value.episodes.append(BenefitEpisode(id: "e2", benefit: .kontanthjaelp, start: day("2023-04-01"), end: day("2023-12-31")))
        c.value.episodes.append(BenefitEpisode(id: "e3", benefit: .dagpenge, start: day("2024-01-01")))
        let obligation = try #require(c.obligation("KF.FAELLES.16", asOf: "2024-02-01"))
        #expect(obligation.deadline == day("2024-01-01").adding(days: -90).adding(months: 16))
        #expect(obligation.arithmetic?.da.contains("90 dage tidligere ledighed") == true)
    }

    // MARK: KF.FOERSTE.1U

    @Test func firstWithinAWeekAroundItsDeadline() throws {
        let c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-09-02", firstContact: "2024-09-02")
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-08")?.status == .dueSoon)
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-09")?.status == .dueSoon)
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-10")?.status == .overdue)
        var onTime = c
        onTime.conversation("2024-09-09")
        let met = try #require(onTime.obligation("KF.FOERSTE.1U", asOf: "2024-09-10"))
        #expect(met.status == .met && !met.metLate)
        var late = c
        late.conversation("2024-09-10")
        let metLate = try #require(late.obligation("KF.FOERSTE.1U", asOf: "2024-09-11"))
        #expect(metLate.status == .met && metLate.metLate)
        #expect(metLate.explanation.da == "Første jobsamtale: sket 10.09.2024, efter fristen 09.09.2024 (opfyldt for sent).")
    }

    /// RULES.md §3 KF.FOERSTE.1U: "the first jobsamtale within 1 week of the citizen's first
    /// contact" (§1: A + 7 days), whenever the benefit itself starts. First contact 02.09.2024,
    /// benefit from 16.09.2024: the duty runs from the contact, its deadline 09.09.2024 falls
    /// before the benefit starts, and the days around it are judged (not "nothing due").
    @Test func firstWithinAWeekCountsFromAContactBeforeTheBenefitStarts() throws {
        let c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-09-16", firstContact: "2024-09-02")
        #expect(c.evaluate(asOf: "2024-09-01").obligations.isEmpty)  // before the first contact: nothing yet
        let onContact = try #require(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-02"))
        #expect(onContact.status == .dueSoon)
        #expect(onContact.deadline == day("2024-09-09"))
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-08")?.status == .dueSoon)  // the day before the deadline
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-09")?.status == .dueSoon)  // on it
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-10")?.status == .overdue)  // after it
        #expect(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-16")?.status == .overdue)  // and once the benefit runs
        var onTime = c
        onTime.conversation("2024-09-09")
        let met = try #require(onTime.obligation("KF.FOERSTE.1U", asOf: "2024-09-10"))
        #expect(met.status == .met && !met.metLate)
        // The other duties of the episode are there too, counted from their own anchors.
        let assessment = c.evaluate(asOf: "2024-09-10")
        #expect(assessment.only("KF.4I6")?.deadline == day("2025-03-15"))  // benefit start + 6 months − 1 day
        #expect(assessment.only("KF.4I6")?.status == .open)
    }

    /// A visitation between the first contact and the benefit's start sets the category, as
    /// the episode's entries count from its first contact (docs/rules-module.md, Evaluation 2).
    @Test func aVisitationBeforeTheBenefitStartsSetsTheGroup() {
        var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-09-16", firstContact: "2024-09-02")
        c.visitation("2024-09-05", .aktivitetsparat)
        #expect(c.evaluate(asOf: "2024-09-10").has("KA.KOORD"))
        #expect(c.evaluate(asOf: "2024-09-20").has("KA.KOORD"))
    }

    @Test func firstWithinAWeekNeedsTheFirstContact() throws {
        let c = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-09-02")
        let obligation = try #require(c.obligation("KF.FOERSTE.1U", asOf: "2024-09-10"))
        #expect(obligation.status == .cannotEvaluate)
        #expect(obligation.explanation.da == "Kan ikke vurderes: ydelsesforløbet fra 02.09.2024 har ingen dato for første henvendelse.")
        #expect(obligation.missingData == MissingData(episodeID: "e1", field: .firstContact))
    }

    @Test func firstWithinAWeekStartsOnItsValidFrom() {
        #expect(CaseBuilder(.kontanthjaelp, start: "2019-12-31", firstContact: "2019-12-31")
            .obligation("KF.FOERSTE.1U", asOf: "2020-01-02")?.status == .notApplicable)
        #expect(CaseBuilder(.kontanthjaelp, start: "2020-01-01", firstContact: "2020-01-01")
            .obligation("KF.FOERSTE.1U", asOf: "2020-01-02")?.status == .dueSoon)
    }

    // MARK: KF.SYG.UGE8

    @Test func sicknessBeforeWeekEight() throws {
        var c = CaseBuilder(.sygedagpenge, start: "2024-01-01")
        let open = try #require(c.obligation("KF.SYG.UGE8", asOf: "2024-02-01"))
        #expect(open.deadline == day("2024-02-25"))
        #expect(open.status == .open)
        #expect(c.obligation("KF.SYG.UGE8", asOf: "2024-02-26")?.status == .overdue)
        c.conversation("2024-02-25", kind: .opfoelgning)
        #expect(c.obligation("KF.SYG.UGE8", asOf: "2024-02-26")?.status == .met)
        #expect(c.obligation("KF.SYG.UGE8", asOf: "2024-02-26")?.metLate == false)
    }

    @Test func sicknessOnStandbyIsExempt() throws {
        var c = CaseBuilder(.sygedagpenge, start: "2024-01-01")
        let standby = c.exemption(Exemption.Scope.standby, from: "2024-01-10", reason: "Alvorlig sygdom, kontakt ikke mulig")
        let obligation = try #require(c.obligation("KF.SYG.UGE8", asOf: "2024-03-01"))
        #expect(obligation.status == .notApplicable)
        #expect(obligation.evidence.map(\.entryID) == [standby])
        #expect(c.obligation("KF.SYG.FOERSTE", asOf: "2024-03-01")?.status == .notApplicable)
    }

    @Test func sicknessStartsOnItsValidFrom() {
        #expect(CaseBuilder(.sygedagpenge, start: "2019-12-31").obligation("KF.SYG.UGE8", asOf: "2020-01-01")?.status == .notApplicable)
        #expect(CaseBuilder(.sygedagpenge, start: "2020-01-01").obligation("KF.SYG.UGE8", asOf: "2020-01-01")?.status == .open)
    }

    // MARK: KF.SYG.FOERSTE

    @Test func sicknessFirstFollowUpInPerson() {
        var phone = CaseBuilder(.sygedagpenge, start: "2024-01-01")
        phone.conversation("2024-01-20", .telefon, kind: .opfoelgning)
        #expect(phone.obligation("KF.SYG.FOERSTE", asOf: "2024-02-01")?.status == .missed)
        var reasoned = CaseBuilder(.sygedagpenge, start: "2024-01-01")
        reasoned.conversation("2024-01-20", .telefon, kind: .opfoelgning, formReason: "Indlagt; kan ikke møde op")
        #expect(reasoned.obligation("KF.SYG.FOERSTE", asOf: "2024-02-01")?.status == .met)
        var before = CaseBuilder(.sygedagpenge, start: "2023-03-01")
        before.conversation("2023-03-21", .telefon, kind: .opfoelgning)
        #expect(before.obligation("KF.SYG.FOERSTE", asOf: "2023-04-01")?.status == .notApplicable)
        var on = CaseBuilder(.sygedagpenge, start: "2023-03-01")
        on.conversation("2023-03-22", .telefon, kind: .opfoelgning)
        #expect(on.obligation("KF.SYG.FOERSTE", asOf: "2023-04-01")?.status == .missed)
    }
}
