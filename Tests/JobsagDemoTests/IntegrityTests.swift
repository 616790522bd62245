import Foundation
import JobsagCore
import Testing
@testable import JobsagDemo

/// Ids, references, dates and the JSON form of every generated case.
@Suite struct IntegrityTests {
    let today = Fixtures.today

    /// Every entry id of a case, with what it names.
    private func entryIDs(_ item: Case) -> [String] {
        var ids: [String] = []
        ids += item.episodes.map(\.id) + item.visitations.map(\.id) + item.conversations.map(\.id)
        for goal in item.goals { ids.append(goal.id); ids += goal.subgoals.map(\.id) }
        for offer in item.offers { ids.append(offer.id); ids += offer.followUps.map(\.id) }
        ids += item.ordinaryHours.map(\.id) + item.literacyTests.map(\.id) + item.guidance.map(\.id)
        for injunction in item.injunctions { ids.append(injunction.id); ids += injunction.dropoutReports.map(\.id) }
        ids += item.exemptions.map(\.id) + item.absences.map(\.id) + item.contactAttempts.map(\.id)
        ids += item.sanctions.map(\.id) + item.reminders.map(\.id) + item.rehabilitationRecommendations.map(\.id)
        ids += item.flexJobs.map(\.id)
        return ids
    }

    @Test func idsAreUniqueAcrossTheStore() {
        for store in [Fixtures.large, Fixtures.small] {
            var seen = Set<String>()
            var total = 0
            for item in store.cases {
                for id in entryIDs(item) {
                    total += 1
                    #expect(seen.insert(id).inserted, "\(id) in \(item.id) is used twice")
                }
            }
            #expect(total > store.cases.count * 10)
            #expect(store.cases.map(\.id) == (1...store.cases.count).map { "S-" + String($0).leftPadded(to: 6) })
            #expect(store.cases.allSatisfy { $0.id.isValidCaseID })
        }
    }

