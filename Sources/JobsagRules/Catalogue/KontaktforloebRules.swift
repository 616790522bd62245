import JobsagCore

/// KF: the contact course (kontaktforløb), RULES.md §3 "KF".
enum KontaktforloebRules {
    static let all: [Rule] = [
        fourInSix, firstInPerson, form, afterSixMonths, jointMeetings, jointMeetingAt16Months, firstWithinAWeek,
        sicknessBeforeWeek8, sicknessFirstInPerson,
    ]

    // MARK: KF.4I6

    /// KF.4I6 version 1: 4 jobsamtaler in the first 6 months (from 2020-01-01).
    static let fourInSix = jobConversationsInFirstSixMonths(
        version: 1, validFrom: LawDates.reform2020, appliesTo: .withContactCourse, required: 4)

    /// A version of KF.4I6: `required` jobsamtaler in the half-open window [episode start,
    /// episode start + 6 months). A dated change of the number (e.g. for dagpenge only) is a
    /// new call with a later `validFrom` and the narrower `appliesTo`.
    static func jobConversationsInFirstSixMonths(
        version: Int, validFrom: CalendarDate, validTo: CalendarDate? = nil, appliesTo: TargetGroupScope, required: Int,
        legalReference: String = "Aftale om en forenklet beskæftigelsesindsats",
        sources: [SourceReference] = [
            SourceReference(
                document: "001", lines: "553-561",
                quote: "Skifter borgeren ydelse, skal der på den nye ydelse igen afholdes fire samtaler inden for de første seks måneder"),
        ]
    ) -> Rule {
        Rule(
            id: "KF.4I6", version: version,
            title: LocalizedText(
                da: "Mindst \(required) jobsamtaler i de første 6 måneder",
                en: "At least \(required) job interviews in the first 6 months"),
            kind: .lovkrav, appliesTo: appliesTo,
            requirement: LocalizedText(
                da: "Mindst \(required) jobsamtaler i ydelsesforløbets første 6 måneder; et nyt ydelsesforløb (skift af ydelse) starter en ny optælling, et skift af kategori gør ikke.",
                en: "At least \(required) job interviews in the first 6 months of the benefit episode; a new episode (a change of benefit) starts a new count, a change of category does not."),
            evidence: LocalizedText(
                da: "Holdte samtaler af typen jobsamtale, visitationssamtale eller fællessamtale i vinduet [episodestart; episodestart + 6 måneder); ikke breve (en skriftlig samtale fra 22.03.2023 tæller ikke).",
                en: "Held conversations of kind job interview, assessment interview or joint meeting in the window [episode start, episode start + 6 months); not letters (a written conversation from 22.03.2023 does not count)."),
            validFrom: validFrom, validTo: validTo, legalReference: legalReference, sources: sources,
            anchoring: .episodeStart
        ) { anchor, facts, context in
            guard let start = anchor.date else { return .cannotEvaluate(.start) }
            return Judgements.conversationCount(
                facts.countingConversations, required: required, months: 6, anchor: start,
                label: Messages.episodeStartLabel, noun: .jobConversation, notCounted: facts.writtenConversations,
                context: context)
        }
    }

    // MARK: KF.FOERSTE.FYSISK

    /// The first held jobsamtale of the episode; while none is held, the next one (dated
    /// `asOf` or later).
    static let firstConversationAnchoring = Anchoring(
        description: LocalizedText(
            da: "datoen for ydelsesforløbets første holdte jobsamtale (før den er holdt: opgørelsesdatoen)",
            en: "the date of the episode's first held job interview (before it is held: the evaluation date)"),
        label: LocalizedText(da: "første jobsamtale", en: "first job interview"),
        subjectKind: nil,
        single: { facts in
            guard facts.episodeStart != nil else { return RuleAnchor(date: nil, missing: .start) }
            guard let first = facts.countingConversations.first else { return RuleAnchor(date: facts.asOf) }
            return RuleAnchor(date: first.date, subjectID: first.id)
        })

