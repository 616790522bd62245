import JobsagCore
import Testing
@testable import JobsagDemo

/// Checks, with simple readings of RULES.md, that the cases show what their scenarios say:
/// cases on track pass a rule, cases with a gap fail it, and cases with an upcoming deadline
/// have it within 7 days. (The real rules engine lives elsewhere; these readings only keep
/// the generator honest.)
@Suite struct ScenarioRealisationTests {
    let pairs: [(item: Case, scenario: CaseScenario, today: CalendarDate)] = Fixtures.all.flatMap { store in
        zip(store.data.cases, store.data.scenarios).map { ($0, $1, store.today) }
    }

    private func onTrack(_ scenario: CaseScenario) -> Bool {
        scenario.gaps.isEmpty && scenario.upcoming == nil && scenario.dataGap == nil
    }

    /// Held jobsamtaler that count for KF.4I6 in the first six months of the current episode.
    private func firstSixMonths(_ item: Case, includingJoint: Bool) -> Int? {
        guard let start = item.currentEpisode?.start else { return nil }
        let end = start.adding(months: 6)
        return item.conversations.filter {
            $0.wasHeld && $0.kind.countsAsJobConversation && $0.date >= start && $0.date < end
                && !($0.form == .skriftlig && $0.date >= RuleDates.changes2023)
                && (includingJoint || $0.kind != .faellessamtale)
        }.count
    }

    @Test func contactCourseKF4I6() throws {
        var checked = 0
        for (item, scenario, today) in pairs {
            guard GroupSets.contactCourse.contains(scenario.group), let start = item.currentEpisode?.start,
                  start >= RuleDates.reform2020
            else { continue }
            let closed = start.adding(months: 6) <= today
            if onTrack(scenario), closed {
                let count = try #require(firstSixMonths(item, includingJoint: false))
                #expect(count >= 4, "\(item.id) on track with \(count) jobsamtaler in the first six months")
                checked += 1
            }
            if scenario.gaps.contains(.contactCourseShort) {
                #expect(closed)
                #expect((firstSixMonths(item, includingJoint: true) ?? 0) < 4, "\(item.id)")
            }
            if scenario.upcoming == .fourthConversation {
                #expect((firstSixMonths(item, includingJoint: true) ?? 0) == 3, "\(item.id)")
                #expect((2...6).contains(today.days(until: start.adding(months: 6))))
            }
        }
        #expect(checked > 300)
    }

