import JobsagCore

extension CaseBuilder {
    /// Min Plan: goals with subgoals, made at the first conversation and kept up to date.
    mutating func makePlan() {
        guard !has(.planMissing) else { return }
        let held = slots.filter { $0.isHeld }
        var fallbackStart: CalendarDate?
        if current.start.days(until: today) >= 14 {
            fallbackStart = group == .fleksjob ? current.start : min(today, current.start.adding(days: random.int(in: 7...14)))
        }
        guard let planStart = held.first?.date ?? fallbackStart else { return }
        let latestConversation = held.last?.date ?? planStart

        // A long case has an earlier goal that was given up when the current one was set.
        var currentCreated = planStart
        if planStart.days(until: today) > 730, random.chance(0.5) {
            let candidates = held.map(\.date).filter {
                $0 > planStart.adding(days: 180) && $0 < today.adding(days: -180)
            }
            if let switchDate = candidates.isEmpty ? nil : candidates[random.int(below: candidates.count)] {
                goals.append(earlierGoal(created: planStart, closed: switchDate))
                currentCreated = switchDate
            }
        }

        var goal = mainGoal(created: currentCreated)
        goal.updated = max(currentCreated, latestConversation)
        goal.deadline = today.adding(days: random.int(in: 60...365))
        goal.subgoals = subgoals(from: currentCreated)
        goals.append(goal)

        if [.dagpenge, .khJobparat, .shJobparat].contains(group), !has(.genericJobGoal), random.chance(0.3),
           vocabulary.sectors.indices.contains(person.sectorIndex) {
            let title = vocabulary.sectors[person.sectorIndex].titles.pick(&random, otherThan: person.jobTitle)
            if title != person.jobTitle {
                goals.append(Goal(
                    id: ids.next(), kind: .job, title: title,
                    description: text(.goalJobDescription) { $0.stilling = title.lowercasingFirstWord() },
                    created: currentCreated, updated: goal.updated, deadline: goal.deadline))
            }
        }
    }

    private mutating func mainGoal(created: CalendarDate) -> Goal {
        let id = ids.next()
        if group.isUddannelseshjaelp && !has(.educationGoalMissing) {
            return Goal(id: id, kind: .uddannelse, title: person.education.title,
                        description: text(.goalEducationDescription), created: created)
        }
        if has(.genericJobGoal) {
            let titles = ["Job", "Arbejde", "Ordinært arbejde", "Job"]
            return Goal(id: id, kind: .job, title: titles[random.int(below: titles.count)],
                        description: text(.goalGenericDescription), created: created)
        }
        switch group {
        case .sygedagpenge:
            return Goal(id: id, kind: .job, title: person.jobTitle, description: text(.goalSickDescription), created: created)
        case .fleksjob, .ledighedsydelse:
            return Goal(id: id, kind: .job, title: person.jobTitle + " (fleksjob)", description: text(.goalFlexDescription),
                        created: created)
        default:
            return Goal(id: id, kind: .job, title: person.jobTitle, description: text(.goalJobDescription), created: created)
        }
    }

    private mutating func earlierGoal(created: CalendarDate, closed: CalendarDate) -> Goal {
        var goal: Goal
        if group.isUddannelseshjaelp && !has(.educationGoalMissing) {
            let education = vocabulary.educations.pick(&random)
            goal = Goal(id: ids.next(), kind: .uddannelse, title: education.title,
                        description: text(.goalEducationDescription) { $0.uddannelse = education.title },
                        status: .opgivet, created: created)
        } else {
            let level = vocabulary.sectors.indices.contains(person.sectorIndex) ? vocabulary.sectors[person.sectorIndex].level : .ufaglaert
            let sameLevel = vocabulary.sectors.filter { $0.level == level }
            let sector = sameLevel.isEmpty ? nil : sameLevel[random.int(below: sameLevel.count)]
            let title = sector?.titles.pick(&random, otherThan: person.jobTitle) ?? person.jobTitle
            let branche = sector?.name ?? values.branche
            goal = Goal(id: ids.next(), kind: .job, title: title,
                        description: text(.goalJobDescription) {
                            $0.stilling = title.lowercasingFirstWord()
                            $0.branche = branche
                        },
                        status: .opgivet, created: created)
        }
        goal.updated = closed
        goal.deadline = min(closed, created.adding(days: random.int(in: 120...365)))
        let kinds: [Subgoal.Kind] = random.chance(0.5) ? [.jobsoegning, .faglig] : [.faglig, .jobsoegning]
        for kind in kinds.prefix(random.int(in: 1...2)) {
            let date = day(created, closed)
            goal.subgoals.append(Subgoal(
                id: ids.next(), kind: kind,
                title: text(kind == .faglig ? .subgoalProfessional : .subgoalJobSearch) { $0.stilling = goal.title.lowercasingFirstWord() },
                status: random.chance(0.6) ? .opnaaet : .opgivet, created: created, updated: date, deadline: date))
        }
        return goal
    }

