import JobsagCore

/// The knobs of the demo data in one place: the target-group mix, the caseloads, how many
/// cases are late or due soon and with what, and the shares that shape the histories.
/// `DemoProfile.standard` follows the source documents' figures (DATA.md "Demo data").
public struct DemoProfile: Sendable, Hashable {
    // MARK: Mix

    /// Relative weights of the target groups. Gentofte 2022 full-time persons (000
    /// l.997-1011): dagpenge 658; kontanthjælp 333 split 27 % jobparat / 73 % aktivitetsparat
    /// (001 l.2263); sygedagpenge 830; fleksjob 469; ressourceforløb 95; jobafklaring 90;
    /// revalidering 30; uddannelseshjælp 150 split ÅUP 4 % / UP 35 % / AP 61 % (004 Tabel 1);
    /// S&H 150 (003 l.6189: jobparate well ahead of aktivitetsparate); ledighedsydelse 55
    /// (003: 56 in 2021).
    public var groupWeights: [TargetGroup: Double] = [
        .dagpenge: 658, .khJobparat: 90, .khAktivitetsparat: 243, .sygedagpenge: 830, .fleksjob: 469,
        .ressourceforloeb: 95, .jobafklaring: 90, .revalidering: 30,
        .uhAabenlyst: 6, .uhUddannelsesparat: 52, .uhAktivitetsparat: 92,
        .shJobparat: 90, .shAktivitetsparat: 40, .shUddannelsesparat: 20, .ledighedsydelse: 55,
    ]

    /// The municipality whose jobcenter the demo is (a name in `places.json`).
    public var municipality = "Gentofte"

    // MARK: Staff

    /// Cases per caseworker for the unemployment-related groups (000 l.2477-2481: 65-71).
    public var caseloadUnemploymentRelated = 67.0
    /// Cases per caseworker for the rehabilitating groups: activity-ready, ressourceforløb,
    /// jobafklaring, revalidering, ledighedsydelse (000 l.2477-2481: 45; 002 L1648: 45).
    public var caseloadRehabilitating = 45.0
    /// Cases per caseworker for sygedagpenge and fleksjob: follow-up caseloads, larger in
    /// practice; 75 makes the staff about 5 caseworkers per 300 cases and 800 per 50,000.
    public var caseloadSicknessAndFlexJob = 75.0
    /// A team with more caseworkers is split into numbered teams, each with its team lead.
    public var maxCaseworkersPerTeam = 12

    // MARK: Compliance as of the demo's date

    /// Share of cases generated with something overdue or missed (red).
    public var overdueShare = 0.28
    /// Share of cases generated with a deadline within 7 days (yellow).
    public var dueSoonShare = 0.20
    /// Chance that a late case has a second gap, and then a third.
    public var secondGapChance = 0.25
    public var thirdGapChance = 0.08
    /// Share of eligible cases with a piece of data missing ("kan ikke vurderes").
    public var dataGapShare = 0.012
    /// § 40 a sanctions per case, for each of: approved, awaiting approval, flawed (at least
    /// one of each when there is a kh-jobparat case). Gentofte had 8 in two years (000 l.810).
    public var aggravatedSanctionShare = 0.0005
    /// Share of kh/uh/S&H cases with a correctly documented ordinary sanction.
    public var ordinarySanctionShare = 0.02
    /// Share of sygedagpenge cases on standby.
    public var standbyShare = 0.08
    /// Relative weights of the gaps among those that fit a case (1 when not listed).
    public var gapWeights: [ComplianceGap: Double] = [
        .contactCourseShort: 3, .fewConversationsLastYear: 2.5, .genericJobGoal: 2, .rightAndDutyOfferMissing: 2,
        .sicknessFollowUpLate: 3, .offerWithoutGoal: 1.5, .noActiveOfferLastYear: 1.5, .literacyTestMissing: 2,
        .educationGoalMissing: 1.5, .writtenConversation: 0.7, .aggravatedSanctionFlawed: 0,
        .aggravatedSanctionAwaitingApproval: 0,
    ]
    /// Relative weights of the upcoming deadlines among those that fit a case (1 when not listed).
    public var upcomingWeights: [UpcomingDeadline: Double] = [
        .fourthConversation: 2, .sicknessFollowUp: 2, .rollingWindowConversation: 1.5, .offerEvaluation: 1.5,
    ]

    // MARK: Citizens

    /// Share of citizens of foreign origin per group (001 l.2219: 20 % of kh-jobparate, 24 %
    /// of aktivitetsparate; 002: 38 % of the long-term activity-ready). S&H: all.
    public var foreignOriginShare: [TargetGroup: Double] = [
        .dagpenge: 0.08, .khJobparat: 0.20, .khAktivitetsparat: 0.30, .uhAabenlyst: 0.10, .uhUddannelsesparat: 0.15,
        .uhAktivitetsparat: 0.18, .shJobparat: 1, .shAktivitetsparat: 1, .shUddannelsesparat: 1, .sygedagpenge: 0.08,
        .jobafklaring: 0.10, .ressourceforloeb: 0.15, .revalidering: 0.06, .ledighedsydelse: 0.08, .fleksjob: 0.06,
    ]
    /// Barriers of the long-term activity-ready (002 §6): each drawn independently.
    public var barrierShares: [Citizen.Barrier: Double] = [
        .fysiske: 0.70, .psykiske: 0.64, .familiemaessige: 0.23, .misbrug: 0.22, .sociale: 0.20,
        .sproglige: 0.14, .laeseSkriveRegne: 0.07,
    ]

    // MARK: Histories

    /// Chance that a long-running group's episode is moved to before the 2020 reform, and to
    /// between the reform and the 2023 changes, on top of the durations' own spread.
    public var pre2020Share = 0.08
    public var pre2023Share = 0.08
    /// Chance per scheduled conversation that it was cancelled, and that the citizen did not
    /// show up (then a new conversation follows a week or two later).
    public var cancelledConversationShare = 0.05
    public var noShowConversationShare = 0.04
    /// Share of cases with the caseworker's own reminders.
    public var reminderShare = 0.35
    /// Share of kh/uh/S&H cases with ordinary paid hours in recent months.
    public var ordinaryHoursShare = 0.08

    public init() {}

    /// The figures of the source documents.
    public static let standard = DemoProfile()

    func weight(of gap: ComplianceGap) -> Double { gapWeights[gap] ?? 1 }
    func weight(of deadline: UpcomingDeadline) -> Double { upcomingWeights[deadline] ?? 1 }
}