    static let firstInPerson = Rule(
        id: "KF.FOERSTE.FYSISK", version: 1,
        title: LocalizedText(da: "Første jobsamtale ved personligt fremmøde", en: "First job interview in person"),
        kind: .lovkrav, appliesTo: .withContactCourse,
        requirement: LocalizedText(
            da: "Ydelsesforløbets første jobsamtale holdes ved personligt fremmøde.",
            en: "The first job interview of the benefit episode is held in person."),
        evidence: LocalizedText(
            da: "Den første holdte jobsamtale har formen fysisk.", en: "The first held job interview has the form in person."),
        validFrom: LawDates.lov295, legalReference: "Lov nr. 295 af 20. marts 2023",
        sources: [
            SourceReference(
                document: "000", lines: "1107-1109",
                quote: "Den første samtale skal holdes ved personligt fremmøde."),
        ],
        anchoring: firstConversationAnchoring
    ) { _, facts, _ in
        guard let first = facts.countingConversations.first else {
            return Finding(
                .open,
                explanation: RuleMessage(
                    da: "Den første jobsamtale i forløbet er ikke holdt endnu; den skal holdes ved personligt fremmøde.",
                    en: "The first job interview of the episode has not been held yet; it must be held in person."))
        }
        if first.form == .fysisk {
            return Finding(
                .met, deadline: first.date, evidence: [.conversation(first)],
                explanation: RuleMessage(
                    da: "Den første jobsamtale {0} blev holdt ved personligt fremmøde.",
                    en: "The first job interview on {0} was held in person.", .date(first.date)))
        }
        return Finding(
            .missed, deadline: first.date, evidence: [.conversation(first)],
            explanation: RuleMessage(
                da: "Den første jobsamtale {0} blev holdt {1}; den skulle holdes ved personligt fremmøde.",
                en: "The first job interview on {0} was held {1}; it should have been held in person.",
                .date(first.date), .localized(Wording.conversationFormPhrase(first.form))))
    }

    // MARK: KF.FORM

