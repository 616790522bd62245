import JobsagCore

/// The caseload row of a case as the `cases` table keeps it beside the document (traffic
/// light, next deadline and its rule), so that a jobcenter-wide list needs no documents. The
/// program computes them from the shared rules module on every save, as of the save's day.
public struct CaseloadColumns: Hashable, Sendable {
    public enum Light: String, Hashable, Sendable {
        case red, yellow, green
    }

    public var light: Light
    public var nextDeadline: CalendarDate?
    public var nextRule: String?

    public init(light: Light, nextDeadline: CalendarDate?, nextRule: String?) {
        self.light = light
        self.nextDeadline = nextDeadline
        self.nextRule = nextRule
    }

    /// Computes the columns of a case as of a day.
    public typealias Computer = @Sendable (Case, CalendarDate) -> CaseloadColumns
}
