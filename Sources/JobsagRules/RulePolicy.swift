import JobsagCore

/// Local policy and the interpretations the sources leave open: the numbers and switches a
/// municipality sets (RULES.md §1, §3 `lokal`). Every field has a documented default; the
/// store's settings may override any of them (`PolicyReading`: merged over the defaults).
public struct RulePolicy: Hashable, Sendable, Codable {
    /// Days before a deadline at which an obligation becomes "snart" (due soon): due soon when
    /// the deadline is at most this many days away. Default 7 (RULES.md §1).
    public var leadTimeDays: Int
    /// How many days "umiddelbart" (immediately) allows: the coordinating-caseworker offer
    /// after an activity-ready assessment (UH.KOORD, KA.KOORD), the e-Boks leaflet after the
    /// first jobsamtale (RD.VEJL), the course after an LSR test showing a need (UH.LSR), the
    /// assessment of an absence (RD.UDEBLIV). Default 7 (RULES.md UH.KOORD).
    public var immediatelyDays: Int
    /// How many days "hurtigst muligt" (as soon as possible) allows: the work-capacity
    /// assessment when a flex job starts (FJ.ARBEJDSEVNE). Default 28 (RULES.md: 4 weeks).
    public var asSoonAsPossibleDays: Int
    /// Local rules switched on, by rule id. Default: `KF.EFTER6`, `RD.40A.GODKEND` and
    /// `FJ.PROGRESSION` on (Gentofte's practice); `KF.SELVBOOK` (seed 001 R17) off until a
    /// municipality turns it on. A local rule that is off is left out.
    public var localRulesEnabled: [String: Bool]
    /// KF.EFTER6: conversations per 12 months after the first 6 months, per target group
    /// code; groups not listed use `conversationsPerYearDefault`.
    public var conversationsPerYear: [String: Int]
    /// Default 4: the national focus target (002 L4546) and Gentofte's proposal of 4 a year
    /// for the rehabilitating groups (000 l.250-253).
    public var conversationsPerYearDefault: Int
    /// Interpretation: the sources give no deadline for the standing requirements Min Plan
    /// (PL.FINDES), job goal (PL.JOBMAAL), subgoals (PL.DELMAAL), CV (PL.CV), education goal
    /// (UH.UDDMAAL, when no pålæg step sets one) and 225-hour guidance (UH.225.VEJL). They
    /// fall due this many days after the episode's start (or first contact, if earlier).
    /// Default 28.
    public var setupDays: Int
    /// UH.FRAFALD: days to react to a dropout-risk report. Default 7 (RULES.md).
    public var dropoutReactionDays: Int
    /// TB.OPFOELG: days after an offer ends within which it is evaluated. Default 14 (RULES.md).
    public var offerEvaluationDays: Int
    /// PL.AFTALER, interpretation: the sources give no deadline for writing down the
    /// agreements of a conversation; they are due this many days after it, so a conversation
    /// recorded a few days late is "snart", not overdue at once. Default 7.
    public var agreementsDays: Int
    /// PL.JOBMAAL, interpretation of "konkret": a job goal whose title consists only of these
    /// words (compared in lower case, letters only) is generic, e.g. "Job", "Komme i
    /// ordinært arbejde", "Selvforsørgelse". Any other word (a trade, a function, a sector:
    /// "Lagermedarbejder", "Job i detailhandlen") makes it concrete.
    public var genericJobGoalWords: Set<String>
    /// PL.ROED.TRAAD: phrases in a conversation's summary or agreements that mean a new goal
    /// was discussed (compared ignoring case and accents).
    public var newGoalPhrases: [String]
    /// TT.UNDTAG, interpretation of "a standard reason": a reason shorter than this many
    /// characters, or the same text as the previous exemption's reason, is not individual.
    /// Default 40.
    public var minimumIndividualReasonLength: Int

