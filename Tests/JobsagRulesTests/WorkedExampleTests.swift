import JobsagCore
@testable import JobsagRules
import Testing

/// The six worked examples of RULES.md §6.
@Suite struct WorkedExampleTests {
    /// 1. A kh-jobparat episode from 2024-01-08 with three conversations; re-visited as
    /// aktivitetsparat on 2024-05-01 (same benefit, same episode, same window).
    func example1() -> CaseBuilder {
        var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-08", firstContact: "2024-01-05")
        c.conversation("2024-01-10", .fysisk)
        c.conversation("2024-02-14", .video)
        c.conversation("2024-04-03", .telefon)
        c.visitation("2024-05-01", .aktivitetsparat)
        return c
    }

    @Test func workedExample1_benefitChange_categoryChangeKeepsTheWindow() throws {
        let c = example1()
        let june20 = try #require(c.obligation("KF.4I6", asOf: "2024-06-20"))
        #expect(june20.status == .open)
        #expect(june20.evidence.count == 3)
        #expect(june20.windowStart == day("2024-01-08"))
        #expect(june20.deadline == day("2024-07-07"))
        #expect(june20.explanation.da == "3 af 4 jobsamtaler holdt i de første 6 måneder; den 4. skal holdes senest 07.07.2024.")
        #expect(june20.arithmetic?.da == "episodestart 08.01.2024 + 6 måneder = 08.07.2024; sidste dag 07.07.2024")
        #expect(june20.arithmetic?.en == "episode start 08.01.2024 + 6 months = 08.07.2024; last day 07.07.2024")

        #expect(c.obligation("KF.4I6", asOf: "2024-07-01")?.status == .dueSoon)
        let july8 = try #require(c.obligation("KF.4I6", asOf: "2024-07-08"))
        #expect(july8.status == .missed)
        #expect(july8.explanation.da.hasPrefix("Kun 3 af 4 jobsamtaler"))

        // The group on 2024-06-20 is kh-aktivitetsparat: KA.KOORD now applies, anchored at the visitation.
        let result = c.evaluate(asOf: "2024-06-20")
        #expect(result.only("KA.KOORD")?.windowStart == day("2024-05-01"))
    }

    @Test func workedExample1_benefitChange_toSicknessBenefitEndsTheCount() throws {
        var c = example1()
        c.value.visitations = []
        c.newEpisode(.sygedagpenge, start: "2024-05-01")
        let result = c.evaluate(asOf: "2024-06-20")
        #expect(!result.has("KF.4I6"))  // sygedagpenge is not in KF.4I6's groups
        #expect(!result.has("KA.KOORD"))
        let week8 = try #require(result.only("KF.SYG.UGE8"))
        #expect(week8.deadline == day("2024-06-25"))  // 01.05.2024 + 8 weeks - 1 day
        #expect(week8.status == .dueSoon)
    }

    @Test func workedExample2_writtenConversationDoesNotCount() throws {
        var c = CaseBuilder(.dagpenge, start: "2023-04-03")
        let letter = c.conversation("2023-05-02", .skriftlig)
        c.conversation("2023-04-05", .fysisk)
        let result = c.evaluate(asOf: "2023-06-01")
        let count = try #require(result.only("KF.4I6"))
        #expect(count.evidence.map(\.entryID).contains(letter) == false)
        #expect(count.explanation.da.hasPrefix("1 af 4 jobsamtaler"))
        #expect(count.explanation.da.contains("1 skriftlig samtale i vinduet tæller ikke"))
        let flagged = try #require(result.obligations(for: "KF.FORM").first { $0.subjectID == letter })
        #expect(flagged.status == .missed)
    }

    @Test func workedExample2_writtenConversationBeforeTheLawCounts() throws {
        var c = CaseBuilder(.dagpenge, start: "2023-02-01")
        let letter = c.conversation("2023-03-01", .skriftlig)
        let result = c.evaluate(asOf: "2023-03-15")
        let count = try #require(result.only("KF.4I6"))
        #expect(count.evidence.map(\.entryID) == [letter])
        #expect(!result.obligations(for: "KF.FORM").contains { $0.subjectID == letter })
    }

