// Who the load benchmark's writers are: one caseworker each, and whose caseload each works in.
import JobsagCore

struct LoadPlan: Sendable {
    /// One simulated caseworker.
    struct Writer: Sendable {
        var index: Int
        /// Who saves (the audit events name them).
        var user: Initials
        /// Whose caseload the writer works in: its own, or a colleague's it covers.
        var caseloadOf: Initials

        var isCovering: Bool { user != caseloadOf }
    }

    /// Why the writers cannot be made.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    let writers: [Writer]

    /// Writer i is the i-th caseworker (sagsbehandler, by initials). Every `coveringEvery`-th
    /// writer covers for the writer before it: it saves, as itself, in that colleague's
    /// caseload, so two writers save the same cases and stale saves happen (0: nobody covers).
    static func make(caseworkers: [Caseworker], writers count: Int, coveringEvery: Int) throws(Refusal) -> LoadPlan {
        let users = caseworkers.filter { $0.role == .sagsbehandler }.map(\.initials).sorted()
        guard count >= 1, count <= users.count else {
            throw Refusal(description: "--writers must be between 1 and the store's \(users.count) caseworkers (sagsbehandlere)")
        }
        var writers: [Writer] = []
        for (index, user) in users.prefix(count).enumerated() {
            let covers = coveringEvery > 0 && index > 0 && (index + 1) % coveringEvery == 0
            writers.append(Writer(index: index, user: user, caseloadOf: covers ? writers[index - 1].caseloadOf : user))
        }
        return LoadPlan(writers: writers)
    }

    /// The caseworkers whose caseloads are worked in.
    var caseloadOwners: Set<Initials> { Set(writers.map(\.caseloadOf)) }
}
