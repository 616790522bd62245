// A stratum of a sample (target group × caseworker) and the number of cases drawn from it.
import JobsagCore

/// One stratum: the cases of one target group and/or one caseworker (nil = not stratified by it).
public struct Stratum: Hashable, Sendable, Comparable {
    public var targetGroup: TargetGroup?
    public var caseworker: Initials?

    public init(targetGroup: TargetGroup?, caseworker: Initials?) {
        self.targetGroup = targetGroup
        self.caseworker = caseworker
    }

    public static func < (lhs: Stratum, rhs: Stratum) -> Bool {
        let left = lhs.targetGroup?.sortIndex ?? Int.max
        let right = rhs.targetGroup?.sortIndex ?? Int.max
        if left != right { return left < right }
        return (lhs.caseworker ?? "") < (rhs.caseworker ?? "")
    }
}

/// How many cases a sample draws from one stratum.
public struct StratumAllocation: Hashable, Sendable {
    public var stratum: Stratum
    /// The stratum's cases, sorted by id.
    public var caseIDs: [CaseID]
    public var allocated: Int

    public var population: Int { caseIDs.count }
}
