import JobsagCore

extension CaseBuilder {
    /// Absences (every no-show assessed), contact attempts for the activity-ready, and the
    /// sanction decisions of the scenario.
    mutating func makeAbsencesAndSanctions() {
        guard GroupSets.socialAssistance.contains(group) else { return }
        for index in slots.indices where slots[index].isCurrentEpisode && slots[index].outcome == .udeblevet {
            recordAbsence(of: slots[index].id, on: slots[index].date, cause: nil)
        }
        if has(.absenceNotAssessed) {
            let date = today.adding(days: -random.int(in: 10...60))
            let index = addSlot(max(date, current.start), .jobsamtale, role: .sanction, plan: current)
            slots[index].outcome = .udeblevet
            absences.append(Absence(id: ids.next(), date: slots[index].date, from: slots[index].id, reasonableCause: .ukendt,
                                    note: text(.absenceUnassessed)))
        }
        if scenario.showcase == .ordinarySanction || has(.sanctionWithoutContactAttempts) {
            makeOrdinarySanction()
        }
        if scenario.showcase == .aggravatedSanctionApproved || has(.aggravatedSanctionAwaitingApproval)
            || has(.aggravatedSanctionFlawed) {
            makeAggravatedSanction()
        }
    }

    /// An assessed absence; returns its id. Without a given cause, one is drawn.
    @discardableResult
    private mutating func recordAbsence(of what: String, on date: CalendarDate, cause given: Absence.ReasonableCause?) -> EntryID {
        let cause = given ?? random.weighted([(.ja, 0.5), (.nej, 0.3), (.ukendt, 0.2)], fallback: Absence.ReasonableCause.ja)
        var absence = Absence(id: ids.next(), date: date, from: what, reasonableCause: cause)
        switch cause {
        case .ja:
            absence.note = text(.absenceReasonable)
        case .nej:
            let sent = min(today, date.adding(days: random.int(in: 1...3)))
            absence.hearingSent = sent
            let answered = sent.adding(days: random.int(in: 3...8))
            absence.hearingAnswered = answered <= today ? answered : nil
            absence.note = text(.absenceUnreasonable)
        case .ukendt:
            absence.hearingSent = min(today, date.adding(days: random.int(in: 1...3)))
            absence.note = text(.absenceUnknown)
        }
        absences.append(absence)
        if GroupSets.activityReady.contains(group), !has(.sanctionWithoutContactAttempts) {
            addContactAttempts(after: date)
        }
        return absence.id
    }

    private mutating func addContactAttempts(after date: CalendarDate) {
        let channels: [(ContactAttempt.Channel, TextKey)] = [
            (.telefon, .contactPhone), (.brev, .contactLetter), (.hjemmebesoeg, .contactHomeVisit),
            (.mentor, .contactMentor), (.tilbudsudbyder, .contactProvider), (.familie, .contactFamily),
        ]
        var order = Array(channels.indices)
        random.shuffle(&order)
        order.removeAll { $0 == 0 }
        order.insert(0, at: 0)
        var attemptDate = date
        for position in order.prefix(random.int(in: 2...3)) {
            attemptDate = min(today, attemptDate.adding(days: random.int(in: 1...4)))
            let (channel, key) = channels[position]
            contactAttempts.append(ContactAttempt(
                id: ids.next(), date: attemptDate, channel: channel, reachedCitizen: random.chance(0.5),
                consent: channel == .familie, note: text(key)))
        }
    }

    /// A no-show that is followed by a new conversation a week or two later.
    private mutating func noShow(on date: CalendarDate) -> EntryID {
        let index = addSlot(date, .jobsamtale, role: .sanction, plan: current)
        slots[index].outcome = .udeblevet
        let id = slots[index].id
        let again = date.adding(days: random.int(in: 7...14))
        let keepsCountLow = (has(.contactCourseShort) || scenario.upcoming == .fourthConversation)
            && again < current.start.adding(months: 6)
        if again <= today, !keepsCountLow { addSlot(again, .jobsamtale, role: .replacement, plan: current) }
        return id
    }

