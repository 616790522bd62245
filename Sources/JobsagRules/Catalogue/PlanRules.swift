import JobsagCore

/// PL: Min Plan and CV, RULES.md §3 "PL".
enum PlanRules {
    static let all: [Rule] = [planExists, jobGoal, subgoals, agreements, redThread, planStatus, cv]

    // MARK: PL.FINDES

    static let planExists = Rule(
        id: "PL.FINDES", version: 1,
        title: LocalizedText(da: "Min Plan findes", en: "Min Plan exists"),
        kind: .lovkrav, appliesTo: .withContactCourse,
        requirement: LocalizedText(da: "Borgeren har en Min Plan på Jobnet.", en: "The citizen has a Min Plan on Jobnet."),
        evidence: LocalizedText(
            da: "Mindst ét mål i planen (eller et uddannelsespålæg); fristen er en fortolkning: forløbets start + den lokale opstartsfrist (standard 28 dage).",
            en: "At least one goal in the plan (or an education injunction); the deadline is an interpretation: the episode start + the local setup deadline (default 28 days)."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 40",
        sources: [
            SourceReference(
                document: "001", lines: "682-688", quote: "Alle ledige skal bruge Min Plan på Jobnet"),
            SourceReference(
                document: "002", lines: "2357",
                quote: "Aktivitetsparate kontanthjælpsmodtagere skal have en Min Plan, når de modtager en indsats"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let setup = facts.setupDeadline(context) else { return .cannotEvaluate(.start) }
        let goal = facts.goals.first
        let injunction = facts.injunctions.first
        var happened = goal?.created
        var evidence = goal.map { [Evidence.goal($0)] } ?? []
        if let injunction, happened.map({ injunction.given < $0 }) ?? true {
            happened = injunction.given
            evidence = [.injunction(injunction)]
        }
        return Judgements.event(
            happened: happened, evidence: evidence, deadline: setup.deadline, windowStart: nil,
            what: RuleMessage(da: "Min Plan", en: "Min Plan"), arithmetic: setup.arithmetic, context: context)
    }

    // MARK: PL.JOBMAAL

    /// Whether a job goal names a specific job or function rather than a generic phrase
    /// ("job", "arbejde", "komme i ordinært job"): some word of its title is not in
    /// `policy.genericJobGoalWords`.
    static func isConcrete(_ title: String, policy: RulePolicy) -> Bool {
        var word = ""
        /// Whether the word just read is one, and not a generic one; the next starts empty.
        func endsConcreteWord() -> Bool {
            defer { word = "" }
            return !word.isEmpty && !policy.genericJobGoalWords.contains(word)
        }
        for character in title.lowercasedText {
            // An ASCII letter is known without the Unicode tables (lower case by now).
            if character.asciiValue.map({ (0x61...0x7A).contains($0) }) ?? character.isLetter {
                word.append(character)
            } else if endsConcreteWord() {
                return true
            }
        }
        return endsConcreteWord()
    }

    static let jobGoal = Rule(
        id: "PL.JOBMAAL", version: 1,
        title: LocalizedText(da: "Konkret jobmål i planen", en: "A concrete job goal in the plan"),
        kind: .lovkrav, appliesTo: .withJobGoal,
        requirement: LocalizedText(
            da: "Planen har mindst ét konkret jobmål: en bestemt stilling eller funktion, ikke en generel formulering som 'job' eller 'arbejde'.",
            en: "The plan holds at least one concrete job goal: a specific job title or function, not a generic phrase such as 'job' or 'work'."),
        evidence: LocalizedText(
            da: "Et aktivt (eller opnået) mål af typen job, hvis titel indeholder mindst ét ord uden for den lokale liste over for generelle jobmål.",
            en: "An active (or achieved) goal of kind job whose title has at least one word outside the local list of too generic job goals."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 41, stk. 2, nr. 1",
        sources: [
            SourceReference(
                document: "002", lines: "2413-2416",
                quote: "planen for aktivitetsparate kontanthjælpsmodtagere skal indeholde oplysninger om jobmål"),
            SourceReference(
                document: "002", lines: "2318-2321",
                quote: "målene være konkrete og rettet mod specifikke stillinger eller jobfunktioner og ikke alene mod generisk formulerede mål"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let setup = facts.setupDeadline(context) else { return .cannotEvaluate(.start) }
        let jobGoals = facts.goals.filter { $0.kind == .job && $0.status != .opgivet }
        let concrete = jobGoals.first { isConcrete($0.title, policy: context.policy) }
        if concrete == nil, let generic = jobGoals.first {
            let status = context.pending(setup.deadline)
            return Finding(
                status, deadline: setup.deadline, evidence: [.goal(generic)],
                explanation: RuleMessage(
                    da: "Jobmålet '{0}' er ikke konkret; angiv en bestemt stilling eller funktion (frist {1}).",
                    en: "The job goal '{0}' is not concrete; name a specific job or function (deadline {1}).",
                    .text(generic.title), .date(setup.deadline)),
                arithmetic: setup.arithmetic)
        }
        return Judgements.event(
            happened: concrete?.created, evidence: concrete.map { [.goal($0)] } ?? [], deadline: setup.deadline,
            windowStart: nil, what: RuleMessage(da: "Konkret jobmål", en: "Concrete job goal"), arithmetic: setup.arithmetic,
            context: context)
    }

    // MARK: PL.DELMAAL

    static let subgoals = Rule(
        id: "PL.DELMAAL", version: 1,
        title: LocalizedText(da: "Delmål, herunder stabiliserende", en: "Subgoals, including stabilising ones"),
        kind: .lovkrav, appliesTo: .aktivitetsparatAndRessourceforloeb,
        requirement: LocalizedText(
            da: "Planen har delmål, herunder stabiliserende (fysiske, psykiske, sociale), hver knyttet til et hovedmål.",
            en: "The plan holds subgoals, including stabilising ones (physical, psychological, social), each linked to a main goal."),
        evidence: LocalizedText(
            da: "Mindst ét delmål og mindst ét stabiliserende delmål under et mål, der ikke er opgivet (delmål ligger altid under et mål).",
            en: "At least one subgoal and at least one stabilising subgoal under a goal that is not abandoned (subgoals always sit under a goal)."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 41, stk. 2, nr. 5",
        sources: [
            SourceReference(
                document: "002", lines: "2518-2524",
                quote: "hvilke aktiviteter der kan stabilisere og forbedre personens fysiske, psykiske og sociale tilstand"),
            SourceReference(
                document: "001", lines: "2338-2340",
                quote: "Borgeren lægger i samarbejde med jobcentret en plan med mål og delmål"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let setup = facts.setupDeadline(context) else { return .cannotEvaluate(.start) }
        let all = facts.goals.filter { $0.status != .opgivet }.flatMap(\.subgoals)
            .filter { $0.status != .opgivet && $0.created <= context.asOf }
            .sorted { ($0.created, $0.id) < ($1.created, $1.id) }
        let stabilising = all.first { $0.kind == .stabiliserende }
        guard let first = all.first, let stabilising else {
            let status = context.pending(setup.deadline)
            return Finding(
                status, deadline: setup.deadline, evidence: all.first.map { [.subgoal($0)] } ?? [],
                explanation: all.isEmpty
                    ? Judgements.pendingSentence(RuleMessage(da: "Delmål i planen", en: "Subgoals in the plan"), status: status, deadline: setup.deadline)
                    : RuleMessage(
                        da: "Planen har delmål, men intet stabiliserende delmål (fysisk, psykisk eller socialt); frist {0}.",
                        en: "The plan has subgoals but no stabilising one (physical, psychological or social); deadline {0}.",
                        .date(setup.deadline)),
                arithmetic: setup.arithmetic)
        }
        let done = max(first.created, stabilising.created)
        var evidence = [Evidence.subgoal(stabilising)]
        if first.id != stabilising.id { evidence.insert(.subgoal(first), at: 0) }
        return Judgements.event(
            happened: done, evidence: evidence, deadline: setup.deadline, windowStart: nil,
            what: RuleMessage(da: "Delmål med et stabiliserende delmål", en: "Subgoals with a stabilising one"),
            arithmetic: setup.arithmetic, context: context)
    }

    // MARK: PL.AFTALER

    static let agreements = Rule(
        id: "PL.AFTALER", version: 1,
        title: LocalizedText(da: "Aftaler fra seneste samtale er skrevet ned", en: "Agreements from the last conversation are recorded"),
        kind: .godPraksis, appliesTo: .all,
        requirement: LocalizedText(
            da: "Aftalerne fra den seneste samtale fremgår af planen eller samtalens referat.",
            en: "The agreements from the last conversation appear in the plan or the conversation's minutes."),
        evidence: LocalizedText(
            da: "Den seneste holdte samtale har udfyldte aftaler. Fristen er en fortolkning: samtalens dato + 7 dage (kan ændres lokalt).",
            en: "The latest held conversation has its agreements filled in. The deadline is an interpretation: the conversation's date + 7 days (set locally)."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "004", lines: "2741",
                quote: "I 15 kommuner er der i over 90 pct. af sagerne dokumenteret aftaler i den unges Min Plan"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let last = facts.episodeConversations.last(where: { $0.wasHeld }) else {
            return .notApplicable(RuleMessage(da: "Ingen samtaler holdt i forløbet endnu.", en: "No conversations held in the episode yet."))
        }
        if !last.agreements.isBlank {
            return Finding(
                .met, deadline: last.date, evidence: [.conversation(last)],
                explanation: RuleMessage(
                    da: "Aftalerne fra samtalen {0} er skrevet ned.", en: "The agreements from the conversation on {0} are recorded.",
                    .date(last.date)))
        }
        // Good practice with no deadline in the sources: the agreements are written down
        // within a few days of the conversation, so recording a conversation a few days after
        // it was held does not make it overdue at once.
        let days = context.policy.agreementsDays
        let deadline = last.date.adding(days: days)
        return Finding(
            context.pending(deadline), deadline: deadline, windowStart: last.date, evidence: [.conversation(last)],
            explanation: RuleMessage(
                da: "Der er ingen aftaler registreret fra den seneste samtale {0}.",
                en: "No agreements are recorded from the last conversation on {0}.", .date(last.date)),
            arithmetic: Messages.plusDays(LocalizedText(da: "samtalen", en: "conversation"), last.date, days))
    }

    // MARK: PL.ROED.TRAAD

    static let redThread = Rule(
        id: "PL.ROED.TRAAD", version: 1,
        title: LocalizedText(da: "Rød tråd fra mål til indsats", en: "A clear line from goals to efforts"),
        kind: .godPraksis, appliesTo: .all,
        requirement: LocalizedText(
            da: "Ethvert aktivt tilbud og delmål er knyttet til et mål; markér tilbud uden mål og mål, der ikke er rørt i 6 måneder, mens samtalerne nævner nye mål.",
            en: "Every active offer and subgoal is linked to a goal; flag offers linked to no goal, and goals untouched for 6 months while the conversations mention new goals."),
        evidence: LocalizedText(
            da: "Aktive tilbud med et gyldigt mål-link; mål ændret inden for 6 måneder, når en samtale i perioden nævner et nyt mål (den lokale liste over formuleringer om nye mål).",
            en: "Active offers with a valid goal link; goals changed within 6 months when a conversation in the period mentions a new goal (the local list of phrases for new goals)."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "002", lines: "2574-2579",
                quote: "I 57 pct. af sagerne, ses der en tydelig sammenhæng mellem mål/delmål og de indsatser"),
            SourceReference(
                document: "002", lines: "2470-2478",
                quote: "jobmålene oftest er statiske i planerne, selv om der arbejdes med at beskrive et andet jobmål"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        let asOf = context.asOf
        var issues: [(date: CalendarDate, message: RuleMessage, evidence: Evidence)] = []
        for offer in facts.offers where facts.isActive(offer, on: asOf) {
            if offer.goalID.map({ !facts.goalIDs.contains($0) }) ?? true {
                issues.append((offer.start,
                               RuleMessage(da: "tilbuddet ({0} fra {1}) er ikke knyttet til et mål",
                                           en: "the offer ({0} from {1}) is linked to no goal",
                                           .localized(Wording.offerType(offer.type)), .date(offer.start)),
                               .offer(offer)))
            }
        }
        let active = facts.activeGoals
        if let lastTouched = active.map(\.updated).max(), lastTouched.adding(months: 6) <= asOf {
            let recent = asOf.adding(months: -6)
            let mention = facts.episodeConversations.first { conversation in
                guard conversation.date > lastTouched, conversation.date > recent,
                      !(conversation.summary.isEmpty && conversation.agreements.isEmpty)
                else { return false }
                return context.settings.mentionsNewGoal(conversation.summary)
                    || context.settings.mentionsNewGoal(conversation.agreements)
            }
            if let mention {
                issues.append((mention.date,
                               RuleMessage(da: "målene er ikke ændret siden {0}, men samtalen {1} nævner et nyt mål",
                                           en: "the goals are unchanged since {0}, but the conversation on {1} mentions a new goal",
                                           .date(lastTouched), .date(mention.date)),
                               .conversation(mention)))
            }
        }
        guard let first = issues.min(by: { $0.date < $1.date }) else {
            if active.isEmpty, !facts.offers.contains(where: { facts.isActive($0, on: asOf) }) {
                return .notApplicable(RuleMessage(da: "Ingen aktive mål eller tilbud.", en: "No active goals or offers."))
            }
            return Finding(
                .met, explanation: RuleMessage(
                    da: "Aktive tilbud er knyttet til mål, og målene følger samtalerne.",
                    en: "Active offers are linked to goals, and the goals follow the conversations."))
        }
        return Finding(
            context.pending(first.date), deadline: first.date, evidence: issues.map(\.evidence),
            explanation: RuleMessage(
                da: "Den røde tråd mangler: {0}.", en: "The clear line is missing: {0}.",
                .list(issues.map { .message($0.message) })))
    }

    // MARK: PL.STATUS

    static let planStatus = Rule(
        id: "PL.STATUS", version: 1,
        title: LocalizedText(da: "Ingen pligt til status i Min Plan", en: "No duty to record status in Min Plan"),
        kind: .note, appliesTo: .all,
        requirement: LocalizedText(
            da: "Fra 22.03.2023 er der ingen pligt til at registrere løbende og afsluttende status for indsatser i Min Plan; status kan stå i referatet af seneste samtale. En stikprøve må ikke underkende en sag for manglende planstatus efter den dato.",
            en: "From 22.03.2023 there is no duty to record running and final status of efforts in Min Plan; status may live in the minutes of the latest conversation. A spot-check must not fail a case for missing plan status after that date."),
        evidence: LocalizedText(da: "Ingen (en note til stikprøven).", en: "None (a note for the spot-check)."),
        validFrom: LawDates.lov295, legalReference: "Lov nr. 295 af 20. marts 2023",
        sources: [
            SourceReference(
                document: "000", lines: "1157-1166",
                quote: "registreringskravet om, at jobcentrene skal dokumentere løbende og afsluttende status for igangsatte indsatser i »Min Plan« bliver afskaffet"),
        ],
        anchoring: .evaluationDate
    ) { _, _, _ in
        .notApplicable(
            RuleMessage(
                da: "Note: fra 22.03.2023 er status i Min Plan ikke et krav; manglende planstatus er ikke en fejl.",
                en: "Note: from 22.03.2023 plan status in Min Plan is not required; missing plan status is not an error."))
    }

    // MARK: PL.CV

    static let cv = Rule(
        id: "PL.CV", version: 1,
        title: LocalizedText(da: "CV på Jobnet", en: "CV on Jobnet"),
        kind: .lovkrav, appliesTo: .unemployed,
        requirement: LocalizedText(
            da: "Borgeren har et CV på Jobnet, medmindre der er registreret en fritagelse (meget ringe it-kundskaber, betydelige sprogbarrierer eller andre forhold).",
            en: "The citizen has a CV on Jobnet, unless an exemption is recorded (very poor IT skills, major language barriers or other reasons)."),
        evidence: LocalizedText(
            da: "Et CV registreret på Jobnet; eller en fritagelse for PL.CV. Fristen er en fortolkning: forløbets start + den lokale opstartsfrist (standard 28 dage).",
            en: "A CV registered on Jobnet; or an exemption from PL.CV. The deadline is an interpretation: the episode start + the local setup deadline (default 28 days)."),
        validFrom: LawDates.reform2020, legalReference: "Aftale om en forenklet beskæftigelsesindsats",
        sources: [
            SourceReference(
                document: "001", lines: "668-673",
                quote: "Det er muligt at blive fritaget, hvis man fx har meget ringe it-kundskaber, betydelige sprogbarrierer eller andre forhold ikke gør det muligt"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let setup = facts.setupDeadline(context) else { return .cannotEvaluate(.start) }
        let cv = facts.cv
        return Judgements.event(
            happened: cv?.registered, evidence: cv.map { [.cv($0)] } ?? [], deadline: setup.deadline, windowStart: nil,
            what: RuleMessage(da: "CV på Jobnet", en: "CV on Jobnet"), arithmetic: setup.arithmetic, context: context)
    }
}
