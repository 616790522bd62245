import JobsagCore

/// RD: availability (rådighed) and sanctions (LAS), RULES.md §3 "RD". A sanction is always a
/// human decision: these rules never propose one; they check that its preconditions are
/// documented and show what is missing.
enum RaadighedRules {
    static let all: [Rule] = [rightsGuidance, absence, personalContact, aggravatedSanction, aggravatedSanctionApproval]

    // MARK: RD.VEJL

    static let rightsGuidance = Rule(
        id: "RD.VEJL", version: 1,
        title: LocalizedText(da: "Vejledning om rettigheder, pligter og sanktioner", en: "Guidance on rights, duties and sanctions"),
        kind: .lovkrav, appliesTo: .khUhAndSh,
        requirement: LocalizedText(
            da: "Vejledning efter LAS § 35, stk. 1 senest ved første jobsamtale: mundtligt, skriftligt udleveret og pjecen sendt til e-Boks umiddelbart efter; gentages hvert halve år (mundtligt og gjort tilgængelig). Mangler ét element, er en senere sanktion ugyldig.",
            en: "Guidance under LAS § 35(1) no later than at the first job interview: oral, handed out in writing and the leaflet sent to e-Boks right after; repeated every 6 months (oral and made available). If one element is missing, a later sanction is invalid."),
        evidence: LocalizedText(
            da: "Vejledninger af typen § 35, stk. 1 med kanaler (og samtaler markeret 'vejledning § 35'); e-Boks senest 7 dage efter (»straks« i den lokale politik (standard 7 dage)); gentagelse senest 6 måneder efter den forrige.",
            en: "Guidance entries of kind § 35(1) with channels (and conversations marked '§ 35 guidance'); e-Boks within 7 days after (\"immediately\" in the local policy (default 7 days)); repetition no later than 6 months after the previous one."),
        validFrom: LawDates.reform2020, legalReference: "LAS § 35, stk. 1",
        sources: [
            SourceReference(
                document: "000", lines: "5160-5166",
                quote: "Hvis et enkelt element i ovenstående procedure ikke er overholdt, vurderes en eventuel pålagt sanktion for ugyldig"),
            SourceReference(
                document: "000", lines: "9319-9375",
                quote: "sikre, at vejledningen gennemgås og gøres tilgængelig for personen hvert halve år"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard facts.episodeStart != nil || facts.firstContact != nil else {
            return .cannotEvaluate(.start)
        }
        let guidance = RightsGuidance(facts)
        let days = context.policy.immediatelyDays
        guard let first = facts.countingConversations.first else {
            let deadline = facts.firstContact.map { $0.adding(days: 7) }
            let status = context.pending(deadline)
            return Finding(
                status, deadline: deadline, evidence: guidance.evidence,
                explanation: RuleMessage(
                    da: "Vejledningen om rettigheder og pligter gives senest ved første jobsamtale (mundtligt, skriftligt udleveret og som pjece i e-Boks).",
                    en: "Guidance on rights and duties is given no later than at the first job interview (oral, handed out in writing and as a leaflet to e-Boks)."))
        }
        let eBoksDeadline = first.date.adding(days: days)
        guard let complete = guidance.initialComplete else {
            let status = context.pending(guidance.oral != nil && guidance.written != nil ? eBoksDeadline : first.date)
            return Finding(
                status, deadline: first.date, evidence: guidance.evidence,
                explanation: RuleMessage(
                    da: "Vejledningen ved første jobsamtale {0} mangler: {1}. Uden den er en senere sanktion ugyldig.",
                    en: "The guidance at the first job interview on {0} lacks: {1}. Without it a later sanction is invalid.",
                    .date(first.date), .list(guidance.missingInitialElements)),
                arithmetic: Messages.plusDays(LocalizedText(da: "første jobsamtale (e-Boks)", en: "first job interview (e-Boks)"), first.date, days))
        }
        let initialLate = (guidance.oral ?? first.date) > first.date || (guidance.written ?? first.date) > first.date
            || (guidance.eBoks ?? first.date) > eBoksDeadline
        let last = guidance.lastRepetition(after: complete, toleranceDays: days)
        let nextDue = last.adding(months: 6)
        let status = context.recurring(nextDue: nextDue)
        let arithmetic = Messages.plusMonths(LocalizedText(da: "seneste vejledning", en: "latest guidance"), last, 6)
        let explanation: RuleMessage = status == .overdue
            ? RuleMessage(
                da: "Vejledningen skulle gentages senest {0} (seneste {1}); uden gentagelsen er en senere sanktion ugyldig.",
                en: "The guidance should have been repeated by {0} (latest {1}); without it a later sanction is invalid.",
                .date(nextDue), .date(last))
            : RuleMessage(
                da: "Vejledt ved første jobsamtale {0}{1}; seneste vejledning {2}; gentages senest {3}.",
                en: "Guided at the first job interview on {0}{1}; latest guidance {2}; to be repeated by {3}.",
                .date(first.date), .localized(initialLate ? LocalizedText(da: " (delvis for sent)", en: " (partly late)") : LocalizedText(da: "", en: "")), .date(last), .date(nextDue))
        return Finding(
            status, deadline: nextDue, windowStart: last, evidence: guidance.evidence, metLate: status == .met && initialLate,
            explanation: explanation, arithmetic: arithmetic)
    }

    // MARK: RD.UDEBLIV

    static let absence = Rule(
        id: "RD.UDEBLIV", version: 1,
        title: LocalizedText(da: "Udeblivelse vurderet og partshørt", en: "Absence assessed and the citizen heard"),
        kind: .lovkrav, appliesTo: .khUhAndSh,
        requirement: LocalizedText(
            da: "En udeblivelse fra tilbud eller samtale vurderes: rimelig grund ja/nej/ukendt; er den ukendt, partshøres borgeren før en eventuel afgørelse.",
            en: "An absence from an offer or conversation is assessed: reasonable cause yes/no/unknown; if unknown, the citizen is heard before any decision."),
        evidence: LocalizedText(
            da: "Rimelig grund ja eller nej; eller partshøring sendt (og før en sanktion, der bygger på udeblivelsen). Vurderingen ventes senest 7 dage efter (»straks« i den lokale politik (standard 7 dage)).",
            en: "Reasonable cause yes or no; or a hearing sent (and before a sanction resting on the absence). The assessment is expected within 7 days (\"immediately\" in the local policy (default 7 days))."),
        validFrom: LawDates.reform2020, legalReference: "LAS § 35",
        sources: [
            SourceReference(
                document: "004", lines: "2390-2395",
                quote: "Hvis den unge uden rimelig grund ikke deltager i tilbud, skal den unge sanktioneres"),
            SourceReference(
                document: "000", lines: "5789-5860",
                quote: "Kommunen skal sikre, at tilsidesættelsen af rådighedspligten er sket uden rimelig grund. Hvis der ikke er oplysninger herom, må kommunen høre borgeren"),
        ],
        anchoring: .perEntry(
            .absence,
            description: LocalizedText(da: "hver udeblivelse i forløbet (dens dato)", en: "each absence in the episode (its date)"),
            label: LocalizedText(da: "udeblivelsen", en: "absence"),
            list: { $0.absences }, date: { $0.date }, where: { absence, facts in absence.date >= facts.episodeFloor }),
        aggregatesMet: true
    ) { anchor, facts, context in
        let absence = facts.absences[anchor.index]
        var evidence = [Evidence.absence(absence)]
        if absence.reasonableCause != .ukendt {
            return Finding(
                .met, deadline: absence.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Udeblivelsen {0} er vurderet ({1}).", en: "The absence on {0} is assessed ({1}).",
                    .date(absence.date), .localized(Wording.reasonableCause(absence.reasonableCause))))
        }
        let hearing = facts.known(absence.hearingSent)
        if let decision = facts.sanctions.first(where: { $0.absenceIDs.contains(absence.id) }),
           hearing.map({ $0 > decision.decided }) ?? true {
            evidence.append(.sanction(decision))
            return Finding(
                .missed, deadline: decision.decided, evidence: evidence,
                explanation: RuleMessage(
                    da: "Sanktionen {0} bygger på udeblivelsen {1}, men borgeren blev ikke partshørt først (rimelig grund ukendt).",
                    en: "The sanction of {0} rests on the absence of {1}, but the citizen was not heard first (reasonable cause unknown).",
                    .date(decision.decided), .date(absence.date)))
        }
        if let hearing {
            let answered = facts.known(absence.hearingAnswered)
            return Finding(
                .met, deadline: absence.date, evidence: evidence,
                explanation: answered.map {
                    RuleMessage(
                        da: "Partshøring om udeblivelsen {0} sendt {1}, besvaret {2}; vurdér rimelig grund.",
                        en: "Hearing about the absence on {0} sent on {1}, answered on {2}; assess the reasonable cause.",
                        .date(absence.date), .date(hearing), .date($0))
                } ?? RuleMessage(
                    da: "Partshøring om udeblivelsen {0} sendt {1}; afventer svar.",
                    en: "Hearing about the absence on {0} sent on {1}; awaiting the answer.", .date(absence.date), .date(hearing)))
        }
        let days = context.policy.immediatelyDays
        let deadline = absence.date.adding(days: days)
        let status = context.pending(deadline)
        return Finding(
            status, deadline: deadline, evidence: evidence,
            explanation: Judgements.pendingSentence(
                RuleMessage(
                    da: "Vurdering af rimelig grund eller partshøring for udeblivelsen {0}",
                    en: "Assessment of reasonable cause or hearing for the absence on {0}", .date(absence.date)),
                status: status, deadline: deadline),
            arithmetic: Messages.plusDays(LocalizedText(da: "udeblivelsen", en: "the absence"), absence.date, days))
    }

    // MARK: RD.AP.KONTAKT

    static let personalContact = Rule(
        id: "RD.AP.KONTAKT", version: 1,
        title: LocalizedText(da: "Personlig kontakt før sanktion (aktivitetsparate)", en: "Personal contact before a sanction (activity-ready)"),
        kind: .lovkrav, appliesTo: .aktivitetsparat,
        requirement: LocalizedText(
            da: "Før enhver sanktion: alle rimelige forsøg på personlig kontakt er gjort og dokumenteret (mentor, tilbudssted, hjemmebesøg; familie kun med samtykke), og det er vurderet, om sanktionen vil fremme rådigheden (§ 13, stk. 8).",
            en: "Before any sanction: all reasonable attempts at personal contact are made and documented (mentor, offer provider, home visit; family only with consent), and it is assessed whether the sanction will promote availability (§ 13(8))."),
        evidence: LocalizedText(
            da: "Mindst ét personligt kontaktforsøg (ikke brev) mellem udeblivelsen og afgørelsen, og vurderingen af rådigheden på afgørelsen.",
            en: "At least one personal contact attempt (not a letter) between the absence and the decision, and the availability assessment on the decision."),
        validFrom: LawDates.reform2020, legalReference: "LAS § 35, stk. 7; LAS § 13, stk. 8",
        sources: [
            SourceReference(
                document: "000", lines: "10466-10605",
                quote: "skal kommunen have udtømt alle rimelige muligheder for at komme i personlig kontakt med personen"),
            SourceReference(
                document: "000", lines: "8336-8362",
                quote: "herunder om en sanktion vil fremme den aktivitetsparate borgers rådighed"),
        ],
        anchoring: .perEntry(
            .sanction,
            description: LocalizedText(da: "hver sanktionsafgørelse i forløbet (afgørelsens dato)", en: "each sanction decision in the episode (its date)"),
            label: LocalizedText(da: "afgørelsen", en: "decision"),
            list: { $0.sanctions }, date: { $0.decided }, where: { decision, facts in decision.decided >= facts.episodeFloor })
    ) { anchor, facts, _ in
        let decision = facts.sanctions[anchor.index]
        let check = PersonalContactCheck(decision, facts: facts)
        let evidence = [Evidence.sanction(decision)] + check.attempts.map(Evidence.contactAttempt)
        if check.isSatisfied {
            return Finding(
                .met, deadline: decision.decided, evidence: evidence,
                explanation: RuleMessage(
                    da: "Før afgørelsen {0}: {1} forsøg på personlig kontakt og en vurdering af, om sanktionen fremmer rådigheden.",
                    en: "Before the decision of {0}: {1} attempts at personal contact and an assessment of whether the sanction promotes availability.",
                    .date(decision.decided), .number(check.attempts.count)))
        }
        return Finding(
            .missed, deadline: decision.decided, evidence: evidence,
            explanation: RuleMessage(
                da: "Afgørelsen {0} mangler: {1}.", en: "The decision of {0} lacks: {1}.", .date(decision.decided), .list(check.missing)))
    }

    // MARK: RD.40A

    static let aggravatedSanction = Rule(
        id: "RD.40A", version: 1,
        title: LocalizedText(da: "Skærpet rådighedssanktion: betingelserne dokumenteret", en: "Aggravated availability sanction: conditions documented"),
        kind: .lovkrav, appliesTo: .khUhAndSh,
        requirement: LocalizedText(
            da: "En skærpet rådighedssanktion (§ 40 a) kræver, alt dokumenteret: (1) en korrekt forudgående sanktion; (2) vejledning efter § 35, stk. 2 med alle 4 elementer før den; (3) en ny tilsidesættelse efter vejledningen uden rimelig grund; (4) en konkret vurdering af manglende vilje; (5) længde 1, 2 eller 3 måneder med begrundelse; (6) aktiviteten givet med afgørelsen og mulig at starte samme dag; (7) afgørelsen om ophør ved en hel kalendermåneds udeblivelse, også for ægtefællen, truffet samtidig; (8) partshøring; (9) jobparat/aktivitetsparat angivet; (10) for aktivitetsparate RD.AP.KONTAKT; (11) aldrig brugt til at afprøve ophold.",
            en: "An aggravated availability sanction (§ 40 a) needs, all documented: (1) a correct prior sanction; (2) the § 35(2) warning with all 4 elements before it; (3) a new breach after the warning without reasonable cause; (4) a concrete assessment of unwillingness; (5) length 1, 2 or 3 months with reasons; (6) the activity given with the decision and startable the same day; (7) the decision that a whole calendar month of absence ends the help, also for the spouse, made at the same time; (8) a hearing; (9) job-ready/activity-ready stated; (10) for activity-ready, RD.AP.KONTAKT; (11) never used to test residence."),
        evidence: LocalizedText(
            da: "Tjeklisten (SanctionChecklist) på afgørelsen: alle 11 betingelser opfyldt.",
            en: "The checklist (SanctionChecklist) of the decision: all 11 conditions met."),
        validFrom: LawDates.reform2020, legalReference: "LAS § 40 a, stk. 1",
        sources: [
            SourceReference(document: "000", lines: "5157-5205", quote: "der er tale om sagsbehandlingsfejl i alle sagerne"),
            SourceReference(document: "000", lines: "5789-5860"),
            SourceReference(
                document: "000", lines: "6248-6372", quote: "TJEKLISTE TIL BRUG FOR SAGSBEHANDLING AF SAGER EFTER LAS § 40 A, STK. 1"),
            SourceReference(
                document: "000", lines: "7425-7455",
                quote: "det er en betingelse, at borgeren efter den forudgående afgørelse om sanktion på ny tilsidesætter sin pligt til at stå til rådighed"),
        ],
        anchoring: .perEntry(
            .sanction,
            description: LocalizedText(da: "hver afgørelse efter § 40 a (afgørelsens dato)", en: "each § 40 a decision (its date)"),
            label: LocalizedText(da: "afgørelsen", en: "decision"),
            list: { $0.sanctions }, date: { $0.decided }, where: { decision, _ in decision.kind == .skaerpet40a })
    ) { anchor, facts, _ in
        let decision = facts.sanctions[anchor.index]
        let checklist = SanctionChecklist(decision: decision, facts: CaseFacts(facts.source, asOf: decision.decided))
        let failing = checklist.failing
        var evidence = [Evidence.sanction(decision)]
        var seen = Set([decision.id])
        for condition in checklist.conditions {
            for item in condition.evidence where seen.insert(item.entryID).inserted { evidence.append(item) }
        }
        if failing.isEmpty {
            return Finding(
                .met, deadline: decision.decided, evidence: evidence,
                explanation: RuleMessage(
                    da: "Alle 11 betingelser for den skærpede sanktion {0} er dokumenteret.",
                    en: "All 11 conditions of the aggravated sanction of {0} are documented.", .date(decision.decided)))
        }
        return Finding(
            .missed, deadline: decision.decided, evidence: evidence,
            explanation: RuleMessage(
                da: "Den skærpede sanktion {0} mangler betingelse {1}: {2}",
                en: "The aggravated sanction of {0} fails condition {1}: {2}",
                .date(decision.decided), .list(failing.map { .number($0.number) }), .list(failing.map { .message($0.detailMessage) })))
    }

    // MARK: RD.40A.GODKEND

    static let aggravatedSanctionApproval = Rule(
        id: "RD.40A.GODKEND", version: 1,
        title: LocalizedText(da: "§ 40 a godkendt af faglig konsulent eller leder", en: "§ 40 a approved by a specialist or team lead"),
        kind: .lokal, appliesTo: .khUhAndSh,
        requirement: LocalizedText(
            da: "En afgørelse efter § 40 a godkendes af en faglig konsulent eller teamleder, før den får virkning (Gentofte siden december 2022).",
            en: "A § 40 a decision is approved by a specialist or team lead before it takes effect (Gentofte since December 2022)."),
        evidence: LocalizedText(
            da: "En godkendelse dateret senest virkningsdatoen (eller afgørelsesdatoen).",
            en: "An approval dated no later than the effective date (or the decision date)."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "000", lines: "800-812",
                quote: "Brug af skærpet rådighedssanktion skal godkendes af faglig konsulent eller leder"),
        ],
        anchoring: .perEntry(
            .sanction,
            description: LocalizedText(da: "hver afgørelse efter § 40 a (afgørelsens dato)", en: "each § 40 a decision (its date)"),
            label: LocalizedText(da: "afgørelsen", en: "decision"),
            list: { $0.sanctions }, date: { $0.decided }, where: { decision, _ in decision.kind == .skaerpet40a })
    ) { anchor, facts, context in
        let decision = facts.sanctions[anchor.index]
        let deadline = decision.effective ?? decision.decided
        let evidence = [Evidence.sanction(decision)]
        if let approval = decision.approval, approval.date <= context.asOf {
            if !approval.approved {
                return .notApplicable(
                    RuleMessage(
                        da: "Afgørelsen er ikke godkendt (afvist af {0} {1}) og må ikke få virkning.",
                        en: "The decision was not approved (rejected by {0} on {1}) and must not take effect.",
                        .text(approval.by), .date(approval.date)),
                    evidence: evidence)
            }
            let late = approval.date > deadline
            return Finding(
                .met, deadline: deadline, evidence: evidence, metLate: late,
                explanation: RuleMessage(
                    da: "Godkendt af {0} {1}{2}.", en: "Approved by {0} on {1}{2}.",
                    .text(approval.by), .date(approval.date), .localized(late ? LocalizedText(da: ", efter virkningsdatoen", en: ", after the effective date") : LocalizedText(da: "", en: ""))))
        }
        let status = context.pending(deadline)
        return Finding(
            status, deadline: deadline, evidence: evidence,
            explanation: status == .overdue
                ? RuleMessage(
                    da: "Afventer godkendelse: afgørelsen {0} har virkning fra {1} uden godkendelse af faglig konsulent eller leder.",
                    en: "Awaiting approval: the decision of {0} takes effect from {1} without approval by a specialist or team lead.",
                    .date(decision.decided), .date(deadline))
                : RuleMessage(
                    da: "Afventer godkendelse af faglig konsulent eller leder senest {0}.",
                    en: "Awaiting approval by a specialist or team lead by {0}.", .date(deadline)))
    }
}
