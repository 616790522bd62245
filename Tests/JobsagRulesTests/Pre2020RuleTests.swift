import JobsagCore
@testable import JobsagRules
import Testing

/// The rules before 2020 (RULES.md §4): they judge old cases and end on 2020-01-01.
@Suite struct Pre2020RuleTests {
    func young(_ category: ReadinessCategory, contact: String = "2019-03-04") -> CaseBuilder {
        CaseBuilder(.uddannelseshjaelp, category, start: contact, firstContact: contact)
    }

    @Test func twoConversationsInThreeMonthsAroundItsLastDay() {
        var c = young(.uddannelsesparat)
        c.conversation("2019-03-06")
        #expect(c.obligation("KF.UH.UP.2I3", asOf: "2019-06-03")?.status == .dueSoon)  // last day 03.06.2019
        #expect(c.obligation("KF.UH.UP.2I3", asOf: "2019-06-04")?.status == .missed)
        c.conversation("2019-06-03")
        #expect(c.obligation("KF.UH.UP.2I3", asOf: "2019-06-04")?.status == .met)
    }

    @Test func pre2020RulesStartIn2014() {
        #expect(young(.uddannelsesparat, contact: "2013-12-31").obligation("KF.UH.UP.2I3", asOf: "2014-01-10")?.status == .notApplicable)
        #expect(young(.uddannelsesparat, contact: "2014-01-01").obligation("KF.UH.UP.2I3", asOf: "2014-01-10")?.status == .open)
    }

    @Test func anEndedRuleStopsDemandingButKeepsWhatWasMissed() throws {
        // Window 2019-11-15 .. 2020-02-14: the rule ended during it, so nothing is due after 2020.
        let late = young(.uddannelsesparat, contact: "2019-11-15")
        let ended = try #require(late.obligation("KF.UH.UP.2I3", asOf: "2020-01-10"))
        #expect(ended.status == .notApplicable)
        #expect(ended.explanation.da.hasPrefix("Reglen ophørte 01.01.2020"))
        // A first offer due 2019-04-04 and never given was missed under the old rule.
        let missedOffer = young(.uddannelsesparat).obligation("TB.UH.1MD", asOf: "2024-01-01")
        #expect(missedOffer?.status == .missed)
    }

    @Test func activityReadyYoungEveryTwoMonths() throws {
        var c = young(.aktivitetsparat)
        c.conversation("2019-03-06")
        c.conversation("2019-05-06")
        let met = try #require(c.obligation("KF.UH.AP.2MD", asOf: "2019-06-01"))
        #expect(met.deadline == day("2019-07-06"))
        #expect(met.status == .met)
        #expect(c.obligation("KF.UH.AP.2MD", asOf: "2019-07-06")?.status == .dueSoon)
        #expect(c.obligation("KF.UH.AP.2MD", asOf: "2019-07-07")?.status == .overdue)
        c.conversation("2019-07-08")
        let gap = try #require(c.obligation("KF.UH.AP.2MD", asOf: "2019-07-10"))
        #expect(gap.status == .missed)
        #expect(c.obligation("KF.UH.AP.2MD", asOf: "2020-01-01")?.status == .notApplicable)  // judged by the newer rules
    }

    @Test func activityReadyCashBenefitFourPerYear() {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2018-01-02")
        for date in ["2018-02-01", "2018-05-01", "2018-08-01", "2018-11-01"] { c.conversation(date) }
        #expect(c.obligation("KF.KH.AP.4I12", asOf: "2019-01-15")?.status == .met)
        #expect(c.obligation("KF.KH.AP.4I12", asOf: "2019-02-01")?.status == .overdue)  // 01.02.2018 left the window
        #expect(c.obligation("KF.KH.AP.4I12", asOf: "2019-01-31")?.status == .dueSoon)
    }

    @Test func youngFirstOfferAndFourWeekGaps() throws {
        var c = young(.uddannelsesparat)
        #expect(c.obligation("TB.UH.1MD", asOf: "2019-04-04")?.status == .dueSoon)
        #expect(c.obligation("TB.UH.1MD", asOf: "2019-04-05")?.status == .overdue)
        c.offer(.vejledningOgOpkvalificering, start: "2019-04-01", end: "2019-05-31")
        c.offer(.virksomhedspraktik, start: "2019-06-28")  // 4 weeks after the end
        #expect(c.obligation("TB.UH.1MD", asOf: "2019-07-10")?.status == .met)
        var longGap = young(.uddannelsesparat)
        longGap.offer(.vejledningOgOpkvalificering, start: "2019-04-01", end: "2019-05-31")
        longGap.offer(.virksomhedspraktik, start: "2019-06-29")
        #expect(longGap.obligation("TB.UH.1MD", asOf: "2019-07-10")?.status == .missed)
    }

    /// RULES.md §4 TB.UH.1MD "at most 4 weeks between offers" (004 l.2162-2168), with §1
    /// "within N weeks of A" = A + 7·N: after an offer ending 31.05.2019 the next is due by
    /// 28.06.2019, and a gap that closed later reports that day as its deadline.
    @Test func youngGapBetweenOffersIsDueFourWeeksAfterTheEnd() throws {
        var c = young(.uddannelsesparat)
        c.offer(.vejledningOgOpkvalificering, start: "2019-04-01", end: "2019-05-31")
        let open = try #require(c.obligation("TB.UH.1MD", asOf: "2019-06-10"))
        #expect(open.deadline == day("2019-06-28"))
        #expect(c.obligation("TB.UH.1MD", asOf: "2019-06-27")?.status == .dueSoon)  // the day before
        #expect(c.obligation("TB.UH.1MD", asOf: "2019-06-28")?.status == .dueSoon)  // on it
        #expect(c.obligation("TB.UH.1MD", asOf: "2019-06-29")?.status == .overdue)  // after it
        c.offer(.virksomhedspraktik, start: "2019-08-05")
        let missed = try #require(c.obligation("TB.UH.1MD", asOf: "2019-08-10"))
        #expect(missed.status == .missed)
        #expect(missed.deadline == day("2019-06-28"))
    }

    @Test func obviouslyEducationReadyCvVisibleWithinThreeWeeks() {
        var c = young(.aabenlystUddannelsesparat)
        #expect(c.obligation("PL.CV.AAUP", asOf: "2019-03-25")?.status == .dueSoon)
        #expect(c.obligation("PL.CV.AAUP", asOf: "2019-03-26")?.status == .overdue)
        c.cv(registered: "2019-03-10", visible: "2019-03-25")
        #expect(c.obligation("PL.CV.AAUP", asOf: "2019-03-26")?.status == .met)
        #expect(!young(.uddannelsesparat).evaluate(asOf: "2019-03-26").has("PL.CV.AAUP"))
    }
}
