import JobsagCore

/// TB: offers (tilbud), RULES.md §3 "TB".
enum TilbudRules {
    static let all: [Rule] = [
        rightAndDuty, guidanceNotRightAndDuty, activeOfferV1, activeOfferV2, purpose, internshipPurpose, followUp,
        passive,
    ]

    /// TB.VO.IKKE.RP: from 22.03.2023 an offer of øvrig vejledning og opkvalificering cannot be
    /// the right-and-duty offer for dagpenge, kh-* and sh-jobparat/-aktivitetsparat outside the
    /// integration programme. Defined once; TB.RETPLIGT reads it.
    static func cannotBeRightAndDuty(_ offer: Offer, facts: CaseFacts) -> Bool {
        guard offer.type == .vejledningOgOpkvalificering, offer.start >= LawDates.lov295,
              let group = facts.group, TargetGroupScope.voNotRightAndDuty.contains(group)
        else { return false }
        if group.isSelvforsoergelse, facts.episode?.inIntegrationProgramme == true { return false }
        return true
    }

    // MARK: TB.RETPLIGT

    static let rightAndDuty = Rule(
        id: "TB.RETPLIGT", version: 1,
        title: LocalizedText(da: "Ret- og pligttilbud senest efter 6 måneder", en: "Right-and-duty offer no later than after 6 months"),
        kind: .lovkrav, appliesTo: .retOgPligt,
        requirement: LocalizedText(
            da: "Et ret- og pligttilbud er startet senest efter 6 måneders ledighed (regnet fra ydelsesforløbets start).",
            en: "A right-and-duty offer has started no later than after 6 months of unemployment (counted from the episode start)."),
        evidence: LocalizedText(
            da: "Et tilbud markeret ret og pligt, der starter fra episodestart til og med episodestart + 6 måneder; fra 22.03.2023 tæller vejledning og opkvalificering ikke (TB.VO.IKKE.RP).",
            en: "An offer marked right and duty starting from the episode start up to episode start + 6 months; from 22.03.2023 guidance and upskilling does not count (TB.VO.IKKE.RP)."),
        validFrom: LawDates.reform2020, legalReference: "Aftale om en forenklet beskæftigelsesindsats",
        sources: [
            SourceReference(
                document: "001", lines: "585-589",
                quote: "Dagpenge- og kontanthjælpsmodtagere skal senest efter seks måneders ledighed have et ret og pligttilbud"),
            SourceReference(document: "001", lines: "696", quote: "samt krav om ét ret og pligttilbud"),
        ],
        anchoring: .episodeStart
    ) { anchor, facts, context in
        guard let start = anchor.date else { return .cannotEvaluate(.start) }
        let deadline = start.adding(months: 6)
        let candidates = facts.offers.filter { $0.rightAndDuty && $0.start >= start }
        let excluded = candidates.filter { cannotBeRightAndDuty($0, facts: facts) }
        let offer = candidates.first { !cannotBeRightAndDuty($0, facts: facts) }
        var finding = Judgements.event(
            happened: offer?.start, evidence: offer.map { [.offer($0)] } ?? [], deadline: deadline, windowStart: start,
            what: RuleMessage(da: "Ret- og pligttilbud", en: "Right-and-duty offer"),
            arithmetic: Messages.plusMonths(Messages.episodeStartLabel, start, 6), context: context)
        if !excluded.isEmpty {
            finding.explanation = RuleMessage(
                da: "{0} Tilbud om vejledning og opkvalificering tæller ikke som ret og pligt fra 22.03.2023 ({1} registreret).",
                en: "{0} Guidance-and-upskilling offers do not count as right and duty from 22.03.2023 ({1} recorded).",
                .message(finding.explanation), .number(excluded.count))
            finding.evidence += excluded.map(Evidence.offer)
        }
        return finding
    }

    // MARK: TB.VO.IKKE.RP

