/// When the status bar's busy mark shows: while effects are outstanding and the wait for
/// them has lasted `delay` milliseconds, so a fast local save does not make it flash. The
/// runtime keeps it and tells the state by `Msg.busy`; times are milliseconds of any
/// monotonic clock, passed in (the state reads no clock).
public struct BusyMark: Sendable {
    public let delay: UInt64
    /// Effects started and not yet finished.
    public private(set) var outstanding = 0
    /// When `outstanding` last went from none to some.
    private var waitingSince: UInt64?
    /// What the state was last told.
    private var shown = false

    public init(delay: UInt64 = 150) {
        self.delay = delay
    }

    public mutating func started(at now: UInt64) {
        if outstanding == 0 { waitingSince = now }
        outstanding += 1
    }

    public mutating func finished(_ count: Int) {
        outstanding = max(0, outstanding - count)
        if outstanding == 0 { waitingSince = nil }
    }

    /// The mark's new state when it changes at `now`, else nil (nothing to tell the state).
    public mutating func change(at now: UInt64) -> Bool? {
        let due = waitingSince.map { now >= $0 + delay } ?? false
        guard due != shown else { return nil }
        shown = due
        return due
    }

    /// How long a wait may last before the mark is due: nil when none is (wait for input alone).
    public func millisecondsUntilDue(at now: UInt64) -> UInt64? {
        guard let waitingSince, !shown else { return nil }
        let due = waitingSince + delay
        return due > now ? due - now : 0
    }
}
