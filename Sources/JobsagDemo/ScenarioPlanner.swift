import JobsagCore

/// Decides what each case is meant to show: which cases are late (and with what), which have
/// a deadline within 7 days, and which lack a piece of data. Every gap, deadline and data gap
/// that fits some case is used at least once, preferably in the first caseworker's caseload,
/// so a demo shows every rule; the rest is drawn with the profile's shares and weights.
struct ScenarioPlanner {
    let profile: DemoProfile
    let today: CalendarDate

    private enum Status { case onTrack, overdue, dueSoon }

    private struct Draft {
        var status: Status = .onTrack
        var gaps: [ComplianceGap] = []
        var window: DateWindow?
        var upcoming: UpcomingDeadline?
        var dataGap: DataGap?
        var showcase: Showcase?
    }

    func plan(groups: [TargetGroup], caseIDs: [CaseID], preferred: Set<Int>, random: inout DemoRandom) -> [CaseScenario] {
        let count = groups.count
        var drafts = [Draft](repeating: Draft(), count: count)
        var order = Array(0..<count)
        random.shuffle(&order)
        // Preferred cases first, so coverage lands in the first caseworker's caseload.
        let preferredOrder = order.filter { preferred.contains($0) } + order.filter { !preferred.contains($0) }

        // Everything about the gaps and deadlines that does not depend on the case, once.
        let allGaps = ComplianceGap.allCases
        let gapWindows = allGaps.map { $0.startWindow(today: today) }
        let gapMasks = allGaps.map(\.groups)
        let gapWeights = allGaps.map { profile.weight(of: $0) }
        let conflictTable = allGaps.map { a in allGaps.map { b in ScenarioPlanner.conflicting(a, b) } }
        let gapOptions = allGaps.indices.filter { gapWindows[$0] != nil }
        let allDeadlines = UpcomingDeadline.allCases
        let deadlineMasks = allDeadlines.map(\.groups)
        let deadlineWeights = allDeadlines.map { profile.weight(of: $0) }
        let upcomingOptions = allDeadlines.indices.filter { allDeadlines[$0].isPossible(today: today) }
        var gapIndices = [[Int]](repeating: [], count: count)

        // 1. Statuses in the profile's shares (exact counts, random cases).
        let overdueCount = Int((Double(count) * profile.overdueShare).rounded())
        let dueSoonCount = Int((Double(count) * profile.dueSoonShare).rounded())
        for (position, index) in order.enumerated() {
            if position < overdueCount {
                drafts[index].status = .overdue
            } else if position < overdueCount + dueSoonCount {
                drafts[index].status = .dueSoon
            }
        }

        func canTake(_ gap: Int, _ index: Int) -> Bool {
            let draft = drafts[index]
            guard gapMasks[gap].contains(groups[index]), draft.gaps.count < 3, !gapIndices[index].contains(gap),
                  let window = gapWindows[gap]
            else { return false }
            if let current = draft.window, current.intersection(window) == nil { return false }
            let ruleID = allGaps[gap].ruleID
            if draft.dataGap == .arrivalDateMissing, ruleID.hasPrefix("IN.") { return false }
            if draft.showcase != nil, ruleID.hasPrefix("RD.") || ruleID.hasPrefix("KF.SYG") { return false }
            if gapIndices[index].contains(where: { conflictTable[$0][gap] }) { return false }
            return true
        }

        func add(_ gap: Int, _ index: Int) {
            drafts[index].status = .overdue
            drafts[index].upcoming = nil
            drafts[index].gaps.append(allGaps[gap])
            gapIndices[index].append(gap)
            if let window = gapWindows[gap] {
                drafts[index].window = drafts[index].window.map { $0.intersection(window) ?? $0 } ?? window
            }
        }

        func canTake(deadline: Int, _ index: Int) -> Bool {
            drafts[index].gaps.isEmpty && drafts[index].upcoming == nil && deadlineMasks[deadline].contains(groups[index])
                && !conflicts(allDeadlines[deadline], drafts[index].dataGap) && drafts[index].showcase == nil
        }

        // 2. § 40 a cases by count (rare, but at least one of each kind).
        let aggravatedCount = max(1, Int((Double(count) * profile.aggravatedSanctionShare).rounded()))
        for gap in [ComplianceGap.aggravatedSanctionAwaitingApproval, .aggravatedSanctionFlawed].compactMap({ allGaps.firstIndex(of: $0) }) {
            var placed = 0
            for index in preferredOrder where placed < aggravatedCount && drafts[index].status != .dueSoon {
                if drafts[index].gaps.isEmpty, canTake(gap, index) {
                    add(gap, index)
                    placed += 1
                }
            }
        }

        // 3. Coverage: every gap and deadline at least once.
        for gap in gapOptions where gapWeights[gap] > 0 || allGaps[gap].ruleID.hasPrefix("RD.40A") {
            if gapIndices.contains(where: { $0.contains(gap) }) { continue }
            let target = preferredOrder.first { drafts[$0].status == .overdue && drafts[$0].gaps.isEmpty && canTake(gap, $0) }
                ?? preferredOrder.first { drafts[$0].status == .overdue && canTake(gap, $0) }
                ?? preferredOrder.first { drafts[$0].status == .onTrack && canTake(gap, $0) }
            if let target { add(gap, target) }
        }
        for deadline in upcomingOptions where deadlineWeights[deadline] > 0 {
            if drafts.contains(where: { $0.upcoming == allDeadlines[deadline] }) { continue }
            let target = preferredOrder.first { drafts[$0].status == .dueSoon && canTake(deadline: deadline, $0) }
                ?? preferredOrder.first { drafts[$0].status == .onTrack && canTake(deadline: deadline, $0) }
            if let target {
                drafts[target].status = .dueSoon
                drafts[target].upcoming = allDeadlines[deadline]
            }
        }

        // 4. The rest by weight.
        for index in order {
            switch drafts[index].status {
            case .overdue:
                let chances = [1.0, profile.secondGapChance, profile.thirdGapChance]
                for (round, chance) in chances.enumerated() where drafts[index].gaps.count == round {
                    guard round == 0 || random.chance(chance) else { break }
                    let options = gapOptions.filter { gapWeights[$0] > 0 && canTake($0, index) }.map { ($0, gapWeights[$0]) }
                    guard let fallback = options.first?.0 else { break }
                    add(random.weighted(options, fallback: fallback), index)
                }
                if drafts[index].gaps.isEmpty { drafts[index].status = .onTrack }
            case .dueSoon:
                guard drafts[index].upcoming == nil else { continue }
                let options = upcomingOptions.filter { deadlineWeights[$0] > 0 && canTake(deadline: $0, index) }
                    .map { ($0, deadlineWeights[$0]) }
                if let fallback = options.first?.0 {
                    drafts[index].upcoming = allDeadlines[random.weighted(options, fallback: fallback)]
                } else {
                    drafts[index].status = .onTrack
                }
            case .onTrack:
                break
            }
        }

        // 5. Data gaps: at least one of each, then a small share.
        for dataGap in DataGap.allCases {
            func fits(_ index: Int) -> Bool {
                drafts[index].dataGap == nil && dataGap.groups.contains(groups[index])
                    && !conflicts(drafts[index].upcoming, dataGap)
                    && !(dataGap == .arrivalDateMissing && drafts[index].gaps.contains { $0.ruleID.hasPrefix("IN.") })
            }
            if let target = preferredOrder.first(where: fits) { drafts[target].dataGap = dataGap }
            for index in order where fits(index) && random.chance(profile.dataGapShare) {
                drafts[index].dataGap = dataGap
            }
        }

        // 6. Showcases of rare things done right.
        var approvedPlaced = 0
        for index in preferredOrder where approvedPlaced < aggravatedCount {
            if drafts[index].status == .onTrack, drafts[index].showcase == nil, drafts[index].dataGap == nil,
               Showcase.aggravatedSanctionApproved.groups.contains(groups[index]) {
                drafts[index].showcase = .aggravatedSanctionApproved
                approvedPlaced += 1
            }
        }
        var ordinaryPlaced = false
        for index in preferredOrder {
            let draft = drafts[index]
            guard draft.showcase == nil, !draft.gaps.contains(where: { $0.ruleID.hasPrefix("RD.") }) else { continue }
            if Showcase.ordinarySanction.groups.contains(groups[index]), draft.status != .dueSoon,
               !ordinaryPlaced || random.chance(profile.ordinarySanctionShare) {
                drafts[index].showcase = .ordinarySanction
                ordinaryPlaced = true
            } else if groups[index] == .sygedagpenge, draft.upcoming == nil,
                      !draft.gaps.contains(where: { $0.ruleID.hasPrefix("KF.SYG") || $0 == .agreementsMissing }),
                      random.chance(profile.standbyShare) {
                drafts[index].showcase = .sicknessStandby
            }
        }

        return drafts.indices.map { index in
            CaseScenario(
                caseID: caseIDs[index], group: groups[index], gaps: drafts[index].gaps, upcoming: drafts[index].upcoming,
                dataGap: drafts[index].dataGap, showcase: drafts[index].showcase)
        }
    }

