import JobsagCore
@testable import JobsagRules
import Testing

/// UH (uddannelseshjælp) and KA (coordination).
@Suite struct UddannelseshjaelpRuleTests {
    func young(_ category: ReadinessCategory = .uddannelsesparat, contact: String = "2024-01-31") -> CaseBuilder {
        CaseBuilder(.uddannelseshjaelp, category, start: contact, firstContact: contact)
    }

    // MARK: UH.VISITATION

    @Test func visitationAroundItsDeadline() throws {
        let c = young()
        #expect(c.obligation("UH.VISITATION", asOf: "2024-04-22")?.status == .open)
        #expect(c.obligation("UH.VISITATION", asOf: "2024-04-23")?.status == .dueSoon)
        #expect(c.obligation("UH.VISITATION", asOf: "2024-05-01")?.status == .overdue)
        var onTime = c
        onTime.visitation("2024-04-30", .uddannelsesparat, justification: "")
        #expect(onTime.obligation("UH.VISITATION", asOf: "2024-05-01")?.status == .met)
        var late = c
        late.visitation("2024-05-01", .uddannelsesparat)
        let metLate = try #require(late.obligation("UH.VISITATION", asOf: "2024-05-02"))
        #expect(metLate.status == .met && metLate.metLate)
    }

    @Test func visitationNotEducationReadyNeedsAJustification() throws {
        var c = young()
        c.visitation("2024-02-02", .aktivitetsparat, justification: "  ")
        let obligation = try #require(c.obligation("UH.VISITATION", asOf: "2024-05-01"))
        #expect(obligation.status == .overdue)
        #expect(obligation.explanation.da.contains("mangler en faglig begrundelse"))
        #expect(c.obligation("UH.VISITATION", asOf: "2024-02-10")?.status == .open)
    }

    @Test func visitationStartsOnItsValidFrom() {
        #expect(young(contact: "2019-12-31").obligation("UH.VISITATION", asOf: "2020-01-05")?.status == .notApplicable)
        #expect(young(contact: "2020-01-01").obligation("UH.VISITATION", asOf: "2020-01-05")?.status == .open)
    }

    // MARK: UH.PAALAEG

    @Test func injunctionAtTheFirstConversation() throws {
        var c = young(contact: "2024-03-04")
        #expect(c.obligation("UH.PAALAEG", asOf: "2024-03-05")?.deadline == day("2024-03-11"))
        c.conversation("2024-03-06")
        #expect(c.obligation("UH.PAALAEG", asOf: "2024-03-06")?.status == .dueSoon)
        #expect(c.obligation("UH.PAALAEG", asOf: "2024-03-07")?.status == .overdue)
        var onTime = c
        onTime.injunction(given: "2024-03-06")
        #expect(onTime.obligation("UH.PAALAEG", asOf: "2024-03-07")?.status == .met)
        var late = c
        late.injunction(given: "2024-03-07")
        let metLate = try #require(late.obligation("UH.PAALAEG", asOf: "2024-03-08"))
        #expect(metLate.status == .met && metLate.metLate)
        var partial = c
        partial.injunction(given: "2024-03-06", steps: [1])
        let missing = try #require(partial.obligation("UH.PAALAEG", asOf: "2024-03-08"))
        #expect(missing.status == .overdue)
        #expect(missing.explanation.da == "Pålægget 06.03.2024 mangler trin 2 og 3 med frist.")
    }

    // MARK: UH.PAALAEG.OPFOELG

    @Test func injunctionFollowedUpAtEveryLaterConversation() {
        var c = young(contact: "2024-03-04")
        let first = c.conversation("2024-03-06")
        c.injunction(given: "2024-03-06")
        let followed = c.conversation("2024-04-06", followedUp: true)
        let notFollowed = c.conversation("2024-05-06", followedUp: false)
        let result = c.evaluate(asOf: "2024-06-01").obligations(for: "UH.PAALAEG.OPFOELG")
        #expect(result.map(\.subjectID) == [notFollowed, nil])
        #expect(result.map(\.status) == [.missed, .met])
        #expect(result.last?.evidence.map(\.entryID) == [followed])
        #expect(!result.contains { $0.evidence.contains { $0.entryID == first } })
    }

    // MARK: UH.PAALAEG.FRIST

