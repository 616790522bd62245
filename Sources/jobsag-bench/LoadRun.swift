// The load benchmark: writers on one store at once, each on its own thread and connection, and the count of lost updates from the database afterwards.
import Foundation
import JobsagCore
import JobsagStore

struct LoadRun {
    let target: LoadTarget
    let writers: Int
    let seconds: Double
    /// Saves a second per writer.
    let rate: Double
    let coveringEvery: Int

    /// Takes the tallies of every case in the writers' caseloads, runs the writers, and takes
    /// them again.
    func run() throws -> LoadResult {
        let store = try target.open()
        let plan = try LoadPlan.make(caseworkers: try store.caseworkers(), writers: writers, coveringEvery: coveringEvery)
        let ids = try store.caseVersions(where: .caseload(of: plan.caseloadOwners)).versions.map(\.id)
        let before = try CaseTally.read(ids, from: store)
        let outcomes = run(plan)
        let after = try CaseTally.read(ids, from: store)
        var saved: [CaseID: [EntryID]] = [:]
        for outcome in outcomes {
            saved.merge(outcome.saved) { $0 + $1 }
        }
        return LoadResult(
            backend: target.name, writers: plan.writers.count, coveringWriters: plan.writers.filter(\.isCovering).count, seconds: seconds, rate: rate,
            storeCases: try store.caseSummaries().count, cases: ids.count, outcomes: outcomes,
            lostUpdates: LostUpdates.count(before: before, after: after, saved: saved), before: before, saved: saved)
    }

    /// Every writer on its own thread (the store's calls block; 50 writers must not wait for
    /// each other's network round trips on the two cores' worth of Swift's thread pool).
    private func run(_ plan: LoadPlan) -> [LoadWriter.Outcome] {
        let gate = StartGate(count: plan.writers.count)
        let collected = Collected()
        let group = DispatchGroup()
        for writer in plan.writers {
            let loadWriter = LoadWriter(
                writer: writer, target: target, rate: rate, seconds: seconds, phase: Double(writer.index) / Double(plan.writers.count))
            group.enter()
            let thread = Thread {
                collected.append(loadWriter.run(gate: gate))
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return collected.outcomes
    }
}

/// The writers' outcomes as their threads finish.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [LoadWriter.Outcome] = []

    func append(_ outcome: LoadWriter.Outcome) {
        lock.withLock { list.append(outcome) }
    }

    var outcomes: [LoadWriter.Outcome] { lock.withLock { list } }
}