    /// Gaps that cannot show together (one removes what the other needs).
    static func conflicting(_ a: ComplianceGap, _ b: ComplianceGap) -> Bool {
        let pairs: [(ComplianceGap, Set<ComplianceGap>)] = [
            (.planMissing, [.genericJobGoal, .subgoalsMissing, .educationGoalMissing]),
            (.noActiveOfferLastYear, [.internshipPurposeMissing, .guidanceOfferAsRightAndDuty, .integrationOfferGap]),
            (.rightAndDutyOfferMissing, [.guidanceOfferAsRightAndDuty]),
            (.injunctionLate, [.injunctionDeadlineMovedTwice, .educationStartNotFollowedUp, .dropoutReportUnanswered]),
            (.literacyTestMissing, [.literacyCourseMissing]),
            (.workCapacityNotAssessed, [.flexHoursWithoutReason]),
            (.agreementsMissing, [.sicknessFollowUpLate]),
            (.educationStartNotFollowedUp, [.dropoutReportUnanswered]),
        ]
        for (gap, others) in pairs where (a == gap && others.contains(b)) || (b == gap && others.contains(a)) {
            return true
        }
        return false
    }

    private func conflicts(_ deadline: UpcomingDeadline?, _ dataGap: DataGap?) -> Bool {
        switch (deadline, dataGap) {
        case (.firstConversation?, .firstContactMissing?), (.literacyTest?, .firstContactMissing?),
             (.visitation?, .firstContactMissing?), (.integrationCategory?, .arrivalDateMissing?),
             (.integrationStart?, .arrivalDateMissing?):
            return true
        default:
            return false
        }
    }
}
