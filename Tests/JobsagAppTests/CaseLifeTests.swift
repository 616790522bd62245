import JobsagCore
import JobsagRules
import TerminalKit
import Testing
@testable import JobsagApp

/// A case's life in the app: `L` closes a case (date, reason, note for "andet") and it leaves
/// the caseload until the quick filter "Lukkede sager" shows it; `L` on a closed case reopens
/// it; `O` transfers it to another caseworker, and the receiver sees it marked as new until
/// they open it. Enter in "Nyt siden sidst" opens the chosen case.
@Suite struct CaseLifeTests {
    static let colleague = Caseworker(initials: "ÅBØ", name: "Åse Bøgh Ørsted", role: .sagsbehandler, team: "Team Ledighed")

    static func state(user: Caseworker = Fixtures.caseworker, cases: [Case] = Fixtures.cases, size: Size = Size(width: 80, height: 24)) -> AppState {
        let context = AppContext(user: user, caseworkers: [Fixtures.caseworker, colleague], asOf: Fixtures.asOf, isDemo: true)
        return AppState(context: context, cases: cases, strings: Strings(language: .da), theme: .monochrome, size: size)
    }

    /// Selects the caseload row of `id`.
    static func select(_ id: CaseID, in state: inout AppState) throws {
        let position = try #require(state.visibleRows.firstIndex { state.rows[$0].id == id })
        state.caseload.scroll.select(position, count: state.visibleRows.count, pageHeight: 10)
    }

    @Test func closingHidesTheCaseUntilTheQuickFilterShowsItAndLReopensIt() throws {
        var state = Self.state()
        try Self.select("S-000002", in: &state)
        state.send(.character("L"))
        #expect(state.form?.kind == .closeCase)
        #expect(state.form?.title == "Luk sag")
        Golden.check(state.view(), "form-close-case-80x24")
        state.apply([.text("closingDate", "20.11.2026"), .choice("closingReason", "education")])
        let closedEffects = state.save()
        let closedStored = state.store(closedEffects)
        let closed = try #require(closedStored)
        #expect(closed.currentClosing?.reason == .education)
        #expect(closed.currentClosing?.date == Fixtures.date("2026-11-20"))
        #expect(state.message?.text.contains("sagen for Åse Østergaard lukket 20.11.2026") == true)
        #expect(!state.visibleRows.contains { state.rows[$0].id == "S-000002" })
        #expect(state.caseloadCounts.cases == 4)

        // f: the quick filter for closed cases shows it, with why on the reason line.
        state.send(.character("f"))
        guard case .picker(let picker)? = state.overlay else {
            Issue.record("no quick filter picker")
            return
        }
        let closedOption = try #require(picker.options.firstIndex { $0.label == "Lukkede sager" })
        #expect(picker.options[closedOption].aside == "1")
        _ = state.update(.key(.end))
        state.send(.enter)
        #expect(state.caseload.quickFilter == .closed)
        #expect(state.visibleRows.map { state.rows[$0].id } == ["S-000002"])
        #expect(state.lightReason(try #require(state.selectedRow)) == "Lukket 20.11.2026: uddannelse")

        state.send(.character("L"))
        #expect(state.form?.kind == .reopenCase)
        #expect(state.form?.intro.first?.text.contains("lukket 20.11.2026 af MHJ: uddannelse") == true)
        let reopenedEffects = state.save()
        let reopenedStored = state.store(reopenedEffects)
        let reopened = try #require(reopenedStored)
        #expect(!reopened.isClosed && reopened.closings.first?.reopened == Fixtures.asOf)
        #expect(state.visibleRows.isEmpty)
        state.send(.escape)
        #expect(state.visibleRows.contains { state.rows[$0].id == "S-000002" })
    }

    @Test func theCloseFormChecksItsDateAndTheNoteForAndetAndUndoTakesTheClosingBack() throws {
        var state = Self.state()
        try Self.select("S-000004", in: &state)
        state.send(.character("L"))
        state.apply([.text("closingDate", "24.11.2026")])
        #expect(state.leave("closingDate") == "Sagen kan ikke lukkes i fremtiden.")
        state.apply([.text("closingDate", "i går"), .choice("closingReason", "other")])
        #expect(savedCases(state.save()).isEmpty)
        #expect(state.form?.errors["closingNote"] == "Skriv en bemærkning, når årsagen er »andet«.")
        state.apply([.text("closingNote", "Flytter til Ærø")])
        let closedEffects = state.save()
        let closedStored = state.store(closedEffects)
        let closed = try #require(closedStored)
        #expect(closed.currentClosing?.note == "Flytter til Ærø" && closed.currentClosing?.date == Fixtures.date("2026-11-22"))
        let undone = savedCases(state.send(.character("u")))
        #expect(undone.first?.closings.isEmpty == true)
    }

