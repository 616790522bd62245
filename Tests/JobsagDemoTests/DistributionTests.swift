import JobsagCore
import Testing
@testable import JobsagDemo

/// The 5,000-case store against the source documents' figures (DATA.md "Demo data").
@Suite struct DistributionTests {
    let data = Fixtures.large
    let today = Fixtures.today

    private func groupCounts() -> [TargetGroup: Int] {
        var counts: [TargetGroup: Int] = [:]
        for item in data.cases {
            if let group = item.targetGroup(on: today) { counts[group, default: 0] += 1 }
        }
        return counts
    }

    @Test func theTargetGroupMixFollowsGentofte2022() {
        let counts = groupCounts()
        let weights = DemoProfile.standard.groupWeights
        let total = weights.values.reduce(0, +)
        for group in TargetGroup.allCases {
            let expected = (weights[group] ?? 0) / total * 100
            let measured = percent(counts[group] ?? 0, of: data.cases.count)
            #expect(abs(measured - expected) < 1.0, "\(group.rawValue): \(measured) % against \(expected) %")
        }
        let kontanthjaelp = (counts[.khJobparat] ?? 0) + (counts[.khAktivitetsparat] ?? 0)
        #expect(abs(percent(counts[.khJobparat] ?? 0, of: kontanthjaelp) - 27) < 3)
        let youth = (counts[.uhAabenlyst] ?? 0) + (counts[.uhUddannelsesparat] ?? 0) + (counts[.uhAktivitetsparat] ?? 0)
        #expect(abs(percent(counts[.uhAabenlyst] ?? 0, of: youth) - 4) < 3)
        #expect(abs(percent(counts[.uhUddannelsesparat] ?? 0, of: youth) - 35) < 4)
        #expect(abs(percent(counts[.uhAktivitetsparat] ?? 0, of: youth) - 61) < 4)
    }

    @Test func theOfferMixFollowsTabel5() {
        var counts: [Offer.OfferType: Int] = [:]
        for item in data.cases { for offer in item.offers { counts[offer.type, default: 0] += 1 } }
        let total = [Offer.OfferType.vejledningOgOpkvalificering, .virksomhedspraktik, .nytteindsats, .loentilskud]
            .reduce(0) { $0 + (counts[$1] ?? 0) }
        #expect(total > 10_000)
        let expected: [(Offer.OfferType, Double, Double)] = [
            (.vejledningOgOpkvalificering, 67, 4), (.virksomhedspraktik, 26, 4), (.nytteindsats, 6, 3), (.loentilskud, 2, 1.5),
        ]
        for (type, share, tolerance) in expected {
            let measured = percent(counts[type] ?? 0, of: total)
            #expect(abs(measured - share) < tolerance, "\(type.rawValue): \(measured) % against \(share) %")
        }
    }

    @Test func conversationsPerTwelveMonthsFollowTabel4() {
        var buckets = [Int](repeating: 0, count: 6)
        let yearAgo = today.adding(months: -12)
        for item in data.cases {
            let held = item.conversations.filter { $0.wasHeld && $0.date > yearAgo && $0.date <= today }.count
            buckets[min(held, 5)] += 1
        }
        let expected: [Double] = [9, 12, 11, 11, 11, 47]
        for (count, share) in expected.enumerated() {
            let measured = percent(buckets[count], of: data.cases.count)
            #expect(abs(measured - share) < 4, "\(count) conversations: \(measured) % against \(share) %")
        }
    }

    @Test func caseloadsFollowTheTeamTargets() {
        var loads: [Initials: Int] = [:]
        for item in data.cases { loads[item.caseworker, default: 0] += 1 }
        let caseworkers = data.caseworkers.filter { $0.role == .sagsbehandler }
        #expect(Set(loads.keys) == Set(caseworkers.map(\.initials)), "only caseworkers carry cases, and all of them do")
        for caseworker in caseworkers {
            let load = loads[caseworker.initials] ?? 0
            let range: ClosedRange<Int>
            if caseworker.team.hasPrefix("Team Ledighed") {
                range = 60...72
            } else if caseworker.team.hasPrefix("Team Rehabilitering") {
                range = 41...50
            } else if caseworker.team.hasPrefix("Team Sygedagpenge") {
                range = 65...80
            } else {
                range = 40...70
            }
            #expect(range.contains(load), "\(caseworker.initials) in \(caseworker.team) has \(load) cases")
        }
        #expect(data.caseworkers.filter { $0.role == .teamleder }.count >= 4)
        #expect(data.caseworkers.filter { $0.role == .fagligKonsulent }.count == 1)
    }

