import JobsagCore
@testable import JobsagRules
import Testing

/// PL: Min Plan and CV.
@Suite struct PlanRuleTests {
    func cashBenefit(_ category: ReadinessCategory = .jobparat) -> CaseBuilder {
        CaseBuilder(.kontanthjaelp, category, start: "2024-03-01", firstContact: "2024-03-01")
    }

    // MARK: PL.FINDES

    @Test func planExistsByTheSetupDeadline() throws {
        var c = cashBenefit()
        let open = try #require(c.obligation("PL.FINDES", asOf: "2024-03-10"))
        #expect(open.deadline == day("2024-03-29"))
        #expect(open.arithmetic?.da == "episodestart 01.03.2024 + 28 dage = 29.03.2024")
        #expect(c.obligation("PL.FINDES", asOf: "2024-03-22")?.status == .dueSoon)
        #expect(c.obligation("PL.FINDES", asOf: "2024-03-29")?.status == .dueSoon)
        #expect(c.obligation("PL.FINDES", asOf: "2024-03-30")?.status == .overdue)
        c.goal(.job, "Lagermedarbejder", created: "2024-03-29")
        #expect(c.obligation("PL.FINDES", asOf: "2024-03-30")?.status == .met)
        var policy = RulePolicy()
        policy.setupDays = 14
        #expect(cashBenefit().obligation("PL.FINDES", asOf: "2024-03-16", policy: policy)?.status == .overdue)
    }

    @Test func planRulesStartOnTheirValidFrom() {
        let c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2019-06-03")
        #expect(c.obligation("PL.FINDES", asOf: "2019-12-31")?.status == .notApplicable)
        #expect(c.obligation("PL.FINDES", asOf: "2020-01-01")?.status == .dueSoon)  // due on the rule's first day
    }

    // MARK: PL.JOBMAAL

    @Test(arguments: [
        ("Arbejde", false), ("Job", false), ("Komme i ordinært job", false), ("Selvforsørgelse", false),
        ("Fuldtidsjob", false), ("Lagermedarbejder", true), ("Job i detailhandlen", true), ("Pædagogmedhjælper", true),
        ("Chauffør, kategori C", true),
    ])
    func concreteJobGoals(title: String, concrete: Bool) {
        #expect(PlanRules.isConcrete(title, policy: .standard) == concrete)
    }

    @Test func jobGoalMustBeConcrete() throws {
        var c = cashBenefit()
        c.goal(.job, "Arbejde", created: "2024-03-05")
        let generic = try #require(c.obligation("PL.JOBMAAL", asOf: "2024-04-01"))
        #expect(generic.status == .overdue)
        #expect(generic.explanation.da.hasPrefix("Jobmålet 'Arbejde' er ikke konkret"))
        c.goal(.job, "Butiksassistent", created: "2024-04-01")
        #expect(c.obligation("PL.JOBMAAL", asOf: "2024-04-02")?.status == .met)
        #expect(c.obligation("PL.JOBMAAL", asOf: "2024-04-02")?.metLate == true)
        var abandoned = cashBenefit()
        abandoned.goal(.job, "Butiksassistent", created: "2024-03-05", status: .opgivet)
        #expect(abandoned.obligation("PL.JOBMAAL", asOf: "2024-04-02")?.status == .overdue)
        let young = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-03-01", firstContact: "2024-03-01")
        #expect(!young.evaluate(asOf: "2024-04-02").has("PL.JOBMAAL"))
    }

    // MARK: PL.DELMAAL

    @Test func subgoalsIncludeAStabilisingOne() throws {
        var c = cashBenefit(.aktivitetsparat)
        c.goal(.job, "Lagermedarbejder", created: "2024-03-05", subgoals: [(.faglig, "Truckcertifikat")])
        let missing = try #require(c.obligation("PL.DELMAAL", asOf: "2024-04-02"))
        #expect(missing.status == .overdue)
        #expect(missing.explanation.da.contains("intet stabiliserende delmål"))
        c.goal(.job, "Pakkeriarbejder", created: "2024-03-20", subgoals: [(.stabiliserende, "Fast døgnrytme")])
        #expect(c.obligation("PL.DELMAAL", asOf: "2024-04-02")?.status == .met)
        #expect(!cashBenefit(.jobparat).evaluate(asOf: "2024-04-02").has("PL.DELMAAL"))
        #expect(CaseBuilder(.ressourceforloeb, start: "2024-03-01").evaluate(asOf: "2024-04-02").has("PL.DELMAAL"))
    }

    // MARK: PL.AFTALER

