// Draws a reproducible, stratified random sample of cases for a spot-check round.
import JobsagCore

/// Draws the sample of a spot-check round.
///
/// 1. The candidates are put in a canonical order (by case id, duplicates dropped), so the
///    order they come in does not matter.
/// 2. Strata are formed by target group × caseworker (or either, or none, as requested).
/// 3. Allocation: when there are no more strata than the sample size, every stratum gets one
///    case and the rest is shared in proportion to the strata's remaining cases by the
///    largest-remainder method (ties: larger stratum, then stratum order). When there are more
///    strata than the size, strata are picked one at a time, preferring one that adds a
///    target group and a caseworker not yet in the sample (ties: at random, weighted by size).
/// 4. Within each stratum the cases are drawn uniformly at random (partial Fisher-Yates).
///
/// All randomness comes from SplitMix64 seeded with `request.seed`; the result is sorted by id.
public enum Sampler {
    public static func draw(_ candidates: [SampleCandidate], _ request: SampleRequest) -> [CaseID] {
        var random = SeededRandom(seed: request.seed)
        var chosen: [CaseID] = []
        for item in allocation(candidates, request) where item.allocated > 0 {
            var ids = item.caseIDs
            random.choose(item.allocated, from: &ids)
            chosen += ids.prefix(item.allocated)
        }
        return chosen.sorted()
    }

    /// The strata, in order, with how many cases are drawn from each; the allocations add
    /// up to `min(request.size, number of distinct candidates)`.
    public static func allocation(_ candidates: [SampleCandidate], _ request: SampleRequest) -> [StratumAllocation] {
        let unique = canonical(candidates)
        var members: [Stratum: [CaseID]] = [:]
        for candidate in unique {
            let stratum = Stratum(
                targetGroup: request.byTargetGroup ? candidate.targetGroup : nil,
                caseworker: request.byCaseworker ? candidate.caseworker : nil)
            members[stratum, default: []].append(candidate.caseID)
        }
        var strata = members.keys.sorted().map { StratumAllocation(stratum: $0, caseIDs: members[$0] ?? [], allocated: 0) }
        let size = min(max(request.size, 0), unique.count)
        guard size > 0, !strata.isEmpty else { return strata }
        if strata.count <= size {
            allocateProportionally(&strata, size: size)
        } else {
            // A separate stream from the draws inside the strata, derived from the same seed.
            var random = SeededRandom(seed: request.seed ^ 0x5354_5241_5441_0001)
            pickSpreadStrata(&strata, size: size, request: request, random: &random)
        }
        return strata
    }

    /// One case per candidate id, sorted: the first by (id, caseworker, group) wins.
    static func canonical(_ candidates: [SampleCandidate]) -> [SampleCandidate] {
        let sorted = candidates.sorted {
            ($0.caseID, $0.caseworker, $0.targetGroup?.sortIndex ?? Int.max)
                < ($1.caseID, $1.caseworker, $1.targetGroup?.sortIndex ?? Int.max)
        }
        var result: [SampleCandidate] = []
        result.reserveCapacity(sorted.count)
        for candidate in sorted where result.last?.caseID != candidate.caseID {
            result.append(candidate)
        }
        return result
    }

    /// One per stratum, the rest in proportion to each stratum's remaining cases (largest remainder).
    private static func allocateProportionally(_ strata: inout [StratumAllocation], size: Int) {
        let rest = size - strata.count
        let capacity = strata.reduce(0) { $0 + $1.population - 1 }
        var remainders: [(index: Int, remainder: Int)] = []
        var given = 0
        for index in strata.indices {
            let weight = strata[index].population - 1
            let share = capacity > 0 ? rest * weight / capacity : 0
            let remainder = capacity > 0 ? rest * weight % capacity : 0
            strata[index].allocated = 1 + share
            given += share
            remainders.append((index, remainder))
        }
        remainders.sort {
            if $0.remainder != $1.remainder { return $0.remainder > $1.remainder }
            let left = strata[$0.index].population, right = strata[$1.index].population
            if left != right { return left > right }
            return $0.index < $1.index
        }
        for item in remainders.prefix(rest - given) {
            strata[item.index].allocated += 1
        }
    }

    /// More strata than cases: `size` strata get one case each, spread over target groups and caseworkers.
    private static func pickSpreadStrata(
        _ strata: inout [StratumAllocation], size: Int, request: SampleRequest, random: inout SeededRandom
    ) {
        var groups = Set<TargetGroup?>()
        var caseworkers = Set<Initials?>()
        var open = Array(strata.indices)
        for _ in 0..<size {
            func gain(_ index: Int) -> Int {
                let stratum = strata[index].stratum
                return (request.byTargetGroup && !groups.contains(stratum.targetGroup) ? 1 : 0)
                    + (request.byCaseworker && !caseworkers.contains(stratum.caseworker) ? 1 : 0)
            }
            let best = open.map(gain).max() ?? 0
            let contenders = open.filter { gain($0) == best }
            let total = contenders.reduce(0) { $0 + strata[$1].population }
            var ticket = random.next(below: total)
            var pick = contenders.last ?? 0
            for index in contenders {
                ticket -= strata[index].population
                if ticket < 0 {
                    pick = index
                    break
                }
            }
            strata[pick].allocated = 1
            groups.insert(strata[pick].stratum.targetGroup)
            caseworkers.insert(strata[pick].stratum.caseworker)
            open.removeAll { $0 == pick }
        }
    }
}
