// The automatic checkpoints agree with the rules module; the manual questions are where they belong.
import JobsagCore
import JobsagReview
import JobsagRules
import Testing

@Suite struct ChecklistTests {
    let engine = RuleEngine()

    /// The status mapping of the checklist, written out independently of the builder.
    func expectedAnswer(_ statuses: [ObligationStatus]) -> CheckpointAnswer {
        if statuses.isEmpty { return .ikkeRelevant }
        if statuses.contains(where: { [.overdue, .missed, .cannotEvaluate].contains($0) }) { return .nej }
        if statuses.contains(where: { [.met, .open, .dueSoon].contains($0) }) { return .ja }
        return .ikkeRelevant
    }

    /// Demo cases spread over the target groups.
    var sampleCases: [Case] {
        var seen = Set<TargetGroup?>()
        return Fixtures.demo.cases.filter { seen.insert($0.targetGroup(on: Fixtures.today)).inserted }
    }

    @Test func automaticCheckpointsAgreeWithTheRules() {
        #expect(sampleCases.count >= 8)
        for item in sampleCases {
            let assessment = engine.evaluate(item, asOf: Fixtures.today)
            let checklist = ChecklistBuilder.checklist(for: item, asOf: Fixtures.today, engine: engine)
            for checkpoint in checklist where checkpoint.kind == .automatic {
                let ruleIDs = checkpoint.id.split(separator: "/").map(String.init)
                let statuses = assessment.obligations.filter { ruleIDs.contains($0.ruleID) }.map(\.status)
                #expect(checkpoint.suggested == expectedAnswer(statuses), "\(item.id) \(checkpoint.id): \(statuses)")
                // Pre-answered only when the rule does not apply at all.
                #expect((checkpoint.answer != nil) == statuses.isEmpty, "\(item.id) \(checkpoint.id)")
                if !statuses.isEmpty {
                    #expect(!checkpoint.evidence.isEmpty)
                    #expect(checkpoint.ruleID.map(ruleIDs.contains) == true)
                }
            }
        }
    }

    @Test func everyListedRuleIsACheckpointAndInFJOnlyWhereTheyApply() {
        for item in sampleCases {
            let assessment = engine.evaluate(item, asOf: Fixtures.today)
            let ids = ChecklistBuilder.checklist(for: item, asOf: Fixtures.today, engine: engine).map(\.id)
            for automatic in CheckpointCatalogue.automatic {
                #expect(ids.contains(automatic.id))
            }
            #expect(Set(ids).count == ids.count, "no checkpoint twice")
            for ruleID in Set(assessment.obligations.map(\.ruleID)) where ruleID.hasPrefix("IN.") || ruleID.hasPrefix("FJ.") {
                let applies = assessment.obligations(for: ruleID).contains { $0.status != .notApplicable }
                #expect(ids.contains(ruleID) == applies, "\(item.id) \(ruleID)")
            }
            #expect(!ids.contains { ($0.hasPrefix("IN.") || $0.hasPrefix("FJ.")) && assessment.obligations(for: $0).isEmpty })
        }
    }

    @Test func manualQuestionsFollowTheTargetGroupAndTheExemptions() {
        for item in sampleCases {
            let checklist = ChecklistBuilder.checklist(for: item, asOf: Fixtures.today, engine: engine)
            let manual = checklist.filter { $0.kind == .manual }
            #expect(manual.allSatisfy { $0.suggested == nil && $0.nationalFigure != nil })
            let isUH = item.targetGroup(on: Fixtures.today)?.isUddannelseshjaelp == true
            #expect(manual.contains { $0.id == "Q.UDDFOKUS" } == isUH)
            let has225 = item.exemptions.contains { $0.from <= Fixtures.today && $0.scope == Exemption.Scope.rule225 }
            let question = checklist.first { $0.id == "Q.225.BEGRUNDET" }
            if !has225 { #expect(question?.answer == .ikkeRelevant) }
            #expect(checklist.first { $0.id == "Q.ROED.TRAAD" }?.nationalFigure?.da == "57% ja")
        }
    }

    @Test func aDeadlineNotYetPassedIsSuggestedAsJaWithTheDeadline() throws {
        let item = try #require(Fixtures.demo.cases.first { item in
            engine.evaluate(item, asOf: Fixtures.today).obligations.contains { obligation in
                (obligation.status == .open || obligation.status == .dueSoon) && obligation.deadline != nil
                    && CheckpointCatalogue.automatic.contains { $0.ruleIDs == [obligation.ruleID] }
                    && engine.evaluate(item, asOf: Fixtures.today).obligations(for: obligation.ruleID).count == 1
            }
        })
        let obligation = try #require(engine.evaluate(item, asOf: Fixtures.today).obligations.first { obligation in
            (obligation.status == .open || obligation.status == .dueSoon) && obligation.deadline != nil
                && CheckpointCatalogue.automatic.contains { $0.ruleIDs == [obligation.ruleID] }
        })
        let checkpoint = try #require(
            ChecklistBuilder.checklist(for: item, asOf: Fixtures.today, engine: engine).first { $0.id == obligation.ruleID })
        #expect(checkpoint.suggested == .ja)
        let deadline = try #require(obligation.deadline)
        #expect(checkpoint.evidence.contains { $0.da == "frist \(deadline.danish), ikke overskredet" })
    }

    @Test func theReviewCarriesTheCaseAndTheRegime() throws {
        let item = try #require(sampleCases.first)
        let review = ChecklistBuilder.review(for: item, reviewer: "MD", asOf: Fixtures.today, engine: engine)
        #expect(review.caseID == item.id)
        #expect(review.caseworker == item.caseworker)
        #expect(review.reviewer == "MD")
        #expect(review.rulesAsOf == Fixtures.today)
        #expect(review.targetGroup == item.targetGroup(on: Fixtures.today))
        #expect(review.verdict == nil)
        #expect(!review.isComplete)
    }
}
