/// How many obligations have each status, counted side by side in one value instead of a
/// dictionary: a case's tally (`check.cache` keeps one for each of a jobcenter's 50,000
/// cases) then takes no memory of its own to make, add up or free.
public struct StatusCounts: Hashable, Sendable {
    /// The count of each status at its `place`.
    private var counts = SIMD8<Int>()

    public init() {}

    public subscript(status: ObligationStatus) -> Int {
        get { counts[status.place] }
        set { counts[status.place] = newValue }
    }

    public mutating func add(_ other: StatusCounts) {
        counts &+= other.counts
    }
}

extension ObligationStatus {
    /// Its place in `StatusCounts`, one of the eight. A ninth status needs wider counts
    /// there (`StatusCountsTests` checks that every status has a place of its own).
    var place: Int {
        switch self {
        case .met: 0
        case .open: 1
        case .dueSoon: 2
        case .booked: 3
        case .overdue: 4
        case .missed: 5
        case .notApplicable: 6
        case .cannotEvaluate: 7
        }
    }
}
