// How the terminal reads the cases of a scope: each evaluated on the core that read it, held only when the state holds it.
import JobsagApp
import JobsagCore
import JobsagRules
import JobsagStore

/// Reads a scope's cases into what the caseload keeps of them (`EvaluatedCase`): the
/// user's own cases with the case itself, the others of a team or a jobcenter without it,
/// each case freed on the core that read and evaluated it.
struct ScopeReader: Sendable {
    let user: Initials
    let engine: RuleEngine
    let strings: Strings
    let asOf: CalendarDate

    func read(_ initials: Set<Initials>, from store: any CaseStore) throws(StoreError) -> CasesRead<EvaluatedCase> {
        let (user, engine, strings, asOf) = (user, engine, strings, asOf)
        return try store.mapCases(where: .caseload(of: initials)) { item in
            EvaluatedCase(item, holding: AppState.holds(item, user: user), engine: engine, strings: strings, asOf: asOf)
        }
    }
}
