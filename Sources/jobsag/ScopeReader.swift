// How the terminal reads a scope's cases: each evaluated on the core that read it, held only when the state holds it, the others kept between starts.
import JobsagApp
import JobsagCore
import JobsagRules
import JobsagStore

/// Reads a scope's cases into what the caseload keeps of them (`EvaluatedCase`): the
/// user's own cases with the case itself, the others of a team or a jobcenter without it,
/// each case freed on the core that read and evaluated it. The store keeps the cases not
/// held in its caseload cache (`CaseloadCache`; a data directory's `caseload.cache`, a
/// database's per login): only those changed since, and the user's own, are read.
struct ScopeReader: Sendable {
    let user: Initials
    let engine: RuleEngine
    let strings: Strings
    let asOf: CalendarDate

    /// What reading a scope gave, and the writing of `caseload.cache` when cases not held
    /// were read (nil when nothing changed): not needed for the first frame, so the terminal
    /// runs it after.
    struct ScopeRead {
        var cases: CasesRead<EvaluatedCase>
        var keep: (@Sendable () -> Void)?
    }

    func read(_ initials: Set<Initials>, from store: any CaseStore) throws(StoreError) -> ScopeRead {
        let filter = CaseFilter.caseload(of: initials)
        // The user's own caseload is every case held: nothing to take from a cache.
        guard store.keeps(.caseload), initials != [user] else {
            return ScopeRead(cases: try store.mapCases(where: filter, evaluation(holdingAll: false)))
        }
        let listed = try store.caseVersions(where: filter)
        let stamps = Dictionary(listed.versions.map { ($0.id, $0.stamp) }) { first, _ in first }
        let key = CaseloadCache.Key(asOf: asOf, policy: engine.policy, rules: ProgramIdentity.current, language: strings.language)
        let cache = CaseloadCache(store.readCache(.caseload) { CaseloadCache.holds(key, inHead: $0) }, key: key, asked: stamps, user: user)
        let kept = Set(cache.found.map(\.id))
        // Nothing kept (the day's first start): the scope read as it is, not case by case.
        let rest = kept.isEmpty ? filter : .ids(Set(stamps.keys).subtracting(kept))
        var read = try store.mapCases(where: rest, evaluation(holdingAll: false))
        var keep: (@Sendable () -> Void)?
        if read.values.contains(where: { $0.held == nil }) {
            let values = read.values
            keep = {
                guard var chunks = cache.chunks(adding: values, stamps: stamps) else { return }
                store.writeCache(.caseload) { chunks.next() }
            }
        }
        read.problems = listed.problems + read.problems
        read.values = Self.merged(read.values, cache.found)
        return ScopeRead(cases: read, keep: keep)
    }

    /// The cases `ids`, each held and evaluated on the core that read it (a screen needs them).
    func hold(_ ids: Set<CaseID>, from store: any CaseStore) throws(StoreError) -> CasesRead<EvaluatedCase> {
        try store.mapCases(where: .ids(ids), evaluation(holdingAll: true))
    }

    /// A case read, evaluated: held when `holdingAll` or when it is the user's own.
    private func evaluation(holdingAll: Bool) -> @Sendable (Case) -> EvaluatedCase {
        let (user, engine, strings, asOf) = (user, engine, strings, asOf)
        return { item in
            EvaluatedCase(item, holding: holdingAll || AppState.holds(item, user: user), engine: engine, strings: strings, asOf: asOf)
        }
    }

    /// Two lists sorted by case id, as one (`CasesRead` keeps its values in that order).
    private static func merged(_ first: [EvaluatedCase], _ second: [EvaluatedCase]) -> [EvaluatedCase] {
        guard !first.isEmpty else { return second }
        guard !second.isEmpty else { return first }
        var result: [EvaluatedCase] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count, j < second.count {
            if first[i].id <= second[j].id {
                result.append(first[i])
                i += 1
            } else {
                result.append(second[j])
                j += 1
            }
        }
        result += first[i...]
        result += second[j...]
        return result
    }
}
