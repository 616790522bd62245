import JobsagCore

/// An offer as planned, before its texts and follow-ups are written.
struct OfferDraft: Sendable {
    var type: Offer.OfferType
    var start: CalendarDate
    var end: CalendarDate
    var rightAndDuty = false
    var inCurrentEpisode = true
    var withoutEvaluation = false
    var withoutPurpose = false
    var withoutGoal = false
    var withoutInternshipPurpose = false
}

extension CaseBuilder {
    /// Offer types that count as an active offer for TB.AKTIV12 from 2023-03-22.
    static let activeOfferTypes: Set<Offer.OfferType> = [.virksomhedspraktik, .loentilskud, .nytteindsats, .ordinaerUddannelse]

    mutating func makeOffers() {
        var drafts: [OfferDraft] = []
        if let previous, GroupSets.withOffers.contains(previous.group), let end = previous.end {
            let previousTraits = GroupTraits.of(previous.group)
            var earlier = chain(from: previous.start.adding(days: random.int(in: 30...90)), until: end.adding(days: -30),
                                gap: previousTraits.offerGap, types: previousTraits.offerTypes)
            for index in earlier.indices {
                earlier[index].inCurrentEpisode = false
                earlier[index].end = min(earlier[index].end, end)
            }
            drafts += earlier
        }
        drafts += currentOffers()
        drafts = drafts.filter { $0.start <= today && $0.start <= $0.end }
        adjustForScenario(&drafts)
        drafts.sort { $0.start < $1.start }
        for draft in drafts { offers.append(finish(draft)) }
    }

    private mutating func currentOffers() -> [OfferDraft] {
        let start = current.start
        let age = start.days(until: today)
        var drafts: [OfferDraft] = []
        switch group {
        case .fleksjob:
            return []
        case .sygedagpenge:
            if age > 70, random.chance(0.2) {
                let offerStart = day(start.adding(days: 40), today.adding(days: -7))
                let type: Offer.OfferType = random.chance(0.5) ? .virksomhedspraktik : .vejledningOgOpkvalificering
                drafts.append(OfferDraft(type: type, start: offerStart, end: offerStart.adding(days: duration(type))))
            }
            return drafts
        case .dagpenge, .khJobparat, .khAktivitetsparat:
            var chainStart: CalendarDate
            if scenario.upcoming == .rightAndDutyOffer {
                return []
            } else if has(.rightAndDutyOfferMissing) {
                chainStart = start.adding(days: random.int(in: 200...260))
            } else {
                var rpStart = start.adding(days: random.int(in: 45...140))
                var type: Offer.OfferType
                if has(.guidanceOfferAsRightAndDuty) {
                    rpStart = max(rpStart, RuleDates.changes2023.adding(days: random.int(in: 0...20)))
                    rpStart = min(rpStart, start.adding(months: 5))
                    type = .vejledningOgOpkvalificering
                } else if rpStart >= RuleDates.changes2023 {
                    type = random.weighted(
                        group == .dagpenge ? [(.virksomhedspraktik, 0.9), (.loentilskud, 0.1)]
                            : [(.virksomhedspraktik, 0.6), (.nytteindsats, 0.38), (.loentilskud, 0.02)],
                        fallback: .virksomhedspraktik)
                } else {
                    type = random.weighted(
                        group == .dagpenge
                            ? [(.vejledningOgOpkvalificering, 0.55), (.virksomhedspraktik, 0.4), (.loentilskud, 0.05)]
                            : [(.vejledningOgOpkvalificering, 0.45), (.virksomhedspraktik, 0.3), (.nytteindsats, 0.23),
                               (.loentilskud, 0.02)],
                        fallback: .virksomhedspraktik)
                }
                var rp = OfferDraft(type: type, start: rpStart, end: rpStart.adding(days: duration(type)))
                rp.rightAndDuty = true
                drafts.append(rp)
                chainStart = rp.end.adding(days: random.int(in: traits.offerGap))
            }
            drafts += chain(from: chainStart, until: today, gap: traits.offerGap, types: traits.offerTypes)
        case .uhAabenlyst, .uhUddannelsesparat, .uhAktivitetsparat:
            drafts += chain(from: current.anchor.adding(days: random.int(in: 7...28)), until: today,
                            gap: traits.offerGap, types: traits.offerTypes)
        case .shJobparat, .shAktivitetsparat, .shUddannelsesparat:
            drafts += integrationOffers()
        default:
            drafts += chain(from: start.adding(days: random.int(in: 20...90)), until: today,
                            gap: traits.offerGap, types: traits.offerTypes)
        }
        if random.chance(traits.mentorShare), age > 60 {
            let mentorStart = day(start.adding(days: 30), today.adding(days: -14))
            drafts.append(OfferDraft(type: .mentor, start: mentorStart, end: mentorStart.adding(days: random.int(in: 90...365))))
        }
        return drafts
    }

