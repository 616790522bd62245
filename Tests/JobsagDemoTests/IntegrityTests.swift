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

    /// Every date in a case that records something that has happened (not a deadline, a
    /// planned end or a reminder's due date).
    private func pastEventDates(_ item: Case) -> [CalendarDate] {
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
        return dates
    }

    @Test func noPastEventIsDatedAfterToday() {
        for (store, day) in Fixtures.all {
            for item in store.cases {
                let late = pastEventDates(item).filter { $0 > day }
                #expect(late.isEmpty, "\(item.id) has past events after \(day.iso): \(late.map(\.iso))")
            }
        }
    }

    @Test(arguments: ["2019-06-30", "2021-01-15", "2023-04-01", "2030-12-31"])
    func anyDayKeepsTheInvariants(day: String) throws {
        let today = try #require(CalendarDate(day))
        let data = DemoGenerator(seed: 11, today: today).generate(caseCount: 600)
        #expect(data.cases.count == 600)
        var ids = Set<String>()
        for (item, scenario) in zip(data.cases, data.scenarios) {
            #expect(item.targetGroup(on: today) == scenario.group, "\(item.id) as of \(day)")
            #expect(item.episodes.filter { $0.end == nil }.count == 1)
            let late = pastEventDates(item).filter { $0 > today }
            #expect(late.isEmpty, "\(item.id) has past events after \(day): \(late.map(\.iso))")
            for id in entryIDs(item) { #expect(ids.insert(id).inserted) }
            if let age = item.citizen.cpr.age(on: today) { #expect((18...67).contains(age)) }
        }
        let families = Set(data.scenarios.flatMap { $0.gaps.map { $0.ruleID.prefix(2) } })
        #expect(families.count >= 8, "\(families.sorted())")
    }

    @Test func anotherMunicipalityGivesItsAddressesAndJobcenter() {
        var profile = DemoProfile.standard
        profile.municipality = "Ærø"
        let data = DemoGenerator(seed: 3, today: Fixtures.today, profile: profile).generate(caseCount: 200)
        #expect(data.jobcenter == "Jobcenter Ærø")
        let postcodes = ["5970", "5960", "5985"]
        for item in data.cases {
            #expect(postcodes.contains { item.citizen.address.contains($0) }, "\(item.citizen.address)")
        }
        profile.municipality = "Atlantis"
        #expect(DemoGenerator(seed: 3, today: Fixtures.today, profile: profile).generate(caseCount: 5).jobcenter == "Jobcenter Gentofte")
        #expect(Fixtures.large.jobcenter == "Jobcenter Gentofte")
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
