import JobsagCore
@testable import JobsagRules
import Testing

/// IN (integration) and FJ (flex job).
@Suite struct IntegrationAndFleksjobRuleTests {
    func refugee(_ category: ReadinessCategory = .jobparat, arrival: String? = "2024-01-31") -> CaseBuilder {
        CaseBuilder(.selvforsoergelsesydelse, category, start: "2024-01-31", arrival: arrival, inProgramme: true)
    }

    // MARK: IN.KATEGORI

    @Test func categoryWithinThreeMonths() {
        var c = refugee()
        #expect(c.obligation("IN.KATEGORI", asOf: "2024-04-30")?.status == .dueSoon)
        #expect(c.obligation("IN.KATEGORI", asOf: "2024-05-01")?.status == .overdue)
        c.visitation("2024-04-30", .jobparat)
        #expect(c.obligation("IN.KATEGORI", asOf: "2024-05-01")?.status == .met)
        let outside = CaseBuilder(.selvforsoergelsesydelse, .jobparat, start: "2024-01-31")
        #expect(outside.obligation("IN.KATEGORI", asOf: "2024-05-01")?.status == .notApplicable)
    }

    // MARK: IN.TILBUD1 and IN.DANSK

    @Test func employerBasedOfferAndDanishWithinTheFirstMonth() throws {
        var c = refugee()
        #expect(c.obligation("IN.TILBUD1", asOf: "2024-02-29")?.status == .dueSoon)
        #expect(c.obligation("IN.TILBUD1", asOf: "2024-03-01")?.status == .overdue)
        #expect(c.obligation("IN.DANSK", asOf: "2024-03-01")?.status == .overdue)
        c.offer(.vejledningOgOpkvalificering, start: "2024-02-10")  // not employer-based
        #expect(c.obligation("IN.TILBUD1", asOf: "2024-03-01")?.status == .overdue)
        c.offer(.loentilskud, start: "2024-02-29")
        c.offer(.danskundervisning, start: "2024-03-01")
        #expect(c.obligation("IN.TILBUD1", asOf: "2024-03-02")?.status == .met)
        let danish = try #require(c.obligation("IN.DANSK", asOf: "2024-03-02"))
        #expect(danish.status == .met && danish.metLate)
    }

    @Test func integrationRulesNeedTheArrivalDate() throws {
        let c = refugee(arrival: nil)
        let offer = try #require(c.obligation("IN.TILBUD1", asOf: "2024-03-01"))
        #expect(offer.status == .cannotEvaluate)
        #expect(offer.explanation.da == "Kan ikke vurderes: ydelsesforløbet fra 31.01.2024 har ingen tilflytningsdato.")
        #expect(offer.missingData == MissingData(episodeID: "e1", field: .arrivalDate))
        #expect(c.obligation("IN.KATEGORI", asOf: "2024-03-01")?.deadline == day("2024-04-30"))  // falls back to the episode start
    }

    // MARK: IN.PAUSE6U

