// One simulated caseworker of the load benchmark: its own connection (or store) and caseload, then a conversation recorded in one of its cases at a steady rate.
import Foundation
import JobsagApp
import JobsagCore
import JobsagStore

struct LoadWriter: Sendable {
    let writer: LoadPlan.Writer
    let target: LoadTarget
    /// Saves a second.
    let rate: Double
    let seconds: Double
    /// Where the writer's saves fall within each period, so that the writers take turns.
    let phase: Double

    /// What one writer did.
    struct Outcome: Sendable {
        /// The conversations of the acknowledged saves, by case.
        var saved: [CaseID: [EntryID]] = [:]
        /// The seconds each acknowledged save took.
        var latencies: [Double] = []
        /// Saves refused because a colleague had saved the case since it was read.
        var staleRefused = 0
        /// Anything else that went wrong (English).
        var failures: [String] = []
        /// The seconds opening the store and loading the caseload took.
        var caseloadSeconds: Double?
        var caseloadCases = 0
    }

    /// Opens the store and loads the caseload, waits at the gate for the other writers, then
    /// records conversations until the time is up. A stale save is not sent again: the case is
    /// read anew, as the program does when it refuses a save, and the next save is another one.
    func run(gate: StartGate) -> Outcome {
        var outcome = Outcome()
        var store: (any CaseStore)?
        var cases: [Case] = []
        let opened = Clock.now()
        do throws(StoreError) {
            let opening = try target.open()
            cases = try opening.loadCases(where: .caseload(of: [writer.caseloadOf])).cases
            store = opening
            outcome.caseloadSeconds = Clock.now() - opened
            outcome.caseloadCases = cases.count
        } catch {
            outcome.failures.append("\(writer.user): \(error.message.en)")
        }
        let start = gate.arriveAndWait()
        guard let store, !cases.isEmpty else { return outcome }
        var ids = EntryIDSource(seed: UInt64.random(in: 0...UInt64.max))
        var number = 0
        while true {
            let due = start + (phase + Double(number)) / rate
            guard due < start + seconds else { break }
            let wait = due - Clock.now()
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            number += 1
            let index = Int.random(in: 0..<cases.count)
            let conversation = conversation(number, id: ids.next(), on: CopenhagenTime.date(at: Self.now()))
            var value = cases[index]
            value.conversations.append(conversation)
            let began = Clock.now()
            do throws(StoreError) {
                cases[index] = try store.save(value, by: writer.user, at: Self.now(), action: .update)
                outcome.latencies.append(Clock.now() - began)
                outcome.saved[value.id, default: []].append(conversation.id)
            } catch .staleRevision {
                outcome.staleRefused += 1
                do throws(StoreError) {
                    cases[index] = try store.loadCase(id: value.id)
                } catch {
                    outcome.failures.append("\(writer.user) reading \(value.id) again: \(error.message.en)")
                }
            } catch {
                outcome.failures.append("\(writer.user) saving \(value.id): \(error.message.en)")
            }
        }
        return outcome
    }

    /// A held phone conversation, as the conversation form records one.
    private func conversation(_ number: Int, id: EntryID, on day: CalendarDate) -> Conversation {
        Conversation(
            id: id, date: day, kind: .jobsamtale, form: .telefon, outcome: .holdt,
            summary: "Belastningsprøve: samtale \(number) af \(writer.user) i \(writer.caseloadOf)s sagsstamme.",
            agreements: "Borgeren søger to stillinger før næste samtale.", jobFocus: true, recordedBy: writer.user)
    }

    private static func now() -> Timestamp {
        Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }
}
