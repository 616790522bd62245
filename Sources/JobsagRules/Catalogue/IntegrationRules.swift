import JobsagCore

/// IN: integration (refugees and family-reunified persons, sh-* in the integration
/// programme), RULES.md §3 "IN". The sources give the 2016 changes to the law without a
/// paragraph, so the legal reference is empty.
enum IntegrationRules {
    static let all: [Rule] = [category, firstOffer, gapBetweenOffers, danishClasses]

    /// The rules only apply in the integration programme.
    static func outsideProgramme(_ facts: CaseFacts) -> Finding? {
        guard facts.episode?.inIntegrationProgramme != true else { return nil }
        return .notApplicable(
            RuleMessage(da: "Borgeren er ikke i integrationsprogrammet.", en: "The citizen is not in the integration programme."))
    }

    /// The arrival date, else the episode start (for the category decision).
    static let arrivalOrStart = Anchoring(
        description: LocalizedText(
            da: "tilflytningsdatoen (eller forløbets start, hvis den mangler)", en: "the arrival date (or the episode start if missing)"),
        label: LocalizedText(da: "tilflytning", en: "arrival"),
        subjectKind: nil,
        single: { facts in RuleAnchor(date: facts.arrivalDate ?? facts.episodeStart, missing: .arrivalDate) })

    // MARK: IN.KATEGORI

