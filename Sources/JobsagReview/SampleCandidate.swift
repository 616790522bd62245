// A case that can be drawn in a sample, with what the strata are made of.
import JobsagCore

/// A case as the sampler sees it: its id, caseworker and target group.
public struct SampleCandidate: Hashable, Sendable {
    public var caseID: CaseID
    public var caseworker: Initials
    /// The target group on the sampling date; nil when the case has no benefit episode.
    public var targetGroup: TargetGroup?

    public init(caseID: CaseID, caseworker: Initials, targetGroup: TargetGroup?) {
        self.caseID = caseID
        self.caseworker = caseworker
        self.targetGroup = targetGroup
    }

    /// The case's target group on `asOf`; when no episode covers that day, the group of its
    /// current (or latest) episode.
    public init(_ case: Case, asOf: CalendarDate) {
        var group = `case`.targetGroup(on: asOf)
        if group == nil, let episode = `case`.currentEpisode {
            group = TargetGroup(benefit: episode.benefit, category: `case`.category(in: episode, on: asOf))
        }
        self.init(caseID: `case`.id, caseworker: `case`.caseworker, targetGroup: group)
    }

    /// Whether a case was active in the period: a benefit episode with a start overlaps
    /// `from...to` (an open episode runs on).
    public static func isActive(_ case: Case, from: CalendarDate, to: CalendarDate) -> Bool {
        `case`.episodes.contains { episode in
            guard let start = episode.start, start <= to else { return false }
            return (episode.end ?? .distantFuture) >= from
        }
    }

    /// The candidates of a period: the active cases, each with its target group on the
    /// period's last day (or `asOf` when that is earlier).
    public static func candidates(_ cases: [Case], from: CalendarDate, to: CalendarDate, asOf: CalendarDate) -> [SampleCandidate] {
        let day = min(to, asOf)
        return cases.filter { isActive($0, from: from, to: to) }.map { SampleCandidate($0, asOf: day) }
    }
}
