import JobsagCore

/// KA: a coordinating caseworker (koordinerende sagsbehandler) for every activity-ready
/// group, RULES.md §3 "KA" (and UH.KOORD, which has the same shape).
enum KoordineringRules {
    static let all: [Rule] = [coordinatingCaseworker]

    static let coordinatingCaseworker = coordinatingCaseworkerRule(
        id: "KA.KOORD", appliesTo: .khAndShAktivitetsparat, legalReference: "LAB § 36, stk. 2",
        sources: [
            SourceReference(
                document: "002", lines: "3746-3753",
                quote: "Jobcentret skal tilbyde en koordinerende sagsbehandler, umiddelbart efter personen vurderes som aktivitetsparat"),
        ])

    /// The start of the current activity-ready stretch of the episode.
    static let activityReadyAnchoring = Anchoring(
        description: LocalizedText(
            da: "datoen borgeren blev vurderet aktivitetsparat (visitationen, eller forløbets start hvis det begyndte sådan)",
            en: "the day the citizen was assessed activity-ready (the visitation, or the episode start if it began so)"),
        label: LocalizedText(da: "vurderet aktivitetsparat", en: "assessed activity-ready"),
        subjectKind: nil,
        single: { facts in RuleAnchor(date: facts.activityReadySince, missing: .start) })

    /// A coordinating caseworker offered within "umiddelbart" (policy.immediatelyDays) of the
    /// activity-ready assessment, with the citizen's answer recorded.
    static func coordinatingCaseworkerRule(
        id: String, appliesTo: TargetGroupScope, legalReference: String, sources: [SourceReference]
    ) -> Rule {
        Rule(
            id: id, version: 1,
            title: LocalizedText(da: "Tilbud om koordinerende sagsbehandler", en: "Offer of a coordinating caseworker"),
            kind: .lovkrav, appliesTo: appliesTo,
            requirement: LocalizedText(
                da: "En koordinerende sagsbehandler tilbydes umiddelbart, når borgeren vurderes aktivitetsparat; svaret (ja/nej) registreres.",
                en: "A coordinating caseworker is offered immediately when the citizen is assessed activity-ready; the answer (yes/no) is recorded."),
            evidence: LocalizedText(
                da: "En vejledning 'koordinerende tilbudt' med svar, dateret senest vurderingen + 7 dage ('umiddelbart', »straks« i den lokale politik (standard 7 dage)).",
                en: "A guidance entry 'coordinating caseworker offered' with the answer, dated by the assessment + 7 days ('immediately', \"immediately\" in the local policy (default 7 days))."),
            validFrom: LawDates.reform2020, legalReference: legalReference, sources: sources,
            anchoring: activityReadyAnchoring
        ) { anchor, facts, context in
            guard let since = anchor.date else { return .cannotEvaluate(.start) }
            let days = context.policy.immediatelyDays
            let deadline = since.adding(days: days)
            let arithmetic = Messages.plusDays(LocalizedText(da: "vurderet aktivitetsparat", en: "assessed activity-ready"), since, days)
            let offer = facts.episodeGuidance.first { $0.kind == .koordinerendeTilbudt && $0.date >= since }
            if let offer, offer.answer == nil {
                let status = context.pending(deadline)
                return Finding(
                    status, deadline: deadline, windowStart: since, evidence: [.guidance(offer)],
                    explanation: RuleMessage(
                        da: "Koordinerende sagsbehandler tilbudt {0}, men borgerens svar er ikke registreret.",
                        en: "A coordinating caseworker was offered on {0}, but the citizen's answer is not recorded.",
                        .date(offer.date)),
                    arithmetic: arithmetic)
            }
            return Judgements.event(
                happened: offer?.date, evidence: offer.map { [.guidance($0)] } ?? [], deadline: deadline, windowStart: since,
                what: RuleMessage(da: "Tilbud om koordinerende sagsbehandler", en: "Offer of a coordinating caseworker"),
                arithmetic: arithmetic, context: context)
        }
    }
}