    /// RULES.md §3 IN.PAUSE6U "at most 6 weeks between offers" (001 l.2853-2855), read with
    /// §1 "within N weeks of A" = A + 7·N days: an offer ending 31.03.2024 must be followed by
    /// one starting by 12.05.2024. A gap that closed too late keeps that due day as its
    /// deadline, not the day before the next offer happened to start.
    @Test func atMostSixWeeksBetweenOffers() throws {
        var c = refugee()
        #expect(c.obligation("IN.PAUSE6U", asOf: "2024-02-10")?.status == .notApplicable)
        c.offer(.virksomhedspraktik, start: "2024-02-05", end: "2024-03-31")
        let gap = try #require(c.obligation("IN.PAUSE6U", asOf: "2024-04-10"))
        #expect(gap.deadline == day("2024-05-12"))
        #expect(gap.arithmetic?.da == "slut 31.03.2024 + 6 uger = 12.05.2024")
        #expect(gap.status == .open)
        #expect(c.obligation("IN.PAUSE6U", asOf: "2024-05-11")?.status == .dueSoon)  // the day before
        #expect(c.obligation("IN.PAUSE6U", asOf: "2024-05-12")?.status == .dueSoon)  // on the due day
        #expect(c.obligation("IN.PAUSE6U", asOf: "2024-05-13")?.status == .overdue)  // after it
        var onTime = c
        onTime.offer(.loentilskud, start: "2024-05-12")
        #expect(onTime.obligation("IN.PAUSE6U", asOf: "2024-06-01")?.status == .met)
        for start in ["2024-05-13", "2024-06-20"] {
            var late = c
            late.offer(.loentilskud, start: start)
            let missed = try #require(late.obligation("IN.PAUSE6U", asOf: "2024-07-01"))
            #expect(missed.status == .missed)
            #expect(missed.deadline == day("2024-05-12"))  // the day it was due, whenever the next one started
        }
        var late = c
        late.offer(.loentilskud, start: "2024-05-13")
        #expect(late.obligation("IN.PAUSE6U", asOf: "2024-06-01")?.explanation.da
            == "Efter tilbuddet, der sluttede 31.03.2024, startede det næste først 13.05.2024, mere end 6 uger senere; det skulle være startet senest 12.05.2024.")
        #expect(!refugee(.aktivitetsparat).evaluate(asOf: "2024-06-01").has("IN.PAUSE6U"))
    }

    // MARK: FJ.REHAB

    @Test func flexJobNeedsTheRehabilitationTeamFirst() {
        var c = CaseBuilder(.ledighedsydelse, start: "2024-03-01")
        #expect(c.obligation("FJ.REHAB", asOf: "2024-03-02")?.status == .overdue)
        var late = c
        late.rehabilitation("2024-03-05")
        #expect(late.obligation("FJ.REHAB", asOf: "2024-03-10")?.status == .missed)
        var incomplete = c
        incomplete.rehabilitation("2024-02-20", accommodations: "")
        #expect(incomplete.obligation("FJ.REHAB", asOf: "2024-03-10")?.explanation.da == "Indstillingen 20.02.2024 mangler skånehensyn.")
        c.rehabilitation("2024-03-01")
        #expect(c.obligation("FJ.REHAB", asOf: "2024-03-10")?.status == .met)
    }

    // MARK: FJ.ARBEJDSEVNE and FJ.TIMER

    func assessment(_ date: String, hours: Double = 15, written: Bool = true, guidance: Bool = true, reason: String = "") -> FlexJob.WorkCapacityAssessment {
        .init(date: day(date), hoursPerWeek: hours, intensityPercent: 60, writtenDecision: written, complaintGuidance: guidance, hoursDifferenceReason: reason)
    }

    @Test func workCapacityAssessedAsSoonAsPossible() throws {
        var c = CaseBuilder(.fleksjob, start: "2024-03-01")
        c.rehabilitation("2024-02-01")
        c.flexJob(start: "2024-03-01")
        let open = try #require(c.obligation("FJ.ARBEJDSEVNE", asOf: "2024-03-05"))
        #expect(open.deadline == day("2024-03-29"))
        #expect(c.obligation("FJ.ARBEJDSEVNE", asOf: "2024-03-29")?.status == .dueSoon)
        #expect(c.obligation("FJ.ARBEJDSEVNE", asOf: "2024-03-30")?.status == .overdue)
        c.value.flexJobs[0].assessment = assessment("2024-03-29", guidance: false)
        #expect(c.obligation("FJ.ARBEJDSEVNE", asOf: "2024-03-30")?.explanation.da.contains("klagevejledning") == true)
        c.value.flexJobs[0].assessment = assessment("2024-03-29")
        #expect(c.obligation("FJ.ARBEJDSEVNE", asOf: "2024-03-30")?.status == .met)
        c.value.flexJobs[0].assessment = assessment("2024-03-30")
        #expect(c.obligation("FJ.ARBEJDSEVNE", asOf: "2024-03-31")?.metLate == true)
    }

    @Test func differentHoursNeedAReason() {
        var c = CaseBuilder(.fleksjob, start: "2024-03-01")
        c.flexJob(start: "2024-03-01", hours: 15)
        #expect(!c.evaluate(asOf: "2024-03-10").has("FJ.TIMER"))
        c.value.flexJobs[0].assessment = assessment("2024-03-10", hours: 12)
        #expect(c.obligation("FJ.TIMER", asOf: "2024-03-11")?.status == .overdue)
        c.value.flexJobs[0].assessment = assessment("2024-03-10", hours: 12, reason: "Bedre at starte nu end at vente")
        #expect(c.obligation("FJ.TIMER", asOf: "2024-03-11")?.status == .met)
    }

    // MARK: FJ.PROGRESSION

    @Test func progressionUnderTenEffectiveHours() {
        var c = CaseBuilder(.fleksjob, start: "2024-03-01")
        c.flexJob(start: "2024-03-01", effective: 6, progressionGoals: "Fra 6 til 10 timer på et år")
        #expect(c.obligation("FJ.PROGRESSION", asOf: "2024-08-24")?.status == .dueSoon)  // last day 31.08.2024
        #expect(c.obligation("FJ.PROGRESSION", asOf: "2024-09-01")?.status == .missed)
        c.conversation("2024-08-31", kind: .opfoelgning)
        #expect(c.obligation("FJ.PROGRESSION", asOf: "2024-09-01")?.status == .met)
        var noGoals = CaseBuilder(.fleksjob, start: "2024-03-01")
        noGoals.flexJob(start: "2024-03-01", effective: 6)
        #expect(noGoals.obligation("FJ.PROGRESSION", asOf: "2024-03-02")?.status == .overdue)
        var tenHours = CaseBuilder(.fleksjob, start: "2024-03-01")
        tenHours.flexJob(start: "2024-03-01", effective: 10)
        #expect(!tenHours.evaluate(asOf: "2024-03-02").has("FJ.PROGRESSION"))
        var policy = RulePolicy()
        policy.localRulesEnabled["FJ.PROGRESSION"] = false
        #expect(!noGoals.evaluate(asOf: "2024-03-02", policy: policy).has("FJ.PROGRESSION"))
    }

    /// RULES.md §3 FJ.PROGRESSION: a flex job under 10 effective hours "has progression goals"
    /// (003 l.440-446: "Der indgår altid progressionsmål som en del af fleksjobaftalen"), so
    /// they are due on the job's start. Recorded on the flex job (`progressionGoals`, in the
    /// schema and the app's form), they meet it; a job that ended without them is history
    /// (missed), not overdue forever.
    @Test func progressionGoalsAreDueAtTheStartAndMissedOnceTheJobEnded() throws {
        var c = CaseBuilder(.fleksjob, start: "2024-03-01")
        c.flexJob(start: "2024-03-01", effective: 6)
        #expect(c.obligation("FJ.PROGRESSION", asOf: "2024-03-01")?.status == .dueSoon)  // on the start
        let overdue = try #require(c.obligation("FJ.PROGRESSION", asOf: "2024-03-02"))  // the day after
        #expect(overdue.status == .overdue)
        #expect(overdue.deadline == day("2024-03-01"))
        var recorded = c
        recorded.value.flexJobs[0].progressionGoals = "Fra 6 til 8 effektive timer inden 1. september"
        #expect(recorded.obligation("FJ.PROGRESSION", asOf: "2024-03-02")?.status == .open)  // follow-up by 31.08.2024
        var blank = c
        blank.value.flexJobs[0].progressionGoals = "  \n "
        #expect(blank.obligation("FJ.PROGRESSION", asOf: "2024-03-02")?.status == .overdue)
        var ended = c
        ended.value.flexJobs[0].end = day("2024-05-31")
        #expect(ended.obligation("FJ.PROGRESSION", asOf: "2024-05-31")?.status == .overdue)  // its last day
        let missed = try #require(ended.obligation("FJ.PROGRESSION", asOf: "2024-06-01"))  // the day after
        #expect(missed.status == .missed)
        #expect(missed.explanation.da == "Fleksjobbet fra 01.03.2024 (6 effektive timer) sluttede 31.05.2024 uden progressionsmål.")
    }

    @Test func flexJobRulesStartOnTheirValidFrom() {
        var c = CaseBuilder(.fleksjob, start: "2019-12-02")
        c.flexJob(start: "2019-12-31")
        c.flexJob(start: "2020-01-01")
        #expect(c.evaluate(asOf: "2020-01-10").obligations(for: "FJ.ARBEJDSEVNE").count == 1)
        #expect(c.obligation("FJ.REHAB", asOf: "2020-01-10")?.status == .notApplicable)
    }
}
