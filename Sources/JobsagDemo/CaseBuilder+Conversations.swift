import JobsagCore

/// A planned conversation, before its texts are written.
struct ConversationSlot: Sendable {
    enum Role: Sendable {
        case first, visitation, regular, joint, written, roundTable, replacement, sanction
    }

    var id: EntryID
    var date: CalendarDate
    var kind: Conversation.Kind
    var form: Conversation.Form
    var chooser: Conversation.FormChooser = .borger
    var formReason = ""
    var outcome: Conversation.Outcome = .holdt
    var group: TargetGroup
    var category: ReadinessCategory?
    var role: Role
    var isCurrentEpisode: Bool
    var rightsGuidance = false
    var injunctionFollowUp = false
    var omitAgreements = false

    var isHeld: Bool { outcome == .holdt }
    /// Held, of a kind that counts for the contact course, and not in writing.
    var countsAsJobConversation: Bool { isHeld && kind.countsAsJobConversation && form != .skriftlig }
}

extension CaseBuilder {
    mutating func scheduleConversations() {
        if let previous { schedule(previous) }
        schedule(current)
        sortSlots()
    }

    mutating func sortSlots() {
        slots.sort { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    private mutating func schedule(_ plan: EpisodePlan) {
        switch plan.group {
        case .sygedagpenge: scheduleSickness(plan)
        case .fleksjob: scheduleFlexJob(plan)
        default: scheduleContactCourse(plan)
        }
    }

    @discardableResult
    mutating func addSlot(
        _ date: CalendarDate, _ kind: Conversation.Kind, role: ConversationSlot.Role, plan: EpisodePlan,
        category: ReadinessCategory? = nil
    ) -> Int {
        let (form, chooser, reason) = role == .first ? firstForm(date, plan: plan) : regularForm(date, kind: kind, role: role)
        slots.append(ConversationSlot(
            id: ids.next(), date: date, kind: kind, form: form, chooser: chooser, formReason: reason, group: plan.group,
            category: category, role: role, isCurrentEpisode: plan.isCurrent))
        return slots.count - 1
    }

    private mutating func firstForm(_ date: CalendarDate, plan: EpisodePlan) -> (Conversation.Form, Conversation.FormChooser, String) {
        guard date >= RuleDates.changes2023 else { return (.fysisk, .jobcenter, "") }
        let remoteAllowed = plan.isCurrent
            && (has(.firstConversationNotInPerson) || has(.sicknessFirstNotInPerson) || scenario.showcase == .sicknessStandby)
        if remoteAllowed {
            return (random.chance(0.6) ? .telefon : .video, .borger, "")
        }
        return (.fysisk, .jobcenter, text(.formReasonFirst))
    }

    private mutating func regularForm(
        _ date: CalendarDate, kind: Conversation.Kind, role: ConversationSlot.Role
    ) -> (Conversation.Form, Conversation.FormChooser, String) {
        if role == .written { return (.skriftlig, .borger, "") }
        if role == .joint || role == .roundTable { return (random.chance(0.75) ? .fysisk : .video, .borger, "") }
        if random.chance(0.05) || (role == .visitation && random.chance(0.5)) {
            return (.fysisk, .jobcenter, text(.formReasonOverride))
        }
        if kind == .jobsamtale, date < RuleDates.changes2023, random.chance(0.04) { return (.skriftlig, .borger, "") }
        if random.chance(0.7) { return (person.preferredForm, .borger, "") }
        let forms: [Conversation.Form] = [.fysisk, .telefon, .video]
        return (forms[random.int(below: 3)], .borger, "")
    }

    /// Days until the next conversation.
    private mutating func interval() -> Int {
        random.int(in: traits.conversationInterval)
    }

    // MARK: Contact course (jobsamtaler)

    private mutating func scheduleContactCourse(_ plan: EpisodePlan) {
        guard let first = plan.firstConversation else { return }
        let lastDay = plan.lastDay(today: today)
        let isCurrent = plan.isCurrent
        let sixMonths = plan.start.adding(months: 6)
        let firstVisitation = plan.visitations.first { $0.date == first }
        addSlot(first, firstVisitation == nil ? .jobsamtale : .visitationssamtale, role: .first, plan: plan,
                category: firstVisitation?.category)
        var counting = 1
        for visitation in plan.visitations where visitation.date != first && visitation.date <= lastDay
            && visitation.date < sixMonths {
            addSlot(visitation.date, .visitationssamtale, role: .visitation, plan: plan, category: visitation.category)
            counting += 1
        }

        // The first six months: four jobsamtaler (and two fællessamtaler for dagpenge).
        let isDagpenge = plan.group == .dagpenge
        var target = 4
        var joint = isDagpenge ? 2 : 0
        let short = isCurrent && has(.contactCourseShort)
        let fourthDue = isCurrent && scenario.upcoming == .fourthConversation
        if short {
            if isDagpenge {
                target = 1
                joint = random.int(in: 1...2)
            } else {
                target = random.int(in: 2...3)
            }
        }
        if fourthDue {
            target = isDagpenge ? 2 : 3
            joint = isDagpenge ? 1 : 0
        }
        if isCurrent && has(.jointMeetingsMissing) { joint = random.int(in: 0...1) }
        let fillEnd = plan.start.adding(months: fourthDue ? 4 : 5)
        let needed = target - counting
        if needed > 0 {
            let from = first.adding(days: 14)
            let span = max(needed * 10, from.days(until: fillEnd))
            let segment = max(1, span / needed)
            for k in 0..<needed {
                let date = from.adding(days: segment * k + random.int(below: segment))
                guard date <= lastDay else { continue }
                let index = addSlot(date, .jobsamtale, role: .regular, plan: plan)
                if slots[index].form == .skriftlig { slots[index].form = .fysisk }
            }
        }
        for k in 0..<joint {
            let date = plan.start.adding(days: k == 0 ? random.int(in: 20...60) : random.int(in: 80...150))
            if date <= lastDay, date < sixMonths { addSlot(date, .faellessamtale, role: .joint, plan: plan) }
        }

        // After six months: a rhythm of jobsamtaler.
        let latest = slots.filter { $0.isCurrentEpisode == isCurrent && $0.date >= plan.start }.map(\.date).max() ?? first
        var next = latest.adding(days: interval())
        if short || fourthDue { next = max(next, sixMonths.adding(days: random.int(in: 0...20))) }
        var stop = lastDay
        var tail: [CalendarDate] = []
        if isCurrent && has(.fewConversationsLastYear) {
            let cutoff = today.adding(months: -12)
            stop = cutoff.adding(days: -random.int(in: 20...60))
            let count = random.int(in: 1...3)
            tail = (0..<count).map { _ in cutoff.adding(days: random.int(in: 10...360)) }.filter { $0 <= today }
        } else if isCurrent && scenario.upcoming == .rollingWindowConversation {
            let oldest = dateWithDeadline(months: 12)
            stop = oldest.adding(days: -random.int(in: 45...80))
            let room = max(30, oldest.days(until: today) - 10)
            tail = [oldest, oldest.adding(days: room / 3 + random.int(in: -10...10)),
                    oldest.adding(days: 2 * room / 3 + random.int(in: -10...10)), oldest.adding(days: room)]
        }
        while next <= stop {
            let index = addSlot(next, .jobsamtale, role: .regular, plan: plan)
            if [.ressourceforloeb, .jobafklaring, .khAktivitetsparat].contains(plan.group), random.chance(0.1) {
                let roundTable = next.adding(days: random.int(in: 7...20))
                if roundTable <= stop { addSlot(roundTable, .rundbord, role: .roundTable, plan: plan) }
            }
            maybeCancel(index, plan: plan, before: stop)
            next = next.adding(days: interval())
        }
        for date in tail where date >= plan.start { addSlot(date, .jobsamtale, role: .regular, plan: plan) }
        for visitation in plan.visitations where visitation.date >= sixMonths && visitation.date <= lastDay {
            addSlot(visitation.date, .visitationssamtale, role: .visitation, plan: plan, category: visitation.category)
        }

        // Dagpenge: a fællessamtale after month 15.
        if isDagpenge, lastDay >= plan.start.adding(months: 15).adding(days: 20),
           !(isCurrent && (has(.jointMeetingMonth16Missing) || scenario.upcoming == .jointMeetingMonth16)) {
            addSlot(plan.start.adding(months: 15).adding(days: random.int(in: 0...20)), .faellessamtale, role: .joint, plan: plan)
        }
        if isCurrent && has(.writtenConversation) {
            let from = max(plan.start.adding(days: 10), RuleDates.changes2023)
            addSlot(day(from, today.adding(days: -1)), .jobsamtale, role: .written, plan: plan)
        }
        if isCurrent { keepRollingWindowFull(plan) }
    }

    /// On track after the first year: at least four jobsamtaler in the last 12 months, and the
    /// fourth newest not about to drop out of the window.
    private mutating func keepRollingWindowFull(_ plan: EpisodePlan) {
        guard plan.start <= today.adding(months: -12), !has(.fewConversationsLastYear), !has(.contactCourseShort),
              scenario.upcoming != .rollingWindowConversation
        else { return }
        let windowStart = today.adding(months: -12)
        for _ in 0..<4 {
            let recent = slots.filter { $0.isCurrentEpisode && $0.countsAsJobConversation && $0.date > windowStart }
                .map(\.date).sorted(by: >)
            if recent.count >= 4, recent[3].adding(months: 12) > today.adding(days: 12) { return }
            addSlot(today.adding(days: -random.int(in: 2...25)), .jobsamtale, role: .regular, plan: plan)
        }
    }

    /// A day `d` with `d + months` between 2 and 6 days from today.
    mutating func dateWithDeadline(months: Int) -> CalendarDate {
        let guess = today.adding(days: random.int(in: 2...5)).adding(months: -months)
        for offset in [0, -1, 1, -2, 2, -3, 3] {
            let candidate = guess.adding(days: offset)
            if (2...6).contains(today.days(until: candidate.adding(months: months))) { return candidate }
        }
        return guess
    }

    /// Now and then a conversation is cancelled or missed, and a new one follows.
    private mutating func maybeCancel(_ index: Int, plan: EpisodePlan, before stop: CalendarDate) {
        let draw = random.unit()
        let outcome: Conversation.Outcome
        if draw < profile.cancelledConversationShare {
            outcome = .aflyst
        } else if draw < profile.cancelledConversationShare + profile.noShowConversationShare {
            outcome = .udeblevet
        } else {
            return
        }
        let replacement = slots[index].date.adding(days: random.int(in: 5...14))
        guard replacement <= min(stop, today.adding(days: -1)) else { return }
        slots[index].outcome = outcome
        addSlot(replacement, slots[index].kind, role: .replacement, plan: plan)
    }

    // MARK: Sygedagpenge

    private mutating func scheduleSickness(_ plan: EpisodePlan) {
        let lastDay = plan.lastDay(today: today)
        var first: CalendarDate?
        if plan.isCurrent, scenario.showcase == .sicknessStandby {
            let from = plan.start.adding(days: random.int(in: 5...14))
            let to = from.adding(days: random.int(in: 35...90))
            exemptions.append(Exemption(
                id: ids.next(), scope: Exemption.Scope.standby, reason: text(.exemptionStandbyReason), from: from, to: to,
                decidedBy: caseworker.initials))
            first = to.adding(days: random.int(in: 5...20))
        } else if plan.isCurrent, has(.sicknessFollowUpLate) {
            first = plan.start.adding(days: random.int(in: 60...80))
        } else if plan.isCurrent, scenario.upcoming == .sicknessFollowUp {
            first = nil
        } else {
            first = plan.start.adding(days: random.int(in: 21...45))
        }
        guard let first, first <= lastDay else { return }
        addSlot(first, .opfoelgning, role: .first, plan: plan)
        var next = first.adding(days: interval())
        while next <= lastDay {
            let isRoundTable = random.chance(0.12)
            let index = addSlot(next, isRoundTable ? .rundbord : .opfoelgning, role: isRoundTable ? .roundTable : .regular, plan: plan)
            maybeCancel(index, plan: plan, before: lastDay)
            next = next.adding(days: interval())
        }
    }

    // MARK: Fleksjob

    private mutating func scheduleFlexJob(_ plan: EpisodePlan) {
        let lastDay = plan.lastDay(today: today)
        let lowHours = plan.isCurrent ? (flexPlan?.isLowHours ?? false) : false
        if !(plan.isCurrent && has(.flexProgressionMissing)), lowHours || random.chance(0.5) {
            let date = plan.start.adding(days: random.int(in: 30...150))
            if date <= lastDay { addSlot(date, .opfoelgning, role: .regular, plan: plan) }
        }
        var next = plan.start.adding(months: 6).adding(days: random.int(in: 0...200))
        while next <= lastDay {
            addSlot(next, .opfoelgning, role: .regular, plan: plan)
            next = next.adding(days: interval())
        }
    }

    // MARK: Texts

    mutating func renderConversations() -> [Conversation] {
        sortSlots()
        if has(.agreementsMissing), let last = slots.lastIndex(where: { $0.isCurrentEpisode && $0.isHeld }) {
            slots[last].omitAgreements = true
        }
        if group.isUddannelseshjaelp {
            let held = slots.indices.filter { slots[$0].isCurrentEpisode && slots[$0].isHeld }
            for index in held.dropFirst() where !injunctionNotFollowedUp.contains(slots[index].id) {
                slots[index].injunctionFollowUp = true
            }
        }
        // The texts name the workplace and the course provider of the offers at the time.
        let workplaces = offers.filter { $0.type.isEmployerBased }.map { ($0.start, $0.provider) }.sorted { $0.0 < $1.0 }
        let courses = offers.filter { $0.type == .vejledningOgOpkvalificering }
            .map { ($0.start, String($0.provider.split(separator: "–").first ?? "").trimmingWhitespace()) }.sorted { $0.0 < $1.0 }
        let defaults = values
        var result: [Conversation] = []
        result.reserveCapacity(slots.count)
        var workplace = 0
        var course = 0
        for slot in slots {
            while workplace < workplaces.count, workplaces[workplace].0 <= slot.date { workplace += 1 }
            while course < courses.count, courses[course].0 <= slot.date { course += 1 }
            values.virksomhed = workplace > 0 ? workplaces[workplace - 1].1 : defaults.virksomhed
            values.udbyder = course > 0 ? courses[course - 1].1 : defaults.udbyder
            result.append(render(slot))
        }
        values = defaults
        return result
    }

    private mutating func render(_ slot: ConversationSlot) -> Conversation {
        let textClass = GroupTraits.of(slot.group).textClass
        let summaryKey: TextKey
        let agreementsKey: TextKey
        switch slot.outcome {
        case .aflyst:
            summaryKey = .summaryCancelled
            agreementsKey = .agreementsRescheduled
        case .udeblevet:
            summaryKey = .summaryNoShow
            agreementsKey = .agreementsRescheduled
        case .holdt:
            (summaryKey, agreementsKey) = textKeys(for: slot, textClass: textClass)
        }
        let participantsKey: TextKey
        switch slot.kind {
        case .faellessamtale: participantsKey = .participantsJoint
        case .rundbord: participantsKey = .participantsRoundTable
        default:
            if person.needsInterpreter && slot.form != .skriftlig {
                participantsKey = .participantsInterpreter
            } else {
                switch textClass {
                case .sickness: participantsKey = .participantsSick
                case .flexJob: participantsKey = .participantsFlex
                default: participantsKey = .participantsStandard
                }
            }
        }
        let held = slot.isHeld
        let (jobShare, educationShare): (Double, Double)
        switch textClass {
        case .jobReady, .integration: (jobShare, educationShare) = (0.9, 0.05)
        case .activity, .rehabilitation: (jobShare, educationShare) = (0.55, 0.05)
        case .youth: (jobShare, educationShare) = (0.35, 0.85)
        case .sickness: (jobShare, educationShare) = (0.5, 0.02)
        case .flexJob: (jobShare, educationShare) = (0.8, 0)
        }
        let summary = text(summaryKey)
        let agreements = slot.omitAgreements ? "" : text(agreementsKey)
        let participants = text(participantsKey)
        return Conversation(
            id: slot.id, date: slot.date, kind: slot.kind, form: slot.form, formChosenBy: slot.chooser,
            formReason: slot.formReason, outcome: slot.outcome, participants: participants,
            summary: summary, agreements: agreements,
            jobFocus: held && random.chance(jobShare), resourceFocus: held && random.chance(0.7),
            educationFocus: held && random.chance(educationShare),
            injunctionFollowedUp: held && slot.injunctionFollowUp, rightsGuidanceGiven: held && slot.rightsGuidance,
            recordedBy: caseworker.initials)
    }

    private func textKeys(for slot: ConversationSlot, textClass: TextClass) -> (TextKey, TextKey) {
        if slot.form == .skriftlig { return (.summaryWritten, agreements(textClass)) }
        if slot.role == .first, slot.kind != .visitationssamtale {
            switch textClass {
            case .youth: return (.summaryVisitationYouth, .agreementsYouth)
            case .integration: return (.summaryVisitationIntegration, .agreementsIntegration)
            case .jobReady: return (.summaryFirstJob, .agreementsJob)
            case .activity, .rehabilitation: return (.summaryFirstRehab, agreements(textClass))
            case .sickness, .flexJob: break
            }
        }
        switch slot.kind {
        case .faellessamtale: return (.summaryJoint, .agreementsJob)
        case .rundbord: return (.summaryRoundTable, textClass == .sickness ? .agreementsSick : .agreementsRehab)
        case .visitationssamtale:
            if slot.group.isUddannelseshjaelp { return (.summaryVisitationYouth, .agreementsYouth) }
            if slot.group.isSelvforsoergelse && current.inProgramme { return (.summaryVisitationIntegration, .agreementsIntegration) }
            if slot.category == .aktivitetsparat { return (.summaryVisitationActivity, .agreementsActivity) }
            return (.summaryVisitationJob, .agreementsJob)
        default:
            switch textClass {
            case .jobReady: return (.summaryJob, .agreementsJob)
            case .activity: return (.summaryActivity, .agreementsActivity)
            case .youth: return (.summaryYouth, .agreementsYouth)
            case .integration: return (.summaryIntegration, .agreementsIntegration)
            case .sickness: return (.summarySick, .agreementsSick)
            case .rehabilitation: return (.summaryRehab, .agreementsRehab)
            case .flexJob: return (.summaryFlex, .agreementsFlex)
            }
        }
    }

    private func agreements(_ textClass: TextClass) -> TextKey {
        switch textClass {
        case .jobReady: return .agreementsJob
        case .activity: return .agreementsActivity
        case .youth: return .agreementsYouth
        case .integration: return .agreementsIntegration
        case .sickness: return .agreementsSick
        case .rehabilitation: return .agreementsRehab
        case .flexJob: return .agreementsFlex
        }
    }
}