    @Test func transferMovesTheCaseAndRefusesOneself() throws {
        var state = Self.state(size: Size(width: 160, height: 45))
        try Self.select("S-000003", in: &state)
        state.send(.character("O"))
        #expect(state.form?.kind == .transferCase)
        #expect(state.form?.fields.first.map { field -> [String] in
            guard case .choice(let options, _) = field.value else { return [] }
            return options.map(\.value)
        } == ["ÅBØ"])
        Golden.check(state.view(), "form-transfer-case-160x45")
        let movedEffects = state.save()
        let movedStored = state.store(movedEffects)
        let moved = try #require(movedStored)
        #expect(moved.caseworker == "ÅBØ")
        #expect(moved.transfers.map(\.to) == ["ÅBØ"])
        let event = AuditEvent(time: NewsTests.time("2026-11-23T09:00:00Z"), user: "MHJ", action: .update, caseID: "S-000003",
                               changes: ["caseworker", "transfers[" + (moved.transfers.first?.id ?? "") + "]"])
        let line = try #require(HistoryLine.lines([event], of: moved, strings: state.strings).first)
        #expect(line.changes == ["Sagsbehandler", "Overdraget 23.11.2026 fra MHJ til ÅBØ"])

        // The colleague's case, opened by MHJ: MHJ cannot transfer it to MHJ.
        #expect(try Self.givingTheColleaguesCaseToOneself(key: "O", field: "receiver") == "Du kan ikke overdrage sagen til dig selv.")
    }

    /// The colleague's case, opened by MHJ (with a reason) and given to MHJ in the form of
    /// `key`: nothing is saved; the message under `field`.
    static func givingTheColleaguesCaseToOneself(key: Character, field: String) throws -> String? {
        var theirs = Fixtures.cases[1]
        theirs.caseworker = "ÅBØ"
        var other = Self.state(cases: [theirs])
        try Self.select(theirs.id, in: &other)
        // Not before it is opened with a reason.
        other.send(.character(key))
        #expect(other.form == nil && other.message?.text == "Åbn sagen først.")
        other.send(.enter)
        other.type("borgeren ringede i dag")
        other.send(.enter, .escape)
        other.send(.character(key))
        other.apply([.choice(field, "MHJ")])
        #expect(savedCases(other.save()).isEmpty)
        return other.form?.errors[field]
    }

    @Test func anotherCaseworkerInTheCaseFormIsATransfer() throws {
        var state = Self.state()
        try Self.select("S-000003", in: &state)
        state.send(.character("i"))
        #expect(state.form?.kind == .newCase)
        state.apply([.choice("caseworker", "ÅBØ")])
        let effects = state.save()
        let stored = state.store(effects)
        let moved = try #require(stored)
        #expect(moved.caseworker == "ÅBØ")
        #expect(moved.transfers.map { [$0.from, $0.to, $0.by] } == [["MHJ", "ÅBØ", "MHJ"]])

        // The colleague's case, given to oneself in the form: refused as `O` refuses it.
        #expect(try Self.givingTheColleaguesCaseToOneself(key: "i", field: "caseworker") == "Du kan ikke overdrage sagen til dig selv.")
    }

    @Test func theReceiverSeesATransferredCaseMarkedNewUntilTheyOpenIt() throws {
        var transferred = Fixtures.cases[0]
        try transferred.transfer(id: "o1", to: "ÅBØ", on: Fixtures.asOf, by: "MHJ", caseworkers: [Fixtures.caseworker, Self.colleague])
        var state = Self.state(user: Self.colleague, cases: [transferred, Fixtures.cases[1]])
        let event = AuditEvent(time: NewsTests.time("2026-11-23T08:30:00Z"), user: "MHJ", action: .update, caseID: transferred.id,
                               changes: ["caseworker", "transfers[o1]"])
        _ = state.update(.newsLoaded(since: NewsTests.lastSession, events: [event]))
        #expect(state.unseenTransfers == [transferred.id])
        guard case .reading(let reading)? = state.overlay else {
            Issue.record("no news window")
            return
        }
        #expect(reading.paragraphs.contains { $0.text.contains("Overdraget 23.11.2026 fra MHJ til ÅBØ") })
        state.send(.escape)
        try Self.select(transferred.id, in: &state)
        #expect(state.view().plainText.contains("NY Søren"))
        #expect(state.lightReason(try #require(state.selectedRow)).hasPrefix("Ny: overdraget til dig fra MHJ 23.11.2026 · "))
        state.send(.enter)
        #expect(state.detail?.caseID == transferred.id)
        #expect(state.unseenTransfers.isEmpty)
    }

    @Test func enterInNewsOpensTheChosenCase() throws {
        var state = Fixtures.state()
        _ = state.update(.newsLoaded(since: NewsTests.lastSession, events: NewsTests.events))
        guard case .reading(let reading)? = state.overlay else {
            Issue.record("no news window")
            return
        }
        // The changed cases, latest first: S-000002, then S-000001.
        #expect(reading.selected.flatMap { reading.paragraphs[$0].link?.caseID } == "S-000002")
        state.send(.down)
        state.send(.enter)
        #expect(state.overlay == nil)
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.caseID == "S-000001")
        #expect(state.detail?.tab == .history)
    }
}