    @Test func movedDeadlinesNeedReasons() throws {
        var none = young()
        #expect(none.obligation("UH.PAALAEG.FRIST", asOf: "2024-06-01")?.status == .notApplicable)
        none.injunction(given: "2024-02-01")
        #expect(none.obligation("UH.PAALAEG.FRIST", asOf: "2024-06-01")?.status == .met)

        var unexplained = young()
        unexplained.injunction(given: "2024-02-01", changes: [(1, "2024-03-01", "")])
        let overdue = try #require(unexplained.obligation("UH.PAALAEG.FRIST", asOf: "2024-06-01"))
        #expect(overdue.status == .overdue && overdue.deadline == day("2024-03-01"))
        // A move recorded after the evaluation date is not known yet.
        #expect(unexplained.obligation("UH.PAALAEG.FRIST", asOf: "2024-02-28")?.status == .met)

        var often = young()
        often.injunction(given: "2024-02-01", changes: [(1, "2024-03-01", "Syg"), (1, "2024-04-01", "Venter på optag")])
        let flagged = try #require(often.obligation("UH.PAALAEG.FRIST", asOf: "2024-06-01"))
        #expect(flagged.status == .open)
        #expect(flagged.explanation.da.contains("trin 1 (2 gange)"))
    }

    // MARK: UH.LSR

    @Test func literacyTestAroundItsDeadline() throws {
        let c = young(contact: "2024-09-02")
        #expect(c.obligation("UH.LSR", asOf: "2024-09-24")?.status == .open)
        #expect(c.obligation("UH.LSR", asOf: "2024-09-25")?.status == .dueSoon)
        #expect(c.obligation("UH.LSR", asOf: "2024-10-02")?.status == .dueSoon)
        #expect(c.obligation("UH.LSR", asOf: "2024-10-03")?.status == .overdue)
        var tested = c
        tested.literacyTest("2024-10-02")
        #expect(tested.obligation("UH.LSR", asOf: "2024-10-03")?.metLate == false)
        var late = c
        late.literacyTest("2024-10-03")
        #expect(late.obligation("UH.LSR", asOf: "2024-10-04")?.metLate == true)
    }

    @Test func literacyTestExemptions() throws {
        let educated = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2024-09-02", firstContact: "2024-09-02", hasYouthEducation: true)
        #expect(educated.obligation("UH.LSR", asOf: "2024-10-10")?.status == .notApplicable)
        var reason = young(contact: "2024-09-02")
        reason.literacyTest(nil, result: nil, exemptionReason: "Barsel", recorded: "2024-09-05")
        let exempt = try #require(reason.obligation("UH.LSR", asOf: "2024-10-10"))
        #expect(exempt.status == .notApplicable)
        #expect(exempt.explanation.da == "Undtaget fra test: Barsel.")
        // A test exactly 2 years old still counts; one day older does not.
        var twoYears = young(contact: "2024-09-02")
        twoYears.literacyTest("2022-09-02")
        #expect(twoYears.obligation("UH.LSR", asOf: "2024-09-03")?.status == .met)
        var older = young(contact: "2024-09-02")
        older.literacyTest("2022-09-01")
        #expect(older.obligation("UH.LSR", asOf: "2024-09-03")?.status == .open)
    }

    @Test func literacyTestShowingANeedNeedsACourse() throws {
        var c = young(contact: "2024-09-02")
        c.literacyTest("2024-09-10", result: .behov)
        let course = try #require(c.obligation("UH.LSR", asOf: "2024-09-17"))
        #expect(course.deadline == day("2024-09-17"))
        #expect(course.status == .dueSoon)
        #expect(c.obligation("UH.LSR", asOf: "2024-09-18")?.status == .overdue)
        var offered = young(contact: "2024-09-02")
        offered.literacyTest("2024-09-10", result: .behov, courseOffered: "2024-09-12")
        #expect(offered.obligation("UH.LSR", asOf: "2024-09-18")?.status == .met)
    }

    // MARK: UH.225.VEJL

    @Test func guidanceOn225HoursByTheSetupDeadline() {
        var c = young(contact: "2024-03-01")
        #expect(c.obligation("UH.225.VEJL", asOf: "2024-03-29")?.status == .dueSoon)  // 01.03 + 28 days = 29.03
        #expect(c.obligation("UH.225.VEJL", asOf: "2024-03-30")?.status == .overdue)
        c.guidance("2024-03-05", .timer225, [.mundtlig])
        #expect(c.obligation("UH.225.VEJL", asOf: "2024-03-30")?.status == .met)
    }

    @Test func standingRequirementsNeverFallDueBeforeTheRuleExists() {
        let c = young(contact: "2019-11-01")
        #expect(c.obligation("UH.225.VEJL", asOf: "2020-01-02")?.deadline == day("2020-01-01"))
    }

    // MARK: UH.KOORD and KA.KOORD