    @Test func firstConversationRules() {
        for (item, scenario, today) in pairs {
            guard let episode = item.currentEpisode else { continue }
            let first = item.conversations.first { $0.wasHeld && ($0.date >= (episode.start ?? today)) }
            if scenario.gaps.contains(.firstConversationNotInPerson) {
                #expect(first?.form != .fysisk && (first?.date ?? today) >= RuleDates.changes2023, "\(item.id)")
            }
            if (scenario.group.isKontanthjaelp || scenario.group.isUddannelseshjaelp), let contact = episode.firstContact {
                if onTrack(scenario), let first {
                    #expect(first.date <= contact.adding(days: 7), "\(item.id) first conversation late")
                }
                if scenario.gaps.contains(.firstConversationLate) {
                    #expect((first?.date ?? today) > contact.adding(days: 7), "\(item.id)")
                }
                if scenario.upcoming == .firstConversation {
                    #expect(first == nil && (3...6).contains(today.days(until: contact.adding(days: 7))), "\(item.id)")
                }
            }
            if scenario.dataGap == .firstContactMissing { #expect(episode.firstContact == nil) }
            if scenario.dataGap == .arrivalDateMissing { #expect(episode.arrivalDate == nil && episode.inIntegrationProgramme) }
            let written = item.conversations.contains { $0.form == .skriftlig && $0.date >= RuleDates.changes2023 }
            #expect(written == scenario.gaps.contains(.writtenConversation), "\(item.id) written conversations")
        }
    }

    @Test func sicknessFollowUpBeforeWeek8() throws {
        for (item, scenario, today) in pairs where scenario.group == .sygedagpenge {
            let start = try #require(item.currentEpisode?.start)
            let week8 = start.adding(days: 56)
            let early = item.conversations.contains { $0.wasHeld && $0.kind == .opfoelgning && $0.date >= start && $0.date < week8 }
            let standby = item.exemptions.contains { $0.scope == Exemption.Scope.standby }
            if onTrack(scenario), week8 <= today { #expect(early || standby, "\(item.id)") }
            if scenario.gaps.contains(.sicknessFollowUpLate) { #expect(!early && !standby) }
            if scenario.upcoming == .sicknessFollowUp {
                #expect(!item.conversations.contains { $0.date >= start })
                #expect((2...6).contains(today.days(until: week8)))
            }
            if scenario.gaps.contains(.sicknessFirstNotInPerson) {
                #expect(item.conversations.first { $0.wasHeld && $0.date >= start }?.form != .fysisk)
            }
        }
    }

    @Test func youthRules() {
        for (item, scenario, today) in pairs where scenario.group.isUddannelseshjaelp {
            guard let episode = item.currentEpisode, let anchor = episode.firstContact ?? episode.start else { continue }
            let tested = !item.literacyTests.isEmpty || item.citizen.hasYouthEducation
            if onTrack(scenario), anchor.adding(months: 1) <= today {
                #expect(tested, "\(item.id) has no LSR test")
                #expect(item.goals.contains { $0.kind == .uddannelse }, "\(item.id) has no education goal")
                #expect(item.guidance.contains { $0.kind == .timer225 })
                let held = item.conversations.filter { $0.wasHeld && $0.date >= anchor }
                let followedUp = held.dropFirst().allSatisfy { $0.injunctionFollowedUp }
                #expect(followedUp, "\(item.id) pålæg not followed up")
                if let given = item.injunctions.first?.given, let first = held.first { #expect(given <= first.date) }
            }
            if onTrack(scenario), anchor.adding(months: 3) <= today {
                let visited = item.visitations.contains { $0.date >= anchor && $0.date <= anchor.adding(months: 3) }
                #expect(visited, "\(item.id) not visited within 3 months")
            }
            if scenario.gaps.contains(.literacyTestMissing) { #expect(!tested) }
            if scenario.gaps.contains(.educationGoalMissing) { #expect(!item.goals.contains { $0.kind == .uddannelse }) }
            if scenario.upcoming == .literacyTest {
                #expect(!tested && (2...6).contains(today.days(until: anchor.adding(months: 1))))
            }
            if scenario.upcoming == .visitation {
                #expect(item.visitations.isEmpty && (2...6).contains(today.days(until: anchor.adding(months: 3))))
            }
        }
    }

    @Test func rightAndDutyOffers() throws {
        for (item, scenario, today) in pairs where GroupSets.rightAndDuty.contains(scenario.group) {
            let start = try #require(item.currentEpisode?.start)
            guard start >= RuleDates.reform2020 else { continue }
            let window = start.adding(months: 6)
            let offers = item.offers.filter { $0.rightAndDuty && $0.start >= start && $0.start < window }
            let valid = offers.contains { !($0.type == .vejledningOgOpkvalificering && $0.start >= RuleDates.changes2023) }
            if onTrack(scenario), window <= today { #expect(valid, "\(item.id) has no right-and-duty offer") }
            if scenario.gaps.contains(.rightAndDutyOfferMissing) { #expect(offers.isEmpty) }
            if scenario.gaps.contains(.guidanceOfferAsRightAndDuty) { #expect(!offers.isEmpty && !valid, "\(item.id)") }
            if scenario.upcoming == .rightAndDutyOffer {
                #expect(offers.isEmpty && (2...6).contains(today.days(until: window)))
            }
        }
    }

    @Test func offersAreFollowedUpAndEvaluated() {
        for (item, scenario, today) in pairs {
            let unevaluated = item.offers.filter {
                guard let end = $0.effectiveEnd, end < today else { return false }
                return $0.evaluation == nil && end.adding(days: 14) < today
            }
            if onTrack(scenario) {
                #expect(unevaluated.isEmpty, "\(item.id) has offers without evaluation")
                for offer in item.offers {
                    #expect(!offer.purpose.isEmpty && !offer.assessment.isEmpty && offer.goalID != nil, "\(item.id)")
                }
            }
            if scenario.gaps.contains(.offerNotEvaluated) { #expect(!unevaluated.isEmpty, "\(item.id)") }
            if scenario.upcoming == .offerEvaluation {
                #expect(item.offers.contains {
                    guard let end = $0.effectiveEnd else { return false }
                    return $0.evaluation == nil && (2...7).contains(today.days(until: end.adding(days: 14)))
                }, "\(item.id)")
            }
            if scenario.gaps.contains(.offerWithoutGoal) { #expect(item.offers.contains { $0.goalID == nil }) }
            if scenario.gaps.contains(.offerPurposeMissing) { #expect(item.offers.contains { $0.purpose.isEmpty }) }
        }
    }

    @Test func activeOfferInTheLastYear() {
        for (item, scenario, today) in pairs where GroupSets.withOffers.contains(scenario.group) {
            guard let start = item.currentEpisode?.start, start <= today.adding(months: -12) else { continue }
            let yearAgo = today.adding(months: -12)
            let active = item.offers.contains {
                CaseBuilder.activeOfferTypes.contains($0.type) && ($0.effectiveEnd ?? today) >= yearAgo && $0.start <= today
            }
            if onTrack(scenario) { #expect(active, "\(item.id) has no active offer in 12 months") }
            if scenario.gaps.contains(.noActiveOfferLastYear) { #expect(!active && item.ordinaryHours.isEmpty, "\(item.id)") }
        }
    }

    @Test func planAndCV() {
        let generic: Set<String> = ["Job", "Arbejde", "Ordinært arbejde"]
        for (item, scenario, today) in pairs {
            guard let start = item.currentEpisode?.start else { continue }
            if scenario.gaps.contains(.planMissing) { #expect(item.goals.isEmpty) }
            if onTrack(scenario), start.adding(days: 14) <= today, scenario.group != .fleksjob || true {
                if !scenario.group.isUddannelseshjaelp, !item.goals.isEmpty {
                    #expect(item.goals.contains { $0.kind == .job && $0.status == .aktiv && !generic.contains($0.title) }, "\(item.id)")
                }
                if GroupSets.activityReady.contains(scenario.group) || scenario.group == .ressourceforloeb {
                    let active = item.goals.filter { $0.status == .aktiv }
                    #expect(active.contains { $0.subgoals.contains { $0.kind == .stabiliserende } }, "\(item.id) without stabilising subgoal")
                }
                if GroupSets.withCV.contains(scenario.group) {
                    #expect(item.cv != nil || item.exemptions.contains { $0.scope == "PL.CV" }, "\(item.id) has no CV")
                }
                if let last = item.conversations.last(where: { $0.wasHeld }) { #expect(!last.agreements.isEmpty) }
            }
            if scenario.gaps.contains(.genericJobGoal) { #expect(item.goals.contains { generic.contains($0.title) }) }
            if scenario.gaps.contains(.cvMissing) {
                #expect(item.cv == nil && !item.exemptions.contains { $0.scope == "PL.CV" })
            }
            if scenario.gaps.contains(.agreementsMissing) {
                #expect(item.conversations.last(where: { $0.wasHeld })?.agreements.isEmpty == true, "\(item.id)")
            }
        }
    }

    @Test func rightsGuidanceEverySixMonths() {
        for (item, scenario, today) in pairs where GroupSets.socialAssistance.contains(scenario.group) {
            let rights = item.guidance.filter { $0.kind == .rettigheder35_1 }.sorted { $0.date < $1.date }
            guard let start = item.currentEpisode?.start, let first = rights.first, let last = rights.last else {
                #expect(!onTrack(scenario) || item.conversations.isEmpty, "\(item.id) on track without § 35 guidance")
                continue
            }
            if onTrack(scenario) {
                #expect(Set(first.channels) == [.mundtlig, .skriftligUdleveret, .eBoks], "\(item.id)")
                if start.adding(months: 6) < today {
                    #expect(last.date.adding(months: 6) > today.adding(days: 7), "\(item.id) guidance due")
                }
            }
            if scenario.gaps.contains(.rightsGuidanceIncomplete) { #expect(first.channels.count < 3) }
            if scenario.gaps.contains(.rightsGuidanceNotRepeated) { #expect(last.date.adding(months: 6) < today) }
            if scenario.upcoming == .rightsGuidanceRepeat {
                #expect((2...6).contains(today.days(until: last.date.adding(months: 6))), "\(item.id)")
            }
        }
    }

    @Test func coordinatorsExemptionsAndSanctions() {
        for (item, scenario, today) in pairs {
            let offered = item.guidance.contains { $0.kind == .koordinerendeTilbudt }
            if onTrack(scenario), GroupSets.activityReady.contains(scenario.group), !item.visitations.isEmpty {
                #expect(offered, "\(item.id) not offered a coordinating caseworker")
            }
            if scenario.gaps.contains(.coordinatorNotOffered) || scenario.gaps.contains(.youthCoordinatorNotOffered)
                || scenario.upcoming == .coordinator || scenario.upcoming == .youthCoordinator {
                #expect(!offered)
            }
            let rule225 = item.exemptions.filter { $0.scope == Exemption.Scope.rule225 }.sorted { $0.from < $1.from }
            if let latest = rule225.last, onTrack(scenario) {
                #expect((latest.to ?? today) > today.adding(days: 7), "\(item.id) 225 exemption runs out")
            }
            if scenario.gaps.contains(.exemption225Expired) { #expect((rule225.last?.to ?? today) < today) }
            if scenario.upcoming == .exemption225Reassessment {
                #expect((1...6).contains(today.days(until: rule225.last?.to ?? today)))
            }
            if scenario.gaps.contains(.exemption225RenewedWithoutAssessment) {
                #expect(rule225.suffix(3).allSatisfy { !$0.newAssessment } && rule225.count >= 3)
            }
            let aggravated = item.sanctions.filter { $0.kind == .skaerpet40a }
            if scenario.gaps.contains(.aggravatedSanctionAwaitingApproval) {
                #expect(aggravated.count == 1 && aggravated.first?.approval == nil)
            }
            if scenario.showcase == .aggravatedSanctionApproved {
                #expect(aggravated.first?.approval?.approved == true)
                if let decision = aggravated.first, let prior = item.sanctions.first(where: { $0.kind == .ordinaer }),
                   let breach = item.absences.first(where: { decision.absenceIDs.contains($0.id) }),
                   let warning = item.guidance.first(where: { $0.id == decision.warningID }) {
                    #expect(warning.date < prior.decided && prior.decided < breach.date && breach.date < decision.decided)
                } else {
                    Issue.record("\(item.id): § 40 a without its chain")
                }
            }
            if scenario.gaps.contains(.aggravatedSanctionFlawed), let decision = aggravated.first,
               let prior = item.sanctions.first(where: { $0.kind == .ordinaer }),
               let breach = item.absences.first(where: { decision.absenceIDs.contains($0.id) }) {
                #expect(breach.date < prior.decided, "\(item.id): the flaw of example 5")
            }
            if scenario.gaps.contains(.absenceNotAssessed) {
                #expect(item.absences.contains { $0.reasonableCause == .ukendt && $0.hearingSent == nil })
            } else {
                #expect(item.absences.allSatisfy { $0.reasonableCause != .ukendt || $0.hearingSent != nil }, "\(item.id)")
            }
        }
    }

    @Test func integrationAndFlexJobs() {
        for (item, scenario, today) in pairs {
            guard let episode = item.currentEpisode, let start = episode.start else { continue }
            if scenario.group.isSelvforsoergelse, episode.inIntegrationProgramme, let arrival = episode.arrivalDate, onTrack(scenario),
               arrival.adding(months: 1) <= today {
                #expect(item.offers.contains { $0.type.isEmployerBased && $0.start <= arrival.adding(months: 1) }, "\(item.id)")
                #expect(item.offers.contains { $0.type == .danskundervisning && $0.start <= arrival.adding(months: 1) }, "\(item.id)")
            }
            if scenario.group == .fleksjob {
                let job = item.flexJobs.first { $0.end == nil }
                #expect(job != nil)
                if onTrack(scenario), let job, job.start.adding(days: 28) <= today {
                    let assessment = job.assessment
                    #expect(assessment?.writtenDecision == true && assessment?.complaintGuidance == true, "\(item.id)")
                    #expect((assessment?.date ?? today) <= job.start.adding(days: 28))
                    #expect(!item.rehabilitationRecommendations.isEmpty)
                    #expect(item.rehabilitationRecommendations.allSatisfy { !$0.accommodations.isEmpty })
                }
                if scenario.upcoming == .workCapacityAssessment {
                    #expect(job?.assessment == nil && (2...6).contains(today.days(until: start.adding(days: 28))))
                }
            }
        }
    }
}
