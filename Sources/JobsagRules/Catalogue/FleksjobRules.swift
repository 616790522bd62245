import JobsagCore

/// FJ: flex job (fleksjob) and ledighedsydelse, RULES.md §3 "FJ".
enum FleksjobRules {
    static let all: [Rule] = [rehabilitationTeam, workCapacity, hours, progression]

    static func perFlexJob(_ description: LocalizedText, where select: @escaping @Sendable (FlexJob, CaseFacts) -> Bool) -> Anchoring {
        .perEntry(
            .flexJob, description: description, label: LocalizedText(da: "jobstart", en: "job start"),
            list: { $0.flexJobs }, date: { $0.start }, where: select)
    }

    // MARK: FJ.REHAB

    static let rehabilitationTeam = Rule(
        id: "FJ.REHAB", version: 1,
        title: LocalizedText(da: "Rehabiliteringsteamets indstilling før fleksjob", en: "Rehabilitation team's recommendation before a flex job"),
        kind: .lovkrav, appliesTo: .fleksjobAndLedighedsydelse,
        requirement: LocalizedText(
            da: "Fleksjob bevilges først, når sagen har været i rehabiliteringsteamet; indstillingen angiver beskæftigelsesmål, typer af job og skånehensyn.",
            en: "A flex job is granted only after the case has been to the rehabilitation team; the recommendation states the employment goal, the kinds of job and the accommodation needs."),
        evidence: LocalizedText(
            da: "En indstilling dateret senest forløbets start (bevillingen) med beskæftigelsesmål, jobtyper og skånehensyn udfyldt.",
            en: "A recommendation dated no later than the episode start (the grant) with employment goal, job kinds and accommodations filled in."),
        validFrom: LawDates.reform2020,
        legalReference: "Bekendtgørelse om rehabiliteringsplan og rehabiliteringsteamets indstilling om ressourceforløb, fleksjob, førtidspension mv. § 9",
        sources: [
            SourceReference(
                document: "003", lines: "966", quote: "Inden bevilling af et fleksjob skal sagen være forelagt for rehabiliteringsteamet"),
            SourceReference(
                document: "003", lines: "1409-1449",
                quote: "Rehabiliteringsteamet skal i øvrigt angive, hvilke typer af fleksjob eller arbejdsfunktioner rehabiliteringsteamet vurderer, at borgeren skal have"),
        ],
        anchoring: .episodeStart
    ) { anchor, facts, context in
        guard let start = anchor.date else { return .cannotEvaluate(.start) }
        let recommendations = facts.rehabilitationRecommendations
        guard let recommendation = recommendations.last(where: { $0.date <= start }) else {
            if let late = recommendations.first {
                return Finding(
                    .missed, deadline: start, evidence: [.rehabilitationRecommendation(late)],
                    explanation: RuleMessage(
                        da: "Indstillingen {0} er efter bevillingen {1}; fleksjob må først bevilges efter rehabiliteringsteamet.",
                        en: "The recommendation of {0} is after the grant on {1}; a flex job may only be granted after the rehabilitation team.",
                        .date(late.date), .date(start)))
            }
            return Finding(
                context.pending(start), deadline: start,
                explanation: RuleMessage(
                    da: "Der er ingen indstilling fra rehabiliteringsteamet før bevillingen {0}.",
                    en: "There is no recommendation from the rehabilitation team before the grant on {0}.", .date(start)))
        }
        var missing: [RuleMessage.Argument] = []
        if recommendation.employmentGoal.isBlank {
            missing.append(.localized(LocalizedText(da: "beskæftigelsesmål", en: "employment goal")))
        }
        if recommendation.jobKinds.isBlank { missing.append(.localized(LocalizedText(da: "typer af job", en: "kinds of job"))) }
        if recommendation.accommodations.isBlank {
            missing.append(.localized(LocalizedText(da: "skånehensyn", en: "accommodation needs")))
        }
        let evidence = [Evidence.rehabilitationRecommendation(recommendation)]
        guard missing.isEmpty else {
            return Finding(
                context.pending(start), deadline: start, evidence: evidence,
                explanation: RuleMessage(
                    da: "Indstillingen {0} mangler {1}.", en: "The recommendation of {0} lacks {1}.",
                    .date(recommendation.date), .list(missing)))
        }
        return Finding(
            .met, deadline: start, evidence: evidence,
            explanation: RuleMessage(
                da: "Rehabiliteringsteamets indstilling {0} angiver mål, jobtyper og skånehensyn.",
                en: "The rehabilitation team's recommendation of {0} states the goal, job kinds and accommodations.",
                .date(recommendation.date)))
    }

    // MARK: FJ.ARBEJDSEVNE

