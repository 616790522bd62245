import JobsagCore

extension CaseBuilder {
    // MARK: Episodes

    mutating func planEpisodes() {
        var plan = EpisodePlan(id: ids.next(), group: group, start: chooseStart(), isCurrent: true)
        if group.isKontanthjaelp || group.isUddannelseshjaelp {
            plan.firstContact = scenario.dataGap == .firstContactMissing ? nil : plan.start
        }
        if group.isSelvforsoergelse {
            let integrationScenario = scenario.gaps.contains { $0.ruleID.hasPrefix("IN.") }
                || [.integrationCategory, .integrationStart, .integrationOfferGap, .coordinator].contains(scenario.upcoming)
                || scenario.dataGap == .arrivalDateMissing
            plan.inProgramme = integrationScenario || random.chance(0.8)
            if plan.inProgramme {
                let fixed = scenario.upcoming == .integrationCategory || scenario.upcoming == .integrationStart
                plan.arrival = fixed ? plan.start : plan.start.adding(days: -random.int(in: 0...3))
                if scenario.dataGap == .arrivalDateMissing { plan.arrival = nil }
            } else {
                plan.arrival = plan.start.adding(days: -random.int(in: (5 * 365 + 30)...(11 * 365)))
            }
        }
        if group == .fleksjob {
            var hours = Double([6, 8, 9, 10, 12, 12, 15, 15, 16, 18, 20, 20, 22, 25, 30][random.int(below: 15)])
            var intensity = 25 + 5 * random.int(in: 0...12)
            if has(.flexProgressionMissing) {
                hours = min(hours, 15)
                intensity = min(intensity, 60)
            }
            flexPlan = FlexPlan(employer: "", hours: hours, intensity: intensity)
        }
        plan.firstConversation = firstConversationDate(plan)
        current = plan
        planPreviousEpisode()
    }

    /// The start of the current episode: fixed by an upcoming deadline, or drawn from the
    /// group's durations inside the window the scenario needs.
    private mutating func chooseStart() -> CalendarDate {
        if let fixed = fixedStartForUpcoming() { return fixed }
        let earliest = today.adding(months: -traits.maxEpisodeMonths)
        var window = DateWindow(earliest, today.adding(days: -10)) ?? DateWindow(day: today.adding(days: -10))
        func narrow(_ other: DateWindow?) {
            if let other, let both = window.intersection(other) { window = both }
        }
        for gap in scenario.gaps { narrow(gap.startWindow(today: today)) }
        if scenario.dataGap != nil { narrow(DateWindow(earliest, today.adding(months: -1))) }
        switch scenario.showcase {
        case .aggravatedSanctionApproved?: narrow(DateWindow(earliest, today.adding(months: -10)))
        case .ordinarySanction?: narrow(DateWindow(earliest, today.adding(months: -4)))
        case .sicknessStandby?: narrow(DateWindow(today.adding(months: -12), today.adding(weeks: -5)))
        case nil: break
        }
        switch scenario.upcoming {
        case .offerEvaluation?: narrow(DateWindow(earliest, today.adding(months: -2)))
        case .rightsGuidanceRepeat?: narrow(DateWindow(earliest, today.adding(months: -7)))
        case .exemption225Reassessment?: narrow(DateWindow(earliest, today.adding(months: -4)))
        case .rollingWindowConversation?: narrow(DateWindow(earliest, today.adding(months: -18)))
        case .integrationOfferGap?: narrow(DateWindow(today.adding(months: -48), today.adding(months: -4)))
        case .youthCoordinator?: narrow(DateWindow(today.adding(days: -80), today.adding(days: -20)))
        case .coordinator?:
            narrow(group == .shAktivitetsparat
                ? DateWindow(today.adding(days: -85), today.adding(days: -20))
                : DateWindow(earliest, today.adding(months: -1)))
        default: break
        }
        if group.isUddannelseshjaelp {
            // Under 30 all through the episode, and 18 at its start: at most 11 years back.
            narrow(DateWindow(today.adding(years: -11), window.latest))
        }

        for _ in 0..<16 {
            let candidate: CalendarDate
            if traits.longRunning, random.chance(profile.pre2020Share),
               let era = DateWindow(CalendarDate(year: group.isUddannelseshjaelp ? 2018 : 2014, month: 1, day: 1) ?? earliest,
                                    RuleDates.reform2020.adding(days: -1))?.intersection(window) {
                candidate = random.date(from: era.earliest, through: era.latest)
            } else if traits.longRunning, random.chance(profile.pre2023Share),
                      let era = DateWindow(RuleDates.reform2020, RuleDates.changes2023.adding(days: -1))?.intersection(window) {
                candidate = random.date(from: era.earliest, through: era.latest)
            } else {
                let bucket = random.weighted(traits.durations, fallback: 30...365)
                candidate = today.adding(days: -random.int(in: bucket))
            }
            if window.contains(candidate) { return candidate }
        }
        return random.date(from: window.earliest, through: window.latest)
    }

