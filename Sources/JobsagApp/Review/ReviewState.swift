import JobsagCore
import JobsagReview
import TerminalKit

/// The spot-check screen (`r`): a round, the sampled case shown, its selected checkpoint,
/// and whether the round's summary is shown instead of the checklist.
public struct ReviewState: Sendable {
    public var round: ReviewRound
    /// Which sampled case is shown: an index into `round.caseIDs`.
    public var caseIndex = 0
    /// The selected checkpoint of the case's checklist.
    public var scroll = ListScroll()
    public var showsSummary = false
    /// The first line of the summary shown.
    public var summaryTop = 0

    public init(round: ReviewRound) {
        self.round = round
        caseIndex = round.caseIDs.firstIndex { round.reviews[$0]?.isComplete != true } ?? 0
        scroll = ListScroll(selected: review?.checkpoints.firstIndex { !$0.isAnswered } ?? 0)
    }

    public var caseID: CaseID? { caseIndex < round.caseIDs.count ? round.caseIDs[caseIndex] : nil }

    public var review: CaseReview? { caseID.flatMap { round.reviews[$0] } }

    public var checkpoint: Checkpoint? {
        guard let review, scroll.selected < review.checkpoints.count else { return nil }
        return review.checkpoints[scroll.selected]
    }

    /// Shows another sampled case, at its first unanswered checkpoint.
    mutating func showCase(_ index: Int) {
        guard !round.caseIDs.isEmpty else { return }
        caseIndex = min(max(0, index), round.caseIDs.count - 1)
        scroll = ListScroll(selected: review?.checkpoints.firstIndex { !$0.isAnswered } ?? 0)
    }

    /// After an answer: the next unanswered checkpoint below, else the first one above,
    /// else the same line (the screen's clamp scrolls it into view).
    mutating func selectNextUnanswered() {
        guard let checkpoints = review?.checkpoints else { return }
        let after = checkpoints.indices.dropFirst(scroll.selected + 1).first { !checkpoints[$0].isAnswered }
        let before = checkpoints.indices.first { !checkpoints[$0].isAnswered }
        scroll = ListScroll(selected: after ?? before ?? scroll.selected, top: scroll.top)
    }

    /// Stores a changed review of the shown case in the round.
    mutating func record(_ review: CaseReview) throws(ReviewError) {
        try round.record(review)
    }
}