    static let category = Rule(
        id: "IN.KATEGORI", version: 1,
        title: LocalizedText(da: "Endelig kategori inden for 3 måneder", en: "Final category within 3 months"),
        kind: .lovkrav, appliesTo: .integration,
        requirement: LocalizedText(
            da: "Borgeren mødes som jobparat; den endelige kategori (jobparat, uddannelsesparat, aktivitetsparat) afgøres senest efter 3 måneder.",
            en: "The citizen is met as job-ready; the final category (job-ready, education-ready, activity-ready) is decided within 3 months."),
        evidence: LocalizedText(
            da: "En visitation dateret senest tilflytning + 3 måneder.", en: "A visitation dated no later than arrival + 3 months."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "001", lines: "2839-2845",
                quote: "Efter tre måneder skal kommunen tage endeligt stilling til, om den enkelte er jobparat, uddannelsesparat eller aktivitetsparat"),
        ],
        anchoring: arrivalOrStart
    ) { anchor, facts, context in
        if let outside = outsideProgramme(facts) { return outside }
        guard let arrival = anchor.date else { return .cannotEvaluate(.arrivalDate) }
        let deadline = arrival.adding(months: 3)
        let visitation = facts.visitations.first { $0.date >= arrival }
        return Judgements.event(
            happened: visitation?.date, evidence: visitation.map { [.visitation($0)] } ?? [], deadline: deadline,
            windowStart: arrival, what: RuleMessage(da: "Endelig kategori", en: "Final category"),
            arithmetic: Messages.plusMonths(Messages.arrivalLabel, arrival, 3), context: context)
    }

    // MARK: IN.TILBUD1

    static let firstOffer = Rule(
        id: "IN.TILBUD1", version: 1,
        title: LocalizedText(da: "Virksomhedsrettet tilbud inden for den første måned", en: "Employer-based offer within the first month"),
        kind: .lovkrav, appliesTo: .integration,
        requirement: LocalizedText(
            da: "Et virksomhedsrettet tilbud (virksomhedspraktik eller løntilskud) starter inden for den første måned efter tilflytning til kommunen.",
            en: "An employer-based offer (work placement or wage subsidy) starts within the first month after moving to the municipality."),
        evidence: LocalizedText(
            da: "Et tilbud af typen virksomhedspraktik eller løntilskud, der starter senest tilflytning + 1 måned.",
            en: "An offer of type work placement or wage subsidy starting no later than arrival + 1 month."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "001", lines: "2849-2853",
                quote: "skal have tilbudt en virksomhedsrettet indsats i løbet af den første måned efter, at de er flyttet til kommunen i form af løntilskud og virksomhedspraktik"),
        ],
        anchoring: .arrival
    ) { anchor, facts, context in
        if let outside = outsideProgramme(facts) { return outside }
        guard let arrival = anchor.date else { return .cannotEvaluate(.arrivalDate) }
        let offer = facts.offers.first { $0.type.isEmployerBased && $0.start >= arrival }
        return Judgements.event(
            happened: offer?.start, evidence: offer.map { [.offer($0)] } ?? [], deadline: arrival.adding(months: 1),
            windowStart: arrival, what: RuleMessage(da: "Virksomhedsrettet tilbud", en: "Employer-based offer"),
            arithmetic: Messages.plusMonths(Messages.arrivalLabel, arrival, 1), context: context)
    }

    // MARK: IN.PAUSE6U

    static let gapBetweenOffers = Rule(
        id: "IN.PAUSE6U", version: 1,
        title: LocalizedText(da: "Højst 6 ugers pause mellem tilbud", en: "At most 6 weeks between offers"),
        kind: .lovkrav, appliesTo: .shJobparat,
        requirement: LocalizedText(
            da: "Efter det første tilbud er jobparate i en kontinuerlig virksomhedsrettet indsats med højst 6 ugers pause mellem tilbuddene.",
            en: "After the first offer, job-ready citizens are in a continuous employer-based effort with at most 6 weeks between offers."),
        evidence: LocalizedText(
            da: "Virksomhedsrettede tilbud, hvor det næste starter senest 6 uger (42 dage) efter det forriges slut.",
            en: "Employer-based offers, each next one starting no later than 6 weeks (42 days) after the previous one ends."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "001", lines: "2853-2855",
                quote: "hvor der maksimalt må være pause på seks uger mellem tilbuddene"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        if let outside = outsideProgramme(facts) { return outside }
        let offers = facts.episodeOffers.filter { $0.type.isEmployerBased }
        return GapRule.judge(
            offers, maximumGapDays: 42, gapLabel: Wording.weeks(6), facts: facts, context: context, until: context.asOf)
    }

    // MARK: IN.DANSK

    static let danishClasses = Rule(
        id: "IN.DANSK", version: 1,
        title: LocalizedText(da: "Danskuddannelse startet inden for den første måned", en: "Danish classes started within the first month"),
        kind: .lovkrav, appliesTo: .integration,
        requirement: LocalizedText(
            da: "Danskuddannelsen er påbegyndt senest inden for den første måned efter tilflytning.",
            en: "Danish classes have started within the first month after arrival."),
        evidence: LocalizedText(
            da: "Et tilbud af typen danskundervisning, der starter senest tilflytning + 1 måned.",
            en: "An offer of type Danish classes starting no later than arrival + 1 month."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "001", lines: "2857-2859",
                quote: "Danskuddannelse skal følges samtidigt med virksomhedspraktikken eller løntilskuddet – og senest være påbegyndt inden for den første måned"),
        ],
        anchoring: .arrival
    ) { anchor, facts, context in
        if let outside = outsideProgramme(facts) { return outside }
        guard let arrival = anchor.date else { return .cannotEvaluate(.arrivalDate) }
        let classes = facts.offers.first { $0.type == .danskundervisning && $0.start >= arrival }
        return Judgements.event(
            happened: classes?.start, evidence: classes.map { [.offer($0)] } ?? [], deadline: arrival.adding(months: 1),
            windowStart: arrival, what: RuleMessage(da: "Danskuddannelse", en: "Danish classes"),
            arithmetic: Messages.plusMonths(Messages.arrivalLabel, arrival, 1), context: context)
    }
}

