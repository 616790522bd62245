import JobsagCore
@testable import JobsagRules
import Testing

/// TB: offers.
@Suite struct TilbudRuleTests {
    // MARK: TB.RETPLIGT and TB.VO.IKKE.RP

    @Test func rightAndDutyOfferAroundItsDeadline() throws {
        let c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-31")
        let open = try #require(c.obligation("TB.RETPLIGT", asOf: "2024-06-01"))
        #expect(open.deadline == day("2024-07-31"))
        #expect(c.obligation("TB.RETPLIGT", asOf: "2024-07-24")?.status == .dueSoon)
        #expect(c.obligation("TB.RETPLIGT", asOf: "2024-08-01")?.status == .overdue)
        var onTime = c
        onTime.offer(.virksomhedspraktik, start: "2024-07-31", rightAndDuty: true)
        #expect(onTime.obligation("TB.RETPLIGT", asOf: "2024-08-01")?.metLate == false)
        var late = c
        late.offer(.virksomhedspraktik, start: "2024-08-01", rightAndDuty: true)
        #expect(late.obligation("TB.RETPLIGT", asOf: "2024-08-02")?.metLate == true)
        var notMarked = c
        notMarked.offer(.virksomhedspraktik, start: "2024-03-01")
        #expect(notMarked.obligation("TB.RETPLIGT", asOf: "2024-08-02")?.status == .overdue)
    }

    @Test func guidanceAndUpskillingIsNoLongerARightAndDutyOffer() throws {
        var before = CaseBuilder(.dagpenge, start: "2023-01-02")
        before.offer(.vejledningOgOpkvalificering, start: "2023-03-21", rightAndDuty: true)
        let counted = try #require(before.evaluate(asOf: "2023-04-01").only("TB.RETPLIGT"))
        #expect(counted.status == .met)
        #expect(!before.evaluate(asOf: "2023-04-01").has("TB.VO.IKKE.RP"))

        var after = CaseBuilder(.dagpenge, start: "2023-01-02")
        let offer = after.offer(.vejledningOgOpkvalificering, start: "2023-03-22", rightAndDuty: true)
        let result = after.evaluate(asOf: "2023-04-01")
        #expect(result.only("TB.RETPLIGT")?.status == .open)
        let flag = try #require(result.only("TB.VO.IKKE.RP"))
        #expect(flag.status == .missed && flag.subjectID == offer)
    }

    @Test func guidanceAndUpskillingStillCountsForEducationBenefitAndTheProgramme() {
        var young = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-01-02", firstContact: "2024-01-02")
        young.offer(.vejledningOgOpkvalificering, start: "2024-02-01", rightAndDuty: true)
        #expect(!young.evaluate(asOf: "2024-03-01").has("TB.VO.IKKE.RP"))
        var refugee = CaseBuilder(.selvforsoergelsesydelse, .jobparat, start: "2024-01-02", arrival: "2024-01-02", inProgramme: true)
        refugee.offer(.vejledningOgOpkvalificering, start: "2024-02-01", rightAndDuty: true)
        #expect(refugee.obligation("TB.VO.IKKE.RP", asOf: "2024-03-01")?.status == .notApplicable)
        var outside = CaseBuilder(.selvforsoergelsesydelse, .jobparat, start: "2024-01-02")
        outside.offer(.vejledningOgOpkvalificering, start: "2024-02-01", rightAndDuty: true)
        #expect(outside.obligation("TB.VO.IKKE.RP", asOf: "2024-03-01")?.status == .missed)
    }

    // MARK: TB.AKTIV12

    @Test func activeOfferVersionsChangeOn22March2023() throws {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2020-06-01")
        c.offer(.vejledningOgOpkvalificering, start: "2022-09-01", end: "2022-12-01")
        let v1 = try #require(c.obligation("TB.AKTIV12", asOf: "2023-03-21"))
        #expect(v1.ruleVersion == 1 && v1.status == .met)
        let v2 = try #require(c.obligation("TB.AKTIV12", asOf: "2023-03-22"))
        #expect(v2.ruleVersion == 2 && v2.status == .overdue)
        #expect(v2.explanation.da.contains("vejledning og opkvalificering tæller ikke"))
    }