    /// Danish teaching and an employer-based offer within the first month after arrival, then
    /// offers at most six weeks apart (sh-jobparat).
    private mutating func integrationOffers() -> [OfferDraft] {
        guard current.inProgramme else {
            return chain(from: current.start.adding(days: random.int(in: 20...90)), until: today,
                         gap: traits.offerGap, types: traits.offerTypes)
        }
        let arrival = current.arrival ?? current.start
        var drafts: [OfferDraft] = []
        if scenario.upcoming == .integrationStart { return [] }
        let danishStart = arrival.adding(days: has(.danishTeachingLate) ? random.int(in: 40...80) : random.int(in: 5...20))
        drafts.append(OfferDraft(type: .danskundervisning, start: max(danishStart, current.start),
                                 end: danishStart.adding(days: random.int(in: 700...1100))))
        let firstStart = arrival.adding(days: has(.integrationFirstOfferLate) ? random.int(in: 45...100) : random.int(in: 7...25))
        var first = OfferDraft(type: .virksomhedspraktik, start: max(firstStart, current.start), end: firstStart)
        first.end = first.start.adding(days: duration(.virksomhedspraktik))
        drafts.append(first)
        var cursor = first.end.adding(days: random.int(in: traits.offerGap))
        var stop = today
        var gapAt: CalendarDate?
        if has(.integrationOfferGap) { gapAt = today.adding(days: -random.int(in: 180...300)) }
        if scenario.upcoming == .integrationOfferGap { stop = today.adding(days: -60) }
        while cursor <= stop {
            let type = random.weighted(traits.offerTypes, fallback: .virksomhedspraktik)
            drafts.append(OfferDraft(type: type, start: cursor, end: cursor.adding(days: duration(type))))
            cursor = cursor.adding(days: duration(type) + random.int(in: traits.offerGap))
            if let at = gapAt, cursor >= at {
                cursor = cursor.adding(days: random.int(in: 60...100))
                gapAt = nil
            }
        }
        if scenario.upcoming == .integrationOfferGap,
           let last = drafts.indices.filter({ drafts[$0].type != .danskundervisning }).max(by: { drafts[$0].start < drafts[$1].start }) {
            let end = today.adding(days: -random.int(in: 36...40))
            drafts[last].end = max(end, drafts[last].start.adding(days: 14))
            if drafts[last].end > end { drafts[last].start = end.adding(days: -28); drafts[last].end = end }
        }
        return drafts
    }

    /// Offers one after another from `start` until `stop`.
    private mutating func chain(
        from start: CalendarDate, until stop: CalendarDate, gap: ClosedRange<Int>, types: [(Offer.OfferType, Double)]
    ) -> [OfferDraft] {
        guard !types.isEmpty else { return [] }
        var drafts: [OfferDraft] = []
        var cursor = start
        while cursor <= stop, drafts.count < 200 {
            let type = random.weighted(types, fallback: .vejledningOgOpkvalificering)
            let length = duration(type)
            drafts.append(OfferDraft(type: type, start: cursor, end: cursor.adding(days: length)))
            cursor = cursor.adding(days: length + random.int(in: gap))
        }
        return drafts
    }

