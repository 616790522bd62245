import JobsagCore

/// The documented preconditions of an aggravated availability sanction (skærpet
/// rådighedssanktion, LAS § 40 a), RULES.md RD.40A, from Ankestyrelsen's checklist (000
/// l.6248-6372). A sanction is always a human decision: the checklist only shows what is
/// documented and what is missing.
public struct SanctionChecklist: Hashable, Sendable {
    /// One of the 11 conditions.
    public struct Condition: Hashable, Sendable {
        /// 1 ... 11, as numbered in RULES.md RD.40A.
        public var number: Int
        public var title: LocalizedText
        public var isSatisfied: Bool
        /// The entries that document it (or that show why it fails).
        public var evidence: [Evidence]
        var detailMessage: RuleMessage

        /// What was found, or what is missing.
        public var detail: LocalizedText { detailMessage.localized }
    }

    public var decisionID: EntryID
    public var conditions: [Condition]

    /// Whether every condition is documented.
    public var isComplete: Bool { conditions.allSatisfy(\.isSatisfied) }
    /// The conditions that are not documented.
    public var failing: [Condition] { conditions.filter { !$0.isSatisfied } }

    /// The checklist of `decision` in `case`, read as of the decision date (what had to be
    /// documented before the decision).
    public init(decision: SanctionDecision, in case: Case) {
        self.init(decision: decision, facts: CaseFacts(`case`, asOf: decision.decided))
    }

    init(decision: SanctionDecision, facts: CaseFacts) {
        decisionID = decision.id
        conditions = SanctionChecklist.conditions(decision, facts)
    }

    // MARK: - The conditions

