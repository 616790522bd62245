import JobsagCore

/// A set of target groups as bits: membership without hashing (a `TargetGroup` hashes its
/// raw text, which is slow in the inner loops).
struct GroupSet: Hashable, Sendable, ExpressibleByArrayLiteral {
    let bits: UInt32

    init(bits: UInt32) {
        self.bits = bits
    }

    init(_ groups: [TargetGroup]) {
        bits = groups.reduce(0) { $0 | GroupSet.bit($1) }
    }

    init(arrayLiteral groups: TargetGroup...) {
        self.init(groups)
    }

    static func bit(_ group: TargetGroup) -> UInt32 { 1 << UInt32(group.sortIndex) }

    func contains(_ group: TargetGroup) -> Bool { bits & GroupSet.bit(group) != 0 }

    func union(_ other: GroupSet) -> GroupSet { GroupSet(bits: bits | other.bits) }

    func subtracting(_ other: GroupSet) -> GroupSet { GroupSet(bits: bits & ~other.bits) }
}

/// Group sets the scenarios use.
enum GroupSets {
    static let kontanthjaelp: GroupSet = [.khJobparat, .khAktivitetsparat]
    static let uddannelseshjaelp: GroupSet = [.uhAabenlyst, .uhUddannelsesparat, .uhAktivitetsparat]
    static let selvforsoergelse: GroupSet = [.shJobparat, .shAktivitetsparat, .shUddannelsesparat]
    /// kh, uh and S&H: the LAS groups (rights guidance, 225 hours, sanctions).
    static let socialAssistance = kontanthjaelp.union(uddannelseshjaelp).union(selvforsoergelse)
    static let activityReady: GroupSet = [.khAktivitetsparat, .uhAktivitetsparat, .shAktivitetsparat]
    /// Groups with a contact course of jobsamtaler (KF.4I6 and friends).
    static let contactCourse = all.subtracting([.sygedagpenge, .fleksjob])
    /// Groups that get offers.
    static let withOffers = contactCourse
    /// Unemployed groups that need a CV on Jobnet.
    static let withCV: GroupSet = socialAssistance.union([.dagpenge, .ledighedsydelse])
    static let rightAndDuty: GroupSet = [.dagpenge, .khJobparat, .khAktivitetsparat]
    static let all = GroupSet(TargetGroup.allCases)
}

extension ComplianceGap {
    /// The groups a case must be in for the gap to make sense.
    var groups: GroupSet {
        switch self {
        case .contactCourseShort, .writtenConversation, .fewConversationsLastYear, .firstConversationNotInPerson:
            return GroupSets.contactCourse
        case .jointMeetingsMissing, .jointMeetingMonth16Missing: return [.dagpenge]
        case .firstConversationLate: return GroupSets.kontanthjaelp.union(GroupSets.uddannelseshjaelp)
        case .sicknessFollowUpLate, .sicknessFirstNotInPerson: return [.sygedagpenge]
        case .visitationLate, .injunctionLate, .injunctionNotFollowedUp, .injunctionDeadlineMovedTwice,
             .literacyTestMissing, .literacyCourseMissing, .rule225GuidanceMissing, .educationGoalMissing,
             .internshipPurposeMissing:
            return GroupSets.uddannelseshjaelp
        case .visitationWithoutJustification: return [.uhAabenlyst, .uhAktivitetsparat]
        case .youthCoordinatorNotOffered: return [.uhAktivitetsparat]
        case .educationStartNotFollowedUp: return [.uhAabenlyst, .uhUddannelsesparat]
        case .dropoutReportUnanswered: return [.uhUddannelsesparat, .uhAktivitetsparat]
        case .coordinatorNotOffered: return [.khAktivitetsparat, .shAktivitetsparat]
        case .rightAndDutyOfferMissing, .guidanceOfferAsRightAndDuty: return GroupSets.rightAndDuty
        case .noActiveOfferLastYear, .offerPurposeMissing, .offerWithoutGoal, .offerNotEvaluated:
            return GroupSets.withOffers
        case .planMissing: return GroupSets.all.subtracting([.fleksjob])
        case .genericJobGoal: return GroupSets.all.subtracting(GroupSets.uddannelseshjaelp)
        case .subgoalsMissing: return GroupSets.activityReady.union([.ressourceforloeb])
        case .agreementsMissing: return GroupSets.all.subtracting([.fleksjob])
        case .cvMissing: return GroupSets.withCV
        case .rightsGuidanceIncomplete, .rightsGuidanceNotRepeated, .absenceNotAssessed: return GroupSets.socialAssistance
        case .sanctionWithoutContactAttempts: return GroupSets.activityReady
        case .aggravatedSanctionFlawed, .aggravatedSanctionAwaitingApproval: return [.khJobparat]
        case .exemption225Expired, .exemption225StandardReason, .exemption225RenewedWithoutAssessment:
            return GroupSets.activityReady
        case .integrationCategoryLate, .integrationFirstOfferLate, .danishTeachingLate: return GroupSets.selvforsoergelse
        case .integrationOfferGap: return [.shJobparat]
        case .rehabRecommendationIncomplete, .workCapacityNotAssessed, .flexHoursWithoutReason, .flexProgressionMissing:
            return [.fleksjob]
        }
    }