    /// How long an offer of `type` runs, in days.
    private mutating func duration(_ type: Offer.OfferType) -> Int {
        switch type {
        case .vejledningOgOpkvalificering: return random.int(in: 14...84)
        case .virksomhedspraktik, .nytteindsats: return random.int(in: 28...91)
        case .loentilskud: return random.int(in: 91...182)
        case .ordinaerUddannelse: return group == .revalidering ? random.int(in: 365...1095) : 42
        case .mentor: return random.int(in: 90...365)
        case .lsrKursus: return random.int(in: 42...120)
        case .danskundervisning: return random.int(in: 700...1100)
        case .andet: return random.int(in: 28...84)
        }
    }

    private mutating func adjustForScenario(_ drafts: inout [OfferDraft]) {
        let yearAgo = today.adding(months: -12)
        let quietYear = has(.noActiveOfferLastYear)
        if quietYear {
            let cutoff = today.adding(months: -13)
            drafts.removeAll { $0.inCurrentEpisode && $0.end >= cutoff }
        }
        if has(.offerNotEvaluated) {
            markEnded(&drafts, endedDaysAgo: quietYear ? 400...480 : 20...90) { $0.withoutEvaluation = true }
        }
        if scenario.upcoming == .offerEvaluation {
            markEnded(&drafts, endedDaysAgo: 8...12, exact: true) { $0.withoutEvaluation = true }
        }
        if !quietYear, GroupSets.withOffers.contains(group), current.start <= yearAgo,
           scenario.upcoming != .integrationOfferGap {
            // On track: an active offer (not only guidance courses) in the last 12 months.
            let recent = drafts.indices.filter { drafts[$0].inCurrentEpisode && drafts[$0].start >= yearAgo && drafts[$0].start <= today }
            if !recent.contains(where: { Self.activeOfferTypes.contains(drafts[$0].type) }) {
                if let latest = recent.filter({ drafts[$0].type == .vejledningOgOpkvalificering })
                    .max(by: { drafts[$0].start < drafts[$1].start }) {
                    drafts[latest].type = .virksomhedspraktik
                } else {
                    let start = today.adding(days: -random.int(in: 30...200))
                    drafts.append(OfferDraft(type: .virksomhedspraktik, start: start, end: start.adding(days: duration(.virksomhedspraktik))))
                }
            }
        }
        if has(.offerPurposeMissing) { markLatest(&drafts, startedBefore: today.adding(days: -14)) { $0.withoutPurpose = true } }
        if has(.offerWithoutGoal) { markLatest(&drafts, startedBefore: today.adding(days: -14)) { $0.withoutGoal = true } }
        if has(.internshipPurposeMissing) {
            if let index = drafts.lastIndex(where: { $0.inCurrentEpisode && $0.type == .virksomhedspraktik }) {
                drafts[index].withoutInternshipPurpose = true
            } else {
                let start = today.adding(days: -random.int(in: 30...100))
                var draft = OfferDraft(type: .virksomhedspraktik, start: start, end: start.adding(days: 56))
                draft.withoutInternshipPurpose = true
                drafts.append(draft)
            }
        }
    }

    /// Marks an offer of the current episode that ended `endedDaysAgo` days ago, making one if
    /// there is none (with `exact`, the latest ended offer is moved to end then).
    private mutating func markEnded(
        _ drafts: inout [OfferDraft], endedDaysAgo range: ClosedRange<Int>, exact: Bool = false, _ change: (inout OfferDraft) -> Void
    ) {
        let earliest = today.adding(days: -range.upperBound)
        let latest = today.adding(days: -range.lowerBound)
        if !exact, let index = drafts.lastIndex(where: { $0.inCurrentEpisode && $0.end >= earliest && $0.end <= latest }) {
            change(&drafts[index])
            return
        }
        let end = today.adding(days: -random.int(in: range))
        var draft = OfferDraft(type: random.chance(0.6) ? .vejledningOgOpkvalificering : .virksomhedspraktik,
                               start: max(current.start, end.adding(days: -random.int(in: 21...60))), end: end)
        change(&draft)
        drafts.append(draft)
    }

