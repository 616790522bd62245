import Testing
import JobsagCore
import JobsagRules
@testable import JobsagExport

/// `jobsag check` exits 1 for what is to be acted on now (as a red row): overdue or cannot be
/// evaluated; a missed duty is history and does not count, though the JSON keeps it.
@Suite struct CheckExitTests {
    static let asOf = CalendarDate("2026-11-23")!
    static let engine = RuleEngine(catalogue: RuleCatalogue.rules.filter { $0.id == "KF.4I6" })

    /// Kontanthjælp since 05.01.2026 with 2 jobsamtaler in the first 6 months: KF.4I6 missed.
    static func item(start: String?) -> Case {
        Case(
            id: "S-000001", created: CalendarDate("2026-01-05")!, caseworker: "MHJ",
            citizen: Citizen(cpr: CPR("120385-1235")!, name: "Søren Ærø Andersen", preferredForm: .fysisk),
            episodes: [BenefitEpisode(id: "e1", benefit: .kontanthjaelp, category: .aktivitetsparat, start: start.flatMap(CalendarDate.init))],
            conversations: ["2026-01-07", "2026-03-02"].enumerated().map {
                Conversation(id: "c\($0.offset)", date: CalendarDate($0.element)!, kind: .jobsamtale, form: .fysisk, summary: "", recordedBy: "MHJ")
            })
    }

    @Test func aMissedDutyDoesNotSetTheExitStatusButStaysInTheJSON() {
        let report = CheckReport(cases: [Self.item(start: "2026-01-05")], engine: Self.engine, asOf: Self.asOf)
        #expect(report.count(.missed) == 1)
        #expect(!report.needsAction)
        #expect(report.json().contains(#""status" : "missed""#))
        #expect(report.text(language: .da, withNames: false).contains("1 ikke opfyldt"))
    }

    @Test func anOverdueDutyOrOneThatCannotBeEvaluatedSetsIt() {
        // The same case without its start date: KF.4I6 cannot be evaluated (data to fix).
        let unknown = CheckReport(cases: [Self.item(start: nil)], engine: Self.engine, asOf: Self.asOf)
        #expect(unknown.count(.cannotEvaluate) == 1)
        #expect(unknown.needsAction)
        // With the whole catalogue, duties such as the guidance of RD.VEJL are overdue.
        let overdue = CheckReport(cases: [Self.item(start: "2026-01-05")], engine: RuleEngine(), asOf: Self.asOf)
        #expect(overdue.count(.overdue) > 0)
        #expect(overdue.needsAction)
    }
}
