/// The citizen a case is about.
public struct Citizen: Hashable, Sendable, Codable {
    public var cpr: CPR
    public var name: String
    public var phone: String
    public var email: String
    public var address: String
    /// The conversation form the citizen prefers (the default in the conversation form).
    public var preferredForm: Conversation.Form
    /// Has completed an upper-secondary education (ungdomsuddannelse).
    public var hasYouthEducation: Bool
    /// Has a vocational qualification (erhvervskompetencegivende uddannelse).
    public var hasVocationalQualification: Bool
    /// The spouse's case, when the spouse also receives help (§ 40 a reaches the spouse).
    public var spouseCaseID: CaseID?
    public var barriers: [Barrier]
    /// The citizen's resources, in free text.
    public var resources: String

    /// Barriers to work (the audits' categories).
    public enum Barrier: String, Sendable, RawTextCodable, CaseIterable {
        case fysiske, psykiske, sociale, sproglige
        case laeseSkriveRegne = "laese-skrive-regne"
        case familiemaessige, misbrug, andet
    }

    public init(
        cpr: CPR, name: String, phone: String = "", email: String = "", address: String = "",
        preferredForm: Conversation.Form = .fysisk, hasYouthEducation: Bool = false,
        hasVocationalQualification: Bool = false, spouseCaseID: CaseID? = nil,
        barriers: [Barrier] = [], resources: String = ""
    ) {
        self.cpr = cpr
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
        self.preferredForm = preferredForm
        self.hasYouthEducation = hasYouthEducation
        self.hasVocationalQualification = hasVocationalQualification
        self.spouseCaseID = spouseCaseID
        self.barriers = barriers
        self.resources = resources
    }
}
