import Foundation
import JobsagCore
@testable import JobsagRules
import Testing

/// The engine: determinism, the evaluation date, missing data, dated versions, policy.
@Suite struct EngineTests {
    /// A case that touches most rule families.
    func richCase() -> CaseBuilder {
        var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-08", firstContact: "2024-01-05")
        c.conversation("2024-01-10", rightsGuidance: true)
        c.conversation("2024-02-14", .video, chosenBy: .jobcenter)
        c.conversation("2024-03-01", .skriftlig)
        c.conversation("2024-04-03", .telefon, agreements: "")
        c.visitation("2024-05-01", .aktivitetsparat, justification: "Psykiske barrierer")
        c.visitation("2024-02-01", .jobparat)
        c.guidance("2024-01-10", .rettigheder35_1, [.skriftligUdleveret, .eBoks])
        c.guidance("2024-05-03", .koordinerendeTilbudt, answer: .accepteret)
        let goal = c.goal(.job, "Lagermedarbejder", created: "2024-01-10", subgoals: [(.stabiliserende, "Søvn")])
        c.goal(.job, "Arbejde", created: "2024-01-11")
        c.offer(.virksomhedspraktik, start: "2024-03-01", end: "2024-04-30", rightAndDuty: true, goalID: goal, followUps: ["2024-04-01"])
        c.offer(.vejledningOgOpkvalificering, start: "2024-05-06", rightAndDuty: true)
        c.offer(.nytteindsats, start: "2024-05-06", goalID: goal)
        c.absence("2024-05-20", cause: .ukendt)
        c.absence("2024-05-10", cause: .nej)
        c.exemption("PL.CV", from: "2024-01-20", reason: "Betydelige sprogbarrierer")
        c.hours("2024-02-01", 20)
        return c
    }

    @Test func theSameCaseInAnyOrderGivesTheSameResult() {
        let c = richCase()
        let expected = c.evaluate(asOf: "2024-06-20")
        var reversed = c
        reversed.value.conversations.reverse()
        reversed.value.visitations.reverse()
        reversed.value.guidance.reverse()
        reversed.value.goals.reverse()
        reversed.value.offers.reverse()
        reversed.value.absences.reverse()
        reversed.value.exemptions.reverse()
        reversed.value.ordinaryHours.reverse()
        #expect(reversed.evaluate(asOf: "2024-06-20") == expected)
        var rotated = c
        rotated.value.conversations = Array(c.value.conversations[2...] + c.value.conversations[..<2])
        rotated.value.offers = Array(c.value.offers[1...] + c.value.offers[..<1])
        #expect(rotated.evaluate(asOf: "2024-06-20") == expected)
        #expect(expected.obligations.count > 25)
    }