    static let guidanceNotRightAndDuty = Rule(
        id: "TB.VO.IKKE.RP", version: 1,
        title: LocalizedText(
            da: "Vejledning og opkvalificering er ikke ret- og pligttilbud", en: "Guidance and upskilling is not a right-and-duty offer"),
        kind: .lovkrav, appliesTo: .voNotRightAndDuty,
        requirement: LocalizedText(
            da: "Øvrig vejledning og opkvalificering kan ikke være ret- og pligttilbud for dagpenge, kontanthjælp og overgangsydelse uden for integrationsprogrammet (det kan det stadig for uh-*).",
            en: "Guidance and upskilling cannot be the right-and-duty offer for dagpenge, cash benefit and transition benefit outside the integration programme (it still can for uh-*)."),
        evidence: LocalizedText(
            da: "Et tilbud af typen vejledning og opkvalificering markeret ret og pligt, startet fra 22.03.2023, markeres og tæller ikke for TB.RETPLIGT.",
            en: "An offer of type guidance and upskilling marked right and duty, starting from 22.03.2023, is flagged and does not count for TB.RETPLIGT."),
        validFrom: LawDates.lov295, legalReference: "Lov nr. 295 af 20. marts 2023 (LAB § 91)",
        sources: [
            SourceReference(
                document: "000", lines: "1092-1101",
                quote: "Jobcenteret kan fremover ikke give dagpengemodtagere, kontanthjælpsmodtagere og overgangsydelsesmodtagere uden for integrationsprogrammet ... tilbud om øvrig vejledning og opkvalificering som et ret- og pligttilbud"),
        ],
        anchoring: .perEntry(
            .offer,
            description: LocalizedText(
                da: "hvert tilbud om vejledning og opkvalificering markeret ret og pligt (tilbuddets start)",
                en: "each guidance-and-upskilling offer marked right and duty (its start)"),
            label: LocalizedText(da: "tilbuddets start", en: "offer start"),
            list: { $0.episodeOffers }, date: { $0.start },
            where: { offer, _ in offer.type == .vejledningOgOpkvalificering && offer.rightAndDuty })
    ) { anchor, facts, _ in
        let offer = facts.episodeOffers[anchor.index]
        guard cannotBeRightAndDuty(offer, facts: facts) else {
            return .notApplicable(
                RuleMessage(
                    da: "Borgeren er i integrationsprogrammet; vejledning og opkvalificering kan være ret- og pligttilbud.",
                    en: "The citizen is in the integration programme; guidance and upskilling can be a right-and-duty offer."),
                evidence: [.offer(offer)])
        }
        return Finding(
            .missed, deadline: offer.start, evidence: [.offer(offer)],
            explanation: RuleMessage(
                da: "Tilbuddet om vejledning og opkvalificering fra {0} er registreret som ret og pligt, men kan ikke være ret- og pligttilbud fra 22.03.2023; det tæller ikke for TB.RETPLIGT.",
                en: "The guidance-and-upskilling offer from {0} is recorded as right and duty, but cannot be one from 22.03.2023; it does not count for TB.RETPLIGT.",
                .date(offer.start)))
    }

    // MARK: TB.AKTIV12

    static let activeOfferV1 = activeOfferInTwelveMonths(
        version: 1, validFrom: LawDates.reform2020, validTo: LawDates.lov295, guidanceCounts: true, hours: 225,
        legalReference: "Beskæftigelsesministeriets fokusmål (80 pct.)")

    static let activeOfferV2 = activeOfferInTwelveMonths(
        version: 2, validFrom: LawDates.lov295, validTo: nil, guidanceCounts: false, hours: 100,
        legalReference: "Lov nr. 295 af 20. marts 2023 (fokusmål 70 pct.)")

