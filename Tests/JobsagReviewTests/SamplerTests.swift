// The sample is reproducible from its seed and spread over target groups and caseworkers.
import JobsagCore
import JobsagReview
import Testing

@Suite struct SamplerTests {
    @Test func theSameSeedDrawsTheSameCases() {
        let first = Sampler.draw(Fixtures.candidates, Fixtures.request())
        let second = Sampler.draw(Fixtures.candidates, Fixtures.request())
        #expect(first.count == 15)
        #expect(first == second)
        #expect(first == first.sorted())
        #expect(Set(first).count == 15)
    }

    @Test func theOrderOfTheCandidatesDoesNotMatter() {
        let candidates = Fixtures.candidates
        let drawn = Sampler.draw(candidates, Fixtures.request())
        #expect(Sampler.draw(candidates.reversed(), Fixtures.request()) == drawn)
        var shuffled = candidates
        var generator = FixedGenerator(state: 99)
        shuffled.shuffle(using: &generator)
        #expect(Sampler.draw(shuffled, Fixtures.request()) == drawn)
    }

    @Test func anotherSeedDrawsOtherCases() {
        let drawn = Sampler.draw(Fixtures.candidates, Fixtures.request(seed: 42))
        #expect(Sampler.draw(Fixtures.candidates, Fixtures.request(seed: 43)) != drawn)
        #expect(Sampler.draw(Fixtures.candidates, Fixtures.request(seed: 7)) != drawn)
    }

    @Test func aDrawOf15IsSpreadOverTargetGroupsAndCaseworkers() {
        let byID = Dictionary(Fixtures.candidates.map { ($0.caseID, $0) }, uniquingKeysWith: { first, _ in first })
        for seed: UInt64 in [1, 42, 2026] {
            let drawn = Sampler.draw(Fixtures.candidates, Fixtures.request(seed: seed)).compactMap { byID[$0] }
            #expect(drawn.count == 15)
            #expect(Set(drawn.map(\.targetGroup)).count >= 3, "seed \(seed)")
            #expect(Set(drawn.map(\.caseworker)).count >= 3, "seed \(seed)")
        }
    }

    @Test func theAllocationsAddUpToTheSize() {
        let candidates = Fixtures.candidates
        for (group, caseworker) in [(true, true), (true, false), (false, true), (false, false)] {
            for size in [1, 5, 15, 40, 100, candidates.count, candidates.count + 10] {
                let request = Fixtures.request(size: size, byTargetGroup: group, byCaseworker: caseworker)
                let allocation = Sampler.allocation(candidates, request)
                let expected = min(size, candidates.count)
                #expect(allocation.reduce(0) { $0 + $1.allocated } == expected, "size \(size), strata \(group)/\(caseworker)")
                #expect(allocation.allSatisfy { $0.allocated <= $0.population })
                if allocation.count <= expected {
                    #expect(allocation.allSatisfy { $0.allocated >= 1 }, "every stratum gets one while the size allows")
                }
                #expect(Sampler.draw(candidates, request).count == expected)
            }
        }
    }

    @Test func theAllocationIsProportionalAfterOnePerStratum() {
        // Three strata of 1, 9 and 30 cases; 10 to draw: one each, then 7 shared 0 : 8 : 29.
        var candidates: [SampleCandidate] = []
        for index in 0..<40 {
            let caseworker = index < 1 ? "AA" : index < 10 ? "BB" : "CC"
            candidates.append(SampleCandidate(caseID: "S-\(1000 + index)", caseworker: caseworker, targetGroup: .dagpenge))
        }
        let allocation = Sampler.allocation(candidates, Fixtures.request(size: 10))
        #expect(allocation.map(\.allocated) == [1, 3, 6])
        let drawn = Sampler.draw(candidates, Fixtures.request(size: 10))
        #expect(drawn.filter { $0 == "S-1000" }.count == 1)
    }

    @Test func onlyCasesActiveInThePeriodAreCandidates() {
        let candidates = Set(Fixtures.candidates.map(\.caseID))
        for item in Fixtures.demo.cases {
            let active = item.episodes.contains { episode in
                guard let start = episode.start else { return false }
                return start <= Fixtures.to && (episode.end ?? .distantFuture) >= Fixtures.from
            }
            #expect(candidates.contains(item.id) == active)
        }
    }
}

/// A deterministic generator for shuffling test input.
struct FixedGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
