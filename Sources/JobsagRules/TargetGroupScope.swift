import JobsagCore

/// The target groups a rule applies to, with the words RULES.md uses for them.
public struct TargetGroupScope: Hashable, Sendable {
    public var groups: Set<TargetGroup>
    /// E.g. "alle målgrupper undtagen sygedagpenge og fleksjob".
    public var description: LocalizedText

    public init(_ groups: Set<TargetGroup>, description: LocalizedText) {
        self.groups = groups
        self.description = description
    }

    public func contains(_ group: TargetGroup) -> Bool {
        groups.contains(group)
    }

    /// The groups in the order of RULES.md §2.
    public var sortedGroups: [TargetGroup] {
        groups.sorted()
    }
}

extension TargetGroupScope {
    static let kontanthjaelp: Set<TargetGroup> = [.khJobparat, .khAktivitetsparat]
    static let uddannelseshjaelp: Set<TargetGroup> = [.uhAabenlyst, .uhUddannelsesparat, .uhAktivitetsparat]
    static let selvforsoergelse: Set<TargetGroup> = [.shJobparat, .shAktivitetsparat, .shUddannelsesparat]

    /// dagpenge, kh-*, and sh-* in the same target group as kontanthjælp (jobparat, aktivitetsparat).
    static let voNotRightAndDuty = TargetGroupScope(
        [.dagpenge, .khJobparat, .khAktivitetsparat, .shJobparat, .shAktivitetsparat],
        description: LocalizedText(
            da: "dagpenge, kh-* og sh-jobparat/sh-aktivitetsparat uden for integrationsprogrammet (uh-* og sh-uddannelsesparat undtaget)",
            en: "dagpenge, kh-* and sh-jobparat/sh-aktivitetsparat outside the integration programme (not uh-* or sh-uddannelsesparat)"))

    static let all = TargetGroupScope(
        Set(TargetGroup.allCases), description: LocalizedText(da: "alle målgrupper", en: "all target groups"))

    /// The groups with a contact course (kontaktforløb) of jobsamtaler.
    static let withContactCourse = TargetGroupScope(
        Set(TargetGroup.allCases).subtracting([.sygedagpenge, .fleksjob]),
        description: LocalizedText(
            da: "alle målgrupper undtagen sygedagpenge og fleksjob",
            en: "all target groups except sickness benefit and flex job"))

    static let dagpenge = TargetGroupScope(
        [.dagpenge], description: LocalizedText(da: "dagpenge (forsikrede ledige)", en: "insured unemployed (dagpenge)"))

    static let sygedagpenge = TargetGroupScope(
        [.sygedagpenge], description: LocalizedText(da: "sygedagpenge", en: "sickness benefit"))

    static let khAndUh = TargetGroupScope(
        kontanthjaelp.union(uddannelseshjaelp),
        description: LocalizedText(da: "kh-* og uh-*", en: "kh-* and uh-*"))

    static let khUhAndSh = TargetGroupScope(
        kontanthjaelp.union(uddannelseshjaelp).union(selvforsoergelse),
        description: LocalizedText(da: "kh-*, uh-* og sh-*", en: "kh-*, uh-* and sh-*"))

    static let uh = TargetGroupScope(
        uddannelseshjaelp, description: LocalizedText(da: "uh-* (uddannelseshjælp)", en: "uh-* (education benefit)"))

    static let uhAktivitetsparat = TargetGroupScope(
        [.uhAktivitetsparat], description: LocalizedText(da: "uh-aktivitetsparat", en: "uh-aktivitetsparat"))

    static let uhUddannelsesparat = TargetGroupScope(
        [.uhUddannelsesparat], description: LocalizedText(da: "uh-uddannelsesparat", en: "uh-uddannelsesparat"))

    static let uhAabenlyst = TargetGroupScope(
        [.uhAabenlyst], description: LocalizedText(da: "uh-aabenlyst", en: "uh-aabenlyst"))

    static let khAktivitetsparat = TargetGroupScope(
        [.khAktivitetsparat], description: LocalizedText(da: "kh-aktivitetsparat", en: "kh-aktivitetsparat"))

    static let khAndShAktivitetsparat = TargetGroupScope(
        [.khAktivitetsparat, .shAktivitetsparat],
        description: LocalizedText(da: "kh-aktivitetsparat og sh-aktivitetsparat", en: "kh-aktivitetsparat and sh-aktivitetsparat"))

    static let aktivitetsparat = TargetGroupScope(
        [.khAktivitetsparat, .uhAktivitetsparat, .shAktivitetsparat],
        description: LocalizedText(da: "*-aktivitetsparat", en: "*-aktivitetsparat"))

    static let aktivitetsparatAndRessourceforloeb = TargetGroupScope(
        [.khAktivitetsparat, .uhAktivitetsparat, .shAktivitetsparat, .ressourceforloeb],
        description: LocalizedText(da: "*-aktivitetsparat og ressourceforløb", en: "*-aktivitetsparat and resource course"))

    static let retOgPligt = TargetGroupScope(
        [.dagpenge, .khJobparat, .khAktivitetsparat],
        description: LocalizedText(da: "dagpenge, kh-jobparat og kh-aktivitetsparat", en: "dagpenge, kh-jobparat and kh-aktivitetsparat"))

    /// The groups whose plan needs a job goal (uh-* need an education goal instead).
    static let withJobGoal = TargetGroupScope(
        withContactCourse.groups.subtracting(uddannelseshjaelp),
        description: LocalizedText(
            da: "alle målgrupper med kontaktforløb undtagen uh-* (de skal have et uddannelsesmål)",
            en: "all groups with a contact course except uh-* (they need an education goal)"))

    /// The unemployed groups that must have a CV on Jobnet.
    static let unemployed = TargetGroupScope(
        kontanthjaelp.union(uddannelseshjaelp).union(selvforsoergelse).union([.dagpenge, .ledighedsydelse]),
        description: LocalizedText(
            da: "alle ledige: dagpenge, kh-*, uh-*, sh-* og ledighedsydelse",
            en: "all unemployed: dagpenge, kh-*, uh-*, sh-* and ledighedsydelse"))

    static let integration = TargetGroupScope(
        selvforsoergelse,
        description: LocalizedText(da: "sh-* i integrationsprogrammet", en: "sh-* in the integration programme"))

    static let shJobparat = TargetGroupScope(
        [.shJobparat],
        description: LocalizedText(da: "sh-jobparat i integrationsprogrammet", en: "sh-jobparat in the integration programme"))

    static let fleksjob = TargetGroupScope(
        [.fleksjob], description: LocalizedText(da: "fleksjob (ansat)", en: "employed in a flex job"))

    static let fleksjobAndLedighedsydelse = TargetGroupScope(
        [.fleksjob, .ledighedsydelse],
        description: LocalizedText(da: "fleksjob og ledighedsydelse", en: "flex job and ledighedsydelse"))
}