    @Test func activeOfferHoursCountInstead() {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2020-06-01")
        c.hours("2022-10-01", 60)
        c.hours("2023-01-01", 50)
        #expect(c.obligation("TB.AKTIV12", asOf: "2023-03-21")?.status == .overdue)  // v1 needs 225 hours
        #expect(c.obligation("TB.AKTIV12", asOf: "2023-03-22")?.status == .met)  // v2 needs 100 hours
        // The 12 calendar months include the evaluation date's month and go back 11 more.
        #expect(c.obligation("TB.AKTIV12", asOf: "2023-09-30")?.status == .met)
        #expect(c.obligation("TB.AKTIV12", asOf: "2023-10-01")?.status == .overdue)
    }

    @Test func activeOfferRollingWindowBoundary() throws {
        var c = CaseBuilder(.dagpenge, start: "2022-01-03")
        c.offer(.virksomhedspraktik, start: "2023-01-02", end: "2023-06-30")
        let met = try #require(c.obligation("TB.AKTIV12", asOf: "2024-06-20"))
        #expect(met.status == .met)  // 9 days left
        #expect(met.deadline == day("2024-06-29"))
        #expect(c.obligation("TB.AKTIV12", asOf: "2024-06-22")?.status == .dueSoon)
        #expect(c.obligation("TB.AKTIV12", asOf: "2024-06-29")?.status == .dueSoon)
        #expect(c.obligation("TB.AKTIV12", asOf: "2024-06-30")?.status == .overdue)
        #expect(c.obligation("TB.AKTIV12", asOf: "2024-06-12")?.status == .met)
    }

    @Test func activeOfferStartsOnItsValidFrom() {
        let c = CaseBuilder(.dagpenge, start: "2019-06-03")
        #expect(c.obligation("TB.AKTIV12", asOf: "2019-12-31")?.status == .notApplicable)
        #expect(c.obligation("TB.AKTIV12", asOf: "2020-01-01")?.status == .open)
    }

    // MARK: TB.FORMAAL and TB.PRAKTIK.FORMAAL

    @Test func offerPurposePerOffer() throws {
        var c = CaseBuilder(.dagpenge, start: "2024-01-02")
        let goal = c.goal(.job, "Lagermedarbejder", created: "2024-01-05")
        let good = c.offer(.virksomhedspraktik, start: "2024-02-01", goalID: goal)
        let bad = c.offer(.loentilskud, start: "2024-03-01", assessment: "", goalID: "unknown")
        let today = c.offer(.mentor, start: "2024-04-01", purpose: "", goalID: goal)
        let result = c.evaluate(asOf: "2024-04-01").obligations(for: "TB.FORMAAL")
        #expect(result.map(\.subjectID) == [bad, today, nil])
        #expect(result.map(\.status) == [.overdue, .dueSoon, .met])
        #expect(result[2].evidence.map(\.entryID) == [good])
        #expect(result[0].explanation.da == "Tilbuddet (løntilskud fra 01.03.2024) mangler individuel vurdering og link til et mål i Min Plan.")
        var old = CaseBuilder(.dagpenge, start: "2019-11-01")
        old.offer(.virksomhedspraktik, start: "2019-12-31", purpose: "")
        old.offer(.virksomhedspraktik, start: "2020-01-01", purpose: "")
        #expect(old.evaluate(asOf: "2020-02-01").obligations(for: "TB.FORMAAL").map(\.deadline) == [day("2020-01-01")])
    }