    @Test func workedExample3_literacyTestMetByARecentTest() throws {
        var c = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-09-02", firstContact: "2024-09-02")
        let without = try #require(c.obligation("UH.LSR", asOf: "2024-09-10"))
        #expect(without.status == .open)
        #expect(without.deadline == day("2024-10-02"))

        c.literacyTest("2023-11-15", result: .intetBehov)
        let with = try #require(c.obligation("UH.LSR", asOf: "2024-09-10"))
        #expect(with.status == .met)
        #expect(with.evidence.first?.date == day("2023-11-15"))
        #expect(with.explanation.da.contains("under 2 år gammel"))
    }

    @Test func workedExample4_monthArithmeticClampsToTheMonthEnd() throws {
        let c = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-01-31", firstContact: "2024-01-31")
        let result = c.evaluate(asOf: "2024-02-01")
        #expect(result.only("UH.LSR")?.deadline == day("2024-02-29"))
        #expect(result.only("UH.VISITATION")?.deadline == day("2024-04-30"))
        #expect(result.only("UH.VISITATION")?.arithmetic?.da == "første henvendelse 31.01.2024 + 3 måneder = 30.04.2024")
    }

    @Test func workedExample5_aggravatedSanctionNeedsANewBreachAfterThePriorSanctions() throws {
        var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2021-06-01", firstContact: "2021-05-28")
        c.conversation("2021-06-03", .fysisk, rightsGuidance: true)
        c.guidance("2021-06-03", .rettigheder35_1, [.mundtlig, .skriftligUdleveret, .eBoks])
        let october = c.absence("2021-10-12", hearingSent: "2021-10-13")
        let december = c.absence("2021-12-06", hearingSent: "2021-12-07")
        let warning = c.guidance("2021-12-20", .advarsel35_2, [.mundtlig, .skriftligUdleveret], allElements: true)
        c.sanction(ordinarySanction(id: "s1", decided: "2022-01-10", absences: [october]))
        c.sanction(ordinarySanction(id: "s2", decided: "2022-01-12", absences: [december]))
        let january3 = c.absence("2022-01-03", hearingSent: "2022-01-04")
        let decision = completeAggravatedSanction(
            decided: "2022-01-24", absences: [january3], priors: ["s1", "s2"], warning: warning,
            approval: .init(by: "TL", date: day("2022-01-24"), approved: true, note: ""))
        c.sanction(decision)

        let checklist = SanctionChecklist(decision: decision, in: c.value)
        #expect(checklist.failing.map(\.number) == [3])
        let condition3 = try #require(checklist.conditions.first { $0.number == 3 })
        #expect(condition3.detail.da == "Udeblivelsen 03.01.2022 ligger før den forudgående sanktion 12.01.2022; der er ingen ny tilsidesættelse efter den.")
        #expect(checklist.conditions.count == 11)

        let obligation = try #require(c.obligation("RD.40A", asOf: "2022-02-01"))
        #expect(obligation.status == .missed)
        #expect(obligation.subjectID == "s40a")
        #expect(obligation.explanation.da.contains("mangler betingelse 3"))
    }

    @Test func workedExample6_regimesJudgeA2019CaseByThePre2020Rules() throws {
        var c = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2019-03-04", firstContact: "2019-03-04")
        c.conversation("2019-03-06")
        c.conversation("2019-05-20")
        let result = c.evaluate(asOf: "2019-06-30")
        let old = try #require(result.only("KF.UH.UP.2I3"))
        #expect(old.status == .met)
        #expect(old.evidence.count == 2)
        let new = try #require(result.only("KF.4I6"))
        #expect(new.status == .notApplicable)
        #expect(new.explanation.da.contains("01.01.2020"))

        // The same case reviewed as of 2024 under an episode that started in 2024 is judged by KF.4I6.
        var later = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-03-04", firstContact: "2024-03-04")
        later.conversation("2024-03-06")
        later.conversation("2024-05-20")
        let now = later.evaluate(asOf: "2024-06-30")
        #expect(now.only("KF.4I6")?.status == .open)
        #expect(now.only("KF.UH.UP.2I3")?.status == .notApplicable)
    }
}
