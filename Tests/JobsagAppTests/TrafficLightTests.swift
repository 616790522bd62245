import Testing
import JobsagCore
import JobsagRules
import TerminalKit
@testable import JobsagApp

/// Red means act now: a missed duty is history (✗, counted apart), an overdue reminder is
/// red, a duty met late is marked, and the selected row says why it has its colour.
@Suite struct TrafficLightTests {
    static let asOf = Fixtures.asOf  // 23.11.2026

    /// Kontanthjælp since 05.01.2026 with a first conversation on 20.01.2026 (after the week
    /// KF.FOERSTE.1U gives: met late) and only 2 jobsamtaler in the first 6 months (KF.4I6
    /// missed on 04.07.2026: nothing can repair it now).
    static func lateCase(reminders: [Reminder] = []) -> Case {
        Case(
            id: "S-000009", created: Fixtures.date("2026-01-05"), caseworker: "MHJ", isDemo: true,
            citizen: Fixtures.citizen("Søren Ærø Andersen", "120385-1235"),
            episodes: [BenefitEpisode(id: "e9", benefit: .kontanthjaelp, category: .aktivitetsparat, start: Fixtures.date("2026-01-05"), firstContact: Fixtures.date("2026-01-05"))],
            conversations: [
                Conversation(id: "c1", date: Fixtures.date("2026-01-20"), kind: .jobsamtale, form: .fysisk, summary: "Første samtale.", recordedBy: "MHJ"),
                Conversation(id: "c2", date: Fixtures.date("2026-03-02"), kind: .jobsamtale, form: .fysisk, summary: "Status.", recordedBy: "MHJ"),
            ],
            reminders: reminders
        )
    }

    /// Only the two rules the case is about, so nothing else colours it.
    static let engine = RuleEngine(catalogue: RuleCatalogue.rules.filter { ["KF.4I6", "KF.FOERSTE.1U"].contains($0.id) })

    static func state(_ cases: [Case], engine: RuleEngine = engine, theme: Theme = .monochrome) -> AppState {
        let context = AppContext(user: Fixtures.caseworker, caseworkers: [Fixtures.caseworker], asOf: asOf, isDemo: true)
        return AppState(context: context, cases: cases, strings: Strings(language: .da), engine: engine, theme: theme,
                        size: Size(width: 80, height: 24))
    }

    static func reminder(_ due: String, done: String? = nil, reviewRound: String? = nil) -> Reminder {
        var reminder = Reminder(id: "p1", due: Fixtures.date(due), text: "Ring til Coop om ny praktik", createdBy: "MHJ")
        reminder.done = done.map(Fixtures.date)
        reminder.reviewRoundID = reviewRound
        return reminder
    }

    @Test func aMissedDutyIsHistoryNotRedAndCountedApart() throws {
        let state = Self.state([Self.lateCase()])
        let statuses = state.assessment(of: "S-000009")?.obligations.map(\.status)
        #expect(statuses?.contains(.missed) == true)
        let row = try #require(state.selectedRow)
        #expect(row.light == .green)
        #expect(row.lightCause == nil)
        #expect(!row.hasOverdue)
        #expect(row.missedCount == 1)
        #expect(state.caseloadCounts.overdue == 0)
        #expect(state.caseloadCounts.missed == 1)
        let frame = state.view()
        #expect(frame.text(row: 1).hasPrefix("1 sager · !! 0 overskredet · ! 0 snart · ✗ 1 ikke opfyldt"))
        #expect(frame.text(row: 3).hasPrefix("✓  Søren Ærø Andersen"))
        #expect(frame.text(row: 22) == "Grøn: intet overskredet eller snart · ✗ 1 ikke opfyldt")
    }

    @Test func theCaseShowsAMissedDutyWithACrossBelowWhatCanStillBeDone() throws {
        var state = Fixtures.state()
        state.send(.character("o"), .home, .down, .down, .enter)  // Søren Ærø Andersen
        let lines = state.entries(.overview, of: "S-000001").compactMap { entry -> Obligation? in
            if case .obligation(let obligation) = entry.payload { return obligation }
            return nil
        }
        let missed = try #require(lines.firstIndex { $0.status == .missed })
        #expect(!lines[missed...].contains { $0.status.isActionable })
        let frame = state.view()
        let shown = (0..<24).map { frame.text(row: $0) }
        let title = EntryText(strings: state.strings, asOf: Fixtures.asOf).ruleTitle(lines[missed])
        #expect(shown.contains { $0.hasPrefix("✗ ") && $0.contains(lines[missed].ruleID) && $0.contains(title) })
    }

