import JobsagCore

/// What every case of one store shares.
struct BuildContext: Sendable {
    let today: CalendarDate
    let profile: DemoProfile
    let vocabulary: DemoVocabulary
    let municipality: Municipality
    /// Who approves § 40 a decisions.
    let approver: Initials
    /// The key of the entry ids.
    let idKey: UInt64
}

/// A name part the first caseworker's caseload must show (the tests and demos rely on them).
enum NameRequirement: Sendable {
    /// A middle name "Ærø", e.g. "Søren Ærø Andersen".
    case aeroMiddleName
    /// A first name starting with Å.
    case firstNameWithAring
    /// A surname starting with Ø.
    case surnameWithOslash
    /// All three in one name, for a caseload of one or two cases.
    case all
}

/// A planned visitation: the day, the category and whether it reassesses an earlier one.
struct PlannedVisitation: Sendable {
    var date: CalendarDate
    var category: ReadinessCategory
    var isReassessment = false
    var withoutJustification = false
}

/// One benefit episode as planned, before its entries are written.
struct EpisodePlan: Sendable {
    var id: EntryID
    var group: TargetGroup
    var start: CalendarDate
    var end: CalendarDate?
    var firstContact: CalendarDate?
    var arrival: CalendarDate?
    var inProgramme = false
    /// The first held conversation (nil when none has been held yet).
    var firstConversation: CalendarDate?
    var visitations: [PlannedVisitation] = []
    var isCurrent: Bool

    /// The last day with entries: the end, or the demo's date.
    func lastDay(today: CalendarDate) -> CalendarDate { end ?? today }

    /// First contact, else the start: the anchor of the kh/uh deadlines.
    var anchor: CalendarDate { firstContact ?? start }

    /// The category at the start of the episode.
    var initialCategory: ReadinessCategory? {
        guard group.benefit.hasReadinessCategory else { return nil }
        switch group.benefit {
        case .kontanthjaelp: return visitations.first?.category ?? (group == .khAktivitetsparat ? .aktivitetsparat : .jobparat)
        case .uddannelseshjaelp: return .uddannelsesparat
        default: return .jobparat
        }
    }
}

/// The flex job of a fleksjob case, decided early because the conversations depend on it.
struct FlexPlan: Sendable {
    var employer: String
    var hours: Double
    var intensity: Int
    var effectiveHours: Double { ((hours * Double(intensity) / 100) * 2).rounded() / 2 }
    var isLowHours: Bool { effectiveHours < 10 }
}

/// Builds one case: plans the episodes, then writes the citizen, the conversations, Min Plan,
/// offers and the rest, shaped by the case's scenario. Everything comes from the case's own
/// random stream, so a case does not depend on the others and cases can be built in parallel.
struct CaseBuilder {
    let context: BuildContext
    let index: Int
    let caseID: CaseID
    let group: TargetGroup
    let scenario: CaseScenario
    let caseworker: Caseworker
    let nameRequirement: NameRequirement?
    let traits: GroupTraits
    var random: DemoRandom
    var ids: EntryIDMinter

    var person = Person()
    var values = SlotValues()
    var current: EpisodePlan
    var previous: EpisodePlan?
    var flexPlan: FlexPlan?
    var slots: [ConversationSlot] = []
    var visitations: [Visitation] = []
    var goals: [Goal] = []
    var offers: [Offer] = []
    var ordinaryHours: [OrdinaryHours] = []
    var injunctions: [EducationInjunction] = []
    var literacyTests: [LiteracyTest] = []
    var guidance: [Guidance] = []
    var exemptions: [Exemption] = []
    var absences: [Absence] = []
    var contactAttempts: [ContactAttempt] = []
    var sanctions: [SanctionDecision] = []
    var reminders: [Reminder] = []
    var recommendations: [RehabilitationRecommendation] = []
    var flexJobs: [FlexJob] = []
    var cv: JobnetCV?
    var coordinatingCaseworker: Initials?
    /// The day of the AP visitation that calls for the coordinating-caseworker offer.
    var activityReadySince: CalendarDate?
    /// Conversations of an uddannelseshjælp case that do not follow the pålæg up.
    var injunctionNotFollowedUp: Set<EntryID> = []