    /// The start that puts an upcoming deadline 2-6 days ahead, for the deadlines anchored on
    /// the episode's start, first contact or arrival.
    private mutating func fixedStartForUpcoming() -> CalendarDate? {
        switch scenario.upcoming {
        case .fourthConversation?, .rightAndDutyOffer?: return startForDeadline(months: 6)
        case .firstConversation?: return today.adding(days: -random.int(in: 1...4))
        case .sicknessFollowUp?: return today.adding(days: -random.int(in: 50...53))
        case .jointMeetingMonth16?: return startForDeadline(months: 16)
        case .visitation?, .integrationCategory?: return startForDeadline(months: 3)
        case .literacyTest?, .integrationStart?: return startForDeadline(months: 1)
        case .workCapacityAssessment?: return today.adding(days: -random.int(in: 22...25))
        default: return nil
        }
    }

    /// A day `s` with `s + months` between 2 and 6 days from today.
    private mutating func startForDeadline(months: Int) -> CalendarDate {
        let guess = today.adding(days: random.int(in: 2...5)).adding(months: -months)
        var fitting: [CalendarDate] = []
        for offset in -4...4 {
            let candidate = guess.adding(days: offset)
            if (2...6).contains(today.days(until: candidate.adding(months: months))) { fitting.append(candidate) }
        }
        return fitting.isEmpty ? guess : fitting[random.int(below: fitting.count)]
    }

    /// When the first conversation of a contact-course episode was held, or nil if not yet.
    mutating func firstConversationDate(_ plan: EpisodePlan) -> CalendarDate? {
        guard GroupSets.contactCourse.contains(plan.group) else { return nil }
        if plan.isCurrent, scenario.upcoming == .firstConversation { return nil }
        let anchor = plan.anchor
        let date: CalendarDate
        if plan.group.isKontanthjaelp || plan.group.isUddannelseshjaelp {
            date = plan.isCurrent && has(.firstConversationLate)
                ? anchor.adding(days: random.int(in: 9...25)) : anchor.adding(days: random.int(in: 0...5))
        } else if plan.group.isSelvforsoergelse {
            date = (plan.arrival.map { max($0, plan.start) } ?? plan.start).adding(days: random.int(in: 2...10))
        } else if plan.group == .dagpenge {
            date = plan.start.adding(days: random.int(in: 5...18))
        } else {
            date = plan.start.adding(days: random.int(in: 5...25))
        }
        return date <= plan.lastDay(today: today) ? date : nil
    }

    // MARK: The episode before

    private mutating func planPreviousEpisode() {
        guard scenario.upcoming != .firstConversation else { return }
        for (earlier, chance) in traits.previous where random.chance(chance) {
            let days: ClosedRange<Int>
            switch earlier {
            case .dagpenge: days = 60...700
            case .sygedagpenge: days = group == .jobafklaring ? 154...400 : 30...300
            case .khAktivitetsparat: days = 180...1500
            case .uhAktivitetsparat: days = 180...1200
            case .jobafklaring: days = 180...700
            case .ledighedsydelse: days = 90...700
            case .fleksjob: days = 365...2500
            default: days = 90...500
            }
            let end = current.start.adding(days: -1)
            var plan = EpisodePlan(
                id: ids.next(), group: earlier, start: end.adding(days: -random.int(in: days)), end: end, isCurrent: false)
            if earlier.isKontanthjaelp || earlier.isUddannelseshjaelp { plan.firstContact = plan.start }
            plan.firstConversation = firstConversationDate(plan)
            previous = plan
            return
        }
    }

    // MARK: Visitations

