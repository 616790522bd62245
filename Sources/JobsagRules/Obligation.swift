import JobsagCore

/// The status of an obligation as of a date (RULES.md §1).
public enum ObligationStatus: String, Sendable, Codable, CaseIterable {
    /// Evidence exists inside the window (opfyldt).
    case met
    /// Not met; the deadline is more than the lead time away (åben).
    case open
    /// Not met; the deadline is within the lead time (snart).
    case dueSoon
    /// Not met, but a meeting that would meet it is booked before the deadline (booket):
    /// `Obligation.bookedMeeting` names it. Never met until the meeting is recorded as held.
    case booked
    /// The deadline passed, not met, and still possible to do (overskredet).
    case overdue
    /// The window closed without the evidence and nothing can repair it (ikke opfyldt).
    case missed
    /// The rule does not apply on `asOf`, or the case is exempt (ikke relevant).
    case notApplicable
    /// The data needed to evaluate the rule is missing (kan ikke vurderes).
    case cannotEvaluate

    /// Higher is worse; orders the findings a spot-check checkpoint shows (the traffic light
    /// is `TrafficLight(status)`, where `missed` is history and not red).
    public var severity: Int {
        switch self {
        case .missed, .overdue: return 4
        case .cannotEvaluate: return 3
        case .dueSoon: return 2
        case .open, .booked: return 1
        case .met, .notApplicable: return 0
        }
    }

    /// Whether the caseworker still has something to do for it (a booked one waits for its
    /// meeting, which the agenda shows instead).
    public var isActionable: Bool {
        switch self {
        case .open, .dueSoon, .overdue, .cannotEvaluate: return true
        case .met, .booked, .missed, .notApplicable: return false
        }
    }

    /// The Danish and English UI label.
    public var label: LocalizedText {
        switch self {
        case .met: return LocalizedText(da: "opfyldt", en: "met")
        case .open: return LocalizedText(da: "åben", en: "open")
        case .dueSoon: return LocalizedText(da: "snart", en: "due soon")
        case .booked: return LocalizedText(da: "booket", en: "booked")
        case .overdue: return LocalizedText(da: "overskredet", en: "overdue")
        case .missed: return LocalizedText(da: "ikke opfyldt", en: "missed")
        case .notApplicable: return LocalizedText(da: "ikke relevant", en: "not applicable")
        case .cannotEvaluate: return LocalizedText(da: "kan ikke vurderes", en: "cannot be evaluated")
        }
    }
}

/// What a rule requires of one case as of a date, and why.
///
/// The explanation, the deadline arithmetic and the evidence summaries are kept as templates
/// with their values and rendered when read, so that evaluating a whole caseload stays fast.
public struct Obligation: Hashable, Sendable {
    public var ruleID: String
    public var ruleVersion: Int
    public var kind: RuleKind
    public var status: ObligationStatus
    /// The last day on which the evidence counts as on time (nil when there is none). For a
    /// recurring duty that is currently met, the day the next occurrence is due.
    public var deadline: CalendarDate?
    /// The first day of the window in which evidence counts, when the rule has one.
    public var windowStart: CalendarDate?
    /// The entries that met (or partly met) the obligation, oldest first.
    public var evidence: [Evidence]
    /// For `met`: whether it was met after the deadline.
    public var metLate: Bool
    /// The entry the obligation is about, for rules evaluated per entry (an offer, a conversation).
    public var subjectID: EntryID?
    /// For `cannotEvaluate`: the episode to put right and the date it lacks.
    public var missingData: MissingData?
    /// For `booked`: the booked meeting that would meet it, and its day.
    public var bookedMeeting: BookedMeeting?
    var explanationMessage: RuleMessage
    var arithmeticMessage: RuleMessage?

    /// One sentence saying what is required and where the case stands.
    public var explanation: LocalizedText {
        get { explanationMessage.localized }
        set { explanationMessage = .literal(newValue) }
    }

    /// How the deadline was computed, e.g. "episodestart 08.01.2024 + 6 måneder = 08.07.2024".
    public var arithmetic: LocalizedText? {
        get { arithmeticMessage?.localized }
        set { arithmeticMessage = newValue.map(RuleMessage.literal) }
    }

    /// The explanation in one language (renders only that language).
    public func explanation(_ language: Language) -> String {
        explanationMessage.text(language)
    }

    /// The deadline arithmetic in one language, when there is one.
    public func arithmetic(_ language: Language) -> String? {
        arithmeticMessage?.text(language)
    }

