/// A target group (målgruppe): a benefit together with its readiness category.
/// The raw values are the codes of RULES.md §2.
public enum TargetGroup: String, Sendable, RawTextCodable, CaseIterable, Comparable {
    case dagpenge = "dagpenge"
    case khJobparat = "kh-jobparat"
    case khAktivitetsparat = "kh-aktivitetsparat"
    case uhAabenlyst = "uh-aabenlyst"
    case uhUddannelsesparat = "uh-uddannelsesparat"
    case uhAktivitetsparat = "uh-aktivitetsparat"
    case shJobparat = "sh-jobparat"
    case shAktivitetsparat = "sh-aktivitetsparat"
    case shUddannelsesparat = "sh-uddannelsesparat"
    case sygedagpenge = "sygedagpenge"
    case jobafklaring = "jobafklaring"
    case ressourceforloeb = "ressourceforloeb"
    case revalidering = "revalidering"
    case ledighedsydelse = "ledighedsydelse"
    case fleksjob = "fleksjob"

    /// The group of a benefit with a category; a benefit without categories ignores it.
    /// A categorised benefit without a category yet gets the benefit's default
    /// (jobparat for kontanthjælp and S&H, uddannelsesparat for uddannelseshjælp).
    public init(benefit: Benefit, category: ReadinessCategory?) {
        switch benefit {
        case .dagpenge: self = .dagpenge
        case .sygedagpenge: self = .sygedagpenge
        case .jobafklaring: self = .jobafklaring
        case .ressourceforloeb: self = .ressourceforloeb
        case .revalidering: self = .revalidering
        case .ledighedsydelse: self = .ledighedsydelse
        case .fleksjob: self = .fleksjob
        case .kontanthjaelp:
            self = category == .aktivitetsparat ? .khAktivitetsparat : .khJobparat
        case .uddannelseshjaelp:
            switch category {
            case .aabenlystUddannelsesparat: self = .uhAabenlyst
            case .aktivitetsparat: self = .uhAktivitetsparat
            default: self = .uhUddannelsesparat
            }
        case .selvforsoergelsesydelse:
            switch category {
            case .aktivitetsparat: self = .shAktivitetsparat
            case .uddannelsesparat, .aabenlystUddannelsesparat: self = .shUddannelsesparat
            default: self = .shJobparat
            }
        }
    }

    public var benefit: Benefit {
        switch self {
        case .dagpenge: return .dagpenge
        case .khJobparat, .khAktivitetsparat: return .kontanthjaelp
        case .uhAabenlyst, .uhUddannelsesparat, .uhAktivitetsparat: return .uddannelseshjaelp
        case .shJobparat, .shAktivitetsparat, .shUddannelsesparat: return .selvforsoergelsesydelse
        case .sygedagpenge: return .sygedagpenge
        case .jobafklaring: return .jobafklaring
        case .ressourceforloeb: return .ressourceforloeb
        case .revalidering: return .revalidering
        case .ledighedsydelse: return .ledighedsydelse
        case .fleksjob: return .fleksjob
        }
    }

    /// The readiness category the group stands for within its benefit; nil for a benefit
    /// without categories. `TargetGroup(benefit: g.benefit, category: g.category) == g`.
    public var category: ReadinessCategory? {
        switch self {
        case .khJobparat, .shJobparat: return .jobparat
        case .khAktivitetsparat, .uhAktivitetsparat, .shAktivitetsparat: return .aktivitetsparat
        case .uhUddannelsesparat, .shUddannelsesparat: return .uddannelsesparat
        case .uhAabenlyst: return .aabenlystUddannelsesparat
        case .dagpenge, .sygedagpenge, .jobafklaring, .ressourceforloeb, .revalidering, .ledighedsydelse, .fleksjob: return nil
        }
    }

    /// kh-*: cash benefit groups.
    public var isKontanthjaelp: Bool { benefit == .kontanthjaelp }
    /// uh-*: education benefit groups.
    public var isUddannelseshjaelp: Bool { benefit == .uddannelseshjaelp }
    /// sh-*: integration benefit groups.
    public var isSelvforsoergelse: Bool { benefit == .selvforsoergelsesydelse }

    /// *-aktivitetsparat.
    public var isAktivitetsparat: Bool {
        self == .khAktivitetsparat || self == .uhAktivitetsparat || self == .shAktivitetsparat
    }

    /// Unemployment-related (ledighedsrelateret) rather than rehabilitating/other (RULES.md §2).
    public var isUnemploymentRelated: Bool {
        switch self {
        case .dagpenge, .khJobparat, .uhAabenlyst, .uhUddannelsesparat, .shJobparat: return true
        default: return false
        }
    }

    /// Position in the order of RULES.md §2, used for sorting by group.
    public var sortIndex: Int { TargetGroup.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: TargetGroup, rhs: TargetGroup) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }
}
