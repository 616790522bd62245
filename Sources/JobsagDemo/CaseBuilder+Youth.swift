import JobsagCore

extension CaseBuilder {
    /// Uddannelseshjælp: the uddannelsespålæg with its three steps and their follow-up, the
    /// reading/writing/maths test, and the start of an education.
    mutating func makeYouthEntries() {
        guard group.isUddannelseshjaelp else { return }
        let held = slots.indices.filter { slots[$0].isCurrentEpisode && slots[$0].isHeld }
        if let firstIndex = held.first {
            let first = slots[firstIndex].date
            var given: CalendarDate? = first
            if has(.injunctionLate) {
                given = random.chance(0.3) ? nil : min(today, first.adding(days: random.int(in: 14...40)))
            }
            if let given { injunctions.append(injunction(given: given)) }
            // Every later conversation follows the pålæg up (marked when the texts are written),
            // except one or two when the scenario says so.
            if has(.injunctionNotFollowedUp) {
                var later = Array(held.dropFirst())
                random.shuffle(&later)
                for index in later.prefix(random.int(in: 1...2)) { injunctionNotFollowedUp.insert(slots[index].id) }
            }
        }
        makeLiteracyTest()
    }

    private mutating func injunction(given: CalendarDate) -> EducationInjunction {
        let stretch = group == .uhAktivitetsparat ? 2 : 1
        let forceStart = has(.educationStartNotFollowedUp) || has(.dropoutReportUnanswered)
        var steps: [EducationInjunction.Step] = []
        var previousDone: CalendarDate? = given
        var previousDeadline = given
        for number in 1...3 {
            let base = previousDone ?? previousDeadline
            let deadline = base.adding(days: random.int(in: 30...75) * stretch)
            var step = EducationInjunction.Step(number: number, deadline: deadline)
            let doneAfter = forceStart && number < 3 ? random.int(in: 10...30) : random.int(in: 10...60) * stretch
            if number < 3, let done = previousDone.map({ $0.adding(days: doneAfter) }), done <= today.adding(days: -7) {
                step.completed = done
                step.deadline = max(deadline, done)
                previousDone = done
            } else if previousDone != nil {
                // The current step: its deadline lies ahead (moved once, with a reason, if it had passed).
                previousDone = nil
                if has(.injunctionDeadlineMovedTwice) {
                    var moving = min(step.deadline, today.adding(days: -random.int(in: 60...120)))
                    step.deadline = moving
                    let moves = random.int(in: 2...3)
                    for move in 0..<moves {
                        let changedOn = min(today, moving.adding(days: random.int(in: -5...3)))
                        let next = move == moves - 1 ? today.adding(days: random.int(in: 20...90)) : moving.adding(days: random.int(in: 30...45))
                        step.deadlineChanges.append(EducationInjunction.DeadlineChange(
                            changedOn: changedOn, previousDeadline: moving, newDeadline: next,
                            reason: move == 1 ? "" : text(.deadlineChangeReason)))
                        moving = next
                    }
                    step.deadline = moving
                } else if step.deadline < today.adding(days: 10) {
                    let next = today.adding(days: random.int(in: 20...90))
                    step.deadlineChanges.append(EducationInjunction.DeadlineChange(
                        changedOn: day(max(step.deadline.adding(days: -10), given), today), previousDeadline: step.deadline,
                        newDeadline: next, reason: text(.deadlineChangeReason)))
                    step.deadline = next
                }
            } else {
                step.deadline = max(step.deadline, previousDeadline.adding(days: random.int(in: 30...90)))
            }
            previousDeadline = step.deadline
            steps.append(step)
        }
        var result = EducationInjunction(id: ids.next(), given: given, steps: steps)
        if steps.first?.completed != nil { result.education = person.education.title }

        // The education has started (step 3 under way).
        let secondDone = steps.count > 1 ? steps[1].completed : nil
        if let secondDone, forceStart || (group != .uhAktivitetsparat && random.chance(0.25)) {
            var startDate = secondDone.adding(days: random.int(in: 10...60))
            if has(.dropoutReportUnanswered) {
                startDate = max(secondDone, RuleDates.dropout2022, today.adding(days: -random.int(in: 60...150)))
            }
            startDate = min(startDate, today.adding(days: -3))
            var start = EducationInjunction.EducationStart(
                date: startDate, institution: person.education.institution,
                dutyAssessed: day(startDate.adding(days: -5), startDate),
                institutionNotified: day(startDate, startDate.adding(days: 5)))
            if has(.educationStartNotFollowedUp) {
                if random.chance(0.5) { start.institutionNotified = nil } else { start.dutyAssessed = nil }
            }
            result.educationStart = start
            if has(.dropoutReportUnanswered) {
                let latest = today.adding(days: -10)
                let reportDate = day(min(latest, startDate.adding(days: 10)), latest)
                result.dropoutReports.append(EducationInjunction.DropoutReport(id: ids.next(), date: reportDate))
            } else if startDate >= RuleDates.dropout2022, startDate.adding(days: 20) <= today.adding(days: -8), random.chance(0.3) {
                let reportDate = day(startDate.adding(days: 20), min(today.adding(days: -8), startDate.adding(days: 150)))
                if reportDate > startDate {
                    result.dropoutReports.append(EducationInjunction.DropoutReport(
                        id: ids.next(), date: reportDate, reacted: day(reportDate.adding(days: 1), reportDate.adding(days: 5)),
                        reaction: text(.dropoutReaction)))
                }
            }
        }
        return result
    }

    private mutating func makeLiteracyTest() {
        let anchor = current.anchor
        if scenario.upcoming == .literacyTest || has(.literacyTestMissing) {
            person.hasYouthEducation = false
            return
        }
        if person.hasYouthEducation && !has(.literacyCourseMissing) {
            if random.chance(0.5) {
                literacyTests.append(LiteracyTest(
                    id: ids.next(), date: nil, exemptionReason: text(.literacyExemptionEducation),
                    recorded: day(anchor, anchor.adding(days: 10))))
            }
            return
        }
        if !has(.literacyCourseMissing), random.chance(0.15) {
            let old = anchor.adding(days: -random.int(in: 60...600))
            let need = random.chance(0.35)
            literacyTests.append(LiteracyTest(
                id: ids.next(), date: old, result: need ? .behov : .intetBehov,
                courseOffered: need ? old.adding(days: random.int(in: 3...14)) : nil, recorded: day(anchor, anchor.adding(days: 10))))
            return
        }
        if !has(.literacyCourseMissing), random.chance(0.04) {
            literacyTests.append(LiteracyTest(
                id: ids.next(), date: nil, exemptionReason: text(.literacyExemptionIllness),
                recorded: day(anchor, anchor.adding(days: 14))))
            return
        }
        var testDate = anchor.adding(days: random.int(in: 3...20))
        if has(.literacyCourseMissing) { testDate = min(testDate, today.adding(days: -14)) }
        guard testDate <= today else { return }
        let need = has(.literacyCourseMissing) || random.chance(0.35)
        var courseOffered: CalendarDate?
        if need, !has(.literacyCourseMissing) {
            courseOffered = min(today, testDate.adding(days: random.int(in: 1...10)))
        }
        literacyTests.append(LiteracyTest(
            id: ids.next(), date: testDate, result: need ? .behov : .intetBehov, courseOffered: courseOffered, recorded: testDate))
        if let courseOffered {
            let start = courseOffered.adding(days: random.int(in: 7...21))
            if start <= today {
                offers.append(finish(OfferDraft(type: .lsrKursus, start: start, end: start.adding(days: random.int(in: 42...120)))))
            }
        }
    }
}
