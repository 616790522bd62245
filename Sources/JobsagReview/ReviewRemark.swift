import JobsagCore

/// What a reviewer wrote or decided against the rules in a round, for the report and the
/// summary screen: a checkpoint's note, an answer that overrides the rules' suggestion
/// (with its note), or the overall comment on a case (no checkpoint).
public struct ReviewRemark: Hashable, Sendable {
    public var caseID: CaseID
    public var caseworker: Initials
    /// The checkpoint; nil for the overall comment on the case.
    public var checkpointID: String?
    /// For an override: what the rules suggested and what the reviewer answered.
    public var suggested: CheckpointAnswer? = nil
    public var answer: CheckpointAnswer? = nil
    public var note: String

    public var isOverride: Bool { suggested != nil && answer != nil && suggested != answer }

    /// The remarks of a round: case by case in the round's order, checkpoints in the
    /// checklist's order, the overall comment last.
    public static func of(_ round: ReviewRound) -> [ReviewRemark] {
        round.orderedReviews.flatMap { review -> [ReviewRemark] in
            var remarks = review.checkpoints.compactMap { checkpoint -> ReviewRemark? in
                guard checkpoint.isOverride || !CaseReview.isBlank(checkpoint.note) else { return nil }
                return ReviewRemark(
                    caseID: review.caseID, caseworker: review.caseworker, checkpointID: checkpoint.id,
                    suggested: checkpoint.isOverride ? checkpoint.suggested : nil, answer: checkpoint.isOverride ? checkpoint.answer : nil,
                    note: checkpoint.note)
            }
            if !CaseReview.isBlank(review.comment) {
                remarks.append(ReviewRemark(caseID: review.caseID, caseworker: review.caseworker, checkpointID: nil, note: review.comment))
            }
            return remarks
        }
    }
}
