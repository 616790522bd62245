import JobsagCore
import TerminalKit
@testable import JobsagApp

/// A case with an entry of every kind (uddannelseshjælp, aktivitetsparat), for the form tests.
enum FormFixtures {
    static func date(_ text: String) -> CalendarDate { Fixtures.date(text) }

    static let richCaseID: CaseID = "S-000006"

    static var richCase: Case {
        Case(
            id: richCaseID, revision: 3, created: date("2025-03-01"), caseworker: "MHJ", isDemo: true,
            citizen: Citizen(cpr: CPR("050599-1237")!, name: "Mikkel Ærbø Hansen", phone: "12 34 56 78", email: "mikkel@eksempel.dk",
                             address: "Æblevej 3, 2820 Gentofte", preferredForm: .telefon, barriers: [.psykiske, .sociale],
                             resources: "Gode sociale evner."),
            episodes: [
                BenefitEpisode(id: "e6a", benefit: .kontanthjaelp, category: .jobparat, start: date("2025-03-01"), end: date("2025-12-31"),
                               firstContact: date("2025-02-27")),
                BenefitEpisode(id: "e6b", benefit: .uddannelseshjaelp, category: .aktivitetsparat, start: date("2026-01-01"),
                               firstContact: date("2025-12-20")),
            ],
            visitations: [Visitation(id: "v6", date: date("2026-02-10"), category: .aktivitetsparat,
                                     justification: "Psykiske barrierer; behov for afklaring.", decidedBy: "MHJ")],
            goals: [
                Goal(id: "g6", kind: .uddannelse, title: "Pædagogisk assistent (PAU)", created: date("2026-01-10"), deadline: date("2027-08-01"),
                     subgoals: [Subgoal(id: "sg6", kind: .stabiliserende, title: "Faste mødetider", created: date("2026-01-10"))]),
                Goal(id: "g7", kind: .job, title: "Medhjælper i børnehave", created: date("2026-02-01")),
            ],
            conversations: [
                Conversation(id: "c6", date: date("2026-01-05"), summary: "Første samtale.", recordedBy: "MHJ"),
                Conversation(id: "c7", date: date("2026-10-20"), outcome: .udeblevet, summary: "Udeblev.", recordedBy: "MHJ"),
            ],
            offers: [
                Offer(id: "t6", type: .virksomhedspraktik, start: date("2026-03-02"), end: date("2026-05-29"), provider: "Børnehaven Solsikken",
                      hoursPerWeek: 15, assessment: "Kan klare 15 timer.", purpose: "Afklare uddannelsesmålet.", goalID: "sg6",
                      internshipPurpose: 3, followUps: [Offer.FollowUp(id: "f6", date: date("2026-04-01"), companyInvolved: true, note: "God start.")],
                      evaluation: Offer.Evaluation(date: date("2026-06-05"), result: "Trives; næste delmål: ansøgning.")),
            ],
            ordinaryHours: [OrdinaryHours(id: "h6", month: date("2026-10-01"), hours: 12.5)],
            injunctions: [
                EducationInjunction(id: "i6", given: date("2026-01-05"), education: "PAU", steps: [
                    .init(number: 1, deadline: date("2026-03-01"), completed: date("2026-02-20")),
                    .init(number: 2, deadline: date("2026-06-01"), deadlineChanges: [
                        .init(changedOn: date("2026-04-10"), previousDeadline: date("2026-05-01"), newDeadline: date("2026-06-01"),
                              reason: "Ansøgningsfristen blev flyttet."),
                    ]),
                    .init(number: 3, deadline: date("2026-12-15")),
                ]),
            ],
            literacyTests: [LiteracyTest(id: "l6", date: date("2026-01-20"), result: .behov, courseOffered: date("2026-02-01"),
                                         recorded: date("2026-01-20"))],
            guidance: [
                Guidance(id: "gd6", date: date("2026-01-05"), kind: .rettigheder35_1, channels: [.mundtlig, .skriftligUdleveret, .eBoks]),
                Guidance(id: "gd7", date: date("2026-06-10"), kind: .advarsel35_2, channels: [.mundtlig, .skriftligUdleveret],
                         allElementsGiven: true, note: "Alle fire elementer gennemgået."),
            ],
            exemptions: [Exemption(id: "x6", scope: Exemption.Scope.rule225, reason: "Dokumenterede psykiske barrierer; kan ikke arbejde 225 timer.",
                                   from: date("2026-09-01"), to: date("2026-11-30"), decidedBy: "MHJ")],
            absences: [Absence(id: "a6", date: date("2026-10-20"), from: "c7", reasonableCause: .ukendt, hearingSent: date("2026-10-21"),
                               hearingAnswered: date("2026-10-28"))],
            contactAttempts: [ContactAttempt(id: "k6", date: date("2026-10-22"), channel: .telefon, note: "Ingen svar.")],
            sanctions: [
                SanctionDecision(id: "s6", kind: .ordinaer, paragraph: "LAS § 36", decided: date("2026-07-01"), effective: date("2026-07-01")),
                SanctionDecision(id: "s7", kind: .skaerpet40a, paragraph: "LAS § 40 a", decided: date("2026-11-02"), effective: date("2026-11-03"),
                                 lengthMonths: 1, lengthReason: "Første skærpede sanktion.", absenceIDs: ["a6"], priorSanctionIDs: ["s6"],
                                 warningID: "gd7",
                                 checklist: .init(unwillingnessAssessment: "Udeblev uden grund.", activityOfferedSameDay: true,
                                                  calendarMonthDecisionSameTime: true, categoryStated: true, notUsedToTestResidence: true,
                                                  promotesAvailabilityAssessment: "Vurderet at fremme rådigheden."),
                                 approval: .init(by: "TL", date: date("2026-11-02"), approved: true, note: "Godkendt.")),
            ],
            reminders: [Reminder(id: "p6", due: date("2026-12-01"), text: "Følg op på PAU-ansøgning", createdBy: "MHJ")]
        )
    }

    static func state(language: Language = .da, size: Size = Size(width: 100, height: 30)) -> AppState {
        let context = AppContext(user: Fixtures.caseworker, caseworkers: [Fixtures.caseworker], asOf: Fixtures.asOf, isDemo: true)
        return AppState(context: context, cases: Fixtures.cases + [richCase], strings: Strings(language: language), theme: .monochrome,
                        size: size, idSeed: 42)
    }

    /// A form context that holds every case, as the app gives it.
    static func context(_ state: AppState) -> FormContext {
        FormContext(strings: state.strings, today: state.context.asOf, user: state.context.user.initials, ids: EntryIDSource(seed: 1),
                    cases: state.cases, caseworkers: state.context.caseworkers)
    }
}
