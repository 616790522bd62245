/// The benefit (ydelse) of a benefit episode. A change of benefit starts a new episode.
public enum Benefit: String, Sendable, RawTextCodable, CaseIterable {
    /// Unemployment insurance benefit (forsikret ledig).
    case dagpenge
    /// Cash benefit (kontanthjælp).
    case kontanthjaelp
    /// Education benefit for people under 30 without a vocational qualification (uddannelseshjælp).
    case uddannelseshjaelp
    /// Self-support and return benefit / transition benefit (selvforsørgelses- og hjemrejseydelse).
    case selvforsoergelsesydelse
    /// Sickness benefit (sygedagpenge).
    case sygedagpenge
    /// Work-ability clarification course (jobafklaringsforløb).
    case jobafklaring
    /// Resource course (ressourceforløb).
    case ressourceforloeb
    /// Vocational rehabilitation (revalidering).
    case revalidering
    /// Benefit while waiting for a flex job (ledighedsydelse).
    case ledighedsydelse
    /// Employed in a flex job (fleksjob).
    case fleksjob

    /// Whether the benefit needs a readiness category (visitation) to name a target group.
    public var hasReadinessCategory: Bool {
        switch self {
        case .kontanthjaelp, .uddannelseshjaelp, .selvforsoergelsesydelse: return true
        default: return false
        }
    }

    /// The categories a visitation may give under this benefit.
    public var allowedCategories: [ReadinessCategory] {
        switch self {
        case .kontanthjaelp: return [.jobparat, .aktivitetsparat]
        case .uddannelseshjaelp: return [.aabenlystUddannelsesparat, .uddannelsesparat, .aktivitetsparat]
        case .selvforsoergelsesydelse: return [.jobparat, .uddannelsesparat, .aktivitetsparat]
        default: return []
        }
    }
}

/// The readiness category given by a visitation.
public enum ReadinessCategory: String, Sendable, RawTextCodable, CaseIterable {
    case jobparat
    case aktivitetsparat
    /// Education-ready (uddannelsesparat, UP).
    case uddannelsesparat
    /// Obviously education-ready (åbenlyst uddannelsesparat, ÅUP).
    case aabenlystUddannelsesparat
}