    /// A version of TB.AKTIV12: an active offer in the 12 months up to `asOf`, or `hours`
    /// ordinary paid hours in the 12 calendar months up to and including `asOf`'s month.
    static func activeOfferInTwelveMonths(
        version: Int, validFrom: CalendarDate, validTo: CalendarDate?, guidanceCounts: Bool, hours: Double,
        legalReference: String
    ) -> Rule {
        let hoursText = RuleMessage.format(hours, .da)
        return Rule(
            id: "TB.AKTIV12", version: version,
            title: LocalizedText(da: "Aktivt tilbud inden for de seneste 12 måneder", en: "An active offer in the last 12 months"),
            kind: .fokusmaal, appliesTo: .withContactCourse,
            requirement: LocalizedText(
                da: "Mindst ét aktivt tilbud i de seneste 12 måneder" + (guidanceCounts ? "" : " (øvrig vejledning og opkvalificering tæller ikke)")
                    + "; \(hoursText) ordinære løntimer i perioden tæller i stedet.",
                en: "At least one active offer in the last 12 months" + (guidanceCounts ? "" : " (guidance and upskilling does not count)")
                    + "; \(hoursText) ordinary paid hours in the period count instead."),
            evidence: LocalizedText(
                da: "Et tilbud (ikke mentor\(guidanceCounts ? "" : ", ikke vejledning og opkvalificering")), der løb i de 12 måneder til og med opgørelsesdatoen; eller mindst \(hoursText) ordinære løntimer i de 12 kalendermåneder til og med opgørelsesdatoens måned.",
                en: "An offer (not mentor\(guidanceCounts ? "" : ", not guidance and upskilling")) that ran in the 12 months up to the evaluation date; or at least \(hoursText) ordinary paid hours in the 12 calendar months up to and including the evaluation date's month."),
            validFrom: validFrom, validTo: validTo, legalReference: legalReference,
            sources: [
                SourceReference(
                    document: "000", lines: "1102-1103",
                    quote: "Øvrig vejledning og opkvalificering vil fremover ikke tælle med i opgørelsen af, hvorvidt kommunen lever op til fokusmålet"),
                SourceReference(
                    document: "000", lines: "1182-1188",
                    quote: "reduceres fra 225 timer til 100 timer"),
                SourceReference(
                    document: "002", lines: "4544-4547",
                    quote: "at alle får minimum et beskæftigelsesrettet tilbud om året"),
            ],
            anchoring: .evaluationDate
        ) { _, facts, context in
            guard let start = facts.episodeStart else { return .cannotEvaluate(.start) }
            let asOf = context.asOf
            let windowStart = asOf.adding(months: -12).adding(days: 1)
            // The lists share the offers' storage when every offer is in them (as is usual): a list
            // of its own was a copy of every offer, with all its texts.
            let countable = CaseFacts.filterSharing(facts.offers) { offer in
                offer.type != .mentor && (guidanceCounts || offer.type != .vejledningOgOpkvalificering)
            }
            let inWindow = CaseFacts.filterSharing(countable) { facts.ran($0, from: windowStart, to: asOf) }
            let firstMonth = asOf.firstOfMonth.adding(months: -11)
            let hourEntries = facts.ordinaryHours.filter { $0.month >= firstMonth }
            let paidHours = hourEntries.reduce(0.0) { $0 + $1.hours }
            let excluded = guidanceCounts ? 0 : facts.offers.lazy.filter {
                $0.type == .vejledningOgOpkvalificering && facts.ran($0, from: windowStart, to: asOf)
            }.count
            let lastActive = countable.compactMap { offer -> CalendarDate? in
                guard let end = facts.effectiveEnd(of: offer) else { return asOf }
                return min(end, asOf)
            }.max()
            let windowText = Messages.rollingWindow(from: windowStart, to: asOf, months: 12)
            if !inWindow.isEmpty || paidHours >= hours {
                let ongoing = inWindow.contains { facts.isActive($0, on: asOf) }
                var nextDue: CalendarDate?
                if !ongoing, paidHours < hours, let lastActive { nextDue = lastActive.adding(months: 12).adding(days: -1) }
                let status = nextDue.map { context.recurring(nextDue: $0) } ?? .met
                let explanation: RuleMessage = inWindow.isEmpty
                    ? RuleMessage(
                        da: "{0} ordinære løntimer i de 12 kalendermåneder til og med {1} tæller i stedet for et tilbud (mindst {2}).",
                        en: "{0} ordinary paid hours in the 12 calendar months up to {1} count instead of an offer (at least {2}).",
                        .decimal(paidHours), .date(asOf), .decimal(hours))
                    : (nextDue.map {
                        RuleMessage(
                            da: "Aktivt tilbud inden for de seneste 12 måneder; et nyt skal starte senest {0}.",
                            en: "An active offer in the last 12 months; a new one must start by {0}.", .date($0))
                    } ?? RuleMessage(da: "Aktivt tilbud inden for de seneste 12 måneder.", en: "An active offer in the last 12 months."))
                return Finding(
                    status, deadline: nextDue, windowStart: windowStart,
                    evidence: inWindow.isEmpty ? hourEntries.map(Evidence.ordinaryHours) : inWindow.map(Evidence.offer),
                    explanation: explanation, arithmetic: windowText)
            }
            var nextDue = start.adding(months: 12).adding(days: -1)
            if let lastActive { nextDue = max(nextDue, lastActive.adding(months: 12).adding(days: -1)) }
            let status = context.pending(nextDue)
            var explanation = status == .overdue
                ? RuleMessage(
                    da: "Intet aktivt tilbud i de seneste 12 måneder og {0} ordinære løntimer (under {1}); fristen var {2}.",
                    en: "No active offer in the last 12 months and {0} ordinary paid hours (below {1}); the deadline was {2}.",
                    .decimal(paidHours), .decimal(hours), .date(nextDue))
                : RuleMessage(
                    da: "Intet aktivt tilbud endnu; et tilbud skal starte senest {0}.",
                    en: "No active offer yet; an offer must start by {0}.", .date(nextDue))
            if excluded > 0 {
                explanation = RuleMessage(
                    da: "{0} Tilbud om vejledning og opkvalificering tæller ikke fra 22.03.2023 ({1} i perioden).",
                    en: "{0} Guidance-and-upskilling offers do not count from 22.03.2023 ({1} in the period).",
                    .message(explanation), .number(excluded))
            }
            return Finding(
                status, deadline: nextDue, windowStart: windowStart, evidence: hourEntries.map(Evidence.ordinaryHours),
                explanation: explanation, arithmetic: windowText)
        }
    }