    mutating func planVisitations() {
        if var plan = previous, plan.group.benefit.hasReadinessCategory, let first = plan.firstConversation {
            plan.visitations = [PlannedVisitation(date: first, category: category(of: plan.group))]
            previous = plan
        }
        guard group.benefit.hasReadinessCategory else { return }
        let target = category(of: group)
        var plan = current
        let lastDay = plan.lastDay(today: today)
        var list: [PlannedVisitation] = []
        let first = plan.firstConversation

        switch group.benefit {
        case .kontanthjaelp:
            guard let first else { break }
            let ttScenario = scenario.gaps.contains { $0.ruleID == "TT.UNDTAG" }
            if target == .aktivitetsparat, scenario.upcoming == .coordinator || (!ttScenario && random.chance(0.22)) {
                list.append(PlannedVisitation(date: first, category: .jobparat))
                let switchDate: CalendarDate
                if scenario.upcoming == .coordinator {
                    switchDate = max(first.adding(days: 1), today.adding(days: -random.int(in: 1...4)))
                } else {
                    let latest = lastDay.adding(days: -30)
                    switchDate = latest > first.adding(days: 60) ? day(first.adding(days: 60), latest) : min(first.adding(days: 1), today)
                }
                list.append(PlannedVisitation(date: switchDate, category: .aktivitetsparat))
            } else {
                list.append(PlannedVisitation(date: first, category: target))
            }
        case .uddannelseshjaelp:
            guard let first else { break }
            if scenario.upcoming == .visitation { break }
            var date: CalendarDate
            if scenario.upcoming == .youthCoordinator {
                date = max(first.adding(days: 1), today.adding(days: -random.int(in: 1...4)))
            } else if has(.visitationLate) {
                date = plan.anchor.adding(days: random.int(in: 100...140))
                if date > today { date = today.adding(days: -random.int(in: 1...10)) }
            } else if target == .aabenlystUddannelsesparat, random.chance(0.5) {
                date = first
            } else {
                date = first.adding(days: random.int(in: 14...60))
            }
            date = min(max(date, first), lastDay)
            list.append(PlannedVisitation(
                date: date, category: target, withoutJustification: has(.visitationWithoutJustification)))
        case .selvforsoergelsesydelse:
            guard let first else { break }
            if !plan.inProgramme {
                list.append(PlannedVisitation(date: first, category: target))
                break
            }
            if scenario.upcoming == .integrationCategory { break }
            let arrival = plan.arrival ?? plan.start
            var date: CalendarDate
            if scenario.upcoming == .coordinator {
                date = today.adding(days: -random.int(in: 1...4))
            } else if has(.integrationCategoryLate) {
                date = arrival.adding(days: random.int(in: 95...115))
            } else {
                date = arrival.adding(days: random.int(in: 14...70))
            }
            date = min(max(date, first), lastDay)
            list.append(PlannedVisitation(date: date, category: target))
        default:
            break
        }

        // Long activity-ready episodes are reassessed now and then.
        if target == .aktivitetsparat, let last = list.last, scenario.upcoming != .coordinator,
           scenario.upcoming != .youthCoordinator {
            var date = last.date.adding(days: random.int(in: 500...900))
            let quietYear = has(.fewConversationsLastYear) || scenario.upcoming == .rollingWindowConversation
            while date < lastDay.adding(days: -60), !(quietYear && date > today.adding(months: -13)) {
                list.append(PlannedVisitation(date: date, category: .aktivitetsparat, isReassessment: true))
                date = date.adding(days: random.int(in: 500...900))
            }
        }
        plan.visitations = list
        current = plan
        if target == .aktivitetsparat {
            activityReadySince = list.first(where: { $0.category == .aktivitetsparat })?.date
        }
    }

    func category(of group: TargetGroup) -> ReadinessCategory {
        switch group {
        case .khAktivitetsparat, .uhAktivitetsparat, .shAktivitetsparat: return .aktivitetsparat
        case .uhAabenlyst: return .aabenlystUddannelsesparat
        case .uhUddannelsesparat, .shUddannelsesparat: return .uddannelsesparat
        default: return .jobparat
        }
    }

    mutating func makeVisitations() {
        for plan in [previous, current].compactMap({ $0 }) {
            for planned in plan.visitations {
                let key: TextKey
                if planned.isReassessment {
                    key = .justificationReassessment
                } else {
                    switch (plan.group.benefit, planned.category) {
                    case (.uddannelseshjaelp, .aktivitetsparat): key = .justificationYouthActivity
                    case (_, .aktivitetsparat): key = .justificationAktivitetsparat
                    case (_, .aabenlystUddannelsesparat): key = .justificationAabenlyst
                    case (_, .uddannelsesparat): key = .justificationUddannelsesparat
                    default: key = .justificationJobparat
                    }
                }
                let justification = planned.withoutJustification ? "" : text(key)
                visitations.append(Visitation(
                    id: ids.next(), date: planned.date, category: planned.category, justification: justification,
                    decidedBy: caseworker.initials))
            }
        }
    }
}
