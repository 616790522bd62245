// The rows of a round summary: per checkpoint, per caseworker, the matrix, and open actions.
import JobsagCore

/// The share of `ja` among `ja` + `nej`, or nil when both are 0.
func shareOfJa(ja: Int, nej: Int) -> Double? {
    ja + nej > 0 ? Double(ja) / Double(ja + nej) : nil
}

/// One checkpoint over the round's reviews.
public struct CheckpointRow: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var ja: Int
    public var nej: Int
    public var ikkeRelevant: Int
    public var unanswered: Int
    public var nationalFigure: LocalizedText?

    /// The reviews that have the checkpoint: ja + nej + ikke relevant + unanswered.
    public var cases: Int { ja + nej + ikkeRelevant + unanswered }
    /// ja / (ja + nej); nil when there are none.
    public var shareJa: Double? { shareOfJa(ja: ja, nej: nej) }
}

/// One caseworker over the round's reviews of his or her cases.
public struct CaseworkerRow: Hashable, Sendable {
    public var initials: Initials
    /// Sampled cases of the caseworker.
    public var cases: Int
    /// Of those, the complete reviews.
    public var reviewedCases: Int
    public var ja: Int
    public var nej: Int

    public var shareJa: Double? { shareOfJa(ja: ja, nej: nej) }
}

/// One cell of the caseworker × rule family matrix.
public struct MatrixCell: Hashable, Sendable {
    public var family: RuleFamily
    public var ja: Int
    public var nej: Int

    public var shareJa: Double? { shareOfJa(ja: ja, nej: nej) }
    /// Nil when the family has no `ja`/`nej` answers for the caseworker.
    public var rating: RAGRating? { RAGRating(shareJa: shareJa) }
}

/// One caseworker's row of the matrix: a cell per family of `RuleFamily.columns`.
public struct MatrixRow: Hashable, Sendable {
    public var caseworker: Initials
    public var cells: [MatrixCell]

    public func cell(_ family: RuleFamily) -> MatrixCell? {
        cells.first { $0.family == family }
    }
}

/// A follow-up action not yet marked done.
public struct OpenAction: Hashable, Sendable {
    public var caseID: CaseID
    public var caseworker: Initials
    public var reminderID: EntryID
    public var text: String
    public var due: CalendarDate

    public init(caseID: CaseID, caseworker: Initials, reminderID: EntryID, text: String, due: CalendarDate) {
        self.caseID = caseID
        self.caseworker = caseworker
        self.reminderID = reminderID
        self.text = text
        self.due = due
    }
}