    /// RULES.md §3 PL.AFTALER (godPraksis, 004 l.2741) gives no deadline; the agreements are
    /// due `policy.agreementsDays` (7) after the conversation, read as "within N days of A" =
    /// A + N (§1). A conversation held 04.04.2024 and recorded days later without agreements
    /// is "snart" until 11.04.2024, not overdue the day it is recorded.
    @Test func agreementsOfTheLastConversationAreDueAWeekAfterIt() throws {
        var c = cashBenefit()
        #expect(c.obligation("PL.AFTALER", asOf: "2024-03-02")?.status == .notApplicable)
        c.conversation("2024-03-04", agreements: "Søge 5 job")
        c.conversation("2024-04-04", agreements: "")
        #expect(c.obligation("PL.AFTALER", asOf: "2024-04-03")?.status == .met)  // the earlier one, with agreements
        let due = try #require(c.obligation("PL.AFTALER", asOf: "2024-04-09"))  // backdated by 5 days
        #expect(due.status == .dueSoon)
        #expect(due.deadline == day("2024-04-11"))
        #expect(due.arithmetic?.da == "samtalen 04.04.2024 + 7 dage = 11.04.2024")
        #expect(c.obligation("PL.AFTALER", asOf: "2024-04-10")?.status == .dueSoon)  // the day before the deadline
        #expect(c.obligation("PL.AFTALER", asOf: "2024-04-11")?.status == .dueSoon)  // on it
        #expect(c.obligation("PL.AFTALER", asOf: "2024-04-12")?.status == .overdue)  // after it
        var policy = RulePolicy()
        policy.agreementsDays = 2
        #expect(c.obligation("PL.AFTALER", asOf: "2024-04-07", policy: policy)?.status == .overdue)
    }

    // MARK: PL.ROED.TRAAD

    @Test func redThreadFlagsOffersWithoutGoals() throws {
        var c = cashBenefit()
        let goal = c.goal(.job, "Lagermedarbejder", created: "2024-03-05")
        c.offer(.virksomhedspraktik, start: "2024-03-10", goalID: goal)
        #expect(c.obligation("PL.ROED.TRAAD", asOf: "2024-04-01")?.status == .met)
        c.offer(.nytteindsats, start: "2024-03-20")
        let flagged = try #require(c.obligation("PL.ROED.TRAAD", asOf: "2024-04-01"))
        #expect(flagged.status == .overdue)
        #expect(flagged.deadline == day("2024-03-20"))
    }

    @Test func redThreadFlagsStaticGoalsWhenConversationsMentionNewOnes() throws {
        var c = cashBenefit()
        c.goal(.job, "Lagermedarbejder", created: "2024-03-05")
        c.conversation("2024-09-20", summary: "Borgeren ønsker et nyt jobmål som chauffør")
        #expect(c.obligation("PL.ROED.TRAAD", asOf: "2024-09-04")?.status == .met)
        let flagged = try #require(c.obligation("PL.ROED.TRAAD", asOf: "2024-09-21"))
        #expect(flagged.status == .overdue)
        #expect(flagged.explanation.da.contains("målene er ikke ændret siden 05.03.2024"))
    }

    // MARK: PL.STATUS

    @Test func planStatusIsANoteThatNeverFailsACase() {
        let c = cashBenefit()
        let note = c.obligation("PL.STATUS", asOf: "2024-04-01")
        #expect(note?.status == .notApplicable)
        #expect(note?.kind == .note)
        let old = CaseBuilder(.kontanthjaelp, .jobparat, start: "2023-01-02")
        #expect(old.obligation("PL.STATUS", asOf: "2023-03-21")?.explanation.da.contains("22.03.2023") == true)
        #expect(old.obligation("PL.STATUS", asOf: "2023-03-22")?.explanation.da.hasPrefix("Note:") == true)
    }

    // MARK: PL.CV

    @Test func cvOnJobnetOrAnExemption() throws {
        var c = cashBenefit()
        #expect(c.obligation("PL.CV", asOf: "2024-03-30")?.status == .overdue)
        var exempt = c
        exempt.exemption("PL.CV", from: "2024-03-05", reason: "Betydelige sprogbarrierer")
        let notApplicable = try #require(exempt.obligation("PL.CV", asOf: "2024-03-30"))
        #expect(notApplicable.status == .notApplicable)
        #expect(notApplicable.explanation.da == "Fritaget: Betydelige sprogbarrierer (fra 05.03.2024, besluttet af TL).")
        c.cv(registered: "2024-03-15")
        #expect(c.obligation("PL.CV", asOf: "2024-03-30")?.status == .met)
        #expect(!CaseBuilder(.sygedagpenge, start: "2024-03-01").evaluate(asOf: "2024-04-01").has("PL.CV"))
    }
}
