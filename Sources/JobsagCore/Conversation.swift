/// A conversation (samtale) with the citizen, and the facts the rules read from it.
public struct Conversation: Hashable, Sendable, Codable, Identifiable {
    /// The stored fields, shared by the copies of a conversation (`CopyOnWrite`); `Codable`
    /// writes them as the conversation's own.
    private struct Fields: Hashable, Sendable, Codable {
        var id: EntryID
        var date: CalendarDate
        var kind: Kind
        var form: Form
        var formChosenBy: FormChooser
        var formReason: String
        var outcome: Outcome
        var participants: String
        var summary: String
        var agreements: String
        var jobFocus: Bool
        var resourceFocus: Bool
        var educationFocus: Bool
        var injunctionFollowedUp: Bool
        var rightsGuidanceGiven: Bool
        var recordedBy: Initials
    }

    @CopyOnWrite private var fields: Fields

    public var id: EntryID { get { fields.id } set { fields.id = newValue } }
    public var date: CalendarDate { get { fields.date } set { fields.date = newValue } }
    public var kind: Kind { get { fields.kind } set { fields.kind = newValue } }
    public var form: Form { get { fields.form } set { fields.form = newValue } }
    /// Who chose the form; when the jobcenter overrides the citizen, `formReason` says why.
    public var formChosenBy: FormChooser { get { fields.formChosenBy } set { fields.formChosenBy = newValue } }
    public var formReason: String { get { fields.formReason } set { fields.formReason = newValue } }
    public var outcome: Outcome { get { fields.outcome } set { fields.outcome = newValue } }
    public var participants: String { get { fields.participants } set { fields.participants = newValue } }
    public var summary: String { get { fields.summary } set { fields.summary = newValue } }
    public var agreements: String { get { fields.agreements } set { fields.agreements = newValue } }
    /// The conversation was about jobs (jobønsker, concrete jobs).
    public var jobFocus: Bool { get { fields.jobFocus } set { fields.jobFocus = newValue } }
    /// The conversation was about the citizen's resources.
    public var resourceFocus: Bool { get { fields.resourceFocus } set { fields.resourceFocus = newValue } }
    /// The conversation was about education (uddannelseshjælp).
    public var educationFocus: Bool { get { fields.educationFocus } set { fields.educationFocus = newValue } }
    /// The current step of the uddannelsespålæg was followed up (paalaegFulgtOp).
    public var injunctionFollowedUp: Bool { get { fields.injunctionFollowedUp } set { fields.injunctionFollowedUp = newValue } }
    /// Oral guidance on rights, duties and sanctions (LAS § 35 stk. 1) was given (vejledning35).
    public var rightsGuidanceGiven: Bool { get { fields.rightsGuidanceGiven } set { fields.rightsGuidanceGiven = newValue } }
    public var recordedBy: Initials { get { fields.recordedBy } set { fields.recordedBy = newValue } }

    public enum Kind: String, Sendable, RawTextCodable, CaseIterable {
        case jobsamtale
        case visitationssamtale
        /// Joint meeting with the unemployment fund (a-kasse).
        case faellessamtale
        /// Sickness-benefit follow-up.
        case opfoelgning
        case rundbord
        case andet

        /// The kinds that count as a jobsamtale for the contact course (KF.4I6). Inlinable, as
        /// `wasHeld`: the rules ask it of every conversation they read in place.
        @inlinable
        public var countsAsJobConversation: Bool {
            switch self {
            case .jobsamtale, .visitationssamtale, .faellessamtale: return true
            case .opfoelgning, .rundbord, .andet: return false
            }
        }
    }

    public enum Form: String, Sendable, RawTextCodable, CaseIterable {
        /// In person (personligt fremmøde).
        case fysisk
        case telefon
        case video
        /// By letter or in writing: no longer a jobsamtale from 2023-03-22.
        case skriftlig
    }

    public enum FormChooser: String, Sendable, RawTextCodable, CaseIterable {
        case borger
        case jobcenter
    }

    public enum Outcome: String, Sendable, RawTextCodable, CaseIterable {
        case holdt
        case aflyst
        case udeblevet
    }

    public init(
        id: EntryID, date: CalendarDate, kind: Kind = .jobsamtale, form: Form = .fysisk,
        formChosenBy: FormChooser = .borger, formReason: String = "", outcome: Outcome = .holdt,
        participants: String = "", summary: String = "", agreements: String = "",
        jobFocus: Bool = false, resourceFocus: Bool = false, educationFocus: Bool = false,
        injunctionFollowedUp: Bool = false, rightsGuidanceGiven: Bool = false, recordedBy: Initials = ""
    ) {
        fields = Fields(
            id: id, date: date, kind: kind, form: form, formChosenBy: formChosenBy, formReason: formReason, outcome: outcome,
            participants: participants, summary: summary, agreements: agreements, jobFocus: jobFocus, resourceFocus: resourceFocus,
            educationFocus: educationFocus, injunctionFollowedUp: injunctionFollowedUp, rightsGuidanceGiven: rightsGuidanceGiven,
            recordedBy: recordedBy)
    }

    public init(from decoder: any Decoder) throws {
        fields = try Fields(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
    }

    /// Held (not cancelled, not a no-show).
    @inlinable
    public var wasHeld: Bool { outcome == .holdt }
}
