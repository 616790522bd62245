// What the caseload keeps of one case: its row, unsettled obligations and due items, and the case itself only when held.
import JobsagCore
import JobsagRules

/// A case of the scope shown, evaluated on the core that read it: its row, its unsettled
/// obligations and what else is due in it (its reminders and booked meetings: with the
/// obligations, the agenda's lines). The case itself comes along only
/// when the program holds it (`AppState.holds`: the user's own caseload); the other cases of
/// a team or of the jobcenter are read again when a screen needs them (`Effect.holdCases`).
/// Held, the 50,000 cases of the jobcenter-wide view were three quarters of its 1 GB.
public struct EvaluatedCase: Sendable {
    /// The case when it is held.
    public var held: Case? {
        if case .held(let item) = kept { return item }
        return nil
    }
    public var row: CaseRow
    public var assessment: CaseAssessment
    /// `DueItem.ownItems`: the obligations' items are made from `assessment` when needed.
    public var due: [DueItem]

    public var id: CaseID { row.id }

    public init(_ item: Case, holding: Bool, engine: RuleEngine, strings: Strings, asOf: CalendarDate) {
        let assessment = engine.evaluate(item, asOf: asOf).unsettled
        kept = holding ? .held(item) : .notHeld
        row = CaseRow(case: item, assessment: assessment, strings: strings)
        self.assessment = assessment
        due = DueItem.ownItems(of: item, asOf: asOf)
    }

    /// A case not held, as kept (`CaseloadCache`).
    init(row: CaseRow, assessment: CaseAssessment, due: [DueItem]) {
        kept = .notHeld
        self.row = row
        self.assessment = assessment
        self.due = due
    }

    /// The case behind a pointer: a case is 408 bytes in place, and 50,000 of them, nearly
    /// all absent, were 20 MB of each list of evaluated cases while a jobcenter's is read.
    private enum Holding: Sendable {
        case notHeld
        indirect case held(Case)
    }

    private let kept: Holding
}
