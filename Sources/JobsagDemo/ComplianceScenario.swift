import JobsagCore

/// Something a case is generated to have missed or got wrong as of the demo's date, named
/// after what is wrong; `ruleID` names the rule of RULES.md it should trip.
public enum ComplianceGap: String, CaseIterable, Sendable, Codable {
    // KF: conversations
    case contactCourseShort
    case firstConversationNotInPerson
    case writtenConversation
    case fewConversationsLastYear
    case jointMeetingsMissing
    case jointMeetingMonth16Missing
    case firstConversationLate
    case sicknessFollowUpLate
    case sicknessFirstNotInPerson
    // UH: uddannelseshjælp
    case visitationLate
    case visitationWithoutJustification
    case injunctionLate
    case injunctionNotFollowedUp
    case injunctionDeadlineMovedTwice
    case literacyTestMissing
    case literacyCourseMissing
    case rule225GuidanceMissing
    case youthCoordinatorNotOffered
    case educationGoalMissing
    case educationStartNotFollowedUp
    case dropoutReportUnanswered
    // KA
    case coordinatorNotOffered
    // TB: offers
    case rightAndDutyOfferMissing
    case guidanceOfferAsRightAndDuty
    case noActiveOfferLastYear
    case offerPurposeMissing
    case offerWithoutGoal
    case internshipPurposeMissing
    case offerNotEvaluated
    // PL: plan and CV
    case planMissing
    case genericJobGoal
    case subgoalsMissing
    case agreementsMissing
    case cvMissing
    // RD: availability and sanctions
    case rightsGuidanceIncomplete
    case rightsGuidanceNotRepeated
    case absenceNotAssessed
    case sanctionWithoutContactAttempts
    case aggravatedSanctionFlawed
    case aggravatedSanctionAwaitingApproval
    // TT: the 225-hour rule
    case exemption225Expired
    case exemption225StandardReason
    case exemption225RenewedWithoutAssessment
    // IN: integration
    case integrationCategoryLate
    case integrationFirstOfferLate
    case integrationOfferGap
    case danishTeachingLate
    // FJ: flex jobs
    case rehabRecommendationIncomplete
    case workCapacityNotAssessed
    case flexHoursWithoutReason
    case flexProgressionMissing

    /// The rule of RULES.md this gap should trip.
    public var ruleID: String {
        switch self {
        case .contactCourseShort: return "KF.4I6"
        case .firstConversationNotInPerson: return "KF.FOERSTE.FYSISK"
        case .writtenConversation: return "KF.FORM"
        case .fewConversationsLastYear: return "KF.EFTER6"
        case .jointMeetingsMissing: return "KF.FAELLES"
        case .jointMeetingMonth16Missing: return "KF.FAELLES.16"
        case .firstConversationLate: return "KF.FOERSTE.1U"
        case .sicknessFollowUpLate: return "KF.SYG.UGE8"
        case .sicknessFirstNotInPerson: return "KF.SYG.FOERSTE"
        case .visitationLate, .visitationWithoutJustification: return "UH.VISITATION"
        case .injunctionLate: return "UH.PAALAEG"
        case .injunctionNotFollowedUp: return "UH.PAALAEG.OPFOELG"
        case .injunctionDeadlineMovedTwice: return "UH.PAALAEG.FRIST"
        case .literacyTestMissing, .literacyCourseMissing: return "UH.LSR"
        case .rule225GuidanceMissing: return "UH.225.VEJL"
        case .youthCoordinatorNotOffered: return "UH.KOORD"
        case .educationGoalMissing: return "UH.UDDMAAL"
        case .educationStartNotFollowedUp: return "UH.OPSTART"
        case .dropoutReportUnanswered: return "UH.FRAFALD"
        case .coordinatorNotOffered: return "KA.KOORD"
        case .rightAndDutyOfferMissing: return "TB.RETPLIGT"
        case .guidanceOfferAsRightAndDuty: return "TB.VO.IKKE.RP"
        case .noActiveOfferLastYear: return "TB.AKTIV12"
        case .offerPurposeMissing, .offerWithoutGoal: return "TB.FORMAAL"
        case .internshipPurposeMissing: return "TB.PRAKTIK.FORMAAL"
        case .offerNotEvaluated: return "TB.OPFOELG"
        case .planMissing: return "PL.FINDES"
        case .genericJobGoal: return "PL.JOBMAAL"
        case .subgoalsMissing: return "PL.DELMAAL"
        case .agreementsMissing: return "PL.AFTALER"
        case .cvMissing: return "PL.CV"
        case .rightsGuidanceIncomplete, .rightsGuidanceNotRepeated: return "RD.VEJL"
        case .absenceNotAssessed: return "RD.UDEBLIV"
        case .sanctionWithoutContactAttempts: return "RD.AP.KONTAKT"
        case .aggravatedSanctionFlawed: return "RD.40A"
        case .aggravatedSanctionAwaitingApproval: return "RD.40A.GODKEND"
        case .exemption225Expired, .exemption225StandardReason, .exemption225RenewedWithoutAssessment: return "TT.UNDTAG"
        case .integrationCategoryLate: return "IN.KATEGORI"
        case .integrationFirstOfferLate: return "IN.TILBUD1"
        case .integrationOfferGap: return "IN.PAUSE6U"
        case .danishTeachingLate: return "IN.DANSK"
        case .rehabRecommendationIncomplete: return "FJ.REHAB"
        case .workCapacityNotAssessed: return "FJ.ARBEJDSEVNE"
        case .flexHoursWithoutReason: return "FJ.TIMER"
        case .flexProgressionMissing: return "FJ.PROGRESSION"
        }
    }
}