    private mutating func makeOrdinarySanction() {
        let latest = today.adding(days: -40)
        let earliest = min(latest, current.start.adding(days: 60))
        let date = day(earliest, latest)
        let conversation = noShow(on: date)
        let absence = recordAbsence(of: conversation, on: date, cause: .nej)
        let answered = absences.last?.hearingAnswered ?? date.adding(days: 8)
        let decided = min(today, answered.adding(days: random.int(in: 3...10)))
        var checklist = SanctionDecision.Checklist(categoryStated: true, notUsedToTestResidence: true)
        if GroupSets.activityReady.contains(group), !has(.sanctionWithoutContactAttempts) {
            checklist.promotesAvailabilityAssessment = text(.promotesAvailability)
        }
        sanctions.append(SanctionDecision(
            id: ids.next(), kind: .ordinaer, paragraph: "LAS § 36", decided: decided,
            effective: decided.adding(days: random.int(in: 1...14)), lengthReason: text(.ordinarySanctionReason),
            absenceIDs: [absence], checklist: checklist))
    }

    /// A § 40 a sanction after a warning, a prior sanction and a new breach (or, when flawed,
    /// with the new breach before the prior sanction: RULES.md §6 example 5).
    private mutating func makeAggravatedSanction() {
        let awaiting = has(.aggravatedSanctionAwaitingApproval)
        let flawed = has(.aggravatedSanctionFlawed)
        var decided = awaiting ? today.adding(days: -random.int(in: 1...3)) : today.adding(days: -random.int(in: 30...150))
        let warningDate = max(current.start.adding(days: 20), decided.adding(days: -random.int(in: 60...90)))
        let warning = Guidance(
            id: ids.next(), date: warningDate, kind: .advarsel35_2, channels: [.mundtlig, .skriftligUdleveret, .eBoks],
            allElementsGiven: true, note: text(.warningNote))
        guidance.append(warning)

        let firstBreach = warningDate.adding(days: random.int(in: 5...15))
        let firstConversation = noShow(on: firstBreach)
        let firstAbsence = recordAbsence(of: firstConversation, on: firstBreach, cause: .nej)
        let priorDecided = firstBreach.adding(days: random.int(in: 10...16))
        let prior = SanctionDecision(
            id: ids.next(), kind: .ordinaer, paragraph: "LAS § 36", decided: priorDecided,
            effective: priorDecided.adding(days: random.int(in: 1...5)), lengthReason: text(.ordinarySanctionReason),
            absenceIDs: [firstAbsence], checklist: SanctionDecision.Checklist(categoryStated: true, notUsedToTestResidence: true))
        sanctions.append(prior)

        let newBreach = flawed
            ? firstBreach.adding(days: random.int(in: 2...6))
            : priorDecided.adding(days: random.int(in: 7...20))
        let breachSource: String
        if let offer = offers.last(where: { $0.isActive(on: newBreach) && $0.type != .mentor }) {
            breachSource = offer.id
        } else {
            breachSource = noShow(on: newBreach)
        }
        let breach = recordAbsence(of: breachSource, on: newBreach, cause: .nej)
        let heard = absences.last?.hearingAnswered ?? newBreach.adding(days: 8)
        decided = max(decided, heard.adding(days: 2))
        if awaiting { decided = min(max(decided, heard.adding(days: 1)), today) }
        decided = min(decided, today)

        let months = random.weighted([(1, 10.0), (2, 16.0), (3, 31.0)], fallback: 3)
        let effective = awaiting ? today.adding(days: random.int(in: 3...10)) : decided.adding(days: random.int(in: 1...5))
        let reason = text(.sanctionLengthReason) { $0.antal = String(months) }
        var approval: SanctionDecision.Approval?
        if !awaiting && (!flawed || random.chance(0.5)) {
            approval = SanctionDecision.Approval(
                by: context.approver, date: min(today, decided.adding(days: random.int(in: 0...1))), approved: true,
                note: text(.approvalNote))
        }
        sanctions.append(SanctionDecision(
            id: ids.next(), kind: .skaerpet40a, paragraph: "LAS § 40 a", decided: decided, effective: effective,
            lengthMonths: months, lengthReason: reason, absenceIDs: [breach], priorSanctionIDs: [prior.id],
            warningID: warning.id,
            checklist: SanctionDecision.Checklist(
                unwillingnessAssessment: text(.unwillingness), activityOfferedSameDay: true,
                calendarMonthDecisionSameTime: true, categoryStated: true, notUsedToTestResidence: true),
            approval: approval))
        // The activity that comes with the decision and can start the same day.
        offers.append(finish(OfferDraft(type: .nytteindsats, start: decided, end: decided.adding(days: random.int(in: 28...56)))))
    }
}
