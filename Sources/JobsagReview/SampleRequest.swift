// What a spot-check sample asks for: the period, the size, the seed and the stratification.
import JobsagCore

/// The parameters of a sample: the same request on the same cases draws the same sample.
public struct SampleRequest: Codable, Hashable, Sendable {
    /// The period the cases must be active in (both days included).
    public var from: CalendarDate
    public var to: CalendarDate
    /// The number of cases to draw (fewer when the period has fewer).
    public var size: Int
    public var seed: UInt64
    /// Stratify by target group.
    public var byTargetGroup: Bool
    /// Stratify by caseworker.
    public var byCaseworker: Bool

    public init(from: CalendarDate, to: CalendarDate, size: Int, seed: UInt64, byTargetGroup: Bool = true, byCaseworker: Bool = true) {
        self.from = from
        self.to = to
        self.size = size
        self.seed = seed
        self.byTargetGroup = byTargetGroup
        self.byCaseworker = byCaseworker
    }

    /// Whether the request can be drawn: a size of at least 1 and `from` ≤ `to`.
    public var isValid: Bool { size >= 1 && from <= to }
}
