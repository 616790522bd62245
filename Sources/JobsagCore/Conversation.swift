/// A conversation (samtale) with the citizen, and the facts the rules read from it.
public struct Conversation: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var date: CalendarDate
    public var kind: Kind
    public var form: Form
    /// Who chose the form; when the jobcenter overrides the citizen, `formReason` says why.
    public var formChosenBy: FormChooser
    public var formReason: String
    public var outcome: Outcome
    public var participants: String
    public var summary: String
    public var agreements: String
    /// The conversation was about jobs (jobønsker, concrete jobs).
    public var jobFocus: Bool
    /// The conversation was about the citizen's resources.
    public var resourceFocus: Bool
    /// The conversation was about education (uddannelseshjælp).
    public var educationFocus: Bool
    /// The current step of the uddannelsespålæg was followed up (paalaegFulgtOp).
    public var injunctionFollowedUp: Bool
    /// Oral guidance on rights, duties and sanctions (LAS § 35 stk. 1) was given (vejledning35).
    public var rightsGuidanceGiven: Bool
    public var recordedBy: Initials

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
        self.id = id
        self.date = date
        self.kind = kind
        self.form = form
        self.formChosenBy = formChosenBy
        self.formReason = formReason
        self.outcome = outcome
        self.participants = participants
        self.summary = summary
        self.agreements = agreements
        self.jobFocus = jobFocus
        self.resourceFocus = resourceFocus
        self.educationFocus = educationFocus
        self.injunctionFollowedUp = injunctionFollowedUp
        self.rightsGuidanceGiven = rightsGuidanceGiven
        self.recordedBy = recordedBy
    }

    /// Held (not cancelled, not a no-show).
    @inlinable
    public var wasHeld: Bool { outcome == .holdt }
}