/// "At most N days between offers" (IN.PAUSE6U, TB.UH.1MD): the next offer starts within N
/// days of the previous one's end (RULES.md §1: "within N weeks of A" is A + 7·N days). A gap
/// that closed too late is missed, with the day the next offer was due as its deadline; an
/// open gap is due on that day.
enum GapRule {
    static func judge(
        _ offers: [Offer], maximumGapDays: Int, gapLabel: RuleMessage.Argument, facts: CaseFacts,
        context: EvaluationContext, until last: CalendarDate
    ) -> Finding {
        guard let first = offers.first else {
            return .notApplicable(
                RuleMessage(da: "Intet tilbud endnu; pausen regnes fra det første tilbud.", en: "No offer yet; gaps count from the first offer."))
        }
        // Merge the offers into periods of activity; find the gaps that were too long.
        var coveredUntil: CalendarDate? = facts.effectiveEnd(of: first)
        var longGaps: [LongGap] = []
        for offer in offers.dropFirst() where offer.start <= last {
            guard let until = coveredUntil else { break }  // an open-ended offer covers the rest
            if offer.start > until.adding(days: maximumGapDays) {
                longGaps.append(LongGap(previousEnd: until, nextStart: offer.start, due: until.adding(days: maximumGapDays)))
            }
            if offer.start > until {
                coveredUntil = facts.effectiveEnd(of: offer)
            } else if let end = facts.effectiveEnd(of: offer) {
                coveredUntil = max(until, end)
            } else {
                coveredUntil = nil
            }
        }
        var evidence = offers.filter { $0.start <= last }.map(Evidence.offer)
        if evidence.count > 6 { evidence = Array(evidence.suffix(6)) }
        if let until = coveredUntil, until < last {
            // In a gap now: the next offer must start within the maximum gap.
            let deadline = until.adding(days: maximumGapDays)
            let status = context.pending(deadline)
            if status != .overdue, let gap = longGaps.last {
                return missedGap(gap, gapLabel: gapLabel, evidence: evidence)
            }
            return Finding(
                status, deadline: deadline, windowStart: until.adding(days: 1), evidence: evidence,
                explanation: Judgements.pendingSentence(
                    RuleMessage(
                        da: "Næste tilbud efter tilbuddet, der sluttede {0} (højst {1} pause)",
                        en: "Next offer after the one that ended on {0} (at most {1} gap)", .date(until), gapLabel),
                    status: status, deadline: deadline),
                arithmetic: arithmetic(until, gapLabel: gapLabel, due: deadline))
        }
        if let gap = longGaps.last {
            return missedGap(gap, gapLabel: gapLabel, evidence: evidence)
        }
        return Finding(
            .met, deadline: coveredUntil.map { $0.adding(days: maximumGapDays) }, evidence: evidence,
            explanation: RuleMessage(
                da: "Tilbuddene følger hinanden uden pauser over {0}.", en: "The offers follow each other without gaps over {0}.",
                gapLabel))
    }

    /// A gap between offers that was too long: the previous offer's last day, the day the next
    /// one started, and the day it was due.
    struct LongGap {
        let previousEnd: CalendarDate
        let nextStart: CalendarDate
        let due: CalendarDate
    }

    static func missedGap(_ gap: LongGap, gapLabel: RuleMessage.Argument, evidence: [Evidence]) -> Finding {
        Finding(
            .missed, deadline: gap.due, windowStart: gap.previousEnd.adding(days: 1), evidence: evidence,
            explanation: RuleMessage(
                da: "Efter tilbuddet, der sluttede {0}, startede det næste først {1}, mere end {2} senere; det skulle være startet senest {3}.",
                en: "After the offer that ended on {0}, the next one started only on {1}, more than {2} later; it was due to start by {3}.",
                .date(gap.previousEnd), .date(gap.nextStart), gapLabel, .date(gap.due)),
            arithmetic: arithmetic(gap.previousEnd, gapLabel: gapLabel, due: gap.due))
    }

    /// "slut 31.03.2024 + 6 uger = 12.05.2024"
    private static func arithmetic(_ end: CalendarDate, gapLabel: RuleMessage.Argument, due: CalendarDate) -> RuleMessage {
        RuleMessage(da: "slut {0} + {1} = {2}", en: "end {0} + {1} = {2}", .date(end), gapLabel, .date(due))
    }
}
