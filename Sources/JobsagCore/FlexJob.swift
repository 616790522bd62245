/// The rehabilitation team's recommendation (rehabiliteringsteamets indstilling), which a
/// flex job needs first (FJ.REHAB).
public struct RehabilitationRecommendation: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    public var employmentGoal: String
    public var jobKinds: String
    /// Accommodation needs (skånehensyn).
    public var accommodations: String

    public init(id: EntryID, date: CalendarDate, employmentGoal: String, jobKinds: String, accommodations: String) {
        self.id = id
        self.date = date
        self.employmentGoal = employmentGoal
        self.jobKinds = jobKinds
        self.accommodations = accommodations
    }
}

/// A flex job and the assessment of the work capacity in it (FJ.ARBEJDSEVNE, FJ.TIMER).
public struct FlexJob: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var employer: String
    public var start: CalendarDate
    public var end: CalendarDate?
    /// Hours per week in the job.
    public var hoursPerWeek: Double
    /// Effective hours per week (hours × intensity).
    public var effectiveHoursPerWeek: Double
    public var assessment: WorkCapacityAssessment?
    /// The progression goals agreed for a job under 10 effective hours a week (FJ.PROGRESSION);
    /// nil or empty when none are recorded.
    public var progressionGoals: String?

    public init(
        id: EntryID, employer: String, start: CalendarDate, end: CalendarDate? = nil, hoursPerWeek: Double,
        effectiveHoursPerWeek: Double, assessment: WorkCapacityAssessment? = nil, progressionGoals: String? = nil
    ) {
        self.id = id
        self.employer = employer
        self.start = start
        self.end = end
        self.hoursPerWeek = hoursPerWeek
        self.effectiveHoursPerWeek = effectiveHoursPerWeek
        self.assessment = assessment
        self.progressionGoals = progressionGoals
    }

    /// The assessed work capacity, decided in writing with complaint guidance.
    public struct WorkCapacityAssessment: Hashable, Sendable, Codable {
        public var date: CalendarDate
        public var hoursPerWeek: Double
        public var intensityPercent: Int
        public var writtenDecision: Bool
        public var complaintGuidance: Bool
        /// Why the job's hours differ from the assessment, when they do.
        public var hoursDifferenceReason: String

        public init(
            date: CalendarDate, hoursPerWeek: Double, intensityPercent: Int, writtenDecision: Bool,
            complaintGuidance: Bool, hoursDifferenceReason: String = ""
        ) {
            self.date = date
            self.hoursPerWeek = hoursPerWeek
            self.intensityPercent = intensityPercent
            self.writtenDecision = writtenDecision
            self.complaintGuidance = complaintGuidance
            self.hoursDifferenceReason = hoursDifferenceReason
        }
    }
}

/// The citizen's CV on Jobnet.
public struct JobnetCV: Hashable, Sendable, Codable {
    public var registered: CalendarDate
    /// The day the CV was made visible to employers.
    public var visibleToEmployers: CalendarDate?

    public init(registered: CalendarDate, visibleToEmployers: CalendarDate? = nil) {
        self.registered = registered
        self.visibleToEmployers = visibleToEmployers
    }
}