    /// The days the current episode may start on for the gap to show as of `today`, or nil
    /// when it cannot show on that day (a rule that is not yet in force).
    func startWindow(today: CalendarDate) -> DateWindow? {
        let t = today
        func ago(months: Int) -> CalendarDate { t.adding(months: -months) }
        let longAgo = t.adding(years: -15)
        switch self {
        case .contactCourseShort, .rightAndDutyOfferMissing:
            return DateWindow(max(RuleDates.reform2020, ago(months: 48)), ago(months: 7))
        case .firstConversationNotInPerson: return DateWindow(RuleDates.changes2023, t.adding(days: -14))
        case .writtenConversation:
            guard t >= RuleDates.changes2023.adding(days: 30) else { return nil }
            return DateWindow(longAgo, t.adding(days: -30))
        case .fewConversationsLastYear: return DateWindow(longAgo, ago(months: 19))
        case .jointMeetingsMissing: return DateWindow(max(RuleDates.reform2020, ago(months: 24)), ago(months: 7))
        case .jointMeetingMonth16Missing: return DateWindow(max(RuleDates.reform2020, ago(months: 24)), ago(months: 17))
        case .firstConversationLate: return DateWindow(max(RuleDates.reform2020, ago(months: 36)), t.adding(days: -30))
        case .sicknessFollowUpLate: return DateWindow(ago(months: 12), t.adding(weeks: -9))
        case .sicknessFirstNotInPerson: return DateWindow(max(RuleDates.changes2023, ago(months: 12)), t.adding(weeks: -9))
        case .visitationLate: return DateWindow(ago(months: 36), ago(months: 4))
        case .visitationWithoutJustification, .rule225GuidanceMissing, .educationGoalMissing:
            return DateWindow(longAgo, ago(months: 1))
        case .injunctionLate: return DateWindow(longAgo, t.adding(weeks: -6))
        case .injunctionNotFollowedUp, .internshipPurposeMissing: return DateWindow(longAgo, ago(months: 4))
        case .injunctionDeadlineMovedTwice: return DateWindow(longAgo, ago(months: 6))
        case .literacyTestMissing: return DateWindow(ago(months: 24), t.adding(weeks: -6))
        case .literacyCourseMissing, .youthCoordinatorNotOffered, .coordinatorNotOffered:
            return DateWindow(longAgo, ago(months: 2))
        case .educationStartNotFollowedUp: return DateWindow(ago(months: 48), ago(months: 5))
        case .dropoutReportUnanswered:
            guard t >= RuleDates.dropout2022.adding(months: 2) else { return nil }
            return DateWindow(ago(months: 48), ago(months: 6))
        case .guidanceOfferAsRightAndDuty: return DateWindow(max(RuleDates.changes2023, ago(months: 48)), ago(months: 7))
        case .noActiveOfferLastYear: return DateWindow(longAgo, ago(months: 18))
        case .offerPurposeMissing, .offerWithoutGoal: return DateWindow(longAgo, ago(months: 3))
        case .offerNotEvaluated: return DateWindow(longAgo, ago(months: 5))
        case .planMissing, .subgoalsMissing, .agreementsMissing, .cvMissing, .absenceNotAssessed:
            return DateWindow(longAgo, ago(months: 2))
        case .genericJobGoal, .rightsGuidanceIncomplete, .rehabRecommendationIncomplete, .flexHoursWithoutReason:
            return DateWindow(longAgo, ago(months: 1))
        case .rightsGuidanceNotRepeated: return DateWindow(longAgo, ago(months: 8))
        case .sanctionWithoutContactAttempts, .exemption225StandardReason: return DateWindow(longAgo, ago(months: 4))
        case .aggravatedSanctionFlawed, .aggravatedSanctionAwaitingApproval: return DateWindow(longAgo, ago(months: 10))
        case .exemption225Expired: return DateWindow(longAgo, ago(months: 6))
        case .exemption225RenewedWithoutAssessment: return DateWindow(longAgo, ago(months: 14))
        case .integrationCategoryLate, .integrationFirstOfferLate, .danishTeachingLate:
            return DateWindow(ago(months: 36), ago(months: 4))
        case .integrationOfferGap: return DateWindow(ago(months: 48), ago(months: 7))
        case .workCapacityNotAssessed: return DateWindow(ago(months: 120), t.adding(weeks: -6))
        case .flexProgressionMissing: return DateWindow(ago(months: 60), ago(months: 7))
        }
    }
}