    /// The subgoals of the current goal: stabilising ones for the activity-ready (after their
    /// barriers), professional and job-search ones for the rest.
    private mutating func subgoals(from created: CalendarDate) -> [Subgoal] {
        var planned: [(Subgoal.Kind, TextKey)] = []
        let activityReady = GroupSets.activityReady.contains(group) || group == .ressourceforloeb
        if activityReady {
            let barrierKeys: [Citizen.Barrier: TextKey] = [
                .fysiske: .subgoalPhysical, .psykiske: .subgoalMental, .sociale: .subgoalSocial,
                .familiemaessige: .subgoalFamily, .misbrug: .subgoalAbuse, .sproglige: .subgoalLanguage,
            ]
            let keys = person.barriers.compactMap { barrierKeys[$0] }
            for key in keys.prefix(2) { planned.append((key == .subgoalLanguage ? .faglig : .stabiliserende, key)) }
            if !planned.contains(where: { $0.0 == .stabiliserende }) {
                planned.insert((.stabiliserende, person.barriers.contains(.psykiske) ? .subgoalMental : .subgoalPhysical), at: 0)
            }
            if group.isUddannelseshjaelp {
                planned.append((.faglig, .subgoalYouth))
            } else {
                if random.chance(0.6) { planned.append((.faglig, .subgoalProfessional)) }
                if random.chance(0.4) { planned.append((.jobsoegning, .subgoalJobSearch)) }
            }
            if has(.subgoalsMissing) {
                planned = random.chance(0.5) ? [] : planned.filter { $0.0 != .stabiliserende }
            }
        } else {
            switch group {
            case .uhAabenlyst, .uhUddannelsesparat:
                planned = [(.faglig, .subgoalYouth)]
                if random.chance(0.5) { planned.append((.andet, .subgoalYouth)) }
            case .sygedagpenge:
                planned = [(.andet, .subgoalSick)]
                if person.barriers.contains(.fysiske) { planned.append((.stabiliserende, .subgoalPhysical)) }
            case .fleksjob:
                if flexPlan?.isLowHours == true && !has(.flexProgressionMissing) {
                    planned = [(.faglig, .subgoalFlexProgression)]
                }
            case .jobafklaring, .revalidering, .ledighedsydelse:
                planned = [(.stabiliserende, person.barriers.contains(.psykiske) ? .subgoalMental : .subgoalPhysical),
                           (.andet, .subgoalOther)]
            case .shJobparat, .shUddannelsesparat:
                planned = [(.faglig, .subgoalLanguage), (.jobsoegning, .subgoalJobSearch)]
            default:
                planned = [(.jobsoegning, .subgoalJobSearch)]
                if random.chance(0.5) { planned.append((.faglig, .subgoalProfessional)) }
            }
        }
        var result: [Subgoal] = []
        for (kind, key) in planned {
            let subgoalCreated = day(created, min(today, created.adding(days: 120)))
            var status = Goal.Status.aktiv
            var updated = subgoalCreated
            if subgoalCreated < today.adding(days: -180), kind != .stabiliserende, random.chance(0.4) {
                status = .opnaaet
                updated = day(subgoalCreated.adding(days: 30), today)
            }
            let deadline = status == .aktiv ? today.adding(days: random.int(in: 30...240)) : updated
            let moreHours = ((flexPlan?.hours ?? 10) + 3).formattedHours
            result.append(Subgoal(
                id: ids.next(), kind: kind, title: text(key) { $0.timer = moreHours },
                status: status, created: subgoalCreated, updated: updated, deadline: deadline))
        }
        return result
    }

    /// The goal an offer starting on `date` serves: a fitting subgoal or the goal itself.
    mutating func goalID(for date: CalendarDate, type: Offer.OfferType) -> EntryID? {
        let active = goals.last { $0.created <= date } ?? goals.first
        guard let goal = active else { return nil }
        let wanted: Subgoal.Kind = type == .vejledningOgOpkvalificering || type == .lsrKursus || type == .danskundervisning
            ? .faglig : (type == .mentor ? .stabiliserende : .jobsoegning)
        if let subgoal = goal.subgoals.first(where: { $0.kind == wanted }), random.chance(0.5) { return subgoal.id }
        return goal.id
    }
}
