// The access-log sample is reproducible and holds only access events.
import JobsagCore
import JobsagReview
import Testing

@Suite struct AccessSampleTests {
    static let events: [AuditEvent] = (0..<60).map { index in
        let actions: [AuditEvent.Action] = [.view, .update, .view, .accessOutsideCaseload, .create, .revealCPR]
        let action = actions[index % actions.count]
        return AuditEvent(
            time: Timestamp(secondsSince1970: 1_790_000_000 + Int64(index) * 3600), user: ["LM", "OR", "ÅVJ"][index % 3],
            action: action, caseID: "S-\(100 + index % 7)", reason: action == .accessOutsideCaseload ? "vikar for kollega" : nil)
    }

    @Test func theSameSeedDrawsTheSameEventsInAnyOrder() {
        let drawn = AccessSample.draw(Self.events, count: 8, seed: 5)
        #expect(drawn.count == 8)
        #expect(AccessSample.draw(Self.events, count: 8, seed: 5) == drawn)
        #expect(AccessSample.draw(Self.events.reversed(), count: 8, seed: 5) == drawn)
        #expect(AccessSample.draw(Self.events, count: 8, seed: 6) != drawn)
        #expect(drawn.allSatisfy { AccessSample.accessActions.contains($0.action) })
        #expect(drawn == drawn.sorted { $0.time < $1.time })
    }

    @Test func aSampleLargerThanTheLogTakesEveryAccess() {
        let all = AccessSample.accesses(Self.events)
        #expect(all.count == 40)
        #expect(AccessSample.draw(Self.events, count: 1000, seed: 1) == all)
        #expect(AccessSample.draw(Self.events, count: 0, seed: 1).isEmpty)
    }

    @Test func accessesOfOneCaseInAPeriod() {
        let accesses = AccessSample.accesses(Self.events, caseID: "S-100")
        #expect(!accesses.isEmpty)
        #expect(accesses.allSatisfy { $0.caseID == "S-100" && $0.action != .update && $0.action != .create })
        let first = CopenhagenTime.date(at: Self.events[0].time)
        let oneDay = AccessSample.accesses(Self.events, from: first, to: first)
        #expect(oneDay.allSatisfy { CopenhagenTime.date(at: $0.time) == first })
        #expect(oneDay.count < AccessSample.accesses(Self.events).count)
    }
}
