import JobsagCore

extension CaseBuilder {
    /// The rehabilitation team's recommendation and the flex jobs with their work-capacity
    /// assessments.
    mutating func makeRehabilitationAndFlexJobs() {
        switch group {
        case .fleksjob:
            let earliest = previous?.start ?? current.start
            if has(.rehabRecommendationIncomplete) {
                if random.chance(0.6) { addRecommendation(before: earliest, flex: true, withoutAccommodations: true) }
            } else {
                addRecommendation(before: earliest, flex: true)
            }
            if let plan = flexPlan {
                var assessment: FlexJob.WorkCapacityAssessment? = workCapacity(start: current.start, hours: plan.hours,
                                                                              intensity: plan.intensity)
                if scenario.upcoming == .workCapacityAssessment {
                    assessment = nil
                } else if has(.workCapacityNotAssessed) {
                    if random.chance(0.6) { assessment = nil } else { assessment?.complaintGuidance = false }
                } else if has(.flexHoursWithoutReason) {
                    assessment?.hoursPerWeek = plan.hours + Double(random.int(in: 2...5))
                    assessment?.hoursDifferenceReason = ""
                } else if random.chance(0.15) {
                    assessment?.hoursPerWeek = plan.hours + Double(random.int(in: 2...4))
                    assessment?.hoursDifferenceReason = text(.flexHoursReason)
                }
                flexJobs.append(FlexJob(
                    id: ids.next(), employer: plan.employer, start: current.start, hoursPerWeek: plan.hours,
                    effectiveHoursPerWeek: plan.effectiveHours, assessment: assessment,
                    progressionGoals: plan.isLowHours && !has(.flexProgressionMissing) ? currentProgressionGoals(hours: plan.hours) : nil))
            }
            if random.chance(0.15) {
                let previousStart = previous?.start ?? current.start
                let end = previousStart.adding(days: -random.int(in: 30...300))
                addEndedFlexJob(start: end.adding(days: -random.int(in: 365...1500)), end: end)
            }
        case .ledighedsydelse:
            let earliest = previous?.start ?? current.start
            addRecommendation(before: earliest, flex: true)
            if let previous, previous.group == .fleksjob, let end = previous.end {
                addEndedFlexJob(start: previous.start, end: end)
            }
        case .ressourceforloeb, .jobafklaring:
            addRecommendation(before: current.start, flex: false)
        default:
            break
        }
    }

    private mutating func addRecommendation(before date: CalendarDate, flex: Bool, withoutAccommodations: Bool = false) {
        recommendations.append(RehabilitationRecommendation(
            id: ids.next(), date: min(today, date.adding(days: -random.int(in: 10...90))),
            employmentGoal: text(flex ? .rehabGoalFlex : .rehabGoalResource), jobKinds: text(.rehabJobKinds),
            accommodations: withoutAccommodations ? "" : text(.rehabAccommodations)))
    }

    /// The progression goals of the current job under 10 effective hours (FJ.PROGRESSION): the
    /// progression subgoal of Min Plan, as agreed in the flex job agreement.
    private func currentProgressionGoals(hours: Double) -> String {
        let subgoal = goals.last { $0.status == .aktiv }?.subgoals.first { $0.kind == .faglig }
        return subgoal?.title ?? progressionGoals(hours: hours)
    }

    /// Progression goals written from the hours alone (no random draw, so the rest of the case
    /// stays as the seed makes it).
    private func progressionGoals(hours: Double) -> String {
        "Flere timer og opgaver over tid end de \(hours.formattedHours) timer om ugen ved start."
    }

    private mutating func workCapacity(start: CalendarDate, hours: Double, intensity: Int) -> FlexJob.WorkCapacityAssessment {
        FlexJob.WorkCapacityAssessment(
            date: day(start, start.adding(days: 18)), hoursPerWeek: hours, intensityPercent: intensity,
            writtenDecision: true, complaintGuidance: true)
    }

    private mutating func addEndedFlexJob(start: CalendarDate, end: CalendarDate) {
        let hours = Double(random.int(in: 8...25))
        let intensity = 30 + 5 * random.int(in: 0...10)
        let employer = vocabulary.sectors.indices.contains(person.sectorIndex)
            ? vocabulary.sectors[person.sectorIndex].employers.pick(&random) : person.employer
        let job = FlexPlan(employer: employer, hours: hours, intensity: intensity)
        flexJobs.append(FlexJob(
            id: ids.next(), employer: employer, start: start, end: end, hoursPerWeek: hours, effectiveHoursPerWeek: job.effectiveHours,
            assessment: workCapacity(start: start, hours: hours, intensity: intensity),
            progressionGoals: job.isLowHours ? progressionGoals(hours: hours) : nil))
    }

    /// The caseworker's own reminders: some due today, some overdue, some done, some ahead.
    mutating func makeReminders() {
        guard random.chance(profile.reminderShare) else { return }
        for _ in 0..<random.int(in: 1...3) {
            let draw = random.unit()
            var due: CalendarDate
            var done: CalendarDate?
            if draw < 0.15 {
                due = today
            } else if draw < 0.35 {
                due = today.adding(days: -random.int(in: 1...20))
            } else if draw < 0.7 {
                due = today.adding(days: -random.int(in: 1...90))
                done = min(today, due.adding(days: random.int(in: -3...3)))
            } else {
                due = today.adding(days: random.int(in: 1...45))
            }
            due = max(due, current.start)
            reminders.append(Reminder(id: ids.next(), due: due, text: text(.reminderText), done: done, createdBy: caseworker.initials))
        }
    }
}