    @Test func anOverdueOwnReminderMakesTheRowRedAndTheSelectedRowSaysSo() throws {
        let state = Self.state([Self.lateCase(reminders: [Self.reminder("2026-11-20")])])
        let row = try #require(state.selectedRow)
        #expect(row.light == .red)
        #expect(row.hasOverdue)
        #expect(state.caseloadCounts.overdue == 1)
        let reason = "Rød: egen påmindelse overskredet 20.11.2026: »Ring til Coop om ny praktik« · ✗ 1 ikke opfyldt"
        #expect(state.lightReason(row) == reason)
        let frame = state.view()
        #expect(frame.text(row: 3).hasPrefix("!! Søren Ærø Andersen"))
        // At 80 columns the reason keeps its date; the missed count is left to the header.
        #expect(frame.text(row: 22) == "Rød: egen påmindelse overskredet 20.11.2026: »Ring til Coop om ny praktik«")
    }

    @Test func aReminderDueSoonIsYellowADoneOneLeavesTheRowGreenAFollowUpIsNamedAsSuch() throws {
        let soon = Self.state([Self.lateCase(reminders: [Self.reminder("2026-11-25")])])
        let yellow = try #require(soon.selectedRow)
        #expect(yellow.light == .yellow && yellow.hasDueSoon)
        #expect(soon.lightReason(yellow) == "Gul: egen påmindelse, frist 25.11.2026: »Ring til Coop om ny praktik« · ✗ 1 ikke opfyldt")

        let done = Self.state([Self.lateCase(reminders: [Self.reminder("2026-11-20", done: "2026-11-21")])])
        #expect(done.selectedRow?.light == .green)

        let review = Self.state([Self.lateCase(reminders: [Self.reminder("2026-11-02", reviewRound: "2026-Q4-1")])])
        let followUp = try #require(review.selectedRow)
        #expect(followUp.light == .red)
        #expect(review.lightReason(followUp).hasPrefix("Rød: opfølgning på tilsyn overskredet 02.11.2026: »Ring til Coop om ny praktik«"))
    }

    @Test func anOverdueDutyNamesItselfAndItsDeadline() throws {
        let state = Fixtures.state()
        let row = try #require(state.selectedRow)
        let due = try #require(row.nextDue)
        #expect(row.light == .red && due.status == .overdue)
        let title = EntryText(strings: state.strings, asOf: Fixtures.asOf).ruleTitle(due)
        let deadline = try #require(due.deadline)
        #expect(state.lightReason(row).hasPrefix("Rød: " + title + " overskredet " + deadline.danish))
    }

    @Test func aCaseThatCannotBeEvaluatedIsRedAndSaysWhatIsMissing() throws {
        var item = Self.lateCase()
        item.episodes = []
        let state = Self.state([item], engine: RuleEngine())
        let row = try #require(state.selectedRow)
        #expect(row.light == .red)
        #expect(state.lightReason(row).hasPrefix("Rød: Kan ikke vurderes:"))
    }

    @Test func aDutyMetLateIsMarkedInTheCase() throws {
        var state = Self.state([Self.lateCase()])
        state.send(.enter)
        let entries = state.entries(.overview, of: "S-000009")
        let late = try #require(entries.first { entry in
            if case .obligation(let obligation) = entry.payload { return obligation.ruleID == "KF.FOERSTE.1U" }
            return false
        })
        guard case .obligation(let obligation) = late.payload else { return }
        #expect(obligation.status == .met && obligation.metLate)
        let text = EntryText(strings: state.strings, asOf: Self.asOf)
        #expect(text.symbol(late, theme: .monochrome).0 == "✓!")
        #expect(text.line(late, width: 80).hasSuffix(" · for sent"))
        #expect(text.details(late, in: Self.lateCase()).contains { $0.text == "opfyldt (for sent)" })
        let frame = state.view()
        #expect((0..<24).map { frame.text(row: $0) }.contains { $0.hasPrefix("✓! ") && $0.contains("KF.FOERSTE.1U") && $0.hasSuffix("for sent") })
    }

    @Test func everyStatusIsASymbolOfItsOwnWithoutColour() {
        let symbols = ObligationStatus.allCases.map(StatusSymbol.of) + ["✓!"]
        #expect(Set(symbols).count == symbols.count)
        #expect(!symbols.contains(""))
        // NO_COLOR: the monochrome theme has no colours; the light is read from the symbol.
        let state = Self.state([Self.lateCase(reminders: [Self.reminder("2026-11-20")]), Fixtures.cases[2]])
        let frame = state.view()
        let cells = (0..<24).flatMap { y in (0..<80).map { x in frame[x, y] } }
        #expect(cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(frame.text(row: 3).hasPrefix("!! Søren Ærø Andersen"))
        #expect(frame.text(row: 4).hasPrefix("✓  Jørgen Aagaard"))
    }
}
