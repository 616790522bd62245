import JobsagCore

/// UH: uddannelseshjælp (young people under 30 without a vocational qualification),
/// RULES.md §3 "UH". The deadlines are those audited in seed 004.
enum UddannelseshjaelpRules {
    static let all: [Rule] = [
        visitation, injunction, injunctionFollowUp, injunctionDeadlines, literacyTest, guidance225,
        coordinatingCaseworker, educationGoal, educationStart, dropout,
    ]

    // MARK: UH.VISITATION

    static let visitation = Rule(
        id: "UH.VISITATION", version: 1,
        title: LocalizedText(da: "Endelig visitation inden for 3 måneder", en: "Final visitation within 3 months"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Endelig visitation (åbenlyst uddannelsesparat, uddannelsesparat eller aktivitetsparat) senest 3 måneder efter første henvendelse, med en faglig begrundelse når resultatet ikke er uddannelsesparat.",
            en: "Final visitation (obviously education-ready, education-ready or activity-ready) no later than 3 months after the first contact, with a professional justification when the result is not education-ready."),
        evidence: LocalizedText(
            da: "En visitation med dato og (når den ikke er uddannelsesparat) faglig begrundelse.",
            en: "A visitation with its date and (when not education-ready) a professional justification."),
        validFrom: LawDates.reform2020, legalReference: "SKR nr. 9080 af 03/02/2014; VEJ nr. 10060 af 25/11/2019",
        sources: [
            SourceReference(
                document: "004", lines: "957-966",
                quote: "Den endelige visitation skal senest være foretaget 3 måneder efter den unges første henvendelse om hjælp"),
            SourceReference(
                document: "004", lines: "1121-1127",
                quote: "Hvis den unge ikke visiteres uddannelsesparat ved den endelige visitation, skal der være helt særlige forhold, som fagligt kan begrunde dette"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        let deadline = contact.adding(months: 3)
        let arithmetic = Messages.plusMonths(Messages.firstContactLabel, contact, 3)
        let visitations = facts.episodeVisitations
        guard let decision = visitations.last(where: { $0.date <= deadline }) ?? visitations.first else {
            let status = context.pending(deadline)
            return Finding(
                status, deadline: deadline, windowStart: contact,
                explanation: Judgements.pendingSentence(
                    RuleMessage(da: "Endelig visitation", en: "Final visitation"), status: status, deadline: deadline),
                arithmetic: arithmetic)
        }
        let late = decision.date > deadline
        if decision.category != .uddannelsesparat, decision.justification.isBlank {
            let status = context.pending(deadline)
            return Finding(
                status, deadline: deadline, windowStart: contact,
                evidence: [.visitation(decision)],
                explanation: RuleMessage(
                    da: "Visitationen {0} ({1}) mangler en faglig begrundelse, som kræves når resultatet ikke er uddannelsesparat.",
                    en: "The visitation on {0} ({1}) lacks the professional justification required when the result is not education-ready.",
                    .date(decision.date), .localized(Wording.category(decision.category))),
                arithmetic: arithmetic)
        }
        return Finding(
            .met, deadline: deadline, windowStart: contact, evidence: [.visitation(decision)], metLate: late,
            explanation: late
                ? RuleMessage(
                    da: "Visiteret {0} ({1}), efter fristen {2} (opfyldt for sent).",
                    en: "Visitation on {0} ({1}), after the deadline {2} (met late).",
                    .date(decision.date), .localized(Wording.category(decision.category)), .date(deadline))
                : RuleMessage(
                    da: "Visiteret {0} ({1}), inden fristen {2}.", en: "Visitation on {0} ({1}), by the deadline {2}.",
                    .date(decision.date), .localized(Wording.category(decision.category)), .date(deadline)),
            arithmetic: arithmetic)
    }

    // MARK: UH.PAALAEG

    static let injunction = Rule(
        id: "UH.PAALAEG", version: 1,
        title: LocalizedText(da: "Uddannelsespålæg ved første samtale", en: "Education injunction at the first conversation"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Et uddannelsespålæg gives ved den første samtale og registreres i Min Plan med de tre trin (1 vælge, 2 søge, 3 starte og gennemføre) og en frist for hvert trin.",
            en: "An education injunction is given at the first conversation and recorded in Min Plan with its three steps (1 choose, 2 apply, 3 start and complete) and a deadline per step."),
        evidence: LocalizedText(
            da: "Et pålæg dateret senest den første samtales dato, med trin 1-3 og deres frister.",
            en: "An injunction dated on or before the first conversation, with steps 1-3 and their deadlines."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 21 b, stk. 3 og stk. 10",
        sources: [
            SourceReference(
                document: "004", lines: "136-137",
                quote: "Alle unge, der starter på uddannelseshjælp, skal have et uddannelsespålæg ved 1. samtale"),
            SourceReference(document: "004", lines: "1794-1825"),
            SourceReference(
                document: "004", lines: "2507",
                quote: "Pålægget om uddannelse er dokumenteret i den unges Min Plan"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        let injunctions = facts.episodeInjunctions
        let what = RuleMessage(da: "Uddannelsespålæg ved første samtale", en: "Education injunction at the first conversation")
        guard let first = facts.countingConversations.first else {
            let deadline = contact.adding(days: 7)
            let arithmetic = Messages.plusDays(Messages.firstContactLabel, contact, 7)
            if let given = injunctions.first {
                return complete(given, deadline: deadline, arithmetic: arithmetic, context: context)
            }
            return Judgements.event(
                happened: nil, evidence: [], deadline: deadline, windowStart: contact, what: what,
                arithmetic: arithmetic, context: context)
        }
        let arithmetic = RuleMessage(
            da: "første samtale {0} = frist", en: "first conversation {0} = deadline", .date(first.date))
        guard let given = injunctions.last(where: { $0.given <= first.date }) ?? injunctions.first else {
            return Judgements.event(
                happened: nil, evidence: [.conversation(first)], deadline: first.date, windowStart: contact, what: what,
                arithmetic: arithmetic, context: context)
        }
        return complete(given, deadline: first.date, arithmetic: arithmetic, context: context)
    }

    /// An injunction is complete when steps 1, 2 and 3 each have a deadline.
    static func complete(
        _ injunction: EducationInjunction, deadline: CalendarDate, arithmetic: RuleMessage, context: EvaluationContext
    ) -> Finding {
        let numbers = Set(injunction.steps.map(\.number))
        let missing = [1, 2, 3].filter { !numbers.contains($0) }
        let late = injunction.given > deadline
        guard missing.isEmpty else {
            let status = context.pending(deadline)
            return Finding(
                status, deadline: deadline, evidence: [.injunction(injunction)],
                explanation: RuleMessage(
                    da: "Pålægget {0} mangler trin {1} med frist.", en: "The injunction of {0} lacks step {1} with a deadline.",
                    .date(injunction.given), .list(missing.map { .number($0) })),
                arithmetic: arithmetic)
        }
        return Finding(
            .met, deadline: deadline, evidence: [.injunction(injunction)], metLate: late,
            explanation: late
                ? RuleMessage(
                    da: "Pålægget blev givet {0}, efter den første samtale {1} (opfyldt for sent); trin 1-3 har frister.",
                    en: "The injunction was given on {0}, after the first conversation on {1} (met late); steps 1-3 have deadlines.",
                    .date(injunction.given), .date(deadline))
                : RuleMessage(
                    da: "Pålægget blev givet {0}; trin 1-3 har frister.", en: "The injunction was given on {0}; steps 1-3 have deadlines.",
                    .date(injunction.given)),
            arithmetic: arithmetic)
    }

    // MARK: UH.PAALAEG.OPFOELG

    static let injunctionFollowUp = Rule(
        id: "UH.PAALAEG.OPFOELG", version: 1,
        title: LocalizedText(da: "Opfølgning på pålægget ved hver samtale", en: "Injunction followed up at every conversation"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Ved hver samtale efter den første følges der op på det aktuelle trin i uddannelsespålægget.",
            en: "At every conversation after the first, the current step of the education injunction is followed up."),
        evidence: LocalizedText(
            da: "Samtalen har markeringen 'pålæg fulgt op'.", en: "The conversation is marked 'injunction followed up'."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 16, stk. 6; § 41 i bekendtgørelse om en aktiv beskæftigelsesindsats",
        sources: [
            SourceReference(
                document: "004", lines: "1817-1820",
                quote: "kommunen skal ved hver samtale følge op på det aktuelle trin i uddannelsespålægget"),
        ],
        anchoring: .perEntry(
            .conversation,
            description: LocalizedText(
                da: "hver holdt jobsamtale efter den første, når et pålæg er givet (samtalens dato)",
                en: "each held job interview after the first, once an injunction is given (its date)"),
            label: LocalizedText(da: "samtaledatoen", en: "conversation date"),
            list: { $0.countingConversations }, date: { $0.date },
            where: { conversation, facts in
                conversation.id != facts.firstCountingConversationID
                    && facts.episodeInjunctions.contains { $0.given <= conversation.date }
            }),
        aggregatesMet: true
    ) { anchor, facts, _ in
        let conversation = facts.countingConversations[anchor.index]
        if conversation.injunctionFollowedUp {
            return Finding(
                .met, deadline: conversation.date, evidence: [.conversation(conversation)],
                explanation: RuleMessage(
                    da: "Pålægget blev fulgt op ved samtalen {0}.", en: "The injunction was followed up at the conversation on {0}.",
                    .date(conversation.date)))
        }
        return Finding(
            .missed, deadline: conversation.date, evidence: [.conversation(conversation)],
            explanation: RuleMessage(
                da: "Der er ikke registreret opfølgning på pålæggets aktuelle trin ved samtalen {0}.",
                en: "No follow-up of the injunction's current step is recorded at the conversation on {0}.",
                .date(conversation.date)))
    }

    // MARK: UH.PAALAEG.FRIST

    static let injunctionDeadlines = Rule(
        id: "UH.PAALAEG.FRIST", version: 1,
        title: LocalizedText(da: "Flyttede frister i pålægget er begrundet", en: "Moved injunction deadlines have reasons"),
        kind: .godPraksis, appliesTo: .uh,
        requirement: LocalizedText(
            da: "En trinfrist, der flyttes, skal have en begrundelse; trin, der er flyttet 2 gange eller mere, markeres.",
            en: "A step deadline that is moved must have a reason; steps moved 2 or more times are flagged."),
        evidence: LocalizedText(
            da: "Fristernes historik med begrundelser i det seneste pålæg.", en: "The deadline history with reasons in the latest injunction."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "004", lines: "359-362",
                quote: "der er set meget lange frister for, at de unge får afklaret uddannelsesmål, og at fristerne skubbes gentagne gange uden egentlige begrundelser herfor"),
            SourceReference(document: "004", lines: "2714-2718"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let current = facts.episodeInjunctions.last else {
            return .notApplicable(RuleMessage(da: "Der er intet uddannelsespålæg i forløbet.", en: "There is no education injunction in the episode."))
        }
        var withoutReason: [(step: Int, date: CalendarDate)] = []
        var movedOften: [RuleMessage.Argument] = []
        for step in current.steps.sorted(by: { $0.number < $1.number }) {
            let changes = step.changes(asOf: context.asOf)
            for change in changes where change.reason.isBlank {
                withoutReason.append((step.number, change.changedOn))
            }
            if changes.count >= 2 {
                movedOften.append(
                    .message(RuleMessage(
                        da: "trin {0} ({1} gange)", en: "step {0} ({1} times)", .number(step.number), .number(changes.count))))
            }
        }
        let evidence = [Evidence.injunction(current)]
        if let first = withoutReason.min(by: { $0.date < $1.date }) {
            return Finding(
                .overdue, deadline: first.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Fristen for trin {0} blev flyttet {1} uden begrundelse; registrér begrundelsen ({2} i alt).",
                    en: "The deadline of step {0} was moved on {1} without a reason; record the reason ({2} in all).",
                    .number(first.step), .date(first.date), .number(withoutReason.count)))
        }
        if !movedOften.isEmpty {
            return Finding(
                .open, evidence: evidence,
                explanation: RuleMessage(
                    da: "Fristerne er flyttet gentagne gange: {0}; vurdér om fristerne er realistiske.",
                    en: "The deadlines have been moved repeatedly: {0}; consider whether they are realistic.",
                    .list(movedOften)))
        }
        return Finding(
            .met, evidence: evidence,
            explanation: RuleMessage(
                da: "Ingen frister i pålægget er flyttet uden begrundelse.", en: "No injunction deadline was moved without a reason."))
    }

    // MARK: UH.LSR

    static let literacyTest = Rule(
        id: "UH.LSR", version: 1,
        title: LocalizedText(da: "Læse-, skrive- og regnetest inden for 1 måned", en: "Reading, writing and maths test within 1 month"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "En læse-, skrive- og regnetest (LSR/FVU) senest 1 måned efter første henvendelse, medmindre den unge har en ungdomsuddannelse, har en test, der højst er 2 år gammel, eller har en gyldig grund (sygdom, barsel); viser testen behov, tilbydes et kursus i umiddelbar forlængelse.",
            en: "A reading, writing and maths test (LSR/FVU) no later than 1 month after the first contact, unless the person has an upper-secondary education, a test at most 2 years old, or a valid reason (illness, maternity leave); if the test shows a need, a course is offered right after."),
        evidence: LocalizedText(
            da: "Testens dato; eller en test højst 2 år før første henvendelse; eller en undtagelse med begrundelse; kursus tilbudt ved behov.",
            en: "The test date; or a test at most 2 years before the first contact; or an exemption with a reason; a course offered when needed."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 75 q; LAB § 32, stk. 1, nr. 1",
        sources: [
            SourceReference(
                document: "004", lines: "1239-1249",
                quote: "Alle unge, der modtager uddannelseshjælp, skal senest efter 1 måned fra første henvendelse til kommunen læse-, skrive- og regnetestes"),
            SourceReference(
                document: "004", lines: "1284-1291",
                quote: "Kommunen er forpligtet til at tilbyde en test, hvis den unge ikke har en ungdomsuddannelse eller en gyldig test (max 2 år gammel)"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        if facts.source.citizen.hasYouthEducation {
            return .notApplicable(
                RuleMessage(da: "Den unge har gennemført en ungdomsuddannelse og skal ikke testes.",
                            en: "The young person has completed an upper-secondary education and is not tested."))
        }
        let deadline = contact.adding(months: 1)
        let arithmetic = Messages.plusMonths(Messages.firstContactLabel, contact, 1)
        let oldestValid = contact.adding(years: -2)
        let tests = facts.literacyTests
        if let exemption = tests.last(where: { $0.date == nil && !$0.exemptionReason.isBlank }) {
            return .notApplicable(
                RuleMessage(da: "Undtaget fra test: {0}.", en: "Exempt from the test: {0}.", .text(exemption.exemptionReason)),
                evidence: [.literacyTest(exemption)])
        }
        if let old = tests.last(where: { ($0.date ?? .distantPast) >= oldestValid && ($0.date ?? .distantFuture) < contact }),
           let oldDate = old.date {
            let finding = Finding(
                .met, deadline: deadline, windowStart: contact, evidence: [.literacyTest(old)],
                explanation: RuleMessage(
                    da: "Opfyldt ved undtagelse: LSR-testen fra {0} er under 2 år gammel ved første henvendelse {1}.",
                    en: "Met by exemption: the literacy test of {0} is less than 2 years old at the first contact on {1}.",
                    .date(oldDate), .date(contact)),
                arithmetic: RuleMessage(
                    da: "første henvendelse {0} − 2 år = {1}; testen {2} er nyere",
                    en: "first contact {0} − 2 years = {1}; the test of {2} is more recent",
                    .date(contact), .date(oldestValid), .date(oldDate)))
            return course(after: old, testFinding: finding, context: context)
        }
        let test = tests.first { ($0.date ?? .distantPast) >= contact }
        let finding = Judgements.event(
            happened: test?.date, evidence: test.map { [.literacyTest($0)] } ?? [], deadline: deadline, windowStart: contact,
            what: RuleMessage(da: "LSR-test", en: "Literacy test"), arithmetic: arithmetic, context: context)
        guard let test else { return finding }
        return course(after: test, testFinding: finding, context: context)
    }

    /// When the test shows a need, a course is offered within `immediatelyDays` of the test.
    static func course(after test: LiteracyTest, testFinding: Finding, context: EvaluationContext) -> Finding {
        guard test.result == .behov, let testDate = test.date else { return testFinding }
        let deadline = testDate.adding(days: context.policy.immediatelyDays)
        var finding = testFinding
        let arithmetic = RuleMessage(
            da: "testen {0} + {1} (umiddelbart) = {2}", en: "the test {0} + {1} (immediately) = {2}",
            .date(testDate), Wording.days(context.policy.immediatelyDays), .date(deadline))
        if let offered = test.courseOffered, offered <= context.asOf {
            let late = offered > deadline
            finding.metLate = finding.metLate || late
            finding.explanation = RuleMessage(
                da: "{0} Testen viste behov; kursus tilbudt {1}{2}.", en: "{0} The test showed a need; a course was offered on {1}{2}.",
                .message(testFinding.explanation), .date(offered), Wording.lateSuffix(late))
            return finding
        }
        let status = context.pending(deadline)
        finding.status = status
        finding.deadline = deadline
        finding.metLate = false
        finding.arithmetic = arithmetic
        finding.explanation = RuleMessage(
            da: "Testen {0} viste behov; et kursus skal tilbydes i umiddelbar forlængelse, senest {1}.",
            en: "The test on {0} showed a need; a course must be offered right after, by {1}.", .date(testDate), .date(deadline))
        return finding
    }

    // MARK: UH.225.VEJL

    static let guidance225 = Rule(
        id: "UH.225.VEJL", version: 1,
        title: LocalizedText(da: "Vejledning om 225-timersreglen", en: "Guidance on the 225-hour rule"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Vejledningen om 225-timersreglen er dokumenteret.", en: "Guidance on the 225-hour rule is documented."),
        evidence: LocalizedText(
            da: "En vejledning af typen 225-timer i forløbet (fristen er en fortolkning: forløbets start + den lokale opstartsfrist (standard 28 dage)).",
            en: "A guidance entry of kind 225 hours in the episode (the deadline is an interpretation: episode start + the local setup deadline (default 28 days))."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "004", lines: "1412-1432",
                quote: "i 61 pct. af sagerne, på tværs af visitationsgrupper, er de unge blevet vejledt om 225-timersreglen"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let setup = facts.setupDeadline(context) else {
            return .cannotEvaluate(.start)
        }
        let given = facts.episodeGuidance.first { $0.kind == .timer225 }
        return Judgements.event(
            happened: given?.date, evidence: given.map { [.guidance($0)] } ?? [], deadline: setup.deadline,
            windowStart: nil, what: RuleMessage(da: "Vejledning om 225-timersreglen", en: "Guidance on the 225-hour rule"),
            arithmetic: setup.arithmetic, context: context)
    }

    // MARK: UH.KOORD

    static let coordinatingCaseworker = KoordineringRules.coordinatingCaseworkerRule(
        id: "UH.KOORD", appliesTo: .uhAktivitetsparat, legalReference: "LAB § 18 a, stk. 2",
        sources: [
            SourceReference(
                document: "004", lines: "1472-1503",
                quote: "Kommunen skal tilbyde en koordinerende sagsbehandler, umiddelbart når personen vurderes som aktivitetsparat"),
        ])

    // MARK: UH.UDDMAAL

    static let educationGoal = Rule(
        id: "UH.UDDMAAL", version: 1,
        title: LocalizedText(da: "Uddannelsesmål i Min Plan", en: "Education goal in Min Plan"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Min Plan indeholder et uddannelsesmål.", en: "Min Plan holds an education goal."),
        evidence: LocalizedText(
            da: "Et aktivt (eller opnået) mål af typen uddannelse; fristen er fristen for pålæggets trin 1 (afklaring af uddannelsesmålet), ellers forløbets start + den lokale opstartsfrist (standard 28 dage).",
            en: "An active (or achieved) goal of kind education; the deadline is the injunction's step 1 deadline (clarifying the goal), else the episode start + the local setup deadline (default 28 days)."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 21 b, stk. 10",
        sources: [
            SourceReference(document: "004", lines: "2456-2469"),
            SourceReference(
                document: "004", lines: "2705",
                quote: "Samlet set er der i 52 pct. af sagerne et uddannelsesmål registreret i Min plan"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        let goal = facts.goals.first { $0.kind == .uddannelse && $0.status != .opgivet }
        let stepOne = facts.episodeInjunctions.last?.steps.first { $0.number == 1 }
        let deadline: CalendarDate
        let arithmetic: RuleMessage
        if let stepOne {
            deadline = stepOne.deadline(asOf: context.asOf)
            arithmetic = RuleMessage(
                da: "fristen for pålæggets trin 1 (vælge uddannelse) = {0}", en: "the injunction's step 1 deadline (choose an education) = {0}",
                .date(deadline))
        } else if let setup = facts.setupDeadline(context) {
            (deadline, arithmetic) = setup
        } else {
            return .cannotEvaluate(.start)
        }
        return Judgements.event(
            happened: goal?.created, evidence: goal.map { [.goal($0)] } ?? [], deadline: deadline, windowStart: nil,
            what: RuleMessage(da: "Uddannelsesmål i Min Plan", en: "Education goal in Min Plan"), arithmetic: arithmetic,
            context: context)
    }

    // MARK: UH.OPSTART

    static let educationStart = Rule(
        id: "UH.OPSTART", version: 1,
        title: LocalizedText(da: "Uddannelsesstart: pligtvurdering og underretning", en: "Education start: duty assessed and institution notified"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "Når en uddannelsesstart registreres: vurdér om den unge har pligt til at påbegynde og gennemføre uddannelsen (§ 30, stk. 5), og underret uddannelsesstedet (§ 30, stk. 7).",
            en: "When an education start is recorded: assess the duty to start and complete it (§ 30(5)) and notify the institution (§ 30(7))."),
        evidence: LocalizedText(
            da: "Vurdering og underretning registreret senest på startdatoen.", en: "Assessment and notification recorded by the start date."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 30, stk. 5 og stk. 7",
        sources: [
            SourceReference(
                document: "004", lines: "2986-2991",
                quote: "har kommunerne pligt til at informere uddannelsesstedet om den unges uddannelsespålæg"),
            SourceReference(
                document: "004", lines: "3048-3052",
                quote: "skal kommunen vurdere, om den unge har pligt til at påbegynde og gennemføre uddannelsen"),
        ],
        anchoring: .perEntry(
            .injunction,
            description: LocalizedText(da: "hver registreret uddannelsesstart (startdatoen)", en: "each recorded education start (its date)"),
            label: LocalizedText(da: "uddannelsesstart", en: "education start"),
            list: { $0.injunctions }, date: { $0.educationStart?.date ?? $0.given },
            where: { injunction, facts in (injunction.educationStart?.date).map { $0 <= facts.asOf } ?? false })
    ) { anchor, facts, context in
        let injunction = facts.injunctions[anchor.index]
        guard let start = injunction.educationStart else {
            return .notApplicable(RuleMessage(da: "Ingen uddannelsesstart registreret.", en: "No education start recorded."))
        }
        let assessed = facts.known(start.dutyAssessed)
        let notified = facts.known(start.institutionNotified)
        var missing: [RuleMessage.Argument] = []
        if assessed == nil {
            missing.append(.localized(LocalizedText(da: "vurdering af pligten (§ 30, stk. 5)", en: "assessment of the duty (§ 30(5))")))
        }
        if notified == nil {
            missing.append(.localized(LocalizedText(da: "underretning af uddannelsesstedet (§ 30, stk. 7)", en: "notification of the institution (§ 30(7))")))
        }
        let evidence = [Evidence.injunction(injunction)]
        guard missing.isEmpty, let assessed, let notified else {
            let status = context.pending(start.date)
            return Finding(
                status, deadline: start.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Uddannelsesstart {0} ({1}): mangler {2}.", en: "Education start {0} ({1}): missing {2}.",
                    .date(start.date), .text(start.institution), .list(missing)))
        }
        let late = max(assessed, notified) > start.date
        return Finding(
            .met, deadline: start.date, evidence: evidence, metLate: late,
            explanation: RuleMessage(
                da: "Uddannelsesstart {0}: pligten vurderet {1}, uddannelsesstedet underrettet {2}.",
                en: "Education start {0}: duty assessed on {1}, institution notified on {2}.",
                .date(start.date), .date(assessed), .date(notified)))
    }

    // MARK: UH.FRAFALD

    static let dropout = Rule(
        id: "UH.FRAFALD", version: 1,
        title: LocalizedText(da: "Reaktion på risiko for frafald", en: "Reaction to a dropout risk"),
        kind: .lovkrav, appliesTo: .uh,
        requirement: LocalizedText(
            da: "I 6 måneder efter uddannelsesstart har den unge ret til en mentor, og jobcentret skal reagere på beskeder om risiko for frafald.",
            en: "For 6 months after the education starts the young person has a right to a mentor, and the jobcenter must react to dropout-risk reports."),
        evidence: LocalizedText(
            da: "En reaktion registreret senest 7 dage (den lokale reaktionsfrist (standard 7 dage)) efter en besked om frafaldsrisiko dateret i de første 6 måneder.",
            en: "A reaction recorded within 7 days (the local reaction deadline (default 7 days)) of a dropout-risk report dated in the first 6 months."),
        validFrom: LawDates.firstPartialAgreement2022, legalReference: "Første delaftale om nytænkning af beskæftigelsesindsatsen",
        sources: [
            SourceReference(
                document: "004", lines: "3202-3208",
                quote: "jobcentret forpligtes til at reagere på beskeder om risiko for frafald de første 6 måneder efter studiestart"),
        ],
        anchoring: Anchoring(
            description: LocalizedText(
                da: "hver besked om frafaldsrisiko i de første 6 måneder efter uddannelsesstart (beskedens dato)",
                en: "each dropout-risk report in the first 6 months after the education start (its date)"),
            label: LocalizedText(da: "beskedens dato", en: "report date"),
            subjectKind: .dropoutReport,
            resolve: { facts in
                facts.dropoutReports.enumerated().compactMap { index, fact in
                    guard fact.report.date < fact.educationStart.adding(months: 6), fact.report.date >= fact.educationStart
                    else { return nil }
                    return RuleAnchor(date: fact.report.date, subjectID: fact.id, index: index)
                }
            })
    ) { anchor, facts, context in
        let fact = facts.dropoutReports[anchor.index]
        let days = context.policy.dropoutReactionDays
        let deadline = fact.report.date.adding(days: days)
        return Judgements.event(
            happened: facts.known(fact.report.reacted), evidence: [.dropoutReport(fact.report)], deadline: deadline,
            windowStart: fact.report.date,
            what: RuleMessage(
                da: "Reaktion på beskeden om frafaldsrisiko {0}", en: "Reaction to the dropout-risk report of {0}",
                .date(fact.report.date)),
            arithmetic: Messages.plusDays(LocalizedText(da: "beskeden", en: "the report"), fact.report.date, days),
            context: context)
    }
}