    @Test func outputOrderIsCatalogueOrderThenDeadlineThenSubject() {
        let result = richCase().evaluate(asOf: "2024-06-20")
        let order = RuleCatalogue.ids
        let positions = result.obligations.map { order.firstIndex(of: $0.ruleID) ?? -1 }
        #expect(positions == positions.sorted())
        for id in Set(result.obligations.map(\.ruleID)) {
            let keys = result.obligations(for: id).map { ($0.deadline ?? .distantFuture, $0.subjectID ?? "") }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }

    @Test func entriesDatedAfterTheEvaluationDateAreIgnored() throws {
        var c = CaseBuilder(.dagpenge, start: "2024-01-08")
        c.conversation("2024-01-10")
        c.conversation("2024-03-10")
        let before = c.evaluate(asOf: "2024-03-01")
        #expect(before.only("KF.4I6")?.evidence.count == 1)
        #expect(before.obligations(for: "KF.FORM").count == 1)
        // A future re-visitation does not change today's group.
        var k = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-08")
        k.visitation("2024-05-01", .aktivitetsparat)
        #expect(!k.evaluate(asOf: "2024-04-30").has("KA.KOORD"))
        #expect(k.evaluate(asOf: "2024-05-01").has("KA.KOORD"))
    }

    /// "Kan ikke vurderes" names the entry to put right: the episode by the date it has, and
    /// the date it lacks (issue 14); the obligation carries both, so the app opens that form.
    @Test func cannotEvaluateNamesTheEpisodeAndTheMissingDate() throws {
        let noStart = CaseBuilder(.kontanthjaelp, .jobparat, start: nil, firstContact: "2025-02-24")
        let episode = try #require(noStart.evaluate(asOf: "2025-03-10").obligations.first { $0.status == .cannotEvaluate })
        #expect(episode.explanation.da == "Kan ikke vurderes: ydelsesforløbet med første henvendelse 24.02.2025 har ingen startdato.")
        #expect(episode.explanation.en == "Cannot be evaluated: the benefit episode with first contact 24.02.2025 has no start date.")
        #expect(episode.missingData == MissingData(episodeID: "e1", field: .start))

        var twoEpisodes = CaseBuilder(.dagpenge, start: "2024-01-08")
        twoEpisodes.value.episodes[0].end = day("2025-02-28")
        twoEpisodes.value.episodes.append(BenefitEpisode(id: "e2", benefit: .uddannelseshjaelp, category: .uddannelsesparat,
                                                         start: day("2025-03-01")))
        let contact = try #require(twoEpisodes.obligation("KF.FOERSTE.1U", asOf: "2025-03-10"))
        #expect(contact.status == .cannotEvaluate)
        #expect(contact.explanation.da == "Kan ikke vurderes: ydelsesforløbet fra 01.03.2025 har ingen dato for første henvendelse.")
        #expect(contact.missingData == MissingData(episodeID: "e2", field: .firstContact))
        // Once met, nothing is missing.
        #expect(twoEpisodes.evaluate(asOf: "2025-03-10").obligations.filter { $0.status != .cannotEvaluate }.allSatisfy { $0.missingData == nil })
    }

    @Test func missingDataCannotBeEvaluated() throws {
        let noStart = CaseBuilder(.dagpenge, start: nil)
        let result = noStart.evaluate(asOf: "2024-03-01")
        let count = try #require(result.only("KF.4I6"))
        #expect(count.status == .cannotEvaluate)
        #expect(count.explanation.da == "Kan ikke vurderes: ydelsesforløbet har ingen startdato.")
        #expect(count.explanation.en == "Cannot be evaluated: the benefit episode has no start date.")
        #expect(count.missingData == MissingData(episodeID: "e1", field: .start))
        #expect(result.trafficLight == .red)
        #expect(result.nextDue?.status == .cannotEvaluate)

        let none = CaseBuilder.withoutEpisode().evaluate(asOf: "2024-03-01")
        #expect(none.obligations.count == 1)
        #expect(none.obligations.first?.status == .cannotEvaluate)
        #expect(none.obligations.first?.explanation.da == "Kan ikke vurderes: sagen har intet ydelsesforløb, så målgruppen kan ikke fastlægges.")
        #expect(none.obligations.first?.missingData == MissingData(episodeID: nil, field: .episode))

        // A citizen who has left benefits has nothing due.
        var left = CaseBuilder(.dagpenge, start: "2023-01-02")
        left.value.episodes[0].end = day("2023-06-30")
        #expect(left.evaluate(asOf: "2024-01-01").obligations.isEmpty)
    }

    @Test func trafficLightAndNextDue() {
        let c = CaseBuilder(.dagpenge, start: "2024-01-08")
        let early = c.evaluate(asOf: "2024-01-09")
        #expect(early.trafficLight == .green)
        #expect(early.nextDue?.ruleID == "PL.FINDES")  // 08.01.2024 + 28 days, the earliest open deadline
        #expect(c.evaluate(asOf: "2024-02-01").trafficLight == .yellow)
        #expect(c.evaluate(asOf: "2024-02-06").trafficLight == .red)
        #expect(c.evaluate(asOf: "2024-02-06").overdueCount >= 3)
    }

    @Test func leadTimeComesFromThePolicy() {
        var c = CaseBuilder(.dagpenge, start: "2024-01-08")
        for date in ["2024-01-10", "2024-02-14", "2024-04-03"] { c.conversation(date) }
        var policy = RulePolicy()
        policy.leadTimeDays = 14
        #expect(c.obligation("KF.4I6", asOf: "2024-06-23", policy: policy)?.status == .dueSoon)
        #expect(c.obligation("KF.4I6", asOf: "2024-06-23")?.status == .open)
    }

    @Test func aRuleVersionIsChosenByItsAnchorDate() {
        // TB.AKTIV12 v1/v2 by the evaluation date; KF.4I6 by the episode start.
        let rule = RuleEngine.version(in: RuleCatalogue.versions(of: "TB.AKTIV12"), on: day("2023-03-21"))
        #expect(rule?.version == 1)
        #expect(RuleEngine.version(in: RuleCatalogue.versions(of: "TB.AKTIV12"), on: day("2023-03-22"))?.version == 2)
        #expect(RuleEngine.version(in: RuleCatalogue.versions(of: "KF.4I6"), on: day("2019-12-31")) == nil)
    }

    // MARK: A new dated version, added the way the catalogue adds them

    /// The known newer dagpenge change (RULES.md §3): 6 conversations in the first 6 months.
    /// Its date is not in the sources, so it is NOT in the catalogue; here a hypothetical
    /// version from 2030-01-01 shows the mechanism.
    static let hypotheticalDagpengeVersion = KontaktforloebRules.jobConversationsInFirstSixMonths(
        version: 2, validFrom: day("2030-01-01"), appliesTo: .dagpenge, required: 6,
        legalReference: "(hypotetisk ændring)", sources: [SourceReference(document: "STAR (uden for kilderne)", lines: "")])

    func fourConversations(start: String) -> CaseBuilder {
        var c = CaseBuilder(.dagpenge, start: start)
        let first = day(start)
        for offset in [2, 30, 60, 90] { c.conversation(first.adding(days: offset).iso) }
        return c
    }

    @Test func aNewDagpengeVersionChangesNothingBeforeItsDate() throws {
        let catalogue = RuleCatalogue.rules + [Self.hypotheticalDagpengeVersion]
        let before = fourConversations(start: "2029-12-31")
        let standard = before.evaluate(asOf: "2030-05-01")
        let injected = before.evaluate(asOf: "2030-05-01", catalogue: catalogue)
        #expect(injected == standard)
        #expect(injected.only("KF.4I6")?.ruleVersion == 1)
        #expect(injected.only("KF.4I6")?.status == .met)
    }

    @Test func aNewDagpengeVersionChangesTheResultAfterItsDate() throws {
        let catalogue = RuleCatalogue.rules + [Self.hypotheticalDagpengeVersion]
        let after = fourConversations(start: "2030-01-01")
        let standard = try #require(after.evaluate(asOf: "2030-05-01").only("KF.4I6"))
        #expect(standard.status == .met)
        let injected = try #require(after.evaluate(asOf: "2030-05-01", catalogue: catalogue).only("KF.4I6"))
        #expect(injected.ruleVersion == 2)
        #expect(injected.status == .open)
        #expect(injected.explanation.da.hasPrefix("4 af 6 jobsamtaler"))
        // Other groups keep version 1 after the date.
        var cash = CaseBuilder(.kontanthjaelp, .jobparat, start: "2030-01-01")
        for date in ["2030-01-03", "2030-02-01", "2030-03-01", "2030-04-01"] { cash.conversation(date) }
        let other = try #require(cash.evaluate(asOf: "2030-05-01", catalogue: catalogue).only("KF.4I6"))
        #expect(other.ruleVersion == 1 && other.status == .met)
        // The engine reports which version judged the obligation.
        let engine = RuleEngine(catalogue: catalogue)
        #expect(engine.rule(for: injected)?.title.da == "Mindst 6 jobsamtaler i de første 6 måneder")
    }

    // MARK: Policy and messages

    @Test func policyDecodesWithMissingFieldsAsDefaultsAndMapsMergedKeyByKey() throws {
        let json = Data(#"{"leadTimeDays": 10, "localRulesEnabled": {"KF.EFTER6": false}, "conversationsPerYear": {"kh-jobparat": 6}}"#.utf8)
        let policy = try JSONDecoder().decode(RulePolicy.self, from: json)
        #expect(policy.leadTimeDays == 10)
        #expect(policy.immediatelyDays == 7)
        #expect(policy.asSoonAsPossibleDays == 28)
        #expect(policy.setupDays == 28)
        #expect(!policy.isEnabled("KF.EFTER6"))
        // Switching one local rule off leaves the others as the defaults have them.
        #expect(policy.isEnabled("RD.40A.GODKEND"))
        #expect(policy.isEnabled("FJ.PROGRESSION"))
        #expect(policy.conversationsPerYear(for: .khJobparat) == 6)
        #expect(policy.conversationsPerYear(for: .dagpenge) == 4)
        let roundTrip = try JSONDecoder().decode(RulePolicy.self, from: JSONEncoder().encode(RulePolicy.standard))
        #expect(roundTrip == .standard)
    }

    @Test func policyNumbersOutsideTheirRangesAreRefused() {
        // A day count no date arithmetic can take (issue "Hardening": no stored value traps).
        for json in [#"{"leadTimeDays": 9223372036854775807}"#, #"{"setupDays": -1}"#, #"{"agreementsDays": 4000}"#,
                     #"{"conversationsPerYear": {"kh-jobparat": 100000}}"#, #"{"minimumIndividualReasonLength": -5}"#] {
            #expect(throws: DecodingError.self, "\(json)") { try JSONDecoder().decode(RulePolicy.self, from: Data(json.utf8)) }
        }
        #expect((try? JSONDecoder().decode(RulePolicy.self, from: Data(#"{"leadTimeDays": 3660}"#.utf8)))?.leadTimeDays == 3660)
    }

    @Test func aPolicyReadFieldByFieldNamesEverythingWrongAndKeepsTheRest() throws {
        let json = #"""
            {"leadTimeDays": "30", "setupDays": 14, "leadTimeDay": 3, "genericJobGoalWords": "job",
             "localRulesEnabled": {"KF.EFTER6": false, "KF.EFTR6": true, "KF.4I6": false, "FJ.PROGRESSION": "nej"},
             "conversationsPerYear": {"kh-jobparat": 6, "kh-parat": 2, "dagpenge": 400}}
            """#
        let reading = try JSONDecoder().decode(PolicyReading.self, from: Data(json.utf8))
        let found = Set(reading.issues.map { ($0.keyPath.joined(separator: "."), $0.isKey) }.map { "\($0.0) \($0.1 ? "key" : "value")" })
        #expect(found == [
            "leadTimeDays value", "leadTimeDay key", "genericJobGoalWords value", "localRulesEnabled.KF.EFTR6 key",
            "localRulesEnabled.KF.4I6 key", "localRulesEnabled.FJ.PROGRESSION value", "conversationsPerYear.kh-parat key",
            "conversationsPerYear.dagpenge value",
        ])
        let policy = reading.policy
        // What is wrong keeps its default; what is right is taken.
        #expect(policy.leadTimeDays == 7)
        #expect(policy.setupDays == 14)
        #expect(policy.genericJobGoalWords == RulePolicy.defaultGenericJobGoalWords)
        #expect(policy.localRulesEnabled == ["KF.EFTER6": false, "RD.40A.GODKEND": true, "FJ.PROGRESSION": true, "KF.SELVBOOK": false])
        #expect(policy.conversationsPerYear == ["kh-jobparat": 6])
        let wrongType = try #require(reading.issues.first { $0.keyPath == ["leadTimeDays"] })
        #expect(wrongType.detail.da.contains("helt tal fra 0 til 3660"))
        #expect(wrongType.detail.da.contains("standardværdien 7 gælder"))
        let notLocal = try #require(reading.issues.first { $0.keyPath == ["localRulesEnabled", "KF.4I6"] })
        #expect(notLocal.detail.da.contains("ikke en lokal regel"))
        #expect(PolicyReading.localRuleIDs.sorted() == RulePolicy.defaultLocalRules.keys.sorted())
        // Strict decoding refuses the same text.
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RulePolicy.self, from: Data(json.utf8)) }
        let notAnObject = try JSONDecoder().decode(PolicyReading.self, from: Data("[1, 2]".utf8))
        #expect(notAnObject.issues.map(\.keyPath) == [[]])
        #expect(notAnObject.policy == .standard)
    }

    @Test func messagesRenderTheirArgumentsPerLanguage() {
        let message = RuleMessage(
            da: "{0} af {1} ({2}); {3}; {4} {5}", en: "{0} of {1} ({2}); {3}; {4} {5}",
            [.number(3), .counted(4, .conversation),
             .date(day("2024-07-07")), .list([.text("a"), .text("b"), .text("c")]), .decimal(12.5), .decimal(100)])
        #expect(message.text(.da) == "3 af 4 samtaler (07.07.2024); a, b og c; 12,5 100")
        #expect(message.text(.en) == "3 of 4 conversations (07.07.2024); a, b and c; 12.5 100")
        #expect(RuleMessage(da: "{9} {x} {", en: "").text(.da) == "{9} {x} {")  // unknown placeholders stay
        #expect(RuleMessage(da: "æøå {0}", en: "", [.text("Åse")]).text(.da) == "æøå Åse")
    }

    @Test func publicInitialisersKeepTheirText() {
        var obligation = Obligation(
            ruleID: "X", ruleVersion: 1, kind: .lovkrav, status: .open,
            explanation: LocalizedText(da: "Forklaring", en: "Explanation"))
        #expect(obligation.explanation.en == "Explanation")
        #expect(obligation.arithmetic == nil)
        obligation.arithmetic = LocalizedText(da: "a + b", en: "a + b")
        #expect(obligation.arithmetic(.da) == "a + b")
    }
}