    // The body is long but linear: one block per condition, in the order of RULES.md.
    static func conditions(_ decision: SanctionDecision, _ facts: CaseFacts) -> [Condition] {
        let source = facts.source
        var result: [Condition] = []
        func add(_ number: Int, _ da: String, _ en: String, _ ok: Bool, _ evidence: [Evidence], _ detail: RuleMessage) {
            result.append(Condition(
                number: number, title: LocalizedText(da: da, en: en), isSatisfied: ok, evidence: evidence, detailMessage: detail))
        }

        // (1) A correct prior sanction.
        let referenced = source.sanctions.filter { decision.priorSanctionIDs.contains($0.id) }
        let priors = (referenced.isEmpty
            ? source.sanctions.filter { $0.kind == .ordinaer && $0.decided < decision.decided }
            : referenced.filter { $0.kind == .ordinaer && $0.decided < decision.decided })
            .sorted { ($0.decided, $0.id) < ($1.decided, $1.id) }
        let latestPrior = priors.last
        let guidanceBeforePrior = latestPrior.map { RightsGuidance(facts, until: $0.decided) }
        if let latestPrior, let guidance = guidanceBeforePrior, guidance.oral != nil, guidance.written != nil {
            add(1, "En korrekt forudgående sanktion", "A correct prior sanction", true, priors.map(Evidence.sanction),
                RuleMessage(
                    da: "Forudgående sanktion {0}; vejledning efter § 35, stk. 1 var givet før den.",
                    en: "Prior sanction on {0}; guidance under § 35(1) had been given before it.", .date(latestPrior.decided)))
        } else if let latestPrior {
            add(1, "En korrekt forudgående sanktion", "A correct prior sanction", false, priors.map(Evidence.sanction),
                RuleMessage(
                    da: "Den forudgående sanktion {0} er ikke korrekt: vejledning efter § 35, stk. 1 (mundtligt og skriftligt) er ikke dokumenteret før den.",
                    en: "The prior sanction on {0} is not correct: guidance under § 35(1) (oral and written) is not documented before it.",
                    .date(latestPrior.decided)))
        } else {
            add(1, "En korrekt forudgående sanktion", "A correct prior sanction", false, [],
                RuleMessage(
                    da: "Der er ingen forudgående (ordinær) sanktion før afgørelsen.",
                    en: "There is no prior (ordinary) sanction before the decision."))
        }

        // (2) The § 35 stk. 2 warning with all 4 elements, before the prior sanction.
        let warnings = facts.guidance.filter { $0.kind == .advarsel35_2 }
        let warning = decision.warningID.flatMap { id in warnings.first { $0.id == id } }
            ?? warnings.last { entry in latestPrior.map { entry.date <= $0.decided } ?? true }
        if let warning, let latestPrior {
            let before = warning.date <= latestPrior.decided
            let ok = before && warning.allElementsGiven
            let detail: RuleMessage
            if ok {
                detail = RuleMessage(
                    da: "Vejledt om skærpet sanktion {0}, før den forudgående sanktion {1}, med alle 4 elementer.",
                    en: "Warned of an aggravated sanction on {0}, before the prior sanction on {1}, with all 4 elements.",
                    .date(warning.date), .date(latestPrior.decided))
            } else if !before {
                detail = RuleMessage(
                    da: "Vejledningen om skærpet sanktion {0} er givet efter den forudgående sanktion {1}; den skal gives før.",
                    en: "The warning of {0} was given after the prior sanction of {1}; it must come before.",
                    .date(warning.date), .date(latestPrior.decided))
            } else {
                detail = RuleMessage(
                    da: "Vejledningen om skærpet sanktion {0} har ikke alle 4 elementer.",
                    en: "The warning of {0} does not have all 4 elements.", .date(warning.date))
            }
            add(2, "Vejledning efter § 35, stk. 2 før den forudgående sanktion", "§ 35(2) warning before the prior sanction",
                ok, [.guidance(warning)], detail)
        } else {
            add(2, "Vejledning efter § 35, stk. 2 før den forudgående sanktion", "§ 35(2) warning before the prior sanction",
                false, warning.map { [Evidence.guidance($0)] } ?? [],
                RuleMessage(
                    da: "Der er ingen dokumenteret vejledning om skærpet rådighedssanktion (§ 35, stk. 2) før en forudgående sanktion.",
                    en: "There is no documented warning of an aggravated sanction (§ 35(2)) before a prior sanction."))
        }

        // (3) A new breach after the warning and the prior sanction, without reasonable cause.
        let absences = source.absences.filter { decision.absenceIDs.contains($0.id) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let threshold = max(latestPrior?.decided ?? .distantPast, warning?.date ?? .distantPast)
        let newBreaches = absences.filter { $0.date > threshold && $0.date <= decision.decided && $0.reasonableCause == .nej }
        if !newBreaches.isEmpty {
            add(3, "Ny tilsidesættelse efter vejledningen, uden rimelig grund", "A new breach after the warning, without reasonable cause",
                true, newBreaches.map(Evidence.absence),
                RuleMessage(
                    da: "Ny udeblivelse {0} uden rimelig grund, efter den forudgående sanktion.",
                    en: "New absence on {0} without reasonable cause, after the prior sanction.", .date(newBreaches[0].date)))
        } else if let latest = absences.last {
            let detail: RuleMessage
            if latest.date <= threshold, let latestPrior {
                detail = RuleMessage(
                    da: "Udeblivelsen {0} ligger før den forudgående sanktion {1}; der er ingen ny tilsidesættelse efter den.",
                    en: "The absence on {0} is before the prior sanction of {1}; there is no new breach after it.",
                    .date(latest.date), .date(latestPrior.decided))
            } else if latest.date <= threshold {
                detail = RuleMessage(
                    da: "Udeblivelsen {0} ligger før vejledningen om skærpet sanktion; der er ingen ny tilsidesættelse efter den.",
                    en: "The absence on {0} is before the warning; there is no new breach after it.", .date(latest.date))
            } else {
                detail = RuleMessage(
                    da: "Udeblivelsen {0} er ikke vurderet som uden rimelig grund ({1}).",
                    en: "The absence on {0} is not assessed as without reasonable cause ({1}).",
                    .date(latest.date), .localized(Wording.reasonableCause(latest.reasonableCause)))
            }
            add(3, "Ny tilsidesættelse efter vejledningen, uden rimelig grund", "A new breach after the warning, without reasonable cause",
                false, absences.map(Evidence.absence), detail)
        } else {
            add(3, "Ny tilsidesættelse efter vejledningen, uden rimelig grund", "A new breach after the warning, without reasonable cause",
                false, [],
                RuleMessage(
                    da: "Afgørelsen henviser ikke til en ny udeblivelse.", en: "The decision refers to no new absence."))
        }

        // (4) A concrete assessment of unwillingness.
        let unwillingness = decision.checklist.unwillingnessAssessment
        add(4, "Konkret vurdering af manglende vilje", "A concrete assessment of unwillingness", !unwillingness.isBlank,
            [.sanction(decision)],
            unwillingness.isBlank
                ? RuleMessage(da: "Vurderingen af manglende vilje til at stå til rådighed mangler.", en: "The assessment of unwillingness is missing.")
                : RuleMessage(da: "Vurdering: {0}", en: "Assessment: {0}", .text(unwillingness)))

        // (5) Length 1, 2 or 3 months with reasons.
        let lengthOK = decision.lengthMonths.map { (1...3).contains($0) } ?? false
        let reasonOK = !decision.lengthReason.isBlank
        add(5, "Længde 1, 2 eller 3 måneder med begrundelse", "Length 1, 2 or 3 months with reasons", lengthOK && reasonOK,
            [.sanction(decision)],
            lengthOK && reasonOK
                ? RuleMessage(da: "{0} begrundet: {1}", en: "{0}, reasons: {1}", Wording.months(decision.lengthMonths ?? 0), .text(decision.lengthReason))
                : (lengthOK
                    ? RuleMessage(da: "Længden er ikke begrundet.", en: "The length has no reasons.")
                    : RuleMessage(da: "Længden skal være 1, 2 eller 3 måneder.", en: "The length must be 1, 2 or 3 months.")))

        // (6) The activity given with the decision, startable the same day.
        add(6, "Aktivitet givet med afgørelsen, kan påbegyndes samme dag", "Activity given with the decision, startable the same day",
            decision.checklist.activityOfferedSameDay, [.sanction(decision)],
            decision.checklist.activityOfferedSameDay
                ? RuleMessage(da: "Tilbud/aktivitet givet samtidig og kan påbegyndes samme dag.", en: "Offer/activity given at the same time, startable the same day.")
                : RuleMessage(
                    da: "Det er ikke dokumenteret, at en aktivitet blev givet med afgørelsen og kan påbegyndes samme dag.",
                    en: "It is not documented that an activity was given with the decision and can start the same day."))

        // (7) The calendar-month decision (ends the help, also for the spouse) made at the same time.
        add(7, "Afgørelse om ophør ved en hel kalendermåneds udeblivelse truffet samtidig",
            "Decision that a whole calendar month of absence ends the help, made at the same time",
            decision.checklist.calendarMonthDecisionSameTime, [.sanction(decision)],
            decision.checklist.calendarMonthDecisionSameTime
                ? RuleMessage(da: "Afgørelsen om ophør (også for ægtefællen) er truffet samtidig.", en: "The decision on ending the help (also for the spouse) was made at the same time.")
                : RuleMessage(
                    da: "Afgørelsen om ophør af hjælpen ved en hel kalendermåneds udeblivelse (også for ægtefællen) er ikke truffet samtidig.",
                    en: "The decision that a whole calendar month of absence ends the help (also for the spouse) was not made at the same time."))

        // (8) Partshøring before the decision.
        let heard = (newBreaches.isEmpty ? absences : newBreaches)
        let unheard = heard.filter { absence in absence.hearingSent.map { $0 > decision.decided } ?? true }
        add(8, "Partshøring", "Hearing of the citizen (partshøring)", !heard.isEmpty && unheard.isEmpty, heard.map(Evidence.absence),
            heard.isEmpty
                ? RuleMessage(da: "Ingen udeblivelse at partshøre om.", en: "No absence to hear the citizen about.")
                : (unheard.isEmpty
                    ? RuleMessage(da: "Partshøring sendt før afgørelsen.", en: "Hearing sent before the decision.")
                    : RuleMessage(
                        da: "Der er ikke sendt partshøring før afgørelsen om udeblivelsen {0}.",
                        en: "No hearing was sent before the decision about the absence on {0}.", .date(unheard[0].date))))

        // (9) Jobparat or aktivitetsparat stated.
        add(9, "Jobparat/aktivitetsparat angivet", "Job-ready/activity-ready stated", decision.checklist.categoryStated,
            [.sanction(decision)],
            decision.checklist.categoryStated
                ? RuleMessage(da: "Visitationskategorien er angivet i afgørelsen.", en: "The category is stated in the decision.")
                : RuleMessage(da: "Afgørelsen angiver ikke, om borgeren er jobparat eller aktivitetsparat.", en: "The decision does not state whether the citizen is job-ready or activity-ready."))

        // (10) For aktivitetsparate: RD.AP.KONTAKT.
        if facts.group?.isAktivitetsparat == true {
            let contact = PersonalContactCheck(decision, facts: facts)
            add(10, "Aktivitetsparat: personlig kontakt og vurdering af om sanktionen fremmer rådigheden (RD.AP.KONTAKT)",
                "Activity-ready: personal contact and whether the sanction promotes availability (RD.AP.KONTAKT)",
                contact.isSatisfied, contact.attempts.map(Evidence.contactAttempt),
                contact.isSatisfied
                    ? RuleMessage(
                        da: "{0} forsøg på personlig kontakt; vurdering af rådighed: {1}",
                        en: "{0} attempts at personal contact; availability assessment: {1}",
                        .number(contact.attempts.count), .text(contact.assessment))
                    : RuleMessage(da: "Mangler: {0}.", en: "Missing: {0}.", .list(contact.missing)))
        } else {
            add(10, "Aktivitetsparat: personlig kontakt og vurdering af om sanktionen fremmer rådigheden (RD.AP.KONTAKT)",
                "Activity-ready: personal contact and whether the sanction promotes availability (RD.AP.KONTAKT)", true, [],
                RuleMessage(da: "Ikke relevant: borgeren er ikke aktivitetsparat.", en: "Not relevant: the citizen is not activity-ready."))
        }

        // (11) Never used to test residence.
        add(11, "Ikke brugt til at afprøve ophold i kommunen", "Not used to test residence in the municipality",
            decision.checklist.notUsedToTestResidence, [.sanction(decision)],
            decision.checklist.notUsedToTestResidence
                ? RuleMessage(da: "Det er noteret, at sanktionen ikke bruges til at afprøve opholdet.", en: "It is noted that the sanction is not used to test residence.")
                : RuleMessage(
                    da: "Det er ikke dokumenteret, at sanktionen ikke bruges til at afprøve, om borgeren opholder sig i kommunen.",
                    en: "It is not documented that the sanction is not used to test whether the citizen lives in the municipality."))
        return result
    }
}