    var today: CalendarDate { context.today }
    var profile: DemoProfile { context.profile }
    var vocabulary: DemoVocabulary { context.vocabulary }

    init(
        context: BuildContext, index: Int, caseID: CaseID, scenario: CaseScenario, caseworker: Caseworker,
        nameRequirement: NameRequirement?, seed: UInt64
    ) {
        self.context = context
        self.index = index
        self.caseID = caseID
        self.group = scenario.group
        self.scenario = scenario
        self.caseworker = caseworker
        self.nameRequirement = nameRequirement
        self.traits = GroupTraits.of(scenario.group)
        self.random = DemoRandom(seed: seed, stream: UInt64(index) + 1)
        self.ids = EntryIDMinter(key: context.idKey, caseIndex: index)
        self.current = EpisodePlan(id: "", group: scenario.group, start: context.today, isCurrent: true)
    }

    func has(_ gap: ComplianceGap) -> Bool { scenario.gaps.contains(gap) }

    mutating func build() -> Case {
        planEpisodes()
        let cpr = makePerson()
        planVisitations()
        scheduleConversations()
        makeVisitations()
        makePlan()
        makeOffers()
        makeYouthEntries()
        makeGuidance()
        makeExemptions()
        makeCV()
        makeOrdinaryHours()
        makeAbsencesAndSanctions()
        makeRehabilitationAndFlexJobs()
        makeReminders()
        var item = assemble(cpr: cpr)
        item.notes = makeJournalNotes()
        item.meetings = makeMeetings(for: item)
        return item
    }

    /// A text from the templates of `key`, filled with the case's values.
    mutating func text(_ key: TextKey) -> String {
        vocabulary.text(key).pick(&random).render(values)
    }

    /// A text with some values changed for this one use.
    mutating func text(_ key: TextKey, _ change: (inout SlotValues) -> Void) -> String {
        var local = values
        change(&local)
        return vocabulary.text(key).pick(&random).render(local)
    }

    /// A random day in `first...last`, never after today.
    mutating func day(_ first: CalendarDate, _ last: CalendarDate) -> CalendarDate {
        random.date(from: first, through: min(last, today))
    }

    private mutating func assemble(cpr: CPR) -> Case {
        let conversations = renderConversations()
        let citizen = makeCitizen(cpr: cpr)
        var episodes: [BenefitEpisode] = []
        for plan in [previous, current].compactMap({ $0 }) {
            episodes.append(BenefitEpisode(
                id: plan.id, benefit: plan.group.benefit, category: plan.initialCategory, start: plan.start,
                end: plan.end, firstContact: plan.firstContact, arrivalDate: plan.arrival,
                inIntegrationProgramme: plan.inProgramme))
        }
        let created = episodes.compactMap { min($0.start ?? today, $0.firstContact ?? today) }.min() ?? today
        return Case(
            id: caseID, revision: 0, created: created, caseworker: caseworker.initials,
            coordinatingCaseworker: coordinatingCaseworker, isDemo: true, citizen: citizen,
            episodes: episodes,
            visitations: visitations.sorted { ($0.date, $0.id) < ($1.date, $1.id) },
            goals: goals,
            conversations: conversations,
            offers: offers.sorted { ($0.start, $0.id) < ($1.start, $1.id) },
            ordinaryHours: ordinaryHours.sorted { $0.month < $1.month },
            injunctions: injunctions, literacyTests: literacyTests,
            guidance: guidance.sorted { ($0.date, $0.id) < ($1.date, $1.id) },
            exemptions: exemptions.sorted { ($0.from, $0.id) < ($1.from, $1.id) },
            absences: absences.sorted { ($0.date, $0.id) < ($1.date, $1.id) },
            contactAttempts: contactAttempts.sorted { ($0.date, $0.id) < ($1.date, $1.id) },
            sanctions: sanctions.sorted { ($0.decided, $0.id) < ($1.decided, $1.id) },
            reminders: reminders.sorted { ($0.due, $0.id) < ($1.due, $1.id) },
            rehabilitationRecommendations: recommendations, flexJobs: flexJobs.sorted { $0.start < $1.start }, cv: cv)
    }
}