    public init(
        ruleID: String, ruleVersion: Int, kind: RuleKind, status: ObligationStatus, deadline: CalendarDate? = nil,
        windowStart: CalendarDate? = nil, evidence: [Evidence] = [], metLate: Bool = false, subjectID: EntryID? = nil,
        explanation: LocalizedText, arithmetic: LocalizedText? = nil
    ) {
        self.init(
            ruleID: ruleID, ruleVersion: ruleVersion, kind: kind, status: status, deadline: deadline,
            windowStart: windowStart, evidence: evidence, metLate: metLate, subjectID: subjectID,
            explanationMessage: .literal(explanation), arithmeticMessage: arithmetic.map(RuleMessage.literal))
    }

    init(
        ruleID: String, ruleVersion: Int, kind: RuleKind, status: ObligationStatus, deadline: CalendarDate?,
        windowStart: CalendarDate?, evidence: [Evidence], metLate: Bool, subjectID: EntryID?,
        explanationMessage: RuleMessage, arithmeticMessage: RuleMessage?
    ) {
        self.ruleID = ruleID
        self.ruleVersion = ruleVersion
        self.kind = kind
        self.status = status
        self.deadline = deadline
        self.windowStart = windowStart
        self.evidence = evidence
        self.metLate = metLate
        self.subjectID = subjectID
        self.explanationMessage = explanationMessage
        self.arithmeticMessage = arithmeticMessage
    }
}

/// The booked meeting an obligation waits for (status `booked`).
public struct BookedMeeting: Hashable, Sendable {
    public var meetingID: EntryID
    public var date: CalendarDate
    public var time: ClockTime

    public init(meetingID: EntryID, date: CalendarDate, time: ClockTime) {
        self.meetingID = meetingID
        self.date = date
        self.time = time
    }
}

/// An entry that counts as evidence for an obligation.
public struct Evidence: Hashable, Sendable {
    public var entryID: EntryID
    public var kind: EntryKind
    public var date: CalendarDate?
    var source: Summary

    /// What the summary is made from; rendered when read. Conversations, offers and guidance
    /// (the most common evidence) keep only what their summary says, so building them
    /// allocates nothing.
    enum Summary: Hashable, Sendable {
        case conversation(Conversation.Kind, Conversation.Form, Conversation.Outcome)
        case offer(Offer.OfferType, rightAndDuty: Bool)
        case guidance(Guidance.Kind, CalendarDate, channels: [Guidance.Channel], answer: Guidance.Answer?)
        case message(RuleMessage)
    }

    /// A short description, e.g. "jobsamtale 10.01.2024, fysisk".
    public var summary: LocalizedText {
        get { LocalizedText(da: summary(.da), en: summary(.en)) }
        set { source = .message(.literal(newValue)) }
    }

    /// The summary in one language.
    public func summary(_ language: Language) -> String {
        switch source {
        case .message(let message):
            return message.text(language)
        case .conversation(let kind, let form, let outcome):
            var text = Wording.conversationKind(kind).text(language) + " " + Evidence.format(date)
                + ", " + Wording.conversationForm(form).text(language)
            if outcome != .holdt { text += " (" + Wording.outcome(outcome).text(language) + ")" }
            return text
        case .offer(let type, let rightAndDuty):
            var text = Wording.offerType(type).text(language) + (language == .da ? " fra " : " from ")
                + Evidence.format(date)
            if rightAndDuty { text += language == .da ? " (ret og pligt)" : " (right and duty)" }
            return text
        case .guidance(let kind, let given, let channels, let answer):
            return Evidence.guidanceMessage(kind, given, channels: channels, answer: answer).text(language)
        }
    }

    /// A date as `dd.mm.yyyy` in both languages (the English texts use the Danish form too).
    static func format(_ date: CalendarDate?) -> String {
        guard let date else { return "" }
        return date.danish
    }

    public init(entryID: EntryID, kind: EntryKind, date: CalendarDate?, summary: LocalizedText) {
        self.init(entryID: entryID, kind: kind, date: date, message: .literal(summary))
    }

    init(entryID: EntryID, kind: EntryKind, date: CalendarDate?, message: RuleMessage) {
        self.entryID = entryID
        self.kind = kind
        self.date = date
        self.source = .message(message)
    }

    init(entryID: EntryID, kind: EntryKind, date: CalendarDate?, source: Summary) {
        self.entryID = entryID
        self.kind = kind
        self.date = date
        self.source = source
    }
}

/// The kinds of entry a case holds, for evidence and for pointing at entries.
public enum EntryKind: String, Sendable, Codable, CaseIterable {
    case episode, visitation, goal, subgoal, conversation, offer, offerFollowUp, ordinaryHours
    case injunction, literacyTest, guidance, exemption, absence, contactAttempt, sanction, reminder
    case rehabilitationRecommendation, flexJob, cv
    /// A dropout-risk report inside an uddannelsespålæg (UH.FRAFALD).
    case dropoutReport
    /// A booked meeting (KF.SELVBOOK).
    case meeting
}
