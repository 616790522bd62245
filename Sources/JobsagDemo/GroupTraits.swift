import JobsagCore

/// How the texts of a group read: which summaries, agreements and participants fit.
enum TextClass: Sendable {
    case jobReady, activity, youth, integration, sickness, rehabilitation, flexJob
}

/// The shape of one target group's histories: how long episodes have run, how old the
/// citizens are, earlier episodes, and the rhythm of conversations and offers.
struct GroupTraits: Sendable {
    /// Days since the current episode started, in weighted buckets.
    let durations: [(ClosedRange<Int>, Double)]
    /// Age in whole years as of the demo's date, in weighted buckets.
    let ages: [(ClosedRange<Int>, Double)]
    /// The oldest a citizen of the group can be.
    let maxAge: Int
    /// The furthest back the current episode may start, in months.
    let maxEpisodeMonths: Int
    /// Long-running groups get some episodes moved before the 2020 reform / 2023 changes.
    let longRunning: Bool
    /// Earlier episodes: the group before and the chance of one.
    let previous: [(TargetGroup, Double)]
    /// Days between jobsamtaler after the first six months, when on track.
    let conversationInterval: ClosedRange<Int>
    /// Offer types of the offer chain and their weights.
    let offerTypes: [(Offer.OfferType, Double)]
    /// Days between offers in the chain.
    let offerGap: ClosedRange<Int>
    /// Chance of a parallel mentor offer.
    let mentorShare: Double
    let textClass: TextClass

    static func of(_ group: TargetGroup) -> GroupTraits {
        switch group {
        case .dagpenge: return dagpenge
        case .khJobparat: return khJobparat
        case .khAktivitetsparat: return khAktivitetsparat
        case .uhAabenlyst: return uhAabenlyst
        case .uhUddannelsesparat: return uhUddannelsesparat
        case .uhAktivitetsparat: return uhAktivitetsparat
        case .shJobparat: return shJobparat
        case .shAktivitetsparat: return shAktivitetsparat
        case .shUddannelsesparat: return shUddannelsesparat
        case .sygedagpenge: return sygedagpenge
        case .jobafklaring: return jobafklaring
        case .ressourceforloeb: return ressourceforloeb
        case .revalidering: return revalidering
        case .ledighedsydelse: return ledighedsydelse
        case .fleksjob: return fleksjob
        }
    }

    private static let khAktivitetsparat = activityReady(.activity)
    private static let uhAabenlyst = youth(.uhAabenlyst)
    private static let uhUddannelsesparat = youth(.uhUddannelsesparat)
    private static let uhAktivitetsparat = youth(.uhAktivitetsparat)
    private static let shJobparat = integration(.shJobparat)
    private static let shAktivitetsparat = integration(.shAktivitetsparat)
    private static let shUddannelsesparat = integration(.shUddannelsesparat)

    private static let employedAges: [(ClosedRange<Int>, Double)] = [
        (22...29, 12), (30...39, 22), (40...49, 26), (50...59, 28), (60...66, 12),
    ]
    private static let rehabilitationAges: [(ClosedRange<Int>, Double)] = [
        (25...39, 25), (40...49, 30), (50...59, 35), (60...64, 10),
    ]
    private static let rehabilitationOffers: [(Offer.OfferType, Double)] = [
        (.vejledningOgOpkvalificering, 0.79), (.virksomhedspraktik, 0.17), (.loentilskud, 0.01), (.nytteindsats, 0.03),
    ]

    static let dagpenge = GroupTraits(
        durations: [(10...90, 35), (91...180, 25), (181...365, 22), (366...540, 12), (541...720, 6)],
        ages: [(22...29, 25), (30...39, 30), (40...49, 22), (50...59, 17), (60...66, 6)], maxAge: 66,
        maxEpisodeMonths: 24, longRunning: false, previous: [(.sygedagpenge, 0.05)],
        conversationInterval: 40...85,
        offerTypes: [(.vejledningOgOpkvalificering, 0.82), (.virksomhedspraktik, 0.07), (.nytteindsats, 0.06), (.loentilskud, 0.02), (.ordinaerUddannelse, 0.03)],
        offerGap: 30...120, mentorShare: 0, textClass: .jobReady)

    static let khJobparat = GroupTraits(
        durations: [(10...90, 20), (91...365, 35), (366...1095, 30), (1096...2190, 15)],
        ages: [(25...29, 10), (30...39, 40), (40...49, 25), (50...59, 20), (60...65, 5)], maxAge: 65,
        maxEpisodeMonths: 120, longRunning: false, previous: [(.dagpenge, 0.25)],
        conversationInterval: 40...85,
        offerTypes: [(.vejledningOgOpkvalificering, 0.55), (.virksomhedspraktik, 0.15), (.nytteindsats, 0.35), (.loentilskud, 0.02)],
        offerGap: 20...100, mentorShare: 0.05, textClass: .jobReady)

    static func activityReady(_ textClass: TextClass) -> GroupTraits {
        GroupTraits(
            durations: [(30...365, 10), (366...1095, 25), (1096...2555, 35), (2556...5475, 30)],
            ages: [(30...39, 24), (40...49, 33), (50...59, 33), (60...65, 10)], maxAge: 65,
            maxEpisodeMonths: 180, longRunning: true,
            previous: [(.dagpenge, 0.15), (.uhAktivitetsparat, 0.10), (.sygedagpenge, 0.05)],
            conversationInterval: 65...88, offerTypes: rehabilitationOffers, offerGap: 20...150, mentorShare: 0.3,
            textClass: textClass)
    }

