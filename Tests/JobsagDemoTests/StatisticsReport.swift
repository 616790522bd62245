import Foundation
import JobsagCore
import Testing
@testable import JobsagDemo

/// Prints the measured distributions of the 5,000-case store (for the report and for tuning
/// against the rules engine); the figures themselves are asserted in DistributionTests.
@Suite struct StatisticsReport {
    @Test func printsTheMeasuredFigures() {
        let data = Fixtures.large
        let today = Fixtures.today
        let cases = data.cases
        var lines: [String] = ["Demo store, \(cases.count) cases, as of \(today.iso)"]

        var groups: [TargetGroup: Int] = [:]
        for item in cases { groups[item.targetGroup(on: today) ?? .dagpenge, default: 0] += 1 }
        lines.append("Groups: " + TargetGroup.allCases.map { "\($0.rawValue) \(groups[$0] ?? 0)" }.joined(separator: ", "))

        var offerTypes: [Offer.OfferType: Int] = [:]
        for item in cases { for offer in item.offers { offerTypes[offer.type, default: 0] += 1 } }
        let four: [Offer.OfferType] = [.vejledningOgOpkvalificering, .virksomhedspraktik, .nytteindsats, .loentilskud]
        let fourTotal = four.reduce(0) { $0 + (offerTypes[$1] ?? 0) }
        lines.append("Offers (of the four): " + four.map { String(format: "%@ %.1f%%", $0.rawValue, percent(offerTypes[$0] ?? 0, of: fourTotal)) }.joined(separator: ", "))
        lines.append("Offers (all types): " + Offer.OfferType.allCases.map { "\($0.rawValue) \(offerTypes[$0] ?? 0)" }.joined(separator: ", "))

        var buckets = [Int](repeating: 0, count: 6)
        let yearAgo = today.adding(months: -12)
        for item in cases {
            let count = item.conversations.filter { $0.wasHeld && $0.date > yearAgo && $0.date <= today }.count
            buckets[min(count, 5)] += 1
        }
        lines.append("Conversations in 12 months: " + (0...5).map { String(format: "%@: %.1f%%", $0 == 5 ? "5+" : String($0), percent(buckets[$0], of: cases.count)) }.joined(separator: ", "))

        let workers = data.caseworkers.filter { $0.role == .sagsbehandler }
        var loads: [Initials: Int] = [:]
        for item in cases { loads[item.caseworker, default: 0] += 1 }
        var byTeam: [String: [Int]] = [:]
        for worker in workers { byTeam[worker.team.split(separator: " ").dropLast(worker.team.last?.isNumber == true ? 1 : 0).joined(separator: " "), default: []].append(loads[worker.initials] ?? 0) }
        lines.append("Staff: \(workers.count) caseworkers, \(data.caseworkers.count) users")
        for (team, list) in byTeam.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(team): \(list.count) caseworkers, caseload \(list.min() ?? 0)-\(list.max() ?? 0), mean \(list.reduce(0, +) / max(1, list.count))")
        }

        let light = Dictionary(grouping: data.scenarios, by: \.expectedLight).mapValues(\.count)
        lines.append(String(format: "Planned lights: red %.1f%%, yellow %.1f%%, green %.1f%%",
                            percent(light[.red] ?? 0, of: cases.count), percent(light[.yellow] ?? 0, of: cases.count),
                            percent(light[.green] ?? 0, of: cases.count)))
        var gapCounts: [ComplianceGap: Int] = [:]
        for scenario in data.scenarios { for gap in scenario.gaps { gapCounts[gap, default: 0] += 1 } }
        lines.append("Gaps: " + ComplianceGap.allCases.map { "\($0.rawValue) \(gapCounts[$0] ?? 0)" }.joined(separator: ", "))
        var upcoming: [UpcomingDeadline: Int] = [:]
        for scenario in data.scenarios { if let deadline = scenario.upcoming { upcoming[deadline, default: 0] += 1 } }
        lines.append("Upcoming: " + UpcomingDeadline.allCases.map { "\($0.rawValue) \(upcoming[$0] ?? 0)" }.joined(separator: ", "))
        let dataGaps = data.scenarios.compactMap(\.dataGap)
        lines.append("Data gaps: \(dataGaps.count); showcases: " + Showcase.allCases.map { showcase in "\(showcase.rawValue) \(data.scenarios.filter { $0.showcase == showcase }.count)" }.joined(separator: ", "))

        let activity = cases.filter { $0.targetGroup(on: today) == .khAktivitetsparat }
        lines.append("Barriers (kh-aktivitetsparat): " + Citizen.Barrier.allCases.map { barrier in
            String(format: "%@ %.0f%%", barrier.rawValue, percent(activity.filter { $0.citizen.barriers.contains(barrier) }.count, of: activity.count))
        }.joined(separator: ", "))
        let starts = cases.compactMap { $0.currentEpisode?.start }
        lines.append(String(format: "Episodes started before 2020: %.1f%%, before 2023-03-22: %.1f%%",
                            percent(starts.filter { $0 < RuleDates.reform2020 }.count, of: starts.count),
                            percent(starts.filter { $0 < RuleDates.changes2023 }.count, of: starts.count)))
        lines.append(String(format: "Cases with an earlier episode: %.1f%%", percent(cases.filter { $0.episodes.count > 1 }.count, of: cases.count)))
        let entries = cases.reduce(0) { $0 + $1.conversations.count + $1.offers.count + $1.goals.count + $1.guidance.count }
        lines.append("Entries (conversations+offers+goals+guidance): \(entries), \(entries / max(1, cases.count)) per case")
        if let first = data.caseworkers.first {
            let own = zip(cases, data.scenarios).filter { $0.0.caseworker == first.initials }
            let ownLights = Dictionary(grouping: own.map { $0.1.expectedLight }, by: { $0 }).mapValues(\.count)
            lines.append("First caseworker \(first.initials) \(first.name) (\(first.team)): \(own.count) cases, red \(ownLights[.red] ?? 0), yellow \(ownLights[.yellow] ?? 0), green \(ownLights[.green] ?? 0); "
                + own.map { $0.0.citizen.name }.filter { $0.contains("Ærø") || $0.split(separator: " ").contains { $0.hasPrefix("Å") || $0.hasPrefix("Ø") } }.prefix(4).joined(separator: ", "))
        }
        let reminders = cases.flatMap(\.reminders)
        lines.append("Reminders: \(reminders.count) (due today \(reminders.filter { $0.due == today && $0.done == nil }.count), overdue \(reminders.filter { $0.due < today && $0.done == nil }.count), done \(reminders.filter { $0.done != nil }.count))")
        let sanctions = cases.flatMap(\.sanctions)
        lines.append("Sanctions: \(sanctions.filter { $0.kind == .ordinaer }.count) ordinary, \(sanctions.filter { $0.kind == .skaerpet40a }.count) § 40 a (\(sanctions.filter { $0.kind == .skaerpet40a && $0.approval == nil }.count) awaiting approval)")
        print(lines.joined(separator: "\n"))
        #expect(cases.count == 5_000)
        #expect(TargetGroup.allCases.allSatisfy { (groups[$0] ?? 0) > 0 }, "every target group is in the store")
    }
}
