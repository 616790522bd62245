// Answering a checklist: an override needs a note; a complete review needs every answer and a verdict.
import JobsagCore
import JobsagReview
import Testing

@Suite struct CaseReviewTests {
    static func review() -> CaseReview {
        CaseReview(
            caseID: "S-000001", caseworker: "LM", targetGroup: .dagpenge, reviewer: "MD", reviewedOn: Fixtures.today,
            checkpoints: [
                Checkpoint(id: "KF.4I6", kind: .automatic, title: LocalizedText(da: "4 i 6", en: "4 in 6"), suggested: .nej),
                Checkpoint(id: "PL.CV", kind: .automatic, title: LocalizedText(da: "CV", en: "CV"), suggested: .ja),
                Checkpoint(id: "Q.ROED.TRAAD", kind: .manual, title: LocalizedText(da: "Rød tråd", en: "Red thread")),
            ])
    }

    @Test func anOverrideWithoutANoteIsRefusedAndChangesNothing() {
        var review = Self.review()
        let before = review
        #expect(throws: ReviewError.overrideNeedsNote("KF.4I6")) {
            try review.answer("KF.4I6", .ja, note: "")
        }
        #expect(throws: ReviewError.overrideNeedsNote("KF.4I6")) {
            try review.answer("KF.4I6", .ikkeRelevant, note: "  \n\t")
        }
        #expect(review == before)
        #expect(ReviewError.overrideNeedsNote("KF.4I6").message.da.contains("note"))
    }

    @Test func anOverrideWithANoteIsAccepted() throws {
        var review = Self.review()
        try review.answer("KF.4I6", .ja, note: "Samtale 3 er holdt, men ikke journaliseret før nu.")
        let checkpoint = try #require(review.checkpoint("KF.4I6"))
        #expect(checkpoint.answer == .ja)
        #expect(checkpoint.isOverride)
        #expect(checkpoint.note.hasPrefix("Samtale 3"))
    }

    @Test func agreeingOrManualAnswersNeedNoNote() throws {
        var review = Self.review()
        try review.answer("PL.CV", .ja, note: "")
        try review.answer("Q.ROED.TRAAD", .nej, note: "")
        try review.confirmSuggested("KF.4I6")
        #expect(review.checkpoint("KF.4I6")?.answer == .nej)
        #expect(review.checkpoints.allSatisfy { !$0.isOverride })
        #expect(throws: ReviewError.noSuggestion("Q.ROED.TRAAD")) { try review.confirmSuggested("Q.ROED.TRAAD") }
        #expect(throws: ReviewError.unknownCheckpoint("Q.FINDES.IKKE")) { try review.answer("Q.FINDES.IKKE", .ja, note: "") }
    }

    @Test func aReviewIsCompleteWithEveryAnswerAndAVerdict() throws {
        var review = Self.review()
        #expect(review.confirmAllSuggested() == 2)
        #expect(!review.isComplete)
        try review.answer("Q.ROED.TRAAD", .ja, note: "")
        #expect(!review.isComplete)
        #expect(throws: ReviewError.incomplete) { try review.requireComplete() }
        review.verdict = .skalRettes
        #expect(review.isComplete)
        #expect(throws: ReviewError.actionNeedsText) {
            try review.addAction(FollowUpAction(reminderID: "r1", text: " ", due: Fixtures.today))
        }
        try review.addAction(FollowUpAction(reminderID: "r1", text: "Book jobsamtale", due: Fixtures.today.adding(days: 14)))
        let reminder = try #require(review.actions.first).reminder(createdBy: "MD", roundID: "2026-Q4-1")
        #expect(reminder.reviewRoundID == "2026-Q4-1")
        #expect(reminder.done == nil)
    }

    @Test func aRoundRecordsOnlyItsOwnCases() throws {
        var round = ReviewRound(
            id: "2026-Q4-1", title: "T", reviewer: "MD", createdOn: Fixtures.today, request: Fixtures.request(),
            caseIDs: ["S-000001"])
        try round.record(Self.review())
        var other = Self.review()
        other.caseID = "S-000002"
        #expect(throws: ReviewError.caseNotInRound("S-000002")) { try round.record(other) }
        #expect(round.reviewedCount == 0)
        #expect(round.leftCount == 1)
    }

    @Test func roundIDsCountUpWithinTheQuarter() {
        #expect(ReviewRound.nextID(createdOn: Fixtures.today, existing: []) == "2026-Q4-1")
        #expect(ReviewRound.nextID(createdOn: Fixtures.today, existing: ["2026-Q4-1", "2026-Q4-2"]) == "2026-Q4-3")
        #expect(ReviewRound.nextID(createdOn: Fixtures.date("2027-02-01"), existing: ["2026-Q4-1"]) == "2027-Q1-1")
    }
}
