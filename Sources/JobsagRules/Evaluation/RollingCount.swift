import JobsagCore

/// "At least N per 12 months": a rolling window of 12 months ending on `asOf` (RULES.md §1).
enum RollingCount {
    /// Judges `required` conversations per 12 months. The next deadline is the last day on
    /// which the N-th most recent conversation is still inside a 12-month window (its date +
    /// 12 months − 1 day); with fewer than N conversations in the episode, the episode's first
    /// 12 months must hold them (start + 12 months − 1 day).
    static func judge(
        _ conversations: [Conversation], required: Int, start: CalendarDate, context: EvaluationContext
    ) -> Finding {
        let asOf = context.asOf
        let windowStart = max(start, asOf.adding(months: -12).adding(days: 1))
        let inWindow = conversations.filter { $0.date >= windowStart && $0.date <= asOf }
        let held = inWindow.count
        let nextDue: CalendarDate
        let dueArithmetic: RuleMessage
        if required > 0, conversations.count >= required {
            let oldestNeeded = conversations[conversations.count - required].date
            nextDue = oldestNeeded.adding(months: 12).adding(days: -1)
            dueArithmetic = RuleMessage(
                da: "samtalen {0} + 12 måneder − 1 dag = {1}", en: "the conversation on {0} + 12 months − 1 day = {1}",
                .date(oldestNeeded), .date(nextDue))
        } else {
            nextDue = start.adding(months: 12).adding(days: -1)
            dueArithmetic = RuleMessage(
                da: "episodestart {0} + 12 måneder − 1 dag = {1}", en: "episode start {0} + 12 months − 1 day = {1}",
                .date(start), .date(nextDue))
        }
        let status: ObligationStatus
        let explanation: RuleMessage
        if held >= required {
            status = context.recurring(nextDue: nextDue)
            explanation = RuleMessage(
                da: "{0} jobsamtaler i de seneste 12 måneder (mindst {1}); den næste skal holdes senest {2} for at holde niveauet.",
                en: "{0} job interviews in the last 12 months (at least {1}); the next must be held by {2} to keep the level.",
                .number(held), .number(required), .date(nextDue))
        } else {
            status = context.pending(nextDue)
            explanation = status == .overdue
                ? RuleMessage(
                    da: "Kun {0} af {1} jobsamtaler i de seneste 12 måneder; niveauet skulle være nået senest {2}.",
                    en: "Only {0} of {1} job interviews in the last 12 months; the level should have been reached by {2}.",
                    .number(held), .number(required), .date(nextDue))
                : RuleMessage(
                    da: "{0} af {1} jobsamtaler i de seneste 12 måneder; flere skal holdes senest {2}.",
                    en: "{0} of {1} job interviews in the last 12 months; more must be held by {2}.",
                    .number(held), .number(required), .date(nextDue))
        }
        let arithmetic = RuleMessage(
            da: "vindue {0}–{1}; næste frist: {2}", en: "window {0} to {1}; next deadline: {2}",
            .date(windowStart), .date(asOf), .message(dueArithmetic))
        return Finding(
            status, deadline: nextDue, windowStart: windowStart, evidence: inWindow.map(Evidence.conversation),
            explanation: explanation, arithmetic: arithmetic)
    }
}

/// Cumulative time on one benefit across episodes (KF.FAELLES.16: "sammenlagt ledighed").
enum CumulativeUnemployment {
    /// Days on `benefit` in the case's closed episodes that ended before `start`.
    static func priorDays(of benefit: Benefit, before start: CalendarDate, in source: Case) -> Int {
        var days = 0
        for episode in source.episodes where episode.benefit == benefit {
            guard let from = episode.start, let to = episode.end, to < start, from <= to else { continue }
            days += from.days(until: to) + 1
        }
        return days
    }
}

extension String {
    /// Empty or only whitespace (fast for ASCII).
    var isBlank: Bool {
        for byte in utf8 where byte > 0x20 {
            guard byte >= 0x80 else { return false }
            return unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        }
        return true
    }
}