extension UpcomingDeadline {
    var groups: GroupSet {
        switch self {
        case .fourthConversation, .rollingWindowConversation: return GroupSets.contactCourse
        case .firstConversation: return [.khJobparat, .uhUddannelsesparat]
        case .literacyTest: return GroupSets.uddannelseshjaelp
        case .sicknessFollowUp: return [.sygedagpenge]
        case .jointMeetingMonth16: return [.dagpenge]
        case .visitation: return [.uhUddannelsesparat]
        case .youthCoordinator: return [.uhAktivitetsparat]
        case .coordinator: return [.khAktivitetsparat, .shAktivitetsparat]
        case .rightAndDutyOffer: return GroupSets.rightAndDuty
        case .offerEvaluation: return GroupSets.withOffers
        case .rightsGuidanceRepeat: return GroupSets.socialAssistance
        case .exemption225Reassessment: return GroupSets.activityReady
        case .integrationCategory, .integrationOfferGap: return [.shJobparat]
        case .integrationStart: return GroupSets.selvforsoergelse
        case .workCapacityAssessment: return [.fleksjob]
        }
    }

    /// Whether the deadline can be set up as of `today` (its rule is in force).
    func isPossible(today: CalendarDate) -> Bool {
        switch self {
        case .fourthConversation, .rightAndDutyOffer: return today.adding(months: -6) >= RuleDates.reform2020
        case .jointMeetingMonth16: return today.adding(months: -16) >= RuleDates.reform2020
        case .rollingWindowConversation: return today >= RuleDates.reform2020.adding(months: 18)
        default: return true
        }
    }
}

extension DataGap {
    var groups: GroupSet {
        switch self {
        case .firstContactMissing: return GroupSets.kontanthjaelp.union(GroupSets.uddannelseshjaelp)
        case .arrivalDateMissing: return GroupSets.selvforsoergelse
        }
    }
}

extension Showcase {
    var groups: GroupSet {
        switch self {
        case .aggravatedSanctionApproved: return [.khJobparat]
        case .ordinarySanction: return GroupSets.socialAssistance
        case .sicknessStandby: return [.sygedagpenge]
        }
    }
}