    /// Marks the latest offer of the current episode started by `startedBefore`, making one
    /// (a guidance course a month or two ago) if there is none.
    private mutating func markLatest(_ drafts: inout [OfferDraft], startedBefore: CalendarDate, _ change: (inout OfferDraft) -> Void) {
        if let index = drafts.lastIndex(where: { $0.inCurrentEpisode && $0.start <= startedBefore && !$0.rightAndDuty }) {
            change(&drafts[index])
        } else {
            let start = max(current.start, today.adding(days: -random.int(in: 30...80)))
            var draft = OfferDraft(type: .vejledningOgOpkvalificering, start: start, end: start.adding(days: duration(.vejledningOgOpkvalificering)))
            change(&draft)
            drafts.append(draft)
        }
    }

    mutating func finish(_ draft: OfferDraft) -> Offer {
        let id = ids.next()
        let sector = vocabulary.sectors.indices.contains(person.sectorIndex) ? vocabulary.sectors[person.sectorIndex] : nil
        let youth = group.isUddannelseshjaelp && draft.inCurrentEpisode
        let activityReady = GroupSets.activityReady.contains(group) || traits.textClass == .rehabilitation
            || traits.textClass == .sickness
        var local = values
        var provider: String
        let assessmentKey: TextKey
        var purposeKey: TextKey
        var hours: Double
        var internshipPurpose: Int?
        switch draft.type {
        case .virksomhedspraktik:
            provider = random.chance(0.7) ? person.employer : (sector?.employers.pick(&random) ?? person.employer)
            if youth {
                assessmentKey = .offerAssessmentYouthInternship
                if draft.withoutInternshipPurpose {
                    purposeKey = .offerPurposeInternship
                } else {
                    let number = random.weighted([(1, 0.2), (2, 0.35), (3, 0.45)], fallback: 3)
                    internshipPurpose = number
                    purposeKey = [.offerPurposeYouthInternshipHours, .offerPurposeYouthInternshipSkills,
                                  .offerPurposeYouthInternshipClarify][number - 1]
                }
            } else {
                (assessmentKey, purposeKey) = (.offerAssessmentInternship, .offerPurposeInternship)
            }
            hours = Double(activityReady ? random.int(in: 6...20) : random.int(in: 15...37))
        case .loentilskud:
            provider = sector?.employers.pick(&random) ?? person.employer
            (assessmentKey, purposeKey) = (.offerAssessmentWageSubsidy, .offerPurposeWageSubsidy)
            hours = Double(activityReady ? random.int(in: 15...30) : 37)
        case .nytteindsats:
            provider = vocabulary.utilityProviders.pick(&random)
            (assessmentKey, purposeKey) = (.offerAssessmentUtility, .offerPurposeUtility)
            hours = Double(random.int(in: 10...20))
        case .mentor:
            provider = vocabulary.mentorProviders.pick(&random)
            (assessmentKey, purposeKey) = (.offerAssessmentMentor, .offerPurposeMentor)
            hours = Double(random.int(in: 1...4))
        case .lsrKursus:
            provider = vocabulary.literacyProviders.pick(&random)
            (assessmentKey, purposeKey) = (.offerAssessmentLiteracy, .offerPurposeLiteracy)
            hours = Double(random.int(in: 4...8))
        case .danskundervisning:
            provider = vocabulary.danishProviders.pick(&random)
            (assessmentKey, purposeKey) = (.offerAssessmentDanish, .offerPurposeDanish)
            hours = Double(random.int(in: 10...15))
        case .ordinaerUddannelse:
            provider = person.education.institution
            (assessmentKey, purposeKey) = (.offerAssessmentEducation, .offerPurposeEducation)
            hours = Double(random.int(in: 30...37))
        case .vejledningOgOpkvalificering, .andet:
            let draw = random.unit()
            let course: String
            if youth {
                course = (draw < 0.6 ? vocabulary.clarificationCourses : vocabulary.certificateCourses).pick(&random)
                (assessmentKey, purposeKey) = (.offerAssessmentYouthGuidance, .offerPurposeYouthGuidance)
            } else if activityReady ? draw < 0.75 : draw < 0.1 {
                course = vocabulary.clarificationCourses.pick(&random)
                (assessmentKey, purposeKey) = (.offerAssessmentClarification, .offerPurposeClarification)
            } else if activityReady ? draw < 0.9 : draw < 0.55 {
                course = vocabulary.jobSearchCourses.pick(&random)
                (assessmentKey, purposeKey) = (.offerAssessmentJobSearch, .offerPurposeJobSearch)
            } else {
                course = vocabulary.certificateCourses.pick(&random)
                (assessmentKey, purposeKey) = (.offerAssessmentCertificate, .offerPurposeCertificate)
            }
            let name = vocabulary.guidanceProviders.pick(&random)
            local.udbyder = name
            provider = name + " – " + course
            hours = Double(random.int(in: 8...30))
        }
        let atWorkplace = draft.type.isEmployerBased || draft.type == .nytteindsats
        if atWorkplace { local.virksomhed = provider } else if draft.type != .vejledningOgOpkvalificering { local.udbyder = provider }

        let assessment = draft.withoutPurpose && random.chance(0.5) ? "" : vocabulary.text(assessmentKey).pick(&random).render(local)
        let purpose = draft.withoutPurpose ? "" : vocabulary.text(purposeKey).pick(&random).render(local)
        let goal = draft.withoutGoal ? nil : goalID(for: draft.start, type: draft.type)

        // Interrupted now and then.
        var interruption: Offer.Interruption?
        let lastActive = min(draft.end, today)
        let span = draft.start.days(until: lastActive)
        if span >= 21, !draft.withoutEvaluation, random.chance(0.05) {
            interruption = Offer.Interruption(date: draft.start.adding(days: random.int(in: 14...span)),
                                              reason: vocabulary.text(.interruptionReason).pick(&random).render(local))
        }
        let effectiveEnd = interruption?.date ?? draft.end

        var followUps: [Offer.FollowUp] = []
        let activeDays = draft.start.days(until: min(effectiveEnd, today))
        if activeDays >= 14 {
            let first = draft.start.adding(days: random.int(in: 7...min(30, activeDays - 1)))
            followUps.append(followUp(on: first, atWorkplace: atWorkplace, values: local))
            if activeDays >= 70, random.chance(0.7) {
                followUps.append(followUp(on: draft.start.adding(days: random.int(in: 40...(activeDays - 1))),
                                          atWorkplace: atWorkplace, values: local))
            }
        }
        var evaluation: Offer.Evaluation?
        if !draft.withoutEvaluation, effectiveEnd < today {
            let date = effectiveEnd.adding(days: random.int(in: 0...6))
            if date <= today {
                let key: TextKey = atWorkplace ? .evaluationPlacement : .evaluationCourse
                evaluation = Offer.Evaluation(date: date, result: vocabulary.text(key).pick(&random).render(local))
            }
        }
        if hours <= 0 { hours = 10 }
        return Offer(
            id: id, type: draft.type, rightAndDuty: draft.rightAndDuty, start: draft.start, end: draft.end, provider: provider,
            hoursPerWeek: hours, assessment: assessment, purpose: purpose, goalID: goal, internshipPurpose: internshipPurpose,
            followUps: followUps.sorted { $0.date < $1.date }, evaluation: evaluation, interruption: interruption)
    }

    private mutating func followUp(on date: CalendarDate, atWorkplace: Bool, values local: SlotValues) -> Offer.FollowUp {
        Offer.FollowUp(
            id: ids.next(), date: date, companyInvolved: random.chance(atWorkplace ? 0.9 : 0.6),
            note: vocabulary.text(atWorkplace ? .followUpPlacement : .followUpCourse).pick(&random).render(local))
    }
}