    static func youth(_ group: TargetGroup) -> GroupTraits {
        let durations: [(ClosedRange<Int>, Double)]
        let offers: [(Offer.OfferType, Double)]
        switch group {
        case .uhAabenlyst:
            durations = [(10...60, 40), (61...150, 45), (151...300, 15)]
            offers = [(.vejledningOgOpkvalificering, 0.52), (.virksomhedspraktik, 0.16), (.nytteindsats, 0.32), (.loentilskud, 0.005)]
        case .uhUddannelsesparat:
            durations = [(10...90, 35), (91...180, 30), (181...365, 25), (366...730, 10)]
            offers = [(.vejledningOgOpkvalificering, 0.67), (.virksomhedspraktik, 0.26), (.nytteindsats, 0.05), (.loentilskud, 0.025)]
        default:
            durations = [(30...180, 15), (181...365, 15), (366...730, 25), (731...1460, 30), (1461...2920, 15)]
            offers = [(.vejledningOgOpkvalificering, 0.70), (.virksomhedspraktik, 0.28), (.nytteindsats, 0.006), (.loentilskud, 0.012)]
        }
        return GroupTraits(
            durations: durations, ages: [(18...21, 35), (22...25, 40), (26...29, 25)], maxAge: 29,
            maxEpisodeMonths: 96, longRunning: group == .uhAktivitetsparat, previous: [],
            conversationInterval: group == .uhAktivitetsparat ? 42...60 : 40...80, offerTypes: offers, offerGap: 0...25,
            mentorShare: group == .uhAktivitetsparat ? 0.4 : 0.05, textClass: .youth)
    }

    static func integration(_ group: TargetGroup) -> GroupTraits {
        let activity = group == .shAktivitetsparat
        return GroupTraits(
            durations: activity
                ? [(60...365, 20), (366...1095, 45), (1096...1800, 35)]
                : [(10...180, 30), (181...365, 25), (366...1095, 35), (1096...1800, 10)],
            ages: [(18...29, 30), (30...39, 35), (40...49, 22), (50...60, 13)], maxAge: 60,
            maxEpisodeMonths: 59, longRunning: false, previous: [],
            conversationInterval: 40...85,
            offerTypes: activity ? rehabilitationOffers
                : [(.vejledningOgOpkvalificering, 0.55), (.virksomhedspraktik, 0.35), (.loentilskud, 0.04), (.nytteindsats, 0.06)],
            offerGap: activity ? 14...90 : 0...35, mentorShare: activity ? 0.25 : 0.05,
            textClass: activity ? .activity : .integration)
    }

    static let sygedagpenge = GroupTraits(
        durations: [(7...56, 25), (57...182, 35), (183...365, 25), (366...730, 15)],
        ages: employedAges, maxAge: 66, maxEpisodeMonths: 24, longRunning: false, previous: [(.dagpenge, 0.06)],
        conversationInterval: 28...56,
        offerTypes: [(.vejledningOgOpkvalificering, 0.6), (.virksomhedspraktik, 0.4)],
        offerGap: 60...200, mentorShare: 0, textClass: .sickness)

    static let jobafklaring = GroupTraits(
        durations: [(30...180, 35), (181...365, 35), (366...730, 30)],
        ages: rehabilitationAges, maxAge: 64, maxEpisodeMonths: 24, longRunning: false,
        previous: [(.sygedagpenge, 0.9)], conversationInterval: 65...88, offerTypes: rehabilitationOffers,
        offerGap: 20...120, mentorShare: 0.15, textClass: .rehabilitation)

    static let ressourceforloeb = GroupTraits(
        durations: [(60...365, 25), (366...730, 30), (731...1460, 30), (1461...2920, 15)],
        ages: rehabilitationAges, maxAge: 64, maxEpisodeMonths: 120, longRunning: true,
        previous: [(.khAktivitetsparat, 0.35), (.jobafklaring, 0.2)], conversationInterval: 65...88,
        offerTypes: rehabilitationOffers, offerGap: 20...150, mentorShare: 0.4, textClass: .rehabilitation)

    static let revalidering = GroupTraits(
        durations: [(60...365, 30), (366...1095, 70)],
        ages: [(22...39, 50), (40...55, 50)], maxAge: 55, maxEpisodeMonths: 48, longRunning: false,
        previous: [(.sygedagpenge, 0.4)], conversationInterval: 65...88,
        offerTypes: [(.vejledningOgOpkvalificering, 0.5), (.virksomhedspraktik, 0.5)],
        offerGap: 30...150, mentorShare: 0.05, textClass: .rehabilitation)

    static let ledighedsydelse = GroupTraits(
        durations: [(30...180, 40), (181...365, 30), (366...1095, 30)],
        ages: [(30...39, 15), (40...49, 30), (50...59, 40), (60...66, 15)], maxAge: 66,
        maxEpisodeMonths: 48, longRunning: false, previous: [(.jobafklaring, 0.25), (.sygedagpenge, 0.15), (.fleksjob, 0.25)],
        conversationInterval: 65...88, offerTypes: rehabilitationOffers, offerGap: 20...120, mentorShare: 0.05,
        textClass: .rehabilitation)

    static let fleksjob = GroupTraits(
        durations: [(30...365, 15), (366...1095, 30), (1096...2555, 35), (2556...5475, 20)],
        ages: [(30...39, 15), (40...49, 30), (50...59, 40), (60...66, 15)], maxAge: 66,
        maxEpisodeMonths: 180, longRunning: true, previous: [(.ledighedsydelse, 0.6)],
        conversationInterval: 160...340, offerTypes: [], offerGap: 0...0, mentorShare: 0, textClass: .flexJob)
}
