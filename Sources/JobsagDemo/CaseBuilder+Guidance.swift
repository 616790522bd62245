import JobsagCore

extension CaseBuilder {
    /// Guidance on rights and duties (at the first jobsamtale and every six months), on the
    /// 225-hour rule, and the offer of a coordinating caseworker.
    mutating func makeGuidance() {
        if group == .ressourceforloeb || group == .jobafklaring { coordinatingCaseworker = caseworker.initials }
        guard GroupSets.socialAssistance.contains(group) else { return }
        var held = slots.indices.filter { slots[$0].isCurrentEpisode && slots[$0].isHeld && slots[$0].form != .skriftlig }
        guard let firstIndex = held.first else { return }
        let first = slots[firstIndex].date

        var channels: [Guidance.Channel] = [.mundtlig, .skriftligUdleveret, .eBoks]
        if has(.rightsGuidanceIncomplete) { channels.remove(at: random.chance(0.5) ? 1 : 2) }
        addRightsGuidance(at: firstIndex, channels: channels, first: true)

        var stopAt = today.adding(days: 1)
        var repeatAt: CalendarDate?
        if has(.rightsGuidanceNotRepeated) {
            stopAt = today.adding(months: -7).adding(days: -random.int(in: 0...60))
        } else if scenario.upcoming == .rightsGuidanceRepeat {
            let target = dateWithDeadline(months: 6)
            repeatAt = target
            stopAt = target.adding(days: -60)
            if !held.contains(where: { slots[$0].date == target }), target > first {
                held.append(addSlot(target, .jobsamtale, role: .regular, plan: current))
            }
        }
        var last = first
        for index in held.dropFirst() {
            let date = slots[index].date
            if date == repeatAt {
                addRightsGuidance(at: index, channels: [.mundtlig, .eBoks])
                last = date
                continue
            }
            guard date <= stopAt else { continue }
            if date >= last.adding(months: 3) {
                addRightsGuidance(at: index, channels: [.mundtlig, .eBoks])
                last = date
            }
        }
        if scenario.gaps.allSatisfy({ $0 != .rightsGuidanceNotRepeated }), repeatAt == nil,
           last.adding(months: 6) <= today.adding(days: 14) {
            // On track: repeat it at a recent conversation, or send it.
            if let recent = held.last(where: { slots[$0].date >= today.adding(days: -60) && slots[$0].date > last }) {
                addRightsGuidance(at: recent, channels: [.mundtlig, .eBoks])
            } else {
                guidance.append(Guidance(
                    id: ids.next(), date: today.adding(days: -random.int(in: 3...40)), kind: .rettigheder35_1,
                    channels: [.eBoks], note: text(.guidanceRightsRepeatNote)))
            }
        }

        if !has(.rule225GuidanceMissing) {
            guidance.append(Guidance(
                id: ids.next(), date: first, kind: .timer225, channels: [.mundtlig, .skriftligUdleveret],
                note: text(.guidance225Note)))
        }

        if let since = activityReadySince, !has(.coordinatorNotOffered), !has(.youthCoordinatorNotOffered),
           scenario.upcoming != .coordinator, scenario.upcoming != .youthCoordinator {
            let accepted = random.chance(0.75)
            guidance.append(Guidance(
                id: ids.next(), date: day(since, since.adding(days: 3)), kind: .koordinerendeTilbudt,
                channels: [.mundtlig, .skriftligUdleveret], answer: accepted ? .accepteret : .afslaaet,
                note: text(.guidanceCoordinatorNote)))
            if accepted { coordinatingCaseworker = caseworker.initials }
        }
    }

    private mutating func addRightsGuidance(at index: Int, channels: [Guidance.Channel], first: Bool = false) {
        slots[index].rightsGuidance = true
        guidance.append(Guidance(
            id: ids.next(), date: slots[index].date, kind: .rettigheder35_1, channels: channels,
            note: text(first ? .guidanceRightsNote : .guidanceRightsRepeatNote)))
    }

    // MARK: Exemptions