    // MARK: TB.FORMAAL

    static let purpose = Rule(
        id: "TB.FORMAAL", version: 1,
        title: LocalizedText(da: "Tilbud med individuel vurdering og formål", en: "Offer with individual assessment and purpose"),
        kind: .lovkrav, appliesTo: .all,
        requirement: LocalizedText(
            da: "Hvert tilbud har en konkret individuel vurdering og en klar formålsbeskrivelse af, hvordan det fører til job eller uddannelse, og det mål i Min Plan, det tjener.",
            en: "Every offer has a concrete individual assessment and a clear purpose statement saying how it leads to job or education, and the Min Plan goal it serves."),
        evidence: LocalizedText(
            da: "Udfyldt vurdering og formål og et link til et mål eller delmål i planen, senest når tilbuddet starter.",
            en: "A filled-in assessment and purpose, and a link to a goal or subgoal in the plan, by the offer's start."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 22, stk. 3 og stk. 8; LAB § 32, stk. 3 og § 42, stk. 3",
        sources: [
            SourceReference(
                document: "004", lines: "2206-2254",
                quote: "om der i sagen fremgår en klar formålsbeskrivelse af det iværksatte tilbud"),
            SourceReference(document: "002", lines: "regel 7 (digest)"),
        ],
        anchoring: .perEntry(
            .offer,
            description: LocalizedText(da: "hvert tilbud i forløbet (tilbuddets start)", en: "each offer in the episode (its start)"),
            label: LocalizedText(da: "tilbuddets start", en: "offer start"),
            list: { $0.episodeOffers }, date: { $0.start }, where: { _, _ in true }),
        aggregatesMet: true
    ) { anchor, facts, context in
        let offer = facts.episodeOffers[anchor.index]
        var missing: [RuleMessage.Argument] = []
        if offer.assessment.isBlank {
            missing.append(.localized(LocalizedText(da: "individuel vurdering", en: "individual assessment")))
        }
        if offer.purpose.isBlank {
            missing.append(.localized(LocalizedText(da: "formålsbeskrivelse", en: "purpose statement")))
        }
        if offer.goalID.map({ !facts.goalIDs.contains($0) }) ?? true {
            missing.append(.localized(LocalizedText(da: "link til et mål i Min Plan", en: "link to a Min Plan goal")))
        }
        guard !missing.isEmpty else {
            // Met entries are reported together (aggregatesMet), so the sentence needs no values.
            return Finding(
                .met, deadline: offer.start, evidence: [.offer(offer)],
                explanation: RuleMessage(
                    da: "Tilbuddet har vurdering, formål og mål.", en: "The offer has an assessment, a purpose and a goal."))
        }
        return Finding(
            context.pending(offer.start), deadline: offer.start, evidence: [.offer(offer)],
            explanation: RuleMessage(
                da: "Tilbuddet ({0} fra {1}) mangler {2}.", en: "The offer ({0} from {1}) lacks {2}.",
                .localized(Wording.offerType(offer.type)), .date(offer.start), .list(missing)))
    }

    // MARK: TB.PRAKTIK.FORMAAL

    static let internshipPurpose = Rule(
        id: "TB.PRAKTIK.FORMAAL", version: 1,
        title: LocalizedText(da: "Virksomhedspraktik med ét af de tre formål", en: "Work placement with one of the three purposes"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "En virksomhedspraktik angiver ét formål: 1 ordinære løntimer, 2 træning af uddannelsesmålskompetencer, 3 afklaring af uddannelsesmål.",
            en: "A work placement states one purpose: 1 ordinary paid hours, 2 training education-goal skills, 3 clarifying the education goal."),
        evidence: LocalizedText(da: "Praktikformål 1, 2 eller 3 på tilbuddet.", en: "Placement purpose 1, 2 or 3 on the offer."),
        validFrom: LawDates.reform2020, legalReference: "VEJ nr. 10084 af 29/11/2019",
        sources: [
            SourceReference(
                document: "004", lines: "2303-2309",
                quote: "1) opnåelse af ordinære løntimer, 2) træning af uddannelsesmålskompetencer eller 3) afklaring af uddannelsesmål"),
        ],
        anchoring: .perEntry(
            .offer,
            description: LocalizedText(da: "hver virksomhedspraktik i forløbet (dens start)", en: "each work placement in the episode (its start)"),
            label: LocalizedText(da: "praktikkens start", en: "placement start"),
            list: { $0.episodeOffers }, date: { $0.start }, where: { offer, _ in offer.type == .virksomhedspraktik }),
        aggregatesMet: true
    ) { anchor, facts, context in
        let offer = facts.episodeOffers[anchor.index]
        if let number = offer.internshipPurpose, (1...3).contains(number) {
            return Finding(
                .met, deadline: offer.start, evidence: [.offer(offer)],
                explanation: RuleMessage(
                    da: "Praktikken fra {0} har formål {1}.", en: "The placement from {0} has purpose {1}.",
                    .date(offer.start), .number(number)))
        }
        return Finding(
            context.pending(offer.start), deadline: offer.start, evidence: [.offer(offer)],
            explanation: RuleMessage(
                da: "Praktikken fra {0} angiver ikke et af formålene 1-3.", en: "The placement from {0} does not state one of the purposes 1-3.",
                .date(offer.start)))
    }

    // MARK: TB.OPFOELG

    static let followUp = Rule(
        id: "TB.OPFOELG", version: 1,
        title: LocalizedText(da: "Opfølgning under og evaluering efter tilbud", en: "Follow-up during and evaluation after an offer"),
        kind: .godPraksis, appliesTo: .all,
        requirement: LocalizedText(
            da: "Der følges op under tilbuddet (med virksomheden eller aktøren inddraget), og tilbuddet evalueres, når det slutter, så evalueringen kan bruges til næste delmål.",
            en: "The offer is followed up while it runs (with the company or provider involved) and evaluated when it ends, so the evaluation feeds the next subgoal."),
        evidence: LocalizedText(
            da: "En opfølgning dateret i tilbudsperioden; en evaluering senest 14 dage (den lokale evalueringsfrist (standard 14 dage)) efter slutdatoen.",
            en: "A follow-up dated while the offer runs; an evaluation within 14 days (the local evaluation deadline (default 14 days)) of its end."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "002", lines: "2922-2977",
                quote: "I 49 pct. af sagerne er virksomheden eller anden aktør også inddraget i opfølgningen undervejs i forløbet"),
            SourceReference(document: "002", lines: "regel 7 (digest)"),
        ],
        anchoring: .perEntry(
            .offer,
            description: LocalizedText(da: "hvert tilbud i forløbet (tilbuddets start)", en: "each offer in the episode (its start)"),
            label: LocalizedText(da: "tilbuddets start", en: "offer start"),
            list: { $0.episodeOffers }, date: { $0.start }, where: { _, _ in true }),
        aggregatesMet: true
    ) { anchor, facts, context in
        let offer = facts.episodeOffers[anchor.index]
        let end = facts.effectiveEnd(of: offer)
        let lastDay = min(end ?? context.asOf, context.asOf)
        // The first follow-up while it ran, found without a list of them; the evidence made
        // with room for both items (each offer of every case passes here).
        let followUp = offer.followUps.lazy.filter { $0.date >= offer.start && $0.date <= lastDay }
            .min { ($0.date, $0.id) < ($1.date, $1.id) }
        var evidence: [Evidence] = []
        evidence.reserveCapacity(followUp == nil ? 1 : 2)
        evidence.append(.offer(offer))
        if let followUp {
            evidence.append(
                Evidence(
                    entryID: followUp.id, kind: .offerFollowUp, date: followUp.date,
                    message: RuleMessage(
                        da: "opfølgning {0}{1}", en: "follow-up {0}{1}",
                        .date(followUp.date), .localized(followUp.companyInvolved
                            ? LocalizedText(da: " (virksomheden inddraget)", en: " (company involved)")
                            : LocalizedText(da: "", en: "")))))
        }
        let type = RuleMessage.Argument.localized(Wording.offerType(offer.type))
        guard let end, end <= context.asOf else {
            // Still running.
            if followUp != nil {
                return Finding(
                    .met, deadline: end, windowStart: offer.start, evidence: evidence,
                    explanation: RuleMessage(da: "Der er fulgt op under tilbuddet.", en: "The offer has been followed up."))
            }
            return Finding(
                context.pending(end), deadline: end, windowStart: offer.start, evidence: evidence,
                explanation: RuleMessage(
                    da: "Der er endnu ikke fulgt op under tilbuddet ({0} fra {1}).",
                    en: "The offer ({0} from {1}) has not been followed up yet.", type, .date(offer.start)))
        }
        let days = context.policy.offerEvaluationDays
        let evaluationDeadline = end.adding(days: days)
        let arithmetic = Messages.plusDays(LocalizedText(da: "tilbuddets slut", en: "offer end"), end, days)
        guard followUp != nil else {
            return Finding(
                .missed, deadline: end, windowStart: offer.start, evidence: evidence,
                explanation: RuleMessage(
                    da: "Der blev ikke fulgt op, mens tilbuddet ({0} {1}–{2}) løb.",
                    en: "The offer ({0} {1} to {2}) was not followed up while it ran.", type, .date(offer.start), .date(end)),
                arithmetic: arithmetic)
        }
        if let evaluation = offer.evaluation, evaluation.date <= context.asOf {
            let late = evaluation.date > evaluationDeadline
            return Finding(
                .met, deadline: evaluationDeadline, windowStart: end, evidence: evidence, metLate: late,
                explanation: RuleMessage(
                    da: "Fulgt op under tilbuddet og evalueret {0}{1}.", en: "Followed up during the offer and evaluated on {0}{1}.",
                    .date(evaluation.date), Wording.lateSuffix(late)),
                arithmetic: arithmetic)
        }
        let status = context.pending(evaluationDeadline)
        return Finding(
            status, deadline: evaluationDeadline, windowStart: end, evidence: evidence,
            explanation: Judgements.pendingSentence(
                RuleMessage(
                    da: "Evaluering af tilbuddet ({0}), der sluttede {1}", en: "Evaluation of the offer ({0}) that ended on {1}",
                    type, .date(end)),
                status: status, deadline: evaluationDeadline),
            arithmetic: arithmetic)
    }

