// The summary of a round: shares of "ja" per checkpoint, per caseworker and per rule family.
import JobsagCore

/// What a round found (RULES.md §5): per checkpoint and per caseworker the share of `ja`
/// next to the national figure, a caseworker × rule family matrix, the verdicts, and the
/// follow-up actions still open. Counts the answers given (pre-answers included); a
/// suggestion not yet confirmed counts as unanswered.
public struct RoundSummary: Sendable {
    public var checkpointRows: [CheckpointRow]
    public var caseworkerRows: [CaseworkerRow]
    public var matrix: [MatrixRow]
    public var openActions: [OpenAction]
    public var verdicts: [Verdict: Int]
    /// The reviewers' notes, overrides and comments.
    public var remarks: [ReviewRemark]
    /// Sampled cases, and of those the complete reviews.
    public var caseCount: Int
    public var reviewedCount: Int

    /// The open actions read from the sampled cases: their reminders with the round's id
    /// and no done date.
    public init(round: ReviewRound, cases: [Case]) {
        let sampled = Set(round.caseIDs)
        var actions: [OpenAction] = []
        for item in cases where sampled.contains(item.id) {
            for reminder in item.reminders where reminder.reviewRoundID == round.id && reminder.done == nil {
                actions.append(OpenAction(
                    caseID: item.id, caseworker: item.caseworker, reminderID: reminder.id, text: reminder.text, due: reminder.due))
            }
        }
        self.init(round: round, openActions: actions)
    }

    public init(round: ReviewRound, openActions: [OpenAction]) {
        let reviews = round.orderedReviews
        caseCount = round.caseIDs.count
        reviewedCount = round.reviewedCount
        remarks = ReviewRemark.of(round)
        self.openActions = openActions.sorted { ($0.due, $0.caseID, $0.reminderID) < ($1.due, $1.caseID, $1.reminderID) }

        var rows: [String: CheckpointRow] = [:]
        var workers: [Initials: CaseworkerRow] = [:]
        var cells: [Initials: [RuleFamily: MatrixCell]] = [:]
        var verdicts: [Verdict: Int] = [:]
        for review in reviews {
            if let verdict = review.verdict { verdicts[verdict, default: 0] += 1 }
            var worker = workers[review.caseworker]
                ?? CaseworkerRow(initials: review.caseworker, cases: 0, reviewedCases: 0, ja: 0, nej: 0)
            worker.cases += 1
            if review.isComplete { worker.reviewedCases += 1 }
            for checkpoint in review.checkpoints {
                var row = rows[checkpoint.id]
                    ?? CheckpointRow(
                        id: checkpoint.id, title: checkpoint.title, ja: 0, nej: 0, ikkeRelevant: 0, unanswered: 0,
                        nationalFigure: checkpoint.nationalFigure)
                let family = checkpoint.family
                var cell = cells[review.caseworker]?[family] ?? MatrixCell(family: family, ja: 0, nej: 0)
                switch checkpoint.answer {
                case .ja?:
                    row.ja += 1
                    worker.ja += 1
                    cell.ja += 1
                case .nej?:
                    row.nej += 1
                    worker.nej += 1
                    cell.nej += 1
                case .ikkeRelevant?:
                    row.ikkeRelevant += 1
                case nil:
                    row.unanswered += 1
                }
                rows[checkpoint.id] = row
                cells[review.caseworker, default: [:]][family] = cell
            }
            workers[review.caseworker] = worker
        }
        checkpointRows = rows.values.sorted {
            (CheckpointCatalogue.rank(of: $0.id), $0.id) < (CheckpointCatalogue.rank(of: $1.id), $1.id)
        }
        caseworkerRows = workers.values.sorted { $0.initials < $1.initials }
        matrix = caseworkerRows.map { worker in
            MatrixRow(
                caseworker: worker.initials,
                cells: RuleFamily.columns.map { cells[worker.initials]?[$0] ?? MatrixCell(family: $0, ja: 0, nej: 0) })
        }
        self.verdicts = verdicts
    }
}