    /// 225-hour exemptions in three-month periods for the activity-ready, and CV exemptions.
    mutating func makeExemptions() {
        guard GroupSets.activityReady.contains(group) else { return }
        let ttScenario = scenario.gaps.contains { $0.ruleID == "TT.UNDTAG" } || scenario.upcoming == .exemption225Reassessment
        if ttScenario || random.chance(0.6) {
            make225Exemptions()
        }
        if !has(.cvMissing), person.barriers.contains(.sproglige) ? random.chance(0.5) : random.chance(0.1) {
            exemptions.append(Exemption(
                id: ids.next(), scope: "PL.CV", reason: text(.exemptionCVReason),
                from: day(current.start, current.start.adding(days: 30)), decidedBy: caseworker.initials))
        }
    }

    private mutating func make225Exemptions() {
        var from = max(activityReadySince ?? current.start, today.adding(years: -2), current.start)
        if has(.exemption225RenewedWithoutAssessment) { from = max(current.start, min(from, today.adding(months: -11))) }
        var end = today.adding(days: random.int(in: 10...40))
        if has(.exemption225Expired) {
            end = today.adding(days: -random.int(in: 5...60))
        } else if scenario.upcoming == .exemption225Reassessment {
            end = today.adding(days: random.int(in: 1...5))
        }
        guard from < end.adding(days: -30) else {
            from = end.adding(days: -random.int(in: 60...90))
            return add225(from: max(from, current.start), to: end, renewal: 0)
        }
        var periods: [(CalendarDate, CalendarDate)] = []
        while true {
            let to = from.adding(months: 3).adding(days: -1)
            if to >= end.adding(days: -20) || to >= today {
                periods.append((from, end))
                break
            }
            periods.append((from, to))
            from = to.adding(days: 1)
        }
        for (number, period) in periods.enumerated() {
            add225(from: period.0, to: period.1, renewal: periods.count - 1 - number)
        }
    }

    /// One 225-hour exemption; `renewal` counts back from the newest (0).
    private mutating func add225(from: CalendarDate, to: CalendarDate, renewal: Int) {
        var reason = text(.exemption225Reason)
        var newAssessment = true
        if has(.exemption225StandardReason), renewal == 0 { reason = text(.exemption225StandardReason) }
        if has(.exemption225RenewedWithoutAssessment), renewal < 3 {
            newAssessment = false
            if let earlier = exemptions.last(where: { $0.scope == Exemption.Scope.rule225 }) { reason = earlier.reason }
        }
        exemptions.append(Exemption(
            id: ids.next(), scope: Exemption.Scope.rule225, reason: reason, from: from, to: to,
            decidedBy: caseworker.initials, newAssessment: newAssessment))
    }

    // MARK: CV and paid hours

    mutating func makeCV() {
        guard GroupSets.withCV.contains(group), !has(.cvMissing) else { return }
        if exemptions.contains(where: { $0.scope == "PL.CV" }), random.chance(0.7) { return }
        let anchor = previous.map { GroupSets.withCV.contains($0.group) ? $0.start : current.anchor } ?? current.anchor
        let registered = min(today, anchor.adding(days: random.int(in: 0...3)))
        let visible: CalendarDate?
        if group == .uhAabenlyst || !GroupSets.activityReady.contains(group) {
            visible = min(today, registered.adding(days: random.int(in: 0...12)))
        } else {
            visible = random.chance(0.5) ? registered : nil
        }
        cv = JobnetCV(registered: registered, visibleToEmployers: visible)
    }

    mutating func makeOrdinaryHours() {
        guard GroupSets.socialAssistance.contains(group) || group == .ledighedsydelse, !has(.noActiveOfferLastYear),
              random.chance(profile.ordinaryHoursShare)
        else { return }
        for back in 1...random.int(in: 2...8) {
            let month = today.firstOfMonth.adding(months: -back)
            guard month >= current.start.firstOfMonth else { break }
            ordinaryHours.append(OrdinaryHours(id: ids.next(), month: month, hours: Double(random.int(in: 16...160)) / 2))
        }
    }
}
