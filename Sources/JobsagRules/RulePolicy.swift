import JobsagCore

/// Local policy: the numbers and switches a municipality sets (RULES.md §1, §3 `lokal`).
/// Every field has a documented default; the store's `store.json` may override them.
public struct RulePolicy: Hashable, Sendable, Codable {
    /// Days before a deadline at which an obligation becomes "snart" (due soon).
    public var leadTimeDays: Int
    /// How many days "umiddelbart" (immediately) allows (UH.KOORD, KA.KOORD).
    public var immediatelyDays: Int
    /// How many days "hurtigst muligt" (as soon as possible) allows (FJ.ARBEJDSEVNE).
    public var asSoonAsPossibleDays: Int
    /// Local rules switched on, by rule id (`KF.EFTER6`, `RD.40A.GODKEND`, `FJ.PROGRESSION`).
    public var localRulesEnabled: [String: Bool]
    /// KF.EFTER6: conversations per 12 months after the first 6 months, per target group
    /// code; groups not listed use `conversationsPerYearDefault`.
    public var conversationsPerYear: [String: Int]
    public var conversationsPerYearDefault: Int

    public init(
        leadTimeDays: Int = 7, immediatelyDays: Int = 7, asSoonAsPossibleDays: Int = 28,
        localRulesEnabled: [String: Bool] = ["KF.EFTER6": true, "RD.40A.GODKEND": true, "FJ.PROGRESSION": true],
        conversationsPerYear: [String: Int] = [:], conversationsPerYearDefault: Int = 4
    ) {
        self.leadTimeDays = leadTimeDays
        self.immediatelyDays = immediatelyDays
        self.asSoonAsPossibleDays = asSoonAsPossibleDays
        self.localRulesEnabled = localRulesEnabled
        self.conversationsPerYear = conversationsPerYear
        self.conversationsPerYearDefault = conversationsPerYearDefault
    }

    public static let standard = RulePolicy()

    public func isEnabled(_ ruleID: String) -> Bool {
        localRulesEnabled[ruleID] ?? false
    }
}