    @Test func theStaffGrowsWithTheStore() {
        let planner = StaffPlanner(profile: .standard, vocabulary: .shared)
        for (count, range) in [(300, 4...7), (5_000, 70...90), (50_000, 720...880)] {
            var random = DemoRandom(seed: 1)
            let groups = GroupAllocation.allocate(count, weights: DemoProfile.standard.groupWeights, random: &random)
            let plan = planner.plan(groups: groups, random: &random)
            let caseworkers = plan.caseworkers.filter { $0.role == .sagsbehandler }.count
            #expect(range.contains(caseworkers), "\(count) cases: \(caseworkers) caseworkers")
        }
    }

    @Test func theFirstCaseworkerHasTheMostUnemploymentRelatedCases() throws {
        let first = try #require(data.caseworkers.first)
        #expect(first.role == .sagsbehandler)
        var counts: [Initials: Int] = [:]
        for item in data.cases where item.targetGroup(on: today)?.isUnemploymentRelated == true {
            counts[item.caseworker, default: 0] += 1
        }
        #expect((counts[first.initials] ?? 0) == counts.values.max())
    }

    @Test func barriersOfTheActivityReadyFollowTheAudit() {
        let activity = data.cases.filter { $0.targetGroup(on: today) == .khAktivitetsparat }
        #expect(activity.count > 300)
        let expected: [(Citizen.Barrier, Double)] = [
            (.fysiske, 70), (.psykiske, 64), (.familiemaessige, 23), (.misbrug, 22), (.sociale, 20), (.sproglige, 14),
        ]
        for (barrier, share) in expected {
            let measured = percent(activity.filter { $0.citizen.barriers.contains(barrier) }.count, of: activity.count)
            #expect(abs(measured - share) < 8, "\(barrier.rawValue): \(measured) % against \(share) %")
        }
    }

    @Test func aboutAThirdIsLateAndAFifthDueSoon() {
        let lights = data.scenarios.map(\.expectedLight)
        let red = percent(lights.filter { $0 == .red }.count, of: lights.count)
        let yellow = percent(lights.filter { $0 == .yellow }.count, of: lights.count)
        #expect((25...35).contains(red))
        #expect((15...25).contains(yellow))
    }

    @Test func everyRuleFamilyShowsSomething() {
        let gaps = Set(data.scenarios.flatMap(\.gaps))
        for gap in ComplianceGap.allCases where gap.startWindow(today: today) != nil {
            #expect(gaps.contains(gap), "no case shows \(gap.rawValue)")
        }
        let upcoming = Set(data.scenarios.compactMap(\.upcoming))
        for deadline in UpcomingDeadline.allCases where deadline.isPossible(today: today) {
            #expect(upcoming.contains(deadline), "no case shows \(deadline.rawValue) due soon")
        }
        #expect(Set(data.scenarios.compactMap(\.dataGap)) == Set(DataGap.allCases))
        #expect(Set(data.scenarios.compactMap(\.showcase)) == Set(Showcase.allCases))
        let families = Set(data.scenarios.flatMap { $0.gaps.map { $0.ruleID.prefix(2) } })
        #expect(families == ["KF", "UH", "KA", "TB", "PL", "RD", "TT", "IN", "FJ"])
    }

    @Test func someCasesStartedBeforeTheReformsAndSomeHadAnotherBenefitBefore() {
        let starts = data.cases.compactMap { $0.currentEpisode?.start }
        #expect(percent(starts.filter { $0 < RuleDates.reform2020 }.count, of: starts.count) > 3)
        #expect(percent(starts.filter { $0 < RuleDates.changes2023 }.count, of: starts.count) > 10)
        #expect(percent(data.cases.filter { $0.episodes.count > 1 }.count, of: data.cases.count) > 10)
        let written = data.cases.filter { $0.conversations.contains { $0.form == .skriftlig && $0.date >= RuleDates.changes2023 } }
        #expect(!written.isEmpty)
    }

    @Test func theSmallStoreCoversTheRuleFamiliesToo() {
        let families = Set(Fixtures.small.scenarios.flatMap { $0.gaps.map { $0.ruleID.prefix(2) } })
        #expect(families == ["KF", "UH", "KA", "TB", "PL", "RD", "TT", "IN", "FJ"])
    }
}
