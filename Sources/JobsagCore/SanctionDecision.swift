/// A sanction decision. Always a human decision: the rules only check that its
/// preconditions are documented (RD.40A) and that it was approved (RD.40A.GODKEND).
public struct SanctionDecision: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var kind: Kind
    /// The legal paragraph as written in the decision, e.g. `LAS § 40 a`.
    public var paragraph: String
    public var decided: CalendarDate
    public var effective: CalendarDate?
    /// Length in months (1-3 for § 40 a).
    public var lengthMonths: Int?
    public var lengthReason: String
    /// The absences (breaches) the decision rests on.
    public var absenceIDs: [EntryID]
    /// The earlier sanctions a § 40 a decision builds on.
    public var priorSanctionIDs: [EntryID]
    /// The § 35 stk. 2 warning (a guidance entry) a § 40 a decision builds on.
    public var warningID: EntryID?
    /// The documented preconditions of § 40 a that are not read from other entries.
    public var checklist: Checklist
    public var approval: Approval?
    /// The decisions on the approval that a later one replaced, oldest first: a changed
    /// decision never erases the one before it.
    public var earlierApprovals: [Approval]

    public enum Kind: String, Sendable, RawTextCodable, CaseIterable {
        /// An ordinary sanction (LAS §§ 36-40).
        case ordinaer
        /// An aggravated availability sanction (skærpet rådighedssanktion, LAS § 40 a).
        case skaerpet40a
    }

    /// The preconditions of § 40 a that only a written assessment can document.
    public struct Checklist: Hashable, Sendable, Codable {
        /// (4) the concrete assessment of unwillingness.
        public var unwillingnessAssessment: String
        /// (6) the activity given with the decision, startable the same day.
        public var activityOfferedSameDay: Bool
        /// (7) the decision that a whole calendar month of absence ends the help, also for the spouse.
        public var calendarMonthDecisionSameTime: Bool
        /// (9) jobparat or aktivitetsparat is stated.
        public var categoryStated: Bool
        /// (11) not used to test residence.
        public var notUsedToTestResidence: Bool
        /// (10) for aktivitetsparate: whether the sanction will promote availability (§ 13 stk. 8).
        public var promotesAvailabilityAssessment: String

        public init(
            unwillingnessAssessment: String = "", activityOfferedSameDay: Bool = false,
            calendarMonthDecisionSameTime: Bool = false, categoryStated: Bool = false,
            notUsedToTestResidence: Bool = false, promotesAvailabilityAssessment: String = ""
        ) {
            self.unwillingnessAssessment = unwillingnessAssessment
            self.activityOfferedSameDay = activityOfferedSameDay
            self.calendarMonthDecisionSameTime = calendarMonthDecisionSameTime
            self.categoryStated = categoryStated
            self.notUsedToTestResidence = notUsedToTestResidence
            self.promotesAvailabilityAssessment = promotesAvailabilityAssessment
        }
    }

    /// A faglig konsulent's or team lead's decision on a § 40 a sanction.
    public struct Approval: Hashable, Sendable, Codable {
        public var by: Initials
        public var date: CalendarDate
        public var approved: Bool
        public var note: String

        public init(by: Initials, date: CalendarDate, approved: Bool, note: String) {
            self.by = by
            self.date = date
            self.approved = approved
            self.note = note
        }
    }

    public init(
        id: EntryID, kind: Kind, paragraph: String = "", decided: CalendarDate, effective: CalendarDate? = nil,
        lengthMonths: Int? = nil, lengthReason: String = "", absenceIDs: [EntryID] = [],
        priorSanctionIDs: [EntryID] = [], warningID: EntryID? = nil, checklist: Checklist = Checklist(),
        approval: Approval? = nil, earlierApprovals: [Approval] = []
    ) {
        self.id = id
        self.kind = kind
        self.paragraph = paragraph
        self.decided = decided
        self.effective = effective
        self.lengthMonths = lengthMonths
        self.lengthReason = lengthReason
        self.absenceIDs = absenceIDs
        self.priorSanctionIDs = priorSanctionIDs
        self.warningID = warningID
        self.checklist = checklist
        self.approval = approval
        self.earlierApprovals = earlierApprovals
    }

    /// Records `new` as the decision on the approval; the decision it replaces, if any and
    /// if different, is kept in `earlierApprovals`.
    public mutating func decideApproval(_ new: Approval) {
        if let approval, approval != new { earlierApprovals.append(approval) }
        approval = new
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, paragraph, decided, effective, lengthMonths, lengthReason, absenceIDs, priorSanctionIDs, warningID
        case checklist, approval, earlierApprovals
    }

    /// `earlierApprovals` may be missing (a case file from before version 4): none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(EntryID.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        paragraph = try c.decode(String.self, forKey: .paragraph)
        decided = try c.decode(CalendarDate.self, forKey: .decided)
        effective = try c.decodeIfPresent(CalendarDate.self, forKey: .effective)
        lengthMonths = try c.decodeIfPresent(Int.self, forKey: .lengthMonths)
        lengthReason = try c.decode(String.self, forKey: .lengthReason)
        absenceIDs = try c.decode([EntryID].self, forKey: .absenceIDs)
        priorSanctionIDs = try c.decode([EntryID].self, forKey: .priorSanctionIDs)
        warningID = try c.decodeIfPresent(EntryID.self, forKey: .warningID)
        checklist = try c.decode(Checklist.self, forKey: .checklist)
        approval = try c.decodeIfPresent(Approval.self, forKey: .approval)
        earlierApprovals = try c.decodeList(forKey: .earlierApprovals)
    }
}