    public init(
        leadTimeDays: Int = 7, immediatelyDays: Int = 7, asSoonAsPossibleDays: Int = 28,
        localRulesEnabled: [String: Bool] = RulePolicy.defaultLocalRules,
        conversationsPerYear: [String: Int] = [:], conversationsPerYearDefault: Int = 4,
        setupDays: Int = 28, dropoutReactionDays: Int = 7, offerEvaluationDays: Int = 14, agreementsDays: Int = 7,
        genericJobGoalWords: Set<String> = RulePolicy.defaultGenericJobGoalWords,
        newGoalPhrases: [String] = RulePolicy.defaultNewGoalPhrases,
        minimumIndividualReasonLength: Int = 40
    ) {
        self.leadTimeDays = leadTimeDays
        self.immediatelyDays = immediatelyDays
        self.asSoonAsPossibleDays = asSoonAsPossibleDays
        self.localRulesEnabled = localRulesEnabled
        self.conversationsPerYear = conversationsPerYear
        self.conversationsPerYearDefault = conversationsPerYearDefault
        self.setupDays = setupDays
        self.dropoutReactionDays = dropoutReactionDays
        self.offerEvaluationDays = offerEvaluationDays
        self.agreementsDays = agreementsDays
        self.genericJobGoalWords = genericJobGoalWords
        self.newGoalPhrases = newGoalPhrases
        self.minimumIndividualReasonLength = minimumIndividualReasonLength
    }

    public static let standard = RulePolicy()

    public static let defaultLocalRules: [String: Bool] = [
        "KF.EFTER6": true, "RD.40A.GODKEND": true, "FJ.PROGRESSION": true, "KF.SELVBOOK": false,
    ]

    public static let defaultGenericJobGoalWords: Set<String> = [
        "job", "jobs", "arbejde", "arbejdet", "beskæftigelse", "ordinær", "ordinært", "ordinaert", "ordinaer",
        "ustøttet", "almindeligt", "almindelig", "fast", "fuldtid", "fuldtids", "fuldtidsjob", "deltid", "deltids",
        "deltidsjob", "selvforsørgelse", "selvforsørgende", "selvforsoergelse", "komme", "i", "et", "en", "til",
        "tilbage", "på", "paa", "arbejdsmarkedet", "arbejdsmarked", "det", "få", "faa", "finde", "noget", "nyt",
        "lønnet", "lønnede", "timer", "fleksjob", "work", "employment", "a", "get", "back", "to", "any",
    ]

    public static let defaultNewGoalPhrases: [String] = [
        "nyt mål", "nye mål", "nyt jobmål", "nyt uddannelsesmål", "andet jobmål", "nyt jobønske", "nye jobønsker",
        "ændre mål", "ændret mål", "skifte mål",
    ]

    public func isEnabled(_ ruleID: String) -> Bool {
        localRulesEnabled[ruleID] ?? false
    }

    /// KF.EFTER6: the cadence for a target group.
    public func conversationsPerYear(for group: TargetGroup) -> Int {
        conversationsPerYear[group.rawValue] ?? conversationsPerYearDefault
    }
}

extension RulePolicy {
    enum CodingKeys: String, CodingKey {
        case leadTimeDays, immediatelyDays, asSoonAsPossibleDays, localRulesEnabled, conversationsPerYear
        case conversationsPerYearDefault, setupDays, dropoutReactionDays, offerEvaluationDays, agreementsDays
        case genericJobGoalWords, newGoalPhrases, minimumIndividualReasonLength
    }

    /// The ranges of the policy's numbers: a value outside them is refused (no date
    /// arithmetic on a stored setting can overflow).
    static let daysRange = 0...3_660
    static let countRange = 0...366
    static let lengthRange = 0...10_000

    /// Read as `PolicyReading` reads it (missing fields and map entries keep their
    /// defaults), but strictly: anything wrong in it is a decoding error.
    public init(from decoder: Decoder) throws {
        let reading = try PolicyReading(from: decoder)
        if let issue = reading.issues.first {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath + issue.keyPath.map(PolicyKey.init(stringValue:)), debugDescription: issue.detail.en))
        }
        self = reading.policy
    }
}