    static let workCapacity = Rule(
        id: "FJ.ARBEJDSEVNE", version: 1,
        title: LocalizedText(da: "Arbejdsevnen i fleksjobbet vurderet hurtigst muligt", en: "Work capacity in the flex job assessed as soon as possible"),
        kind: .lovkrav, appliesTo: .fleksjob,
        requirement: LocalizedText(
            da: "Når et fleksjob starter, vurderes arbejdsevnen i jobbet (timer pr. uge, intensitet) hurtigst muligt, og der træffes en skriftlig afgørelse med klagevejledning.",
            en: "When a flex job starts, the work capacity in it (hours per week, intensity) is assessed as soon as possible, with a written decision and complaint guidance."),
        evidence: LocalizedText(
            da: "En vurdering med skriftlig afgørelse og klagevejledning senest jobstart + 28 dage ('hurtigst muligt', »hurtigst muligt« i den lokale politik (standard 28 dage)).",
            en: "An assessment with a written decision and complaint guidance by the job start + 28 days ('as soon as possible', \"as soon as possible\" in the local policy (default 28 days))."),
        validFrom: LawDates.reform2020, legalReference: "LAB § 122, stk. 2",
        sources: [
            SourceReference(
                document: "003", lines: "596-601",
                quote: "skal kommunen i forbindelse med etablering af fleksjob på en virksomhed hurtigst muligt give en vurdering af personens arbejdsevne i jobbet"),
            SourceReference(document: "003", lines: "2718-2736"),
            SourceReference(
                document: "003", lines: "3479-3496",
                quote: "Kommunerne har i 54 ud af 77 sager truffet en skriftlig afgørelse med klagevejledning"),
        ],
        anchoring: perFlexJob(
            LocalizedText(da: "hvert fleksjob (jobstart)", en: "each flex job (its start)"), where: { _, _ in true })
    ) { anchor, facts, context in
        let job = facts.flexJobs[anchor.index]
        let days = context.policy.asSoonAsPossibleDays
        let deadline = job.start.adding(days: days)
        let arithmetic = Messages.plusDays(LocalizedText(da: "jobstart", en: "job start"), job.start, days)
        let assessment = job.assessment.flatMap { $0.date <= context.asOf ? $0 : nil }
        if let assessment, !(assessment.writtenDecision && assessment.complaintGuidance) {
            var missing: [RuleMessage.Argument] = []
            if !assessment.writtenDecision { missing.append(.localized(LocalizedText(da: "skriftlig afgørelse", en: "written decision"))) }
            if !assessment.complaintGuidance { missing.append(.localized(LocalizedText(da: "klagevejledning", en: "complaint guidance"))) }
            return Finding(
                context.pending(deadline), deadline: deadline, windowStart: job.start, evidence: [.flexJob(job)],
                explanation: RuleMessage(
                    da: "Arbejdsevnen er vurderet {0}, men der mangler {1}.", en: "The work capacity was assessed on {0}, but {1} is missing.",
                    .date(assessment.date), .list(missing)),
                arithmetic: arithmetic)
        }
        return Judgements.event(
            happened: assessment?.date, evidence: [.flexJob(job)], deadline: deadline, windowStart: job.start,
            what: RuleMessage(da: "Vurdering af arbejdsevnen i fleksjobbet", en: "Assessment of the work capacity in the flex job"),
            arithmetic: arithmetic, context: context)
    }

    // MARK: FJ.TIMER

    static let hours = Rule(
        id: "FJ.TIMER", version: 1,
        title: LocalizedText(da: "Afvigende timetal er begrundet", en: "Different hours have a reason"),
        kind: .godPraksis, appliesTo: .fleksjob,
        requirement: LocalizedText(
            da: "Afviger jobbets timetal fra vurderingen af arbejdsevnen, giver afgørelsen begrundelsen.",
            en: "If the job's hours differ from the work-capacity assessment, the decision gives the reason."),
        evidence: LocalizedText(
            da: "Samme timetal, eller en begrundelse for forskellen på vurderingen.", en: "The same hours, or a reason for the difference on the assessment."),
        validFrom: LawDates.reform2020, legalReference: "Vejledning om fleksjob mv. (nr. 10048/2019)",
        sources: [
            SourceReference(
                document: "003", lines: "2897-2948",
                quote: "Vi vurderer, at forskellen i timetal bør fremgå af begrundelsen for afgørelsen om det konkrete fleksjob"),
        ],
        anchoring: perFlexJob(
            LocalizedText(da: "hvert fleksjob med en vurdering af arbejdsevnen (jobstart)", en: "each flex job with a work-capacity assessment (its start)"),
            where: { job, facts in (job.assessment?.date).map { $0 <= facts.asOf } ?? false })
    ) { anchor, facts, context in
        let job = facts.flexJobs[anchor.index]
        guard let assessment = job.assessment else {
            return .notApplicable(RuleMessage(da: "Ingen vurdering af arbejdsevnen endnu.", en: "No work-capacity assessment yet."))
        }
        if abs(job.hoursPerWeek - assessment.hoursPerWeek) < 0.01 || !assessment.hoursDifferenceReason.isBlank {
            return Finding(
                .met, deadline: assessment.date, evidence: [.flexJob(job)],
                explanation: RuleMessage(
                    da: "Jobbet har {0} timer pr. uge; vurderingen {1} timer{2}.", en: "The job has {0} hours a week; the assessment {1} hours{2}.",
                    .decimal(job.hoursPerWeek), .decimal(assessment.hoursPerWeek), .localized(assessment.hoursDifferenceReason.isBlank
                        ? LocalizedText(da: "", en: "")
                        : LocalizedText(da: " (forskellen er begrundet)", en: " (the difference has a reason)"))))
        }
        return Finding(
            context.pending(assessment.date), deadline: assessment.date, evidence: [.flexJob(job)],
            explanation: RuleMessage(
                da: "Jobbet har {0} timer pr. uge, men arbejdsevnen er vurderet til {1}; begrund forskellen i afgørelsen.",
                en: "The job has {0} hours a week, but the work capacity was assessed at {1}; give the reason in the decision.",
                .decimal(job.hoursPerWeek), .decimal(assessment.hoursPerWeek)))
    }

