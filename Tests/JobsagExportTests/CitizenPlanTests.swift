import JobsagCore
import JobsagRules
import Testing
@testable import JobsagExport

/// The citizen's plan: what the citizen is given (goals, current offers, the next
/// conversation, rights and duties, the caseworker), never what is not theirs to read (the
/// CPR number, conversations, journal notes, assessments, follow-up notes), and every text
/// from the store escaped in HTML and Markdown.
@Suite struct CitizenPlanTests {
    static let asOf = CalendarDate("2026-11-23")!
    static let caseworker = Caseworker(initials: "MHJ", name: "Mette Højgaard", role: .sagsbehandler, team: "Team Øst")

    /// Kontanthjælp since 01.10.2026, one jobsamtale held; a goal with a subgoal, an offer
    /// running, one ended; a note, a conversation and assessments that must stay out.
    static func item() -> Case {
        Case(
            id: "S-000042", created: CalendarDate("2026-10-01")!, caseworker: "MHJ",
            citizen: Citizen(cpr: CPR("120385-1235")!, name: "Åse Ærø <Østergård> & Søn", preferredForm: .fysisk),
            episodes: [BenefitEpisode(id: "e1", benefit: .kontanthjaelp, category: .jobparat, start: CalendarDate("2026-10-01"))],
            goals: [
                Goal(
                    id: "g1", kind: .job, title: "Lager & logistik <truck>", description: "Fast job på et lager i Århus",
                    created: CalendarDate("2026-10-05")!, deadline: CalendarDate("2027-03-31"),
                    subgoals: [Subgoal(id: "sg1", kind: .faglig, title: "Truckcertifikat B", created: CalendarDate("2026-10-05")!, deadline: CalendarDate("2026-12-15"))]),
            ],
            conversations: [
                Conversation(
                    id: "c1", date: CalendarDate("2026-10-05")!, kind: .jobsamtale, form: .fysisk,
                    summary: "HEMMELIGT-RESUMÉ om helbred", recordedBy: "MHJ"),
            ],
            notes: [JournalNote(id: "n1", date: CalendarDate("2026-10-06")!, author: "MHJ", subject: "NOTAT-EMNE", text: "INTERNT-NOTAT")],
            offers: [
                Offer(
                    id: "o1", type: .virksomhedspraktik, rightAndDuty: true, start: CalendarDate("2026-11-02")!, end: CalendarDate("2026-12-18"),
                    provider: "Fjordlageret ApS", hoursPerWeek: 22.5, assessment: "INTERN-VURDERING", purpose: "Afprøve lagerarbejde",
                    goalID: "g1", followUps: [Offer.FollowUp(id: "f1", date: CalendarDate("2026-11-16")!, companyInvolved: true, note: "OPFØLGNINGSNOTE")]),
                Offer(id: "o0", type: .mentor, start: CalendarDate("2026-06-01")!, end: CalendarDate("2026-07-01"), provider: "GAMMELT-TILBUD"),
            ])
    }

    static func plan(_ item: Case = item()) -> CitizenPlan {
        CitizenPlan(case: item, caseworkers: [caseworker], engine: RuleEngine(), asOf: asOf)
    }

    @Test func holdsTheGoalsTheCurrentOffersTheNextConversationRightsAndTheCaseworker() {
        let text = Self.plan().markdown()
        #expect(text.contains("Jobmål: Lager \\& logistik \\<truck\\>"))
        #expect(text.contains("Delmål: Truckcertifikat B"))
        #expect(text.contains("Skal være nået senest 15.12.2026."))
        #expect(text.contains("Virksomhedspraktik hos Fjordlageret ApS"))
        #expect(text.contains("Fra 02.11.2026 til 18.12.2026."))
        #expect(text.contains("Timer om ugen: 22,5."))
        #expect(text.contains("ret\\- og pligttilbud") || text.contains("ret- og pligttilbud"))
        #expect(!text.contains("GAMMELT-TILBUD"), "an offer that ended is not in the plan")
        #expect(text.contains("## Næste samtale"))
        #expect(text.contains("Du skal have din næste samtale med jobcentret senest"))
        #expect(text.contains("## Dine rettigheder og pligter"))
        #expect(text.contains("Mette Højgaard (MHJ), Team Øst"))
    }

    @Test func neverHoldsTheCPRNumberTheLogNotesOrAssessments() {
        let item = Self.item()
        let plan = Self.plan(item)
        for text in [plan.html(), plan.markdown()] {
            for secret in ["120385", "1235", "HEMMELIGT", "NOTAT-EMNE", "INTERNT-NOTAT", "INTERN-VURDERING", "OPFØLGNINGSNOTE"] {
                #expect(!text.contains(secret), "\(secret) is in the plan")
            }
        }
    }

    @Test func escapesEverythingFromTheStoreInHTMLAndKeepsDanishLetters() {
        let html = Self.plan().html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("Min plan – Åse Ærø &lt;Østergård&gt; &amp; Søn"))
        #expect(html.contains("Jobmål: Lager &amp; logistik &lt;truck&gt;"))
        #expect(!html.contains("<truck>") && !html.contains("<Østergård>"))
        #expect(!html.contains("<script"))
        #expect(CitizenPlan.htmlEscaped(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func markdownEscapesMarkupAndTheStartOfALine() {
        #expect(CitizenPlan.markdownEscaped("# *fed* [link](x) <b> & æøå") == "\\# \\*fed\\* \\[link\\](x) \\<b\\> \\& æøå")
        #expect(CitizenPlan.markdownEscaped("- punkt") == "\\- punkt")
        #expect(CitizenPlan.markdownEscaped("12. december") == "12\\. december")
        #expect(CitizenPlan.markdownEscaped("to\nlinjer") == "to linjer")
    }

    @Test func saysSoPlainlyWhenThereIsNoGoalNoOfferAndNoConversationDue() {
        var item = Self.item()
        item.goals = []
        item.offers = []
        item.episodes = []
        let text = Self.plan(item).markdown()
        #expect(text.contains("Der står ingen mål i din plan endnu."))
        #expect(text.contains("Du har ingen tilbud lige nu."))
        #expect(text.contains("Der er ikke planlagt en samtale endnu."))
    }

    @Test func namesTheCaseworkerByInitialsWhenUnknownAndTheCoordinatingOne() {
        var item = Self.item()
        item.coordinatingCaseworker = "SØK"
        let coordinating = Caseworker(initials: "SØK", name: "Søren Kærgård", role: .sagsbehandler, team: "Team Øst")
        let text = CitizenPlan(case: item, caseworkers: [coordinating], engine: RuleEngine(), asOf: Self.asOf).markdown()
        #expect(text.contains("Din sagsbehandler er MHJ."))
        #expect(text.contains("Din koordinerende sagsbehandler er Søren Kærgård (SØK), Team Øst."))
    }
}
