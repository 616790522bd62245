import JobsagCore

/// TT: exemptions from the 225-hour rule (225-timersreglen), RULES.md §3 "TT".
enum TimereglenRules {
    static let all: [Rule] = [exemption]

    static let exemption = Rule(
        id: "TT.UNDTAG", version: 1,
        title: LocalizedText(da: "Undtagelse fra 225-timersreglen", en: "Exemption from the 225-hour rule"),
        kind: .lovkrav, appliesTo: .khUhAndSh,
        requirement: LocalizedText(
            da: "En undtagelse fra 225-timersreglen har en individuel begrundelse og en periode (typisk 3 måneder); ved udløb skal den revurderes. Markér en standardbegrundelse og en undtagelse forlænget 3 gange eller mere i træk uden ny vurdering.",
            en: "An exemption from the 225-hour rule has an individual reason and a period (usually 3 months); it is reassessed at its end. Flag a standard reason, and an exemption renewed 3 or more times in a row without a new assessment."),
        evidence: LocalizedText(
            da: "Den gældende undtagelse (fritagelse med omfang '225-timer'): begrundelse på mindst 40 tegn, der ikke er kopieret fra den forrige (den lokale mindstelængde for en individuel begrundelse (standard 40 tegn)), en slutdato og en ny vurdering mindst hver 3. forlængelse. Ved udløb: en forlængelse, eller vejledning om 225-timersreglen efter undtagelsens start.",
            en: "The current exemption (scope '225-timer'): a reason of at least 40 characters not copied from the previous one (the local minimum length of an individual reason (default 40 characters)), an end date, and a new assessment at least every third renewal. At its end: a renewal, or guidance on the 225-hour rule after the exemption began."),
        validFrom: LawDates.reform2020, legalReference: "LAS § 13 f, stk. 9",
        sources: [
            SourceReference(
                document: "002", lines: "2037-2196",
                quote: "I 62 pct. af sagerne fremgår en begrundelse, der beskriver, hvori borgerens begrænsede arbejdsevne ligger"),
        ],
        anchoring: Anchoring(
            description: LocalizedText(
                da: "den seneste undtagelse fra 225-timersreglen (dens startdato)", en: "the latest exemption from the 225-hour rule (its start)"),
            label: LocalizedText(da: "undtagelsens start", en: "exemption start"),
            subjectKind: .exemption,
            resolve: { facts in
                guard let latest = facts.exemptions(scope: Exemption.Scope.rule225).last else { return [] }
                return [RuleAnchor(date: latest.from, subjectID: latest.id)]
            })
    ) { _, facts, context in
        let chain = facts.exemptions(scope: Exemption.Scope.rule225)
        guard let current = chain.last else {
            return .notApplicable(RuleMessage(da: "Ingen undtagelse fra 225-timersreglen.", en: "No exemption from the 225-hour rule."))
        }
        let evidence = [Evidence.exemption(current)]
        if let end = current.to, end < context.asOf {
            return lapsed(current, end: end, facts: facts, context: context)
        }
        let previous = chain.dropLast().last
        let reason = current.reason.trimmingSpaces
        if reason.count < context.policy.minimumIndividualReasonLength
            || previous.map({ $0.reason.trimmingSpaces.lowercasedText == reason.lowercasedText }) ?? false {
            return Finding(
                context.pending(current.from), deadline: current.from, evidence: evidence,
                explanation: RuleMessage(
                    da: "Undtagelsen fra {0} har en standardbegrundelse ('{1}'); beskriv, hvori borgerens begrænsede arbejdsevne ligger.",
                    en: "The exemption from {0} has a standard reason ('{1}'); describe how the citizen's work capacity is limited.",
                    .date(current.from), .text(current.reason)))
        }
        guard let end = current.to else {
            return Finding(
                context.pending(current.from), deadline: current.from, evidence: evidence,
                explanation: RuleMessage(
                    da: "Undtagelsen fra {0} har ingen slutdato; sæt en periode (typisk 3 måneder).",
                    en: "The exemption from {0} has no end date; set a period (usually 3 months).", .date(current.from)))
        }
        let renewals = renewalsWithoutAssessment(chain)
        if renewals >= 3 {
            return Finding(
                context.pending(current.from), deadline: current.from, evidence: chain.suffix(renewals + 1).map(Evidence.exemption),
                explanation: RuleMessage(
                    da: "Undtagelsen er forlænget {0} gange i træk uden en ny vurdering; vurdér arbejdsevnen på ny.",
                    en: "The exemption has been renewed {0} times in a row without a new assessment; reassess the work capacity.",
                    .number(renewals)))
        }
        let status = context.recurring(nextDue: end)
        return Finding(
            status, deadline: end, windowStart: current.from, evidence: evidence,
            explanation: RuleMessage(
                da: "Undtaget {0}–{1} med individuel begrundelse; revurderes senest {1}.",
                en: "Exempt {0} to {1} with an individual reason; to be reassessed by {1}.", .date(current.from), .date(end)))
    }

    /// The latest exemption ended and no later one follows it: the reassessment was due on its
    /// last day (RULES.md TT.UNDTAG; 002 L2082-2084, L2142-2146 criticise exemptions nobody
    /// reassessed). It is met by guidance on the 225-hour rule given after the exemption began
    /// (the citizen is told the rule applies again); until then it is overdue, never dropped.
    static func lapsed(_ current: Exemption, end: CalendarDate, facts: CaseFacts, context: EvaluationContext) -> Finding {
        let guidance = facts.guidance.first { $0.kind == .timer225 && $0.date > current.from }
        var evidence = [Evidence.exemption(current)]
        if let guidance {
            evidence.append(.guidance(guidance))
            let late = guidance.date > end
            return Finding(
                .met, deadline: end, windowStart: current.from, evidence: evidence, metLate: late,
                explanation: RuleMessage(
                    da: "Undtagelsen udløb {0}; borgeren blev vejledt om 225-timersreglen {1}{2}.",
                    en: "The exemption ended on {0}; the citizen was guided on the 225-hour rule on {1}{2}.",
                    .date(end), .date(guidance.date),
                    Wording.lateSuffix(late)))
        }
        return Finding(
            context.pending(end), deadline: end, windowStart: current.from, evidence: evidence,
            explanation: RuleMessage(
                da: "Undtagelsen udløb {0} uden en ny vurdering; forlæng den med en individuel begrundelse, eller registrér vejledning om 225-timersreglen, når borgeren igen er omfattet.",
                en: "The exemption ended on {0} without a new assessment; renew it with an individual reason, or record guidance on the 225-hour rule once the citizen is subject to it again.",
                .date(end)))
    }

    /// How many times in a row the latest exemptions renewed the previous one (starting at
    /// most a week after it ended) without a new assessment.
    static func renewalsWithoutAssessment(_ chain: [Exemption]) -> Int {
        var count = 0
        var index = chain.count - 1
        while index > 0 {
            let current = chain[index]
            let previous = chain[index - 1]
            guard !current.newAssessment, let previousEnd = previous.to, current.from <= previousEnd.adding(days: 7) else { break }
            count += 1
            index -= 1
        }
        return count
    }
}
