import JobsagCore
import JobsagApp
import JobsagRules
import TerminalKit

/// A small caseload with Danish names (æ ø å, an accent, a decomposed å) for view tests.
enum Fixtures {
    static let asOf = CalendarDate("2026-11-23")!

    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static let caseworker = Caseworker(initials: "MHJ", name: "Mette Højgaard Jensen", role: .sagsbehandler, team: "Team Ledighed")

    static func citizen(_ name: String, _ cpr: String) -> Citizen {
        Citizen(cpr: CPR(cpr)!, name: name, preferredForm: .fysisk)
    }

    static var cases: [Case] {
        [
            Case(
                id: "S-000001", created: date("2026-01-05"), caseworker: "MHJ", isDemo: true,
                citizen: citizen("Søren Ærø Andersen", "120385-1235"),
                episodes: [BenefitEpisode(id: "e1", benefit: .kontanthjaelp, category: .aktivitetsparat, start: date("2026-01-05"), firstContact: date("2026-01-02"))],
                goals: [
                    Goal(id: "g1", kind: .job, title: "Lagermedarbejder hos Coop i Ølstykke", status: .aktiv, created: date("2026-01-20"), deadline: date("2027-03-01"),
                         subgoals: [
                            Subgoal(id: "sg1", kind: .faglig, title: "Truckcertifikat B", created: date("2026-01-20")),
                            Subgoal(id: "sg2", kind: .stabiliserende, title: "Faste mødetider tre dage om ugen", created: date("2026-02-10")),
                         ]),
                ],
                conversations: [
                    Conversation(id: "c1", date: date("2026-01-07"), kind: .jobsamtale, form: .fysisk, summary: "Første samtale. Søren ønsker lagerarbejde.", agreements: "Søger tre job om ugen.", jobFocus: true, recordedBy: "MHJ"),
                    Conversation(id: "c2", date: date("2026-03-02"), kind: .jobsamtale, form: .telefon, summary: "Status på jobsøgning; ryggen er bedre.", jobFocus: true, resourceFocus: true, recordedBy: "MHJ"),
                    Conversation(id: "c3", date: date("2026-05-11"), kind: .jobsamtale, form: .video, outcome: .udeblevet, summary: "Udeblev uden afbud.", recordedBy: "MHJ"),
                ],
                notes: [
                    JournalNote(id: "n1", date: date("2026-10-14"), author: "MHJ", subject: "Lægeerklæring modtaget",
                                text: "Lægen vurderer, at Søren kan arbejde 20 timer om ugen med pauser. Erklæringen drøftes ved næste samtale."),
                    JournalNote(id: "n2", date: date("2026-10-15"), author: "MHJ", subject: "Rettelse: Lægeerklæring modtaget",
                                text: "Det er 15 timer om ugen, ikke 20.", corrects: "n1"),
                    JournalNote(id: "n3", date: date("2026-11-23"), author: "MHJ", subject: "Telefon fra Søren",
                                text: "Søren ringede og meldte afbud til praktikken hos Coop i Ølstykke i dag på grund af sygdom.\nHan forventer at møde igen på torsdag. Aftalt, at han sender lægeerklæring, hvis fraværet varer over tre dage."),
                ],
                offers: [
                    Offer(id: "t1", type: .virksomhedspraktik, rightAndDuty: true, start: date("2026-02-16"), end: date("2026-05-15"), provider: "Coop Ølstykke", hoursPerWeek: 20, assessment: "Kan arbejde 20 timer med pauser.", purpose: "Afprøve lagerarbejde og få reference.", goalID: "sg1"),
                ],
                reminders: [Reminder(id: "p1", due: date("2026-11-25"), text: "Ring til Coop om ny praktik", createdBy: "MHJ")]
            ),
            Case(
                id: "S-000002", created: date("2026-06-01"), caseworker: "MHJ", isDemo: true,
                citizen: citizen("Åse Østergaard", "030798-2468"),
                episodes: [BenefitEpisode(id: "e2", benefit: .uddannelseshjaelp, category: .uddannelsesparat, start: date("2026-06-01"), firstContact: date("2026-05-28"))],
                goals: [Goal(id: "g2", kind: .uddannelse, title: "Pædagogisk assistent (PAU)", created: date("2026-06-03"))]
            ),
            Case(
                id: "S-000003", created: date("2025-11-10"), caseworker: "MHJ", isDemo: true,
                citizen: citizen("Jørgen Aagaard", "250761-1113"),
                episodes: [BenefitEpisode(id: "e3", benefit: .sygedagpenge, start: date("2026-10-01"))],
                exemptions: [Exemption(id: "x1", scope: Exemption.Scope.standby, reason: "Alvorlig sygdom", from: date("2026-10-15"), decidedBy: "MHJ")]
            ),
            Case(
                id: "S-000004", created: date("2026-09-01"), caseworker: "MHJ", isDemo: true,
                citizen: citizen("Zoë Mølgaard-Lærkesen", "141190-4321"),
                episodes: [BenefitEpisode(id: "e4", benefit: .dagpenge, start: date("2026-09-01"))]
            ),
            Case(
                id: "S-000005", created: date("2026-02-01"), caseworker: "MHJ", isDemo: true,
                citizen: citizen("Bjarne A\u{030A}kjær", "010270-1119"),
                episodes: [BenefitEpisode(id: "e5", benefit: .fleksjob, start: date("2026-02-01"))]
            ),
        ]
    }

    static func state(size: Size = Size(width: 80, height: 24), language: Language = .da, theme: Theme = .monochrome) -> AppState {
        let context = AppContext(user: caseworker, caseworkers: [caseworker], asOf: asOf, isDemo: true)
        return AppState(context: context, cases: cases, strings: Strings(language: language), theme: theme, size: size)
    }
}

extension AppState {
    /// Sends keys one by one and returns every effect they produced.
    @discardableResult
    mutating func send(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Types text one character at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { update(.key(.character($0))) }
    }
}

extension AppState {
    /// `cases` as the runtime reads a scope for this state (`ScopeReader`): each evaluated,
    /// held when it is the user's own.
    func evaluated(_ cases: [Case]) -> [EvaluatedCase] {
        let user = context.user.initials
        return AppState.evaluate(cases, holding: { AppState.holds($0, user: user) }, engine: engine, strings: strings, asOf: context.asOf)
    }
}