    static let form = Rule(
        id: "KF.FORM", version: 1,
        title: LocalizedText(da: "Samtalens form: fysisk, telefon eller video, aldrig skriftlig", en: "Conversation form: in person, phone or video, never in writing"),
        kind: .lovkrav, appliesTo: .all,
        requirement: LocalizedText(
            da: "Efter den første samtale vælger borgeren personligt fremmøde, telefon eller video; jobcentret kan efter en konkret og individuel vurdering ændre det til personligt fremmøde (begrundelsen registreres). Jobsamtaler må ikke holdes pr. brev eller skriftligt.",
            en: "After the first conversation the citizen chooses in person, phone or video; the jobcenter may change it to in person after an individual assessment (the reason is recorded). No job interviews by letter or in writing."),
        evidence: LocalizedText(
            da: "Samtalens form er fysisk, telefon eller video; en skriftlig samtale fra 22.03.2023 tæller ikke og markeres.",
            en: "The conversation's form is in person, phone or video; a written conversation from 22.03.2023 does not count and is flagged."),
        validFrom: LawDates.lov295, legalReference: "Lov nr. 295 af 20. marts 2023",
        sources: [
            SourceReference(
                document: "000", lines: "1107-1131",
                quote: "Med lovændringen kan opfølgningen ikke længere foregå skriftligt, ligesom det heller ikke længere er muligt at afholde jobsamtaler pr. brev"),
        ],
        anchoring: .perEntry(
            .conversation,
            description: LocalizedText(da: "hver holdt samtale i forløbet (samtalens dato)", en: "each held conversation in the episode (its date)"),
            label: LocalizedText(da: "samtaledatoen", en: "conversation date"),
            list: { $0.episodeConversations }, date: { $0.date },
            where: { conversation, _ in
                conversation.wasHeld && (conversation.kind.countsAsJobConversation || conversation.kind == .opfoelgning)
            }),
        aggregatesMet: true
    ) { anchor, facts, _ in
        let conversation = facts.episodeConversations[anchor.index]
        let evidence = [Evidence.conversation(conversation)]
        if conversation.form == .skriftlig {
            return Finding(
                .missed, deadline: conversation.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Samtalen {0} blev holdt skriftligt; fra 22.03.2023 må samtaler ikke holdes pr. brev eller skriftligt, og den tæller ikke med.",
                    en: "The conversation on {0} was held in writing; from 22.03.2023 conversations may not be held by letter or in writing, and it does not count.",
                    .date(conversation.date)))
        }
        let isFirst = facts.firstCountingConversationID == conversation.id
        if conversation.formChosenBy == .jobcenter, !isFirst,
           conversation.formReason.isBlank {
            return Finding(
                .overdue, deadline: conversation.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Jobcentret valgte formen ({0}) for samtalen {1} uden en registreret begrundelse; registrér den konkrete og individuelle vurdering.",
                    en: "The jobcenter chose the form ({0}) for the conversation on {1} without a recorded reason; record the individual assessment.",
                    .localized(Wording.conversationForm(conversation.form)), .date(conversation.date)))
        }
        // Met entries are reported together (aggregatesMet), so the sentence needs no values.
        return Finding(
            .met, deadline: conversation.date, evidence: evidence,
            explanation: RuleMessage(
                da: "Samtalen blev holdt ved personligt fremmøde, pr. telefon eller som video.",
                en: "The conversation was held in person, by phone or by video."))
    }

    // MARK: KF.EFTER6

    static let afterSixMonths = Rule(
        id: "KF.EFTER6", version: 1,
        title: LocalizedText(da: "Jobsamtaler efter de første 6 måneder", en: "Job interviews after the first 6 months"),
        kind: .lokal, appliesTo: .withContactCourse,
        requirement: LocalizedText(
            da: "Efter de første 6 måneder er der intet lovkrav; fokusmålet er mindst 4 jobsamtaler pr. 12 måneder, og kommunen kan sætte sit eget antal pr. målgruppe (standard 4).",
            en: "After the first 6 months there is no legal minimum; the national focus target is at least 4 job interviews per 12 months, and the municipality may set its own number per group (default 4)."),
        evidence: LocalizedText(
            da: "Holdte jobsamtaler i de seneste 12 måneder til og med opgørelsesdatoen (inden for ydelsesforløbet).",
            en: "Held job interviews in the last 12 months up to the evaluation date (within the episode)."),
        validFrom: LawDates.reform2020, legalReference: "Beskæftigelsesministeriets fokusmål",
        sources: [
            SourceReference(
                document: "001", lines: "558-560, 731",
                quote: "Efter seks måneders ledighed bliver behovet for samtaler aftalt individuelt"),
            SourceReference(
                document: "002", lines: "153-155, 4546",
                quote: "det overvåges, at målgruppen får minimum 4 samtaler årligt"),
            SourceReference(
                document: "000", lines: "250-253",
                quote: "Der vil blive afholdt fire samtaler de første seks måneder jf. lovkrav, og herefter fire samtaler per år"),
        ],
        anchoring: .evaluationDate
    ) { _, facts, context in
        guard let start = facts.episodeStart else { return .cannotEvaluate(.start) }
        let from = start.adding(months: 6)
        guard context.asOf >= from else {
            return .notApplicable(
                RuleMessage(
                    da: "Gælder efter ydelsesforløbets første 6 måneder, dvs. fra {0}.",
                    en: "Applies after the first 6 months of the episode, i.e. from {0}.", .date(from)))
        }
        let required = context.policy.conversationsPerYear(for: facts.group ?? .dagpenge)
        return RollingCount.judge(
            facts.countingConversations, required: required, start: start, context: context)
    }

    // MARK: KF.FAELLES

    static let jointMeetings = Rule(
        id: "KF.FAELLES", version: 1,
        title: LocalizedText(da: "2 fællessamtaler med a-kassen i de første 6 måneder", en: "2 joint meetings with the a-kasse in the first 6 months"),
        kind: .lovkrav, appliesTo: .dagpenge,
        requirement: LocalizedText(
            da: "To fællessamtaler med deltagelse af a-kassen i de første 6 måneder, ud over de 4 jobsamtaler.",
            en: "Two joint meetings with the a-kasse in the first 6 months, in addition to the 4 job interviews."),
        evidence: LocalizedText(
            da: "Holdte samtaler af typen fællessamtale i vinduet [episodestart; episodestart + 6 måneder).",
            en: "Held conversations of kind joint meeting in the window [episode start, episode start + 6 months)."),
        validFrom: LawDates.reform2020, legalReference: "Aftale om en forenklet beskæftigelsesindsats",
        sources: [
            SourceReference(
                document: "001", lines: "557-558",
                quote: "Dagpengemodtagere skal fortsat have to ekstra fællessamtaler, hvor a-kassen også deltager"),
        ],
        anchoring: .episodeStart
    ) { anchor, facts, context in
        guard let start = anchor.date else { return .cannotEvaluate(.start) }
        return Judgements.conversationCount(
            facts.countingConversations.filter { $0.kind == .faellessamtale }, required: 2, months: 6, anchor: start,
            label: Messages.episodeStartLabel,
            noun: .jointMeeting,
            notCounted: facts.writtenConversations.filter { $0.kind == .faellessamtale }, context: context)
    }

    // MARK: KF.FAELLES.16

    static let jointMeetingAt16Months = Rule(
        id: "KF.FAELLES.16", version: 1,
        title: LocalizedText(da: "Fællessamtale senest efter 16 måneders ledighed", en: "Joint meeting no later than after 16 months"),
        kind: .lovkrav, appliesTo: .dagpenge,
        requirement: LocalizedText(
            da: "En fællessamtale med a-kassen senest efter 16 måneders sammenlagt ledighed.",
            en: "A joint meeting with the a-kasse no later than after 16 months of cumulative unemployment."),
        evidence: LocalizedText(
            da: "En holdt fællessamtale efter 15 måneders sammenlagt ledighed (tidligere dagpengeforløb tæller med).",
            en: "A held joint meeting after 15 months of cumulative unemployment (earlier dagpenge episodes count)."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "001", lines: "1947-1949",
                quote: "Dagpengemodtagere skal senest efter 16 måneders sammenlagt ledighed have en fællessamtale i jobcentret med a-kassedeltagelse"),
        ],
        anchoring: .episodeStart
    ) { anchor, facts, context in
        guard let start = anchor.date else { return .cannotEvaluate(.start) }
        let priorDays = CumulativeUnemployment.priorDays(of: .dagpenge, before: start, in: facts.source)
        let virtualStart = start.adding(days: -priorDays)
        let windowStart = virtualStart.adding(months: 15)
        let deadline = virtualStart.adding(months: 16)
        let meeting = facts.countingConversations.first { $0.kind == .faellessamtale && $0.date >= windowStart }
        let arithmetic: RuleMessage
        if priorDays > 0 {
            arithmetic = RuleMessage(
                da: "episodestart {0} − {1} tidligere ledighed = {2}; + 15 måneder = {3}; + 16 måneder = {4}",
                en: "episode start {0} − {1} of earlier unemployment = {2}; + 15 months = {3}; + 16 months = {4}",
                [.date(start), Wording.days(priorDays), .date(virtualStart), .date(windowStart), .date(deadline)])
        } else {
            arithmetic = RuleMessage(
                da: "episodestart {0} + 15 måneder = {1}; + 16 måneder = {2}",
                en: "episode start {0} + 15 months = {1}; + 16 months = {2}",
                .date(start), .date(windowStart), .date(deadline))
        }
        return Judgements.event(
            happened: meeting?.date, evidence: meeting.map { [.conversation($0)] } ?? [], deadline: deadline,
            windowStart: windowStart,
            what: RuleMessage(
                da: "Fællessamtale efter 15 måneders ledighed (tidligst {0})",
                en: "Joint meeting after 15 months of unemployment (from {0})", .date(windowStart)),
            arithmetic: arithmetic, context: context)
    }

    // MARK: KF.FOERSTE.1U

    static let firstWithinAWeek = Rule(
        id: "KF.FOERSTE.1U", version: 1,
        title: LocalizedText(da: "Første jobsamtale inden for 1 uge", en: "First job interview within 1 week"),
        kind: .lovkrav, appliesTo: .khAndUh,
        requirement: LocalizedText(
            da: "Den første jobsamtale holdes senest 1 uge efter borgerens første henvendelse.",
            en: "The first job interview is held no later than 1 week after the citizen's first contact."),
        evidence: LocalizedText(
            da: "En holdt jobsamtale dateret fra første henvendelse til og med første henvendelse + 7 dage.",
            en: "A held job interview dated from the first contact up to and including first contact + 7 days."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 20 a",
        sources: [
            SourceReference(
                document: "001", lines: "556",
                quote: "For nogle målgrupper fastholdes et krav til, hvornår den første samtale skal falde"),
            SourceReference(
                document: "004", lines: "98-99",
                quote: "Inden for den første uge, fra den unges henvendelse til kommunen, skal den første samtale være gennemført"),
            SourceReference(
                document: "STAR (uden for kilderne)", lines: "",
                quote: "Kontant-/uddannelseshjælp: første samtale inden for en uge"),
        ],
        anchoring: .firstContact
    ) { anchor, facts, context in
        guard let contact = anchor.date else { return .cannotEvaluate(.firstContact) }
        let deadline = contact.adding(days: 7)
        let first = facts.countingConversations.first { $0.date >= contact }
        return Judgements.event(
            happened: first?.date, evidence: first.map { [.conversation($0)] } ?? [], deadline: deadline,
            windowStart: contact,
            what: RuleMessage(da: "Første jobsamtale", en: "First job interview"),
            arithmetic: Messages.plusWeeks(Messages.firstContactLabel, contact, 1), context: context)
    }

    // MARK: KF.SYG.UGE8

    static let sicknessBeforeWeek8 = Rule(
        id: "KF.SYG.UGE8", version: 1,
        title: LocalizedText(da: "Første opfølgning inden udgangen af uge 8", en: "First follow-up before the end of week 8"),
        kind: .lovkrav, appliesTo: .sygedagpenge,
        requirement: LocalizedText(
            da: "Den første opfølgningssamtale holdes inden udgangen af sygefraværets 8. uge (regnet fra første sygedag), medmindre sagen er i standby.",
            en: "The first follow-up meeting is held before the end of week 8 of the sick leave (counted from the first day of sickness), unless the case is on standby."),
        evidence: LocalizedText(
            da: "En holdt opfølgningssamtale fra første sygedag til og med første sygedag + 8 uger − 1 dag; eller en standby-fritagelse.",
            en: "A held follow-up meeting from the first day of sickness up to first day + 8 weeks − 1 day; or a standby exemption."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "STAR (uden for kilderne)", lines: "",
                quote: "Sygedagpenge: første opfølgningssamtale inden udgangen af 8. uge"),
            SourceReference(
                document: "000", lines: "1114-1116",
                quote: "Kontaktforløbet for en sygemeldt kan fortsat foregå uden kontakt til borgeren, hvis der er tale om alvorlig sygdom"),
        ],
        anchoring: .episodeStart, exemptionScopes: [Exemption.Scope.standby]
    ) { anchor, facts, context in
        guard let start = anchor.date else { return .cannotEvaluate(.start) }
        let deadline = start.adding(weeks: 8).adding(days: -1)
        let first = facts.episodeConversations.first {
            $0.kind == .opfoelgning && $0.wasHeld && !$0.isWrittenAfterTheLaw && $0.date >= start
        }
        return Judgements.event(
            happened: first?.date, evidence: first.map { [.conversation($0)] } ?? [], deadline: deadline,
            windowStart: start,
            what: RuleMessage(da: "Første opfølgningssamtale", en: "First follow-up meeting"),
            arithmetic: RuleMessage(
                da: "første sygedag {0} + 8 uger − 1 dag = {1} (udgangen af uge 8)",
                en: "first day of sickness {0} + 8 weeks − 1 day = {1} (end of week 8)", .date(start), .date(deadline)),
            context: context)
    }

    // MARK: KF.SYG.FOERSTE

    static let sicknessFirstInPerson = Rule(
        id: "KF.SYG.FOERSTE", version: 1,
        title: LocalizedText(da: "Første opfølgning ved personligt fremmøde", en: "First follow-up in person"),
        kind: .lovkrav, appliesTo: .sygedagpenge,
        requirement: LocalizedText(
            da: "Den første opfølgningssamtale holdes som udgangspunkt ved personligt fremmøde, medmindre sagen er i standby (alvorlig sygdom, kontakt ikke mulig).",
            en: "The first follow-up meeting is held in person as a rule, unless the case is on standby (serious illness, contact not possible)."),
        evidence: LocalizedText(
            da: "Den første holdte opfølgningssamtale har formen fysisk (eller en registreret begrundelse for en anden form); eller en standby-periode med begrundelse.",
            en: "The first held follow-up meeting is in person (or has a recorded reason for another form); or a standby period with a reason."),
        validFrom: LawDates.lov295, legalReference: "Lov nr. 295 af 20. marts 2023",
        sources: [
            SourceReference(
                document: "000", lines: "1114-1128",
                quote: "den første opfølgning i sygedagpengesager som udgangspunkt skal ske ved en samtale med personligt fremmøde"),
        ],
        anchoring: Anchoring(
            description: LocalizedText(
                da: "datoen for den første holdte opfølgningssamtale (før den er holdt: opgørelsesdatoen)",
                en: "the date of the first held follow-up meeting (before it is held: the evaluation date)"),
            label: LocalizedText(da: "første opfølgning", en: "first follow-up"),
            subjectKind: nil,
            single: { facts in
                guard facts.episodeStart != nil else { return RuleAnchor(date: nil, missing: .start) }
                guard let first = facts.firstFollowUp else { return RuleAnchor(date: facts.asOf) }
                return RuleAnchor(date: first.date, subjectID: first.id)
            }),
        exemptionScopes: [Exemption.Scope.standby]
    ) { _, facts, _ in
        guard let first = facts.firstFollowUp else {
            return Finding(
                .open,
                explanation: RuleMessage(
                    da: "Den første opfølgningssamtale er ikke holdt endnu; den holdes som udgangspunkt ved personligt fremmøde.",
                    en: "The first follow-up meeting has not been held yet; as a rule it is held in person."))
        }
        let evidence = [Evidence.conversation(first)]
        if first.form == .fysisk {
            return Finding(
                .met, deadline: first.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Den første opfølgningssamtale {0} blev holdt ved personligt fremmøde.",
                    en: "The first follow-up meeting on {0} was held in person.", .date(first.date)))
        }
        if !first.isWrittenAfterTheLaw, !first.formReason.isBlank {
            return Finding(
                .met, deadline: first.date, evidence: evidence,
                explanation: RuleMessage(
                    da: "Den første opfølgningssamtale {0} blev holdt {1} med begrundelsen: {2}.",
                    en: "The first follow-up meeting on {0} was held {1} with the reason: {2}.",
                    .date(first.date), .localized(Wording.conversationFormPhrase(first.form)), .text(first.formReason)))
        }
        return Finding(
            .missed, deadline: first.date, evidence: evidence,
            explanation: RuleMessage(
                da: "Den første opfølgningssamtale {0} blev holdt {1} uden begrundelse; den skulle som udgangspunkt holdes ved personligt fremmøde.",
                en: "The first follow-up meeting on {0} was held {1} without a reason; as a rule it should have been held in person.",
                .date(first.date), .localized(Wording.conversationFormPhrase(first.form))))
    }
}

extension CaseFacts {
    /// The first held sickness-benefit follow-up meeting of the episode.
    var firstFollowUp: Conversation? {
        episodeConversations.first { $0.kind == .opfoelgning && $0.wasHeld }
    }
}