    @Test func everyCaseIsADemoCaseAtRevisionZeroWithOneOpenEpisode() {
        let staff = Set(Fixtures.large.caseworkers.map(\.initials))
        for item in Fixtures.large.cases {
            #expect(item.isDemo && item.revision == 0)
            #expect(staff.contains(item.caseworker))
            #expect(item.episodes.filter { $0.end == nil }.count == 1, "\(item.id)")
            let starts = item.episodes.compactMap(\.start)
            #expect(starts == starts.sorted())
            for (earlier, later) in zip(item.episodes, item.episodes.dropFirst()) {
                if let end = earlier.end, let start = later.start { #expect(end < start, "\(item.id): episodes overlap") }
            }
            #expect(item.created <= (item.episodes.first?.start ?? today))
        }
    }

    @Test func theTargetGroupAsOfTodayIsTheOneThatWasPlanned() {
        for (store, day) in Fixtures.all {
            for (item, scenario) in zip(store.cases, store.scenarios) {
                #expect(scenario.caseID == item.id)
                #expect(item.targetGroup(on: day) == scenario.group, "\(item.id) is \(String(describing: item.targetGroup(on: day))), planned \(scenario.group)")
            }
        }
    }

    @Test func noPastEventIsDatedAfterToday() {
        for (store, day) in Fixtures.all {
            for item in store.cases {
                var dates: [CalendarDate] = [item.created]
                for episode in item.episodes { dates += [episode.start, episode.end, episode.firstContact, episode.arrivalDate].compactMap { $0 } }
                dates += item.visitations.map(\.date) + item.conversations.map(\.date)
                for goal in item.goals { dates += [goal.created, goal.updated] + goal.subgoals.flatMap { [$0.created, $0.updated] } }
                for offer in item.offers {
                    dates.append(offer.start)
                    dates += offer.followUps.map(\.date)
                    dates += [offer.evaluation?.date, offer.interruption?.date].compactMap { $0 }
                }
                dates += item.ordinaryHours.map(\.month)
                for injunction in item.injunctions {
                    dates.append(injunction.given)
                    dates += injunction.steps.compactMap(\.completed) + injunction.steps.flatMap { $0.deadlineChanges.map(\.changedOn) }
                    if let start = injunction.educationStart {
                        dates += [start.date, start.dutyAssessed, start.institutionNotified].compactMap { $0 }
                    }
                    dates += injunction.dropoutReports.flatMap { [$0.date, $0.reacted].compactMap { $0 } }
                }
                dates += item.literacyTests.flatMap { [$0.date, $0.courseOffered, $0.recorded].compactMap { $0 } }
                dates += item.guidance.map(\.date) + item.exemptions.map(\.from)
                dates += item.absences.flatMap { [$0.date, $0.hearingSent, $0.hearingAnswered].compactMap { $0 } }
                dates += item.contactAttempts.map(\.date)
                dates += item.sanctions.flatMap { [$0.decided, $0.approval?.date].compactMap { $0 } }
                dates += item.reminders.compactMap(\.done) + item.rehabilitationRecommendations.map(\.date)
                dates += item.flexJobs.flatMap { [$0.start, $0.end, $0.assessment?.date].compactMap { $0 } }
                dates += [item.cv?.registered, item.cv?.visibleToEmployers].compactMap { $0 }
                let late = dates.filter { $0 > day }
                #expect(late.isEmpty, "\(item.id) has past events after \(day.iso): \(late.map(\.iso))")
            }
        }
    }

    @Test func referencesPointAtEntriesOfTheCase() {
        for item in Fixtures.large.cases {
            let goalIDs = Set(item.goals.flatMap { [$0.id] + $0.subgoals.map(\.id) })
            for offer in item.offers {
                if let goal = offer.goalID { #expect(goalIDs.contains(goal), "\(item.id): offer links to a missing goal") }
                if let end = offer.end { #expect(offer.start <= end) }
            }
            let targets = Set(item.conversations.map(\.id) + item.offers.map(\.id))
            for absence in item.absences { #expect(targets.contains(absence.from), "\(item.id): absence from nothing") }
            let absenceIDs = Set(item.absences.map(\.id))
            let sanctionIDs = Set(item.sanctions.map(\.id))
            let guidanceIDs = Set(item.guidance.map(\.id))
            for sanction in item.sanctions {
                #expect(sanction.absenceIDs.allSatisfy { absenceIDs.contains($0) })
                #expect(sanction.priorSanctionIDs.allSatisfy { sanctionIDs.contains($0) })
                if let warning = sanction.warningID { #expect(guidanceIDs.contains(warning)) }
            }
            if let spouse = item.citizen.spouseCaseID {
                #expect(spouse != item.id)
                #expect(Fixtures.large.cases.first { $0.id == spouse }?.citizen.spouseCaseID == item.id)
            }
            for exemption in item.exemptions {
                if let to = exemption.to { #expect(exemption.from <= to) }
            }
        }
    }

    @Test func everyCaseSurvivesAJSONRoundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decoder = JSONDecoder()
        for store in [Fixtures.large, Fixtures.older] {
            for item in store.cases {
                let data = try encoder.encode(item)
                let decoded = try decoder.decode(Case.self, from: data)
                #expect(decoded == item, "\(item.id) changes on a round trip")
            }
            let staff = try decoder.decode([Caseworker].self, from: try encoder.encode(store.caseworkers))
            #expect(staff == store.caseworkers)
        }
    }

    @Test func textsAreFilledInAndVaried() {
        var summaries = Set<String>()
        for item in Fixtures.large.cases {
            for conversation in item.conversations {
                #expect(!conversation.summary.isEmpty && !conversation.summary.contains("{"))
                #expect(!conversation.participants.isEmpty)
                summaries.insert(conversation.summary)
            }
            for goal in item.goals { #expect(!goal.title.isEmpty && !goal.title.contains("{")) }
            for visitation in item.visitations where visitation.category != .uddannelsesparat {
                #expect(!visitation.justification.contains("{"))
            }
        }
        #expect(summaries.count > 1_000, "only \(summaries.count) different summaries")
    }
}
