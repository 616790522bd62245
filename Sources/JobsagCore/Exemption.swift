/// An exemption (fritagelse / undtagelse) from a duty, with its reason and period.
/// An exemption is itself evidence for the rules it names.
public struct Exemption: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    /// What the exemption covers: a rule id (`PL.CV`, `UH.LSR`), a rule family with a
    /// trailing `*` (`KF.*`), or one of the named duties in `Scope`.
    public var scope: String
    public var reason: String
    public var from: CalendarDate
    /// The last day of the exemption; nil when open-ended.
    public var to: CalendarDate?
    public var decidedBy: Initials
    /// The exemption was decided after a new assessment (not a plain renewal).
    public var newAssessment: Bool

    /// Named duties an exemption can cover besides rule ids.
    public enum Scope {
        /// Sickness-benefit standby: no contact during serious illness.
        public static let standby = "standby"
        /// The 225-hour rule (TT.UNDTAG reads these).
        public static let rule225 = "225-timer"
    }

    public init(
        id: EntryID, scope: String, reason: String, from: CalendarDate, to: CalendarDate? = nil,
        decidedBy: Initials, newAssessment: Bool = true
    ) {
        self.id = id
        self.scope = scope
        self.reason = reason
        self.from = from
        self.to = to
        self.decidedBy = decidedBy
        self.newAssessment = newAssessment
    }

    /// Whether the exemption covers `date`.
    public func covers(_ date: CalendarDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }

    /// Whether the exemption covers the rule `ruleID` (exactly, or through a family `KF.*`).
    public func applies(to ruleID: String) -> Bool {
        if scope == ruleID { return true }
        if scope.hasSuffix("*") { return ruleID.hasPrefix(scope.dropLast()) }
        return false
    }
}