    // MARK: FJ.PROGRESSION

    static let progression = Rule(
        id: "FJ.PROGRESSION", version: 1,
        title: LocalizedText(da: "Progression i fleksjob under 10 timer", en: "Progression in a flex job under 10 hours"),
        kind: .lokal, appliesTo: .fleksjob,
        requirement: LocalizedText(
            da: "Et fleksjob under 10 effektive timer om ugen har progressionsmål, og der følges op i jobbets første 6 måneder (Gentofte).",
            en: "A flex job under 10 effective hours a week has progression goals, with follow-up in the first 6 months of the job (Gentofte)."),
        evidence: LocalizedText(
            da: "Progressionsmål på fleksjobbet; en holdt samtale i [jobstart; jobstart + 6 måneder).",
            en: "Progression goals on the flex job; a held conversation in [job start, job start + 6 months)."),
        validFrom: LawDates.reform2020, legalReference: "",
        sources: [
            SourceReference(
                document: "003", lines: "393-395", quote: "der indgås en aftale om at følge op i de første 6 måneder af ansættelsen"),
            SourceReference(
                document: "003", lines: "440-446",
                quote: "Der indgår altid progressionsmål som en del af fleksjobaftalen, når der er tale om et fleksjob på under 10 effektive timer om ugen"),
        ],
        anchoring: perFlexJob(
            LocalizedText(da: "hvert fleksjob under 10 effektive timer (jobstart)", en: "each flex job under 10 effective hours (its start)"),
            where: { job, _ in job.effectiveHoursPerWeek < 10 })
    ) { anchor, facts, context in
        let job = facts.flexJobs[anchor.index]
        let end = job.start.adding(months: 6)
        let lastDay = end.adding(days: -1)
        let followUp = facts.conversations.first { $0.wasHeld && $0.date >= job.start && $0.date < end }
        var evidence = [Evidence.flexJob(job)]
        if let followUp { evidence.append(.conversation(followUp)) }
        if (job.progressionGoals ?? "").isBlank {
            // Recorded on the flex job (the app's form "Progressionsmål i fleksjob"); a job
            // that has ended can no longer get them.
            if let end = job.end, end < context.asOf {
                return Finding(
                    .missed, deadline: job.start, evidence: evidence,
                    explanation: RuleMessage(
                        da: "Fleksjobbet fra {0} ({1} effektive timer) sluttede {2} uden progressionsmål.",
                        en: "The flex job from {0} ({1} effective hours) ended on {2} without progression goals.",
                        .date(job.start), .decimal(job.effectiveHoursPerWeek), .date(end)))
            }
            return Finding(
                context.pending(job.start), deadline: job.start, evidence: evidence,
                explanation: RuleMessage(
                    da: "Fleksjobbet fra {0} ({1} effektive timer) har ingen progressionsmål; registrér dem på fleksjobbet.",
                    en: "The flex job from {0} ({1} effective hours) has no progression goals; record them on the flex job.",
                    .date(job.start), .decimal(job.effectiveHoursPerWeek)))
        }
        if let followUp {
            return Finding(
                .met, deadline: lastDay, windowStart: job.start, evidence: evidence,
                explanation: RuleMessage(
                    da: "Progressionsmål aftalt; fulgt op {0}.", en: "Progression goals agreed; followed up on {0}.", .date(followUp.date)),
                arithmetic: Messages.firstMonths(LocalizedText(da: "jobstart", en: "job start"), job.start, 6))
        }
        let status = context.pendingOrMissed(lastDay)
        return Finding(
            status, deadline: lastDay, windowStart: job.start, evidence: evidence,
            explanation: status == .missed
                ? RuleMessage(
                    da: "Der blev ikke fulgt op i fleksjobbets første 6 måneder (til {0}).",
                    en: "There was no follow-up in the flex job's first 6 months (until {0}).", .date(lastDay))
                : RuleMessage(
                    da: "Progressionsmål aftalt; der skal følges op senest {0}.", en: "Progression goals agreed; follow up by {0}.",
                    .date(lastDay)),
            arithmetic: Messages.firstMonths(LocalizedText(da: "jobstart", en: "job start"), job.start, 6))
    }
}
