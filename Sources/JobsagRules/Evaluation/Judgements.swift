import JobsagCore

/// The shapes of judgement that many rules share.
enum Judgements {
    /// Something that must happen once by a deadline (a first conversation, a visitation, a
    /// test): met when it happened on time, met late when after the deadline (doing it late
    /// still counts), else open, due soon or overdue.
    ///
    /// - Parameters:
    ///   - happened: the date it happened, when it did.
    ///   - what: the duty in a sentence fragment, e.g. "Første jobsamtale".
    static func event(
        happened: CalendarDate?, evidence: [Evidence], deadline: CalendarDate, windowStart: CalendarDate?,
        what: RuleMessage, arithmetic: RuleMessage?, context: EvaluationContext
    ) -> Finding {
        if let happened {
            let late = happened > deadline
            let explanation = late
                ? RuleMessage(
                    da: "{0}: sket {1}, efter fristen {2} (opfyldt for sent).",
                    en: "{0}: done on {1}, after the deadline {2} (met late).",
                    .message(what), .date(happened), .date(deadline))
                : RuleMessage(
                    da: "{0}: sket {1}, inden fristen {2}.", en: "{0}: done on {1}, by the deadline {2}.",
                    .message(what), .date(happened), .date(deadline))
            return Finding(
                .met, deadline: deadline, windowStart: windowStart, evidence: evidence, metLate: late,
                explanation: explanation, arithmetic: arithmetic)
        }
        let status = context.pending(deadline)
        return Finding(
            status, deadline: deadline, windowStart: windowStart, evidence: evidence,
            explanation: pendingSentence(what, status: status, deadline: deadline), arithmetic: arithmetic)
    }

    /// "{what} skal ske senest {deadline}." or "{what}: fristen {deadline} er overskredet."
    static func pendingSentence(_ what: RuleMessage, status: ObligationStatus, deadline: CalendarDate) -> RuleMessage {
        if status == .overdue {
            return RuleMessage(
                da: "{0}: ikke registreret; fristen {1} er overskredet.",
                en: "{0}: not recorded; the deadline {1} has passed.", .message(what), .date(deadline))
        }
        return RuleMessage(
            da: "{0}: ikke registreret endnu; fristen er {1}.", en: "{0}: not recorded yet; the deadline is {1}.",
            .message(what), .date(deadline))
    }

    /// At least `required` conversations in the half-open window [anchor, anchor + months):
    /// met when there are enough, missed when the window closed without them.
    static func conversationCount(
        _ conversations: [Conversation], required: Int, months: Int, anchor: CalendarDate, label: LocalizedText,
        noun: RuleMessage.Noun, notCounted: [Conversation], context: EvaluationContext
    ) -> Finding {
        let end = anchor.adding(months: months)
        let lastDay = end.adding(days: -1)
        let inWindow = conversations.filter { $0.date >= anchor && $0.date < end }
        let held = inWindow.count
        let nounPlural = RuleMessage.Argument.localized(noun.plural)
        var explanation: RuleMessage
        let status: ObligationStatus
        if held >= required {
            status = .met
            explanation = RuleMessage(
                da: "{0} {2} holdt i de første {3}, kravet er {1} (vinduet {4}–{5}).",
                en: "{0} {2} held in the first {3}, {1} required (window {4} to {5}).",
                [.number(held), .number(required), nounPlural, Wording.months(months), .date(anchor), .date(lastDay)])
        } else {
            status = context.pendingOrMissed(lastDay)
            if status == .missed {
                explanation = RuleMessage(
                    da: "Kun {0} af {1} {2} blev holdt i de første {3}; vinduet lukkede {4}.",
                    en: "Only {0} of {1} {2} were held in the first {3}; the window closed on {4}.",
                    [.number(held), .number(required), nounPlural, Wording.months(months), .date(lastDay)])
            } else if required - held == 1 {
                explanation = RuleMessage(
                    da: "{0} af {1} {2} holdt i de første {3}; den {4}. skal holdes senest {5}.",
                    en: "{0} of {1} {2} held in the first {3}; number {4} must be held by {5}.",
                    [.number(held), .number(required), nounPlural, Wording.months(months), .number(required), .date(lastDay)])
            } else {
                explanation = RuleMessage(
                    da: "{0} af {1} {2} holdt i de første {3}; de sidste {4} skal holdes senest {5}.",
                    en: "{0} of {1} {2} held in the first {3}; the remaining {4} must be held by {5}.",
                    [.number(held), .number(required), nounPlural, Wording.months(months), .number(required - held), .date(lastDay)])
            }
        }
        let written = notCounted.filter { $0.date >= anchor && $0.date < end }
        if !written.isEmpty {
            explanation = RuleMessage(
                da: "{0} {1} i vinduet tæller ikke (holdt skriftligt efter 22.03.2023).",
                en: "{0} {1} in the window do not count (held in writing after 22.03.2023).",
                .message(explanation), .counted(written.count, .writtenConversation))
        }
        return Finding(
            status, deadline: lastDay, windowStart: anchor, evidence: inWindow.map(Evidence.conversation),
            explanation: explanation, arithmetic: Messages.firstMonths(label, anchor, months))
    }
}
