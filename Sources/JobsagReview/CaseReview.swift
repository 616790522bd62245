// The review of one sampled case: its checklist answers, verdict and follow-up actions.
import JobsagCore

/// One case's review in a spot-check round (RULES.md §5): reviewer, date, case, the rules
/// regime used, every checkpoint answer with its note, the verdict, and follow-up actions.
public struct CaseReview: Codable, Hashable, Sendable {
    public var caseID: CaseID
    public var caseworker: Initials
    /// The case's target group on the review date (nil when no benefit episode covers it).
    public var targetGroup: TargetGroup?
    public var reviewer: Initials
    public var reviewedOn: CalendarDate
    /// The date the automatic checkpoints were evaluated as of (the rules regime used).
    public var rulesAsOf: CalendarDate
    /// The start of the benefit episode the rules counted from, when known.
    public var episodeStart: CalendarDate?
    public var checkpoints: [Checkpoint]
    public var verdict: Verdict?
    public var actions: [FollowUpAction]
    /// The reviewer's overall comment.
    public var comment: String

    public init(
        caseID: CaseID, caseworker: Initials, targetGroup: TargetGroup?, reviewer: Initials, reviewedOn: CalendarDate,
        rulesAsOf: CalendarDate? = nil, episodeStart: CalendarDate? = nil, checkpoints: [Checkpoint],
        verdict: Verdict? = nil, actions: [FollowUpAction] = [], comment: String = ""
    ) {
        self.caseID = caseID
        self.caseworker = caseworker
        self.targetGroup = targetGroup
        self.reviewer = reviewer
        self.reviewedOn = reviewedOn
        self.rulesAsOf = rulesAsOf ?? reviewedOn
        self.episodeStart = episodeStart
        self.checkpoints = checkpoints
        self.verdict = verdict
        self.actions = actions
        self.comment = comment
    }

    /// Every checkpoint answered and a verdict given.
    public var isComplete: Bool {
        verdict != nil && checkpoints.allSatisfy(\.isAnswered)
    }

    /// How many checkpoints are answered (pre-answered ones included).
    public var answeredCount: Int {
        checkpoints.reduce(0) { $0 + ($1.isAnswered ? 1 : 0) }
    }

    /// The checkpoint with `id`, if the review has it.
    public func checkpoint(_ id: String) -> Checkpoint? {
        checkpoints.first { $0.id == id }
    }

    /// Answers a checkpoint with a note. An answer other than the rules' suggestion (an
    /// override) needs a non-blank note; when refused, nothing changes.
    public mutating func answer(_ checkpointID: String, _ answer: CheckpointAnswer, note: String) throws(ReviewError) {
        guard let index = checkpoints.firstIndex(where: { $0.id == checkpointID }) else {
            throw .unknownCheckpoint(checkpointID)
        }
        if let suggested = checkpoints[index].suggested, suggested != answer, CaseReview.isBlank(note) {
            throw .overrideNeedsNote(checkpointID)
        }
        checkpoints[index].answer = answer
        checkpoints[index].note = note
    }

    /// Confirms the rules' suggestion (the note is kept).
    public mutating func confirmSuggested(_ checkpointID: String) throws(ReviewError) {
        guard let index = checkpoints.firstIndex(where: { $0.id == checkpointID }) else {
            throw .unknownCheckpoint(checkpointID)
        }
        guard let suggested = checkpoints[index].suggested else { throw .noSuggestion(checkpointID) }
        checkpoints[index].answer = suggested
    }

    /// Confirms the suggestion of every automatic checkpoint not yet answered; returns how many.
    @discardableResult
    public mutating func confirmAllSuggested() -> Int {
        var count = 0
        for index in checkpoints.indices where checkpoints[index].answer == nil {
            guard let suggested = checkpoints[index].suggested else { continue }
            checkpoints[index].answer = suggested
            count += 1
        }
        return count
    }

    /// Removes the answer (and keeps the note).
    public mutating func clearAnswer(_ checkpointID: String) throws(ReviewError) {
        guard let index = checkpoints.firstIndex(where: { $0.id == checkpointID }) else {
            throw .unknownCheckpoint(checkpointID)
        }
        checkpoints[index].answer = nil
    }

    /// Adds a follow-up action; refused when its text is blank.
    public mutating func addAction(_ action: FollowUpAction) throws(ReviewError) {
        guard !CaseReview.isBlank(action.text) else { throw .actionNeedsText }
        actions.append(action)
    }

    /// Removes the follow-up action of a reminder.
    public mutating func removeAction(reminderID: EntryID) {
        actions.removeAll { $0.reminderID == reminderID }
    }

    /// Throws `.incomplete` unless every checkpoint is answered and a verdict is given.
    public func requireComplete() throws(ReviewError) {
        guard isComplete else { throw .incomplete }
    }

    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
