/// A goal in the citizen's Min Plan (a job goal or an education goal), with its subgoals.
public struct Goal: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var kind: Kind
    public var title: String
    public var description: String
    public var status: Status
    public var created: CalendarDate
    /// The last day the goal itself was changed (the audits look for static goals).
    public var updated: CalendarDate
    public var deadline: CalendarDate?
    public var subgoals: [Subgoal]

    public enum Kind: String, Sendable, RawTextCodable, CaseIterable {
        /// Jobmål.
        case job
        /// Uddannelsesmål.
        case uddannelse
    }

    public enum Status: String, Sendable, RawTextCodable, CaseIterable {
        case aktiv
        case opnaaet
        case opgivet
    }

    public init(
        id: EntryID, kind: Kind, title: String, description: String = "", status: Status = .aktiv,
        created: CalendarDate, updated: CalendarDate? = nil, deadline: CalendarDate? = nil, subgoals: [Subgoal] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.status = status
        self.created = created
        self.updated = updated ?? created
        self.deadline = deadline
        self.subgoals = subgoals
    }
}

/// A subgoal (delmål) under a plan goal.
public struct Subgoal: Hashable, Sendable, Codable, Identifiable {
    public var id: EntryID
    public var kind: Kind
    public var title: String
    public var description: String
    public var status: Goal.Status
    public var created: CalendarDate
    public var updated: CalendarDate
    public var deadline: CalendarDate?

    public enum Kind: String, Sendable, RawTextCodable, CaseIterable {
        /// Physical, psychological or social stabilisation.
        case stabiliserende
        case faglig
        case jobsoegning
        case andet
    }

    public init(
        id: EntryID, kind: Kind, title: String, description: String = "", status: Goal.Status = .aktiv,
        created: CalendarDate, updated: CalendarDate? = nil, deadline: CalendarDate? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.status = status
        self.created = created
        self.updated = updated ?? created
        self.deadline = deadline
    }
}
