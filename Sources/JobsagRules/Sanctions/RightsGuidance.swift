import JobsagCore

/// The guidance on rights, duties and sanctions (LAS § 35, stk. 1): oral, written handed out
/// and the leaflet in e-Boks at the first jobsamtale, then oral and available every 6 months
/// (RD.VEJL). Read by RD.VEJL and by the § 40 a checklist.
struct RightsGuidance {
    /// The first day each element was given in the episode.
    let oral: CalendarDate?
    let written: CalendarDate?
    let eBoks: CalendarDate?
    /// The days the guidance was gone through orally, and the days it was made available
    /// (handed out or sent to e-Boks), oldest first.
    let oralDates: [CalendarDate]
    let availableDates: [CalendarDate]
    /// The guidance entries (and conversations marked "vejledning § 35") read.
    let evidence: [Evidence]

    init(_ facts: CaseFacts, until last: CalendarDate? = nil) {
        let end = last ?? facts.asOf
        // The lists made with room for every entry they may take (grown as they filled, each
        // was made several times over); they live only while a rule reads them.
        let (guidance, conversations) = (facts.episodeGuidance, facts.episodeConversations)
        var oralDates: [CalendarDate] = []
        oralDates.reserveCapacity(guidance.count + conversations.count)
        var availableDates: [CalendarDate] = []
        availableDates.reserveCapacity(2 * guidance.count)
        var written: CalendarDate?
        var eBoks: CalendarDate?
        var guidanceEvidence: [Evidence] = []
        guidanceEvidence.reserveCapacity(guidance.count)
        for entry in guidance where entry.kind == .rettigheder35_1 && entry.date <= end {
            guidanceEvidence.append(.guidance(entry))
            if entry.channels.contains(.mundtlig) { oralDates.append(entry.date) }
            if entry.channels.contains(.skriftligUdleveret) {
                availableDates.append(entry.date)
                if written == nil { written = entry.date }
            }
            if entry.channels.contains(.eBoks) {
                availableDates.append(entry.date)
                if eBoks == nil { eBoks = entry.date }
            }
        }
        var conversationEvidence: [Evidence] = []
        conversationEvidence.reserveCapacity(conversations.count)
        for conversation in conversations
        where conversation.wasHeld && conversation.rightsGuidanceGiven && conversation.date <= end {
            oralDates.append(conversation.date)
            conversationEvidence.append(.conversation(conversation))
        }
        oralDates.sort()
        availableDates.sort()
        self.oral = oralDates.first
        self.written = written
        self.eBoks = eBoks
        self.oralDates = oralDates
        self.availableDates = availableDates
        self.evidence = Self.merged(guidanceEvidence, conversationEvidence)
    }

    /// Two lists of evidence, each in the facts' order (date, then entry), as one in that
    /// order, the first list's item first on a tie: a sort of the two together was most of
    /// what reading the guidance cost.
    private static func merged(_ first: [Evidence], _ second: [Evidence]) -> [Evidence] {
        func key(_ item: Evidence) -> (CalendarDate, EntryID) { (item.date ?? .distantPast, item.entryID) }
        var result: [Evidence] = []
        result.reserveCapacity(first.count + second.count)
        var (nextOfFirst, nextOfSecond) = (0, 0)
        while nextOfFirst < first.count, nextOfSecond < second.count {
            if key(second[nextOfSecond]) < key(first[nextOfFirst]) {
                result.append(second[nextOfSecond])
                nextOfSecond += 1
            } else {
                result.append(first[nextOfFirst])
                nextOfFirst += 1
            }
        }
        result.append(contentsOf: first[nextOfFirst...])
        result.append(contentsOf: second[nextOfSecond...])
        return result
    }

    /// The missing elements of the first guidance, in words.
    var missingInitialElements: [RuleMessage.Argument] {
        var missing: [RuleMessage.Argument] = []
        if oral == nil { missing.append(.localized(Wording.channel(.mundtlig))) }
        if written == nil { missing.append(.localized(Wording.channel(.skriftligUdleveret))) }
        if eBoks == nil { missing.append(.localized(Wording.channel(.eBoks))) }
        return missing
    }

    /// The day the first guidance was complete (all three elements), if it is.
    var initialComplete: CalendarDate? {
        guard let oral, let written, let eBoks else { return nil }
        return max(oral, max(written, eBoks))
    }

    /// The last complete repetition on or before `date` after the first guidance: an oral
    /// review with the guidance made available within `toleranceDays` of it.
    func lastRepetition(after first: CalendarDate, toleranceDays: Int) -> CalendarDate {
        var last = first
        for oralDate in oralDates where oralDate > first {
            if let available = availableDates.first(where: { abs($0.days(until: oralDate)) <= toleranceDays }) {
                last = max(last, max(oralDate, available))
            }
        }
        return last
    }
}

/// RD.AP.KONTAKT: before a sanction on an activity-ready citizen, attempts at personal contact
/// are documented and it is assessed whether the sanction will promote availability.
struct PersonalContactCheck {
    let attempts: [ContactAttempt]
    let assessment: String
    var isSatisfied: Bool { !attempts.isEmpty && !assessment.isBlank }

    /// Attempts count when they are personal (not a letter; family only with consent) and
    /// dated from the earliest absence the decision rests on up to the decision.
    init(_ decision: SanctionDecision, facts: CaseFacts) {
        let absenceDates = facts.source.absences.filter { decision.absenceIDs.contains($0.id) }.map(\.date)
        let from = absenceDates.min() ?? facts.episodeFloor
        attempts = facts.source.contactAttempts
            .filter { attempt in
                attempt.date >= from && attempt.date <= decision.decided && attempt.channel != .brev
                    && (attempt.channel != .familie || attempt.consent)
            }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        assessment = decision.checklist.promotesAvailabilityAssessment
    }

    var missing: [RuleMessage.Argument] {
        var missing: [RuleMessage.Argument] = []
        if attempts.isEmpty {
            missing.append(.localized(LocalizedText(
                da: "dokumenterede forsøg på personlig kontakt (telefon, hjemmebesøg, mentor, tilbudssted)",
                en: "documented attempts at personal contact (phone, home visit, mentor, offer provider)")))
        }
        if assessment.isBlank {
            missing.append(.localized(LocalizedText(
                da: "vurdering af om sanktionen fremmer rådigheden (§ 13, stk. 8)",
                en: "assessment of whether the sanction promotes availability (§ 13(8))")))
        }
        return missing
    }
}
