import JobsagCore

/// The rules before 2020-01-01 (RULES.md §4), for reviewing old cases. They end the day the
/// 2020 reform starts. The sources date them only as "kontanthjælpsreformen fra 2014", so
/// they start on 2014-01-01.
enum Pre2020Rules {
    static let all: [Rule] = [uhEducationReadyTwoInThree, uhActivityReadyEveryTwoMonths, khActivityReadyFourPerYear, uhOffers, cvVisible]

    /// The start of the pre-2020 rules: "kontanthjælpsreformen fra 2014" (001 l.2466).
    static let from = LawDates.date(2014, 1, 1)
    static let until = LawDates.reform2020

    // MARK: KF.UH.UP.2I3

    static let uhEducationReadyTwoInThree = Rule(
        id: "KF.UH.UP.2I3", version: 1,
        title: LocalizedText(da: "Uddannelsesparate: 2 samtaler i de første 3 måneder", en: "Education-ready: 2 conversations in the first 3 months"),
        kind: .lovkrav, appliesTo: .uhUddannelsesparat,
        requirement: LocalizedText(
            da: "Mindst 2 samtaler i de første 3 kalendermåneder fra første henvendelse, derefter efter behov.",
            en: "At least 2 conversations in the first 3 calendar months from the first contact, then as needed."),
        evidence: LocalizedText(
            da: "Holdte jobsamtaler i vinduet [første henvendelse; første henvendelse + 3 måneder).",
            en: "Held job interviews in the window [first contact, first contact + 3 months)."),
        validFrom: from, validTo: until, legalReference: "LBK nr. 1342 af 22/11/2016 (LAB)",
        sources: [
            SourceReference(
                document: "004", lines: "1607-1609",
                quote: "For de uddannelsesparate er der krav om samtaler mindst to gange inden for de første 3 kalendermåneder"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        return Judgements.conversationCount(
            facts.countingConversations, required: 2, months: 3, anchor: contact, label: Messages.firstContactLabel,
            noun: .conversation, notCounted: facts.writtenConversations, context: context)
    }

    // MARK: KF.UH.AP.2MD

    static let uhActivityReadyEveryTwoMonths = Rule(
        id: "KF.UH.AP.2MD", version: 1,
        title: LocalizedText(da: "Aktivitetsparate unge: samtale mindst hver 2. måned", en: "Activity-ready young people: a conversation at least every 2 months"),
        kind: .lovkrav, appliesTo: .uhAktivitetsparat,
        requirement: LocalizedText(
            da: "En samtale senest hver gang den unge i 2 måneder har modtaget hjælp eller deltaget i tilbud.",
            en: "A conversation at least every time the young person has been on help or in an offer for 2 months."),
        evidence: LocalizedText(
            da: "Holdte jobsamtaler højst 2 måneder fra hinanden (den første regnes fra første henvendelse).",
            en: "Held job interviews at most 2 months apart (the first counted from the first contact)."),
        validFrom: from, validTo: until, legalReference: "LAB kapitel 12 (LBK nr. 1342 af 22/11/2016)",
        sources: [
            SourceReference(
                document: "004", lines: "1615-1618",
                quote: "For de aktivitetsparate unge holdes samtaler senest hver gang den unge i 2 måneder har modtaget hjælp eller har deltaget i tilbud"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let start = facts.firstContact ?? facts.episodeStart else {
            return .cannotEvaluate(.firstContact)
        }
        var previous = start
        var longGap: (from: CalendarDate, to: CalendarDate)?
        for conversation in facts.countingConversations where conversation.date >= start {
            if conversation.date > previous.adding(months: 2) { longGap = (previous, conversation.date) }
            previous = conversation.date
        }
        let nextDue = previous.adding(months: 2)
        let evidence = facts.countingConversations.suffix(3).map(Evidence.conversation)
        let arithmetic = Messages.plusMonths(LocalizedText(da: "seneste samtale", en: "latest conversation"), previous, 2)
        let current = context.recurring(nextDue: nextDue)
        if current != .overdue, let gap = longGap {
            return Finding(
                .missed, deadline: gap.from.adding(months: 2), windowStart: gap.from, evidence: evidence,
                explanation: RuleMessage(
                    da: "Der gik mere end 2 måneder mellem {0} og samtalen {1}.", en: "More than 2 months passed between {0} and the conversation on {1}.",
                    .date(gap.from), .date(gap.to)),
                arithmetic: arithmetic)
        }
        return Finding(
            current, deadline: nextDue, windowStart: previous, evidence: evidence,
            explanation: current == .overdue
                ? RuleMessage(
                    da: "Næste samtale skulle være holdt senest {0} (2 måneder efter {1}).",
                    en: "The next conversation should have been held by {0} (2 months after {1}).", .date(nextDue), .date(previous))
                : RuleMessage(
                    da: "Næste samtale skal holdes senest {0} (2 måneder efter {1}).",
                    en: "The next conversation must be held by {0} (2 months after {1}).", .date(nextDue), .date(previous)),
            arithmetic: arithmetic)
    }

    // MARK: KF.KH.AP.4I12

    static let khActivityReadyFourPerYear = Rule(
        id: "KF.KH.AP.4I12", version: 1,
        title: LocalizedText(da: "Aktivitetsparate: 4 samtaler pr. 12 måneder", en: "Activity-ready: 4 conversations per 12 months"),
        kind: .lovkrav, appliesTo: .khAktivitetsparat,
        requirement: LocalizedText(
            da: "Efter den første samtale mindst 4 samtaler inden for 12 kalendermåneder.",
            en: "After the first conversation, at least 4 conversations within 12 calendar months."),
        evidence: LocalizedText(
            da: "Holdte jobsamtaler i de seneste 12 måneder til og med opgørelsesdatoen.", en: "Held job interviews in the last 12 months up to the evaluation date."),
        validFrom: from, validTo: until, legalReference: "LAB § 17",
        sources: [
            SourceReference(
                document: "002", lines: "1660-1663", quote: "dog mindst fire gange inden for 12 kalendermåneder (LAB § 17)"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let start = facts.episodeStart else { return .cannotEvaluate(.start) }
        return RollingCount.judge(facts.countingConversations, required: 4, start: start, context: context)
    }

    // MARK: TB.UH.1MD

    static let uhOfferTypes: Set<Offer.OfferType> = [
        .vejledningOgOpkvalificering, .virksomhedspraktik, .loentilskud, .nytteindsats, .lsrKursus,
    ]

    static let uhOffers = Rule(
        id: "TB.UH.1MD", version: 1,
        title: LocalizedText(da: "Unge: første tilbud inden for 1 måned, højst 4 ugers pause", en: "Young people: first offer within 1 month, at most 4 weeks between offers"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Det første tilbud starter senest 1 måned efter første henvendelse; derefter højst 4 uger mellem tilbud, indtil uddannelsen starter.",
            en: "The first offer starts no later than 1 month after the first contact; then at most 4 weeks between offers until education starts."),
        evidence: LocalizedText(
            da: "Tilbud (vejledning og opkvalificering, virksomhedspraktik, løntilskud, nytteindsats, LSR-kursus) og deres perioder.",
            en: "Offers (guidance and upskilling, work placement, wage subsidy, community work, literacy course) and their periods."),
        validFrom: from, validTo: until, legalReference: "LAB § 96 a; LAB § 96 b",
        sources: [
            SourceReference(
                document: "004", lines: "2162-2168",
                quote: "Tilbuddene skal gives hurtigst muligt og senest efter en sammenhængende periode på 1 måned fra første henvendelse"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        let offers = facts.offers.filter { uhOfferTypes.contains($0.type) && $0.start >= contact }
        let deadline = contact.adding(months: 1)
        let first = Judgements.event(
            happened: offers.first?.start, evidence: offers.first.map { [.offer($0)] } ?? [], deadline: deadline,
            windowStart: contact, what: RuleMessage(da: "Første tilbud", en: "First offer"),
            arithmetic: Messages.plusMonths(Messages.firstContactLabel, contact, 1), context: context)
        guard first.status == .met else { return first }
        let educationStart = facts.injunctions.compactMap { $0.educationStart?.date }.filter { $0 <= context.asOf }.min()
        let last = min(context.asOf, educationStart ?? context.asOf)
        var gaps = GapRule.judge(offers, maximumGapDays: 28, gapLabel: Wording.weeks(4), facts: facts, context: context, until: last)
        gaps.metLate = gaps.metLate || first.metLate
        gaps.explanation = RuleMessage(da: "{0} {1}", en: "{0} {1}", .message(first.explanation), .message(gaps.explanation))
        return gaps
    }

    // MARK: PL.CV.AAUP

    static let cvVisible = Rule(
        id: "PL.CV.AAUP", version: 1,
        title: LocalizedText(da: "Åbenlyst uddannelsesparate: CV synligt inden for 3 uger", en: "Obviously education-ready: CV visible within 3 weeks"),
        kind: .lovkrav, appliesTo: .uhAabenlyst,
        requirement: LocalizedText(
            da: "CV'et er synligt for arbejdsgivere på Jobnet senest 3 uger efter første henvendelse.",
            en: "The CV is visible to employers on Jobnet no later than 3 weeks after the first contact."),
        evidence: LocalizedText(
            da: "Datoen CV'et blev gjort synligt for arbejdsgivere.", en: "The day the CV was made visible to employers."),
        validFrom: from, validTo: until, legalReference: "LAB § 13, stk. 2",
        sources: [
            SourceReference(
                document: "004", lines: "2766-2771",
                quote: "gjort tilgængelig for arbejdsgivere hurtigst muligt og senest 3 uger fra første henvendelse til kommunen om hjælp"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        let visible = facts.cv.flatMap { facts.known($0.visibleToEmployers) }
        return Judgements.event(
            happened: visible, evidence: facts.cv.map { [.cv($0, visibleOn: visible)] } ?? [], deadline: contact.adding(weeks: 3),
            windowStart: contact, what: RuleMessage(da: "CV synligt for arbejdsgivere", en: "CV visible to employers"),
            arithmetic: Messages.plusWeeks(Messages.firstContactLabel, contact, 3), context: context)
    }
}