    // MARK: TB.PASSIV

    static let passive = Rule(
        id: "TB.PASSIV", version: 1,
        title: LocalizedText(da: "Over 12 måneder uden tilbud", en: "More than 12 months without an offer"),
        kind: .godPraksis, appliesTo: .withContactCourse,
        requirement: LocalizedText(
            da: "Markér mere end 12 måneder uden tilbud, mens borgeren ikke er fritaget.",
            en: "Flag more than 12 months without an offer while the citizen is not exempt."),
        evidence: LocalizedText(
            da: "Tilbud (alle typer) og fritagelsesperioder; en fritagelse for TB.PASSIV forlænger fristen med sine dage.",
            en: "Offers (any type) and exemption periods; an exemption from TB.PASSIV extends the deadline by its days."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "002", lines: "3132-3150",
                quote: "I 43 pct. af sagerne har været tilfælde med længerevarende perioder uden afgivelse af tilbud til målgruppen, perioder på over et år"),
            SourceReference(
                document: "001", lines: "2060",
                quote: "at alle skal have en aktiv indsats, at der ikke skal være passive forløb"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let start = facts.episodeStart else { return .cannotEvaluate(.start) }
        let asOf = context.asOf
        if let running = facts.offers.last(where: { facts.isActive($0, on: asOf) }) {
            return Finding(
                .met, evidence: [.offer(running)],
                explanation: RuleMessage(
                    da: "Borgeren er i tilbud ({0} fra {1}).", en: "The citizen is in an offer ({0} from {1}).",
                    .localized(Wording.offerType(running.type)), .date(running.start)))
        }
        let lastEnd = facts.offers.compactMap { facts.effectiveEnd(of: $0) }.filter { $0 < asOf }.max()
        let passiveFrom = max(start, lastEnd.map { $0.adding(days: 1) } ?? start)
        var exemptDays = 0
        for exemption in facts.exemptions where exemption.applies(to: "TB.PASSIV") {
            let from = max(exemption.from, passiveFrom)
            let to = min(exemption.to ?? asOf, asOf)
            if from <= to { exemptDays += from.days(until: to) + 1 }
        }
        let deadline = passiveFrom.adding(months: 12).adding(days: exemptDays - 1)
        let status = context.pending(deadline)
        let arithmetic = exemptDays > 0
            ? RuleMessage(
                da: "uden tilbud fra {0} + 12 måneder − 1 dag + {1} fritagelse = {2}",
                en: "without an offer from {0} + 12 months − 1 day + {1} of exemption = {2}",
                .date(passiveFrom), Wording.days(exemptDays), .date(deadline))
            : RuleMessage(
                da: "uden tilbud fra {0} + 12 måneder − 1 dag = {1}", en: "without an offer from {0} + 12 months − 1 day = {1}",
                .date(passiveFrom), .date(deadline))
        return Finding(
            status, deadline: deadline, windowStart: passiveFrom,
            explanation: status == .overdue
                ? RuleMessage(
                    da: "Mere end 12 måneder uden tilbud (siden {0}).", en: "More than 12 months without an offer (since {0}).",
                    .date(passiveFrom))
                : RuleMessage(
                    da: "Intet tilbud siden {0}; et tilbud skal starte senest {1} for at undgå et passivt forløb over 12 måneder.",
                    en: "No offer since {0}; an offer must start by {1} to avoid more than 12 passive months.",
                    .date(passiveFrom), .date(deadline)),
            arithmetic: arithmetic)
    }
}
