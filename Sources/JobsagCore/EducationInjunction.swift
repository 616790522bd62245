/// An uddannelsespålæg (education injunction, uddannelseshjælp): given at the first
/// conversation, with three steps, each with a deadline that may be moved with a reason.
public struct EducationInjunction: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var given: CalendarDate
    /// The chosen education, once step 1 is done.
    public var education: String
    public var steps: [Step]
    /// The recorded start of an education (§ 30).
    public var educationStart: EducationStart?
    /// Dropout-risk reports from the institution and the jobcenter's reaction.
    public var dropoutReports: [DropoutReport]

    public init(
        id: EntryID, given: CalendarDate, education: String = "", steps: [Step] = [],
        educationStart: EducationStart? = nil, dropoutReports: [DropoutReport] = []
    ) {
        self.id = id
        self.given = given
        self.education = education
        self.steps = steps
        self.educationStart = educationStart
        self.dropoutReports = dropoutReports
    }

    /// One of the three steps: 1 choose an education, 2 apply, 3 start and complete.
    public struct Step: Hashable, Sendable, Codable {
        public var number: Int
        public var deadline: CalendarDate
        public var completed: CalendarDate?
        /// Every move of the deadline, oldest first.
        public var deadlineChanges: [DeadlineChange]

        public init(number: Int, deadline: CalendarDate, completed: CalendarDate? = nil, deadlineChanges: [DeadlineChange] = []) {
            self.number = number
            self.deadline = deadline
            self.completed = completed
            self.deadlineChanges = deadlineChanges
        }
    }

    /// A moved step deadline and why.
    public struct DeadlineChange: Hashable, Sendable, Codable {
        public var changedOn: CalendarDate
        public var previousDeadline: CalendarDate
        public var newDeadline: CalendarDate
        public var reason: String

        public init(changedOn: CalendarDate, previousDeadline: CalendarDate, newDeadline: CalendarDate, reason: String) {
            self.changedOn = changedOn
            self.previousDeadline = previousDeadline
            self.newDeadline = newDeadline
            self.reason = reason
        }
    }

    /// The start of an education and the two duties it triggers (§ 30 stk. 5 and stk. 7).
    public struct EducationStart: Hashable, Sendable, Codable {
        public var date: CalendarDate
        public var institution: String
        /// The duty to start and complete was assessed (§ 30 stk. 5).
        public var dutyAssessed: CalendarDate?
        /// The institution was notified (§ 30 stk. 7).
        public var institutionNotified: CalendarDate?

        public init(date: CalendarDate, institution: String, dutyAssessed: CalendarDate? = nil, institutionNotified: CalendarDate? = nil) {
            self.date = date
            self.institution = institution
            self.dutyAssessed = dutyAssessed
            self.institutionNotified = institutionNotified
        }
    }

    /// A report that the young person risks dropping out, and the jobcenter's reaction.
    public struct DropoutReport: Hashable, Sendable, Codable, Identifiable {
        public var id: EntryID
        public var date: CalendarDate
        public var reacted: CalendarDate?
        public var reaction: String

        public init(id: EntryID, date: CalendarDate, reacted: CalendarDate? = nil, reaction: String = "") {
            self.id = id
            self.date = date
            self.reacted = reacted
            self.reaction = reaction
        }
    }
}

/// A reading, writing and maths test (LSR/FVU), or the reason none is needed.
public struct LiteracyTest: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    /// The test date; nil when an exemption reason is recorded instead.
    public var date: CalendarDate?
    public var result: Result?
    /// A valid reason not to test (illness, maternity leave, ...).
    public var exemptionReason: String
    /// The day a course was offered, when the test showed a need.
    public var courseOffered: CalendarDate?
    /// The day the entry was recorded.
    public var recorded: CalendarDate

    public enum Result: String, Sendable, RawTextCodable, CaseIterable {
        case behov
        case intetBehov
    }

    public init(
        id: EntryID, date: CalendarDate?, result: Result? = nil, exemptionReason: String = "",
        courseOffered: CalendarDate? = nil, recorded: CalendarDate
    ) {
        self.id = id
        self.date = date
        self.result = result
        self.exemptionReason = exemptionReason
        self.courseOffered = courseOffered
        self.recorded = recorded
    }
}
