/// The caseload header's counts, over the open cases of the whole scope: all, those with
/// something overdue, with something due soon, and apart from those with a duty missed.
public struct CaseloadCounts: Equatable, Sendable {
    public var cases = 0
    public var overdue = 0
    public var dueSoon = 0
    public var missed = 0

    init() {}

    init(_ rows: [CaseRow]) {
        // Each row's fields read in place, as the filter reads them.
        rows.withUnsafeBufferPointer { rows in
            for index in rows.indices where rows[index].closing == nil {
                cases += 1
                if rows[index].hasOverdue { overdue += 1 }
                if rows[index].hasDueSoon { dueSoon += 1 }
                if rows[index].missedCount > 0 { missed += 1 }
            }
        }
    }
}