/// A deadline a case is generated to have within the next 7 days, not yet met.
public enum UpcomingDeadline: String, CaseIterable, Sendable, Codable {
    case fourthConversation
    case firstConversation
    case sicknessFollowUp
    case jointMeetingMonth16
    case rollingWindowConversation
    case visitation
    case literacyTest
    case youthCoordinator
    case coordinator
    case rightAndDutyOffer
    case offerEvaluation
    case rightsGuidanceRepeat
    case exemption225Reassessment
    case integrationCategory
    case integrationStart
    case integrationOfferGap
    case workCapacityAssessment

    /// The rules this deadline belongs to.
    public var ruleIDs: [String] {
        switch self {
        case .fourthConversation: return ["KF.4I6"]
        case .firstConversation: return ["KF.FOERSTE.1U"]
        case .sicknessFollowUp: return ["KF.SYG.UGE8"]
        case .jointMeetingMonth16: return ["KF.FAELLES.16"]
        case .rollingWindowConversation: return ["KF.EFTER6"]
        case .visitation: return ["UH.VISITATION"]
        case .literacyTest: return ["UH.LSR"]
        case .youthCoordinator: return ["UH.KOORD"]
        case .coordinator: return ["KA.KOORD"]
        case .rightAndDutyOffer: return ["TB.RETPLIGT"]
        case .offerEvaluation: return ["TB.OPFOELG"]
        case .rightsGuidanceRepeat: return ["RD.VEJL"]
        case .exemption225Reassessment: return ["TT.UNDTAG"]
        case .integrationCategory: return ["IN.KATEGORI"]
        case .integrationStart: return ["IN.TILBUD1", "IN.DANSK"]
        case .integrationOfferGap: return ["IN.PAUSE6U"]
        case .workCapacityAssessment: return ["FJ.ARBEJDSEVNE"]
        }
    }
}

/// A piece of data a case is generated without, so that a rule "kan ikke vurderes".
public enum DataGap: String, CaseIterable, Sendable, Codable {
    /// A kh or uh episode without its first contact (første henvendelse).
    case firstContactMissing
    /// An S&H episode in the integration programme without its arrival date.
    case arrivalDateMissing

    public var ruleIDs: [String] {
        switch self {
        case .firstContactMissing: return ["KF.FOERSTE.1U", "UH.VISITATION", "UH.LSR"]
        case .arrivalDateMissing: return ["IN.KATEGORI", "IN.TILBUD1", "IN.DANSK"]
        }
    }
}

/// A complete, correct example of something rare that a demo should show.
public enum Showcase: String, CaseIterable, Sendable, Codable {
    /// A § 40 a sanction with every precondition documented and approved.
    case aggravatedSanctionApproved
    /// An ordinary sanction with the absence heard (and, for aktivitetsparate, contact attempts).
    case ordinarySanction
    /// Sickness benefit on standby (no follow-up during serious illness).
    case sicknessStandby
}

/// What one generated case is meant to show as of the demo's date.
public struct CaseScenario: Hashable, Sendable, Codable {
    public var caseID: CaseID
    /// The target group the case was generated for (its group as of the demo's date).
    public var group: TargetGroup
    /// Things overdue or missed; empty for a case on track.
    public var gaps: [ComplianceGap]
    /// A deadline within the next 7 days, for a case that is otherwise on track.
    public var upcoming: UpcomingDeadline?
    public var dataGap: DataGap?
    public var showcase: Showcase?

    public init(
        caseID: CaseID, group: TargetGroup, gaps: [ComplianceGap] = [], upcoming: UpcomingDeadline? = nil,
        dataGap: DataGap? = nil, showcase: Showcase? = nil
    ) {
        self.caseID = caseID
        self.group = group
        self.gaps = gaps
        self.upcoming = upcoming
        self.dataGap = dataGap
        self.showcase = showcase
    }

    /// The traffic light the case is meant to show on the caseload screen.
    public var expectedLight: ExpectedLight {
        if !gaps.isEmpty { return .red }
        if upcoming != nil { return .yellow }
        return .green
    }

    /// The caseload screen's traffic light.
    public enum ExpectedLight: String, Sendable, Codable {
        case red, yellow, green
    }
}