    @Test func internshipPurposeForYoungPeople() {
        var c = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-01-02", firstContact: "2024-01-02")
        c.offer(.virksomhedspraktik, start: "2024-02-01", internshipPurpose: 2)
        c.offer(.virksomhedspraktik, start: "2024-03-01", internshipPurpose: 4)
        c.offer(.nytteindsats, start: "2024-03-01")
        #expect(c.evaluate(asOf: "2024-04-01").obligations(for: "TB.PRAKTIK.FORMAAL").map(\.status) == [.overdue, .met])
        var adult = CaseBuilder(.dagpenge, start: "2024-01-02")
        adult.offer(.virksomhedspraktik, start: "2024-02-01")
        #expect(!adult.evaluate(asOf: "2024-04-01").has("TB.PRAKTIK.FORMAAL"))
    }

    // MARK: TB.OPFOELG

    @Test func offerFollowUpAndEvaluation() throws {
        var c = CaseBuilder(.dagpenge, start: "2024-01-02")
        c.offer(.virksomhedspraktik, start: "2024-02-01", end: "2024-03-31", followUps: ["2024-03-01"])
        #expect(c.obligation("TB.OPFOELG", asOf: "2024-03-15")?.status == .met)
        let evaluation = try #require(c.obligation("TB.OPFOELG", asOf: "2024-04-05"))
        #expect(evaluation.deadline == day("2024-04-14"))
        #expect(evaluation.status == .open)
        #expect(c.obligation("TB.OPFOELG", asOf: "2024-04-07")?.status == .dueSoon)
        #expect(c.obligation("TB.OPFOELG", asOf: "2024-04-15")?.status == .overdue)
        c.value.offers[0].evaluation = Offer.Evaluation(date: day("2024-04-15"), result: "God")
        #expect(c.obligation("TB.OPFOELG", asOf: "2024-04-16")?.metLate == true)

        var none = CaseBuilder(.dagpenge, start: "2024-01-02")
        none.offer(.virksomhedspraktik, start: "2024-02-01", end: "2024-03-31")
        #expect(none.obligation("TB.OPFOELG", asOf: "2024-03-31")?.status == .missed)
        #expect(none.obligation("TB.OPFOELG", asOf: "2024-03-30")?.status == .dueSoon)  // the follow-up is due by the end
        // An interruption recorded later is not known yet.
        var interrupted = CaseBuilder(.dagpenge, start: "2024-01-02")
        interrupted.offer(.virksomhedspraktik, start: "2024-02-01", end: "2024-06-30", interrupted: "2024-03-10")
        #expect(interrupted.obligation("TB.OPFOELG", asOf: "2024-03-09")?.deadline == day("2024-06-30"))
        #expect(interrupted.obligation("TB.OPFOELG", asOf: "2024-03-11")?.status == .missed)
    }

    // MARK: TB.PASSIV

    @Test func passiveForMoreThanTwelveMonths() throws {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2022-01-03")
        c.offer(.virksomhedspraktik, start: "2022-02-01", end: "2022-04-30")
        #expect(c.obligation("TB.PASSIV", asOf: "2022-03-01")?.status == .met)
        let open = try #require(c.obligation("TB.PASSIV", asOf: "2023-01-01"))
        #expect(open.deadline == day("2023-04-30"))  // 01.05.2022 + 12 months - 1 day
        #expect(c.obligation("TB.PASSIV", asOf: "2023-04-30")?.status == .dueSoon)
        #expect(c.obligation("TB.PASSIV", asOf: "2023-05-01")?.status == .overdue)
        var exempt = c
        exempt.exemption("TB.PASSIV", from: "2022-06-01", to: "2022-06-30")
        #expect(exempt.obligation("TB.PASSIV", asOf: "2023-05-01")?.deadline == day("2023-05-30"))
        exempt.exemption("TB.*", from: "2023-05-01")
        #expect(exempt.obligation("TB.PASSIV", asOf: "2023-07-01")?.status == .notApplicable)
    }
}
