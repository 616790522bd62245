import JobsagCore
import JobsagRules
import Testing

/// A synthetic caseload for timing the engine. Run in release mode to measure:
/// `swift test -c release -Xswiftc -enable-testing --filter PerformanceTests`
/// (prints microseconds per case). In debug builds it only checks that every case evaluates.
@Suite struct PerformanceTests {
    /// A deterministic pseudo-random generator (no clock, no global state).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static let groups: [(Benefit, ReadinessCategory?)] = [
        (.dagpenge, nil), (.kontanthjaelp, .jobparat), (.kontanthjaelp, .aktivitetsparat), (.uddannelseshjaelp, .uddannelsesparat),
        (.uddannelseshjaelp, .aktivitetsparat), (.sygedagpenge, nil), (.selvforsoergelsesydelse, .jobparat), (.fleksjob, nil),
        (.ressourceforloeb, nil), (.ledighedsydelse, nil),
    ]

    /// A case with a realistic amount of history: 2 months to `years` + 2 months on benefit,
    /// conversations every 3-13 weeks, offers, goals, guidance, absences.
    static func syntheticCase(_ index: Int, asOf: CalendarDate, years: Int = 5) -> Case {
        var random = Generator(state: UInt64(index) &* 2_654_435_761 &+ 17)
        let (benefit, category) = groups[random.next(groups.count)]
        let start = asOf.adding(days: -(60 + random.next(365 * years)))
        var c = Case(
            id: "S-\(index)", created: start, caseworker: "AB",
            citizen: Citizen(cpr: CPR("010190-1234")!, name: "Syntetisk Borger \(index)"),
            episodes: [
                BenefitEpisode(
                    id: "e\(index)", benefit: benefit, category: category, start: start, firstContact: start.adding(days: -2),
                    arrivalDate: benefit == .selvforsoergelsesydelse ? start : nil,
                    inIntegrationProgramme: benefit == .selvforsoergelsesydelse),
            ])
        var day = start.adding(days: 2)
        var number = 0
        while day <= asOf {
            number += 1
            c.conversations.append(
                Conversation(
                    id: "c\(index)-\(number)", date: day, kind: random.next(10) == 0 ? .opfoelgning : .jobsamtale,
                    form: [.fysisk, .telefon, .video, .skriftlig][random.next(4)], outcome: random.next(8) == 0 ? .udeblevet : .holdt,
                    agreements: random.next(5) == 0 ? "" : "Aftaler", injunctionFollowedUp: random.next(2) == 0,
                    rightsGuidanceGiven: random.next(3) == 0))
            day = day.adding(days: 20 + random.next(70))
        }
        let goal = "g\(index)"
        c.goals = [
            Goal(
                id: goal, kind: random.next(2) == 0 ? .job : .uddannelse, title: random.next(3) == 0 ? "Arbejde" : "Lagermedarbejder",
                created: start.adding(days: 10),
                subgoals: [Subgoal(id: "\(goal)-s", kind: .stabiliserende, title: "Søvn", created: start.adding(days: 10))]),
        ]
        var offerStart = start.adding(days: 30 + random.next(100))
        number = 0
        while offerStart <= asOf {
            number += 1
            let end = offerStart.adding(days: 30 + random.next(120))
            c.offers.append(
                Offer(
                    id: "o\(index)-\(number)", type: [.virksomhedspraktik, .vejledningOgOpkvalificering, .nytteindsats, .loentilskud][random.next(4)],
                    rightAndDuty: number == 1, start: offerStart, end: end, assessment: "Vurdering", purpose: random.next(4) == 0 ? "" : "Formål",
                    goalID: goal, followUps: [Offer.FollowUp(id: "o\(index)-\(number)-f", date: offerStart.adding(days: 14), companyInvolved: true, note: "")]))
            offerStart = end.adding(days: 10 + random.next(200))
        }
        c.guidance = [
            Guidance(id: "vg\(index)", date: start.adding(days: 2), kind: .rettigheder35_1, channels: [.mundtlig, .skriftligUdleveret, .eBoks]),
            Guidance(id: "vk\(index)", date: start.adding(days: 5), kind: .koordinerendeTilbudt, answer: .accepteret),
        ]
        c.visitations = [Visitation(id: "v\(index)", date: start.adding(days: 3), category: category ?? .jobparat, justification: "Begrundet", decidedBy: "AB")]
        c.absences = [Absence(id: "a\(index)", date: asOf.adding(days: -random.next(300)), from: "samtale", reasonableCause: .ukendt)]
        c.ordinaryHours = [OrdinaryHours(id: "h\(index)", month: asOf.adding(months: -2), hours: Double(random.next(120)))]
        if benefit == .fleksjob {
            c.flexJobs = [FlexJob(id: "f\(index)", employer: "Firma", start: start, hoursPerWeek: 12, effectiveHoursPerWeek: 6)]
        }
        return c
    }

    @Test(arguments: [5, 1])
    func evaluatesASyntheticCaseloadOf5000Cases(years: Int) {
        let asOf = CalendarDate("2026-11-23")!
        let cases = (0..<5_000).map { Self.syntheticCase($0, asOf: asOf, years: years) }
        let engine = RuleEngine()
        let clock = ContinuousClock()
        var obligations = 0
        var red = 0
        var best = Duration.seconds(3600)
        for _ in 0..<3 {  // the best of three runs: the machine is shared
            obligations = 0
            red = 0
            let elapsed = clock.measure {
                for index in cases.indices {
                    let assessment = engine.evaluate(cases[index], asOf: asOf)
                    obligations += assessment.obligations.count
                    if assessment.trafficLight == .red { red += 1 }
                }
            }
            best = min(best, elapsed)
        }
        let microseconds = Double(best.components.seconds) * 1_000_000 + Double(best.components.attoseconds) / 1e12
        let conversations = cases.reduce(0) { $0 + $1.conversations.count }
        let offers = cases.reduce(0) { $0 + $1.offers.count }
        print("PERF (up to \(years) years): \(cases.count) cases, \(conversations) conversations, \(offers) offers,",
              "\(obligations) obligations, \(red) red; best of 3: \(Int(microseconds / 1000)) ms,",
              "\(Int(microseconds / Double(cases.count))) µs per case")
        #expect(obligations > cases.count * 10)
        #expect(red > 0 && red < cases.count)
    }
}