    @Test func coordinatingCaseworkerOfferedImmediately() throws {
        var c = young(contact: "2024-03-01")
        c.visitation("2024-03-10", .aktivitetsparat)
        let due = try #require(c.obligation("UH.KOORD", asOf: "2024-03-16"))
        #expect(due.deadline == day("2024-03-17"))
        #expect(due.status == .dueSoon)
        #expect(c.obligation("UH.KOORD", asOf: "2024-03-18")?.status == .overdue)
        var unanswered = c
        unanswered.guidance("2024-03-12", .koordinerendeTilbudt)
        #expect(unanswered.obligation("UH.KOORD", asOf: "2024-03-18")?.status == .overdue)
        var answered = c
        answered.guidance("2024-03-17", .koordinerendeTilbudt, answer: .afslaaet)
        #expect(answered.obligation("UH.KOORD", asOf: "2024-03-18")?.status == .met)
        #expect(!young().evaluate(asOf: "2024-03-18").has("UH.KOORD"))
    }

    @Test func coordinatingCaseworkerForCashBenefitFromTheEpisodeStart() throws {
        var c = CaseBuilder(.kontanthjaelp, .aktivitetsparat, start: "2024-03-01", firstContact: "2024-02-28")
        let obligation = try #require(c.obligation("KA.KOORD", asOf: "2024-03-02"))
        #expect(obligation.windowStart == day("2024-03-01"))
        #expect(obligation.deadline == day("2024-03-08"))
        c.guidance("2024-03-09", .koordinerendeTilbudt, answer: .accepteret)
        #expect(c.obligation("KA.KOORD", asOf: "2024-03-10")?.metLate == true)
        #expect(!c.evaluate(asOf: "2024-03-10").has("UH.KOORD"))
    }

    // MARK: UH.UDDMAAL

    @Test func educationGoalByTheFirstStepDeadline() throws {
        var c = young(contact: "2024-03-01")
        c.injunction(given: "2024-03-05", stepDeadline: "2024-06-01")
        let obligation = try #require(c.obligation("UH.UDDMAAL", asOf: "2024-05-01"))
        #expect(obligation.deadline == day("2024-06-01"))
        #expect(obligation.status == .open)
        #expect(c.obligation("UH.UDDMAAL", asOf: "2024-06-02")?.status == .overdue)
        c.goal(.uddannelse, "Pædagogisk assistent", created: "2024-05-15")
        #expect(c.obligation("UH.UDDMAAL", asOf: "2024-06-02")?.status == .met)
    }

    // MARK: UH.OPSTART

    @Test func educationStartNeedsAssessmentAndNotification() throws {
        var c = young(contact: "2024-01-02")
        #expect(!c.evaluate(asOf: "2024-08-01").has("UH.OPSTART"))
        c.injunction(
            given: "2024-01-05",
            educationStart: .init(date: day("2024-08-12"), institution: "TEC", dutyAssessed: day("2024-08-01")))
        #expect(!c.evaluate(asOf: "2024-08-11").has("UH.OPSTART"))  // the start is not known yet
        let missing = try #require(c.obligation("UH.OPSTART", asOf: "2024-08-12"))
        #expect(missing.status == .dueSoon)
        #expect(missing.explanation.da.contains("underretning af uddannelsesstedet"))
        #expect(c.obligation("UH.OPSTART", asOf: "2024-08-13")?.status == .overdue)
        c.value.injunctions[0].educationStart?.institutionNotified = day("2024-08-10")
        #expect(c.obligation("UH.OPSTART", asOf: "2024-08-13")?.status == .met)
    }

    // MARK: UH.FRAFALD

    @Test func dropoutReportsNeedAReaction() throws {
        var c = young(contact: "2023-01-02")
        c.injunction(
            given: "2023-01-05", educationStart: .init(date: day("2023-08-14"), institution: "TEC"),
            dropoutReports: [
                .init(id: "d1", date: day("2023-10-02"), reacted: day("2023-10-09")),
                .init(id: "d2", date: day("2023-11-01")),
                .init(id: "d3", date: day("2024-02-14")),  // 6 months after the start: outside
            ])
        let result = c.evaluate(asOf: "2023-11-09")
        let reactions = result.obligations(for: "UH.FRAFALD")
        #expect(reactions.map(\.subjectID) == ["d1", "d2"])
        #expect(reactions.map(\.status) == [.met, .overdue])
        #expect(c.evaluate(asOf: "2023-11-08").obligations(for: "UH.FRAFALD").last?.status == .dueSoon)
        #expect(c.evaluate(asOf: "2024-03-01").obligations(for: "UH.FRAFALD").count == 2)
    }

    @Test func dropoutRuleStartsOnItsValidFrom() {
        var c = young(contact: "2021-01-04")
        c.injunction(
            given: "2021-01-05", educationStart: .init(date: day("2021-08-16"), institution: "TEC"),
            dropoutReports: [.init(id: "d1", date: day("2021-12-31")), .init(id: "d2", date: day("2022-01-01"))])
        #expect(c.evaluate(asOf: "2022-01-20").obligations(for: "UH.FRAFALD").map(\.subjectID) == ["d2"])
    }
}
