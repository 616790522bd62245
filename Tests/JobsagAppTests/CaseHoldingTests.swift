import Testing
import JobsagCore
import JobsagDemo
import JobsagReview
import JobsagRules
import TerminalKit
@testable import JobsagApp

/// A team lead's or a consultant's caseload keeps the rows, obligations and due items of the
/// cases beyond the own caseload, not the cases: a case is read when a screen needs it, and
/// every screen shows what it showed when every case was held.
@Suite struct CaseHoldingTests {
    static let today = CalendarDate("2026-11-23")!
    static let demo = DemoGenerator(today: today).generate(caseCount: 300)
    static let store = Dictionary(uniqueKeysWithValues: demo.cases.map { ($0.id, $0) })

    /// The demo's first team lead (or `role`, in a team whose others have cases) on the team's
    /// cases: held, every one, or as the runtime reads them (none but the user's own).
    static func state(holdingAll: Bool, role: Caseworker.Role = .teamleder, width: Int = 100) -> AppState {
        let user = demo.caseworkers.first { user in
            let team = AppState.initials(in: .team, user: user, caseworkers: demo.caseworkers)
            return user.role == role && demo.cases.contains { $0.caseworker != user.initials && team.contains($0.caseworker) }
        }!
        let team = AppState.initials(in: .team, user: user, caseworkers: demo.caseworkers)
        let cases = demo.cases.filter { team.contains($0.caseworker) || $0.coordinatingCaseworker.map(team.contains) == true }
        let context = AppContext(user: user, caseworkers: demo.caseworkers, asOf: today, isDemo: true)
        let strings = Strings(language: .da), engine = RuleEngine()
        let evaluated = AppState.evaluate(
            cases, holding: { holdingAll || AppState.holds($0, user: user.initials) }, engine: engine, strings: strings, asOf: today)
        return AppState(context: context, evaluated: evaluated, strings: strings, engine: engine, theme: .monochrome,
                        size: Size(width: width, height: 30), idSeed: 9, scope: .team)
    }

    /// Answers the reads of cases as the runtime does (`unreadable` cannot be read) and
    /// returns the other effects.
    static func answer(_ effects: [Effect], _ state: inout AppState, unreadable: Set<CaseID> = []) -> [Effect] {
        var rest: [Effect] = []
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            guard case .holdCases(let ids) = effect else {
                rest.append(effect)
                continue
            }
            let read = ids.sorted().compactMap { unreadable.contains($0) ? nil : store[$0] }
            let problems = Dictionary(uniqueKeysWithValues: ids.intersection(unreadable).map { ($0, "Sagsfilen \($0) er ugyldig.") })
            let held = AppState.evaluate(read, holding: { _ in true }, engine: state.engine, strings: state.strings, asOf: state.context.asOf)
            queue += state.update(.casesHeld(asked: ids, held, problems: problems))
        }
        return rest
    }

    static func reads(_ effects: [Effect]) -> [Set<CaseID>] {
        effects.compactMap { if case .holdCases(let ids) = $0 { ids } else { nil } }
    }

    @Test func theRowsAreThoseOfTheCasesHeldWithoutHoldingThem() {
        let lean = Self.state(holdingAll: false)
        let full = Self.state(holdingAll: true)
        #expect(lean.cases.isEmpty && full.cases.count > 20)
        #expect(lean.rows.map(\.id) == full.rows.map(\.id))
        #expect(lean.rows.map(\.light) == full.rows.map(\.light))
        #expect(lean.rows.map(\.searchKey) == full.rows.map(\.searchKey))
        #expect(lean.caseloadCounts == full.caseloadCounts)
        #expect(lean.view().plainText == full.view().plainText)
    }

    @Test func theAgendaListsTheCasesNotHeldAsTheHeldOnes() {
        var lean = Self.state(holdingAll: false)
        var full = Self.state(holdingAll: true)
        _ = Self.answer(lean.send(.character("a")), &lean)
        full.send(.character("a"))
        #expect(lean.agenda.lines.count > 10)
        #expect(lean.agenda.lines.map { "\($0)" } == full.agenda.lines.map { "\($0)" })
        #expect(lean.view().plainText == full.view().plainText)
    }

    /// Enter on a row whose case is not held reads it, then opens it and logs the view.
    @Test func aCaseNotHeldOpensOnceRead() throws {
        var state = Self.state(holdingAll: false)
        let id = try #require(state.selectedRow?.id)
        let effects = state.send(.enter)
        #expect(Self.reads(effects) == [[id]])
        #expect(state.screen == .caseload)
        #expect(state.view().plainText.contains("Sagen læses …"))
        let rest = Self.answer(effects, &state)
        #expect(state.screen == .caseDetail && state.detail?.caseID == id)
        #expect(rest.contains(.audit(action: .view, caseID: id, changes: [], reason: nil)))
        #expect(rest.contains(.loadHistory(id)))
        #expect(state.cases.keys.contains(id))
        #expect(state.message == nil, "the reading is over")
        let name = try #require(Self.store[id]?.citizen.name)
        #expect(state.view().plainText.contains(name))
    }

    /// Beside the caseload the selected row's case is read as the selection moves: the pane
    /// says so until it comes, and each case is asked for once.
    @Test func theCaseBesideTheCaseloadIsReadWhenSelected() throws {
        var state = Self.state(holdingAll: false, width: 160)
        let effects = state.send(.down)
        let id = try #require(state.selectedRow?.id)
        #expect(Self.reads(effects) == [[id]])
        #expect(state.view().plainText.contains("Sagen læses …"))
        #expect(Self.reads(state.send(.character("x"))).isEmpty, "asked for once")
        _ = Self.answer(effects, &state)
        let item = try #require(Self.store[id])
        #expect(!state.view().plainText.contains("Sagen læses …"))
        #expect(state.view().plainText.contains(item.citizen.cpr.masked))
        #expect(Self.reads(state.send(.up, .down)).count == 1, "the first row's case, then none")
    }

    /// Enter on a row whose case is being read already (it was selected a moment ago) opens
    /// the case when it comes, without asking for it again.
    @Test func enterWhileTheSelectedCaseIsReadOpensItWhenItComes() throws {
        var state = Self.state(holdingAll: false)
        let read = state.send(.down)
        let id = try #require(state.selectedRow?.id)
        #expect(Self.reads(read) == [[id]])
        #expect(Self.reads(state.send(.enter)).isEmpty)
        #expect(state.message?.text == "Sagen læses …")
        let rest = Self.answer(read, &state)
        #expect(state.screen == .caseDetail && state.detail?.caseID == id)
        #expect(rest.contains(.loadHistory(id)))
        #expect(state.message == nil)
    }

    /// A caseworker's colleague's case in the team's view is not read until a reason is
    /// given; then it is read and opens, the access logged with the reason.
    @Test func aColleaguesCaseIsReadOnlyOnceAReasonIsGiven() throws {
        var state = Self.state(holdingAll: false, role: .sagsbehandler, width: 160)
        let user = state.context.user.initials
        let index = try #require(state.visibleRows.firstIndex { state.rows[$0].caseworker != user })
        var effects = state.send(.home)
        for _ in 0..<index { effects += state.send(.down) }
        let id = try #require(state.selectedRow?.id)
        #expect(!Self.reads(effects + state.send(.enter)).contains { $0.contains(id) })
        #expect(state.cases[id] == nil)
        let reason = "Kollegaen er syg i dag"
        effects = state.type(reason) + state.send(.enter)
        #expect(Self.reads(effects) == [[id]])
        let rest = Self.answer(effects, &state)
        #expect(rest.contains(.audit(action: .accessOutsideCaseload, caseID: id, changes: [], reason: reason)))
        #expect(state.screen == .caseDetail && state.detail?.caseID == id)
    }

    /// The search opened before a reason was given for a colleague's case takes in that case
    /// once it is read.
    @Test func aColleaguesCaseReadAfterAReasonJoinsTheOpenSearch() throws {
        var state = Self.state(holdingAll: false, role: .sagsbehandler)
        let user = state.context.user.initials
        _ = Self.answer(state.send(.character("S")), &state)
        #expect(state.screen == .search)
        state.send(.escape)
        let index = try #require(state.visibleRows.firstIndex { state.rows[$0].caseworker != user })
        state.send(.home)
        for _ in 0..<index { state.send(.down) }
        let id = try #require(state.selectedRow?.id)
        #expect(state.search?.index.searches(id) == false)
        state.send(.enter)
        _ = Self.answer(state.type("Kollegaen er syg i dag") + state.send(.enter), &state)
        #expect(state.detail?.caseID == id)
        #expect(state.search?.index.searches(id) == true)
    }

    /// A form on a row whose case is still being read waits: nothing opens, the line says so.
    @Test func aFormOnACaseBeingReadWaits() {
        var state = Self.state(holdingAll: false)
        let effects = state.send(.down)
        #expect(Self.reads(effects).count == 1)
        state.send(.character("s"))
        #expect(state.form == nil)
        #expect(state.message?.text == "Sagen læses …")
        _ = Self.answer(effects, &state)
        state.send(.character("s"))
        #expect(state.form?.kind == .conversation)
    }

    /// `S` reads every case of the scope not held, then searches them all.
    @Test func theSearchReadsTheCasesNotHeldFirst() throws {
        var lean = Self.state(holdingAll: false)
        var full = Self.state(holdingAll: true)
        let effects = lean.send(.character("S"))
        let read = try #require(Self.reads(effects).first)
        #expect(read == Set(lean.rows.map(\.id)))
        #expect(lean.message?.text == "Læser \(lean.rows.count) sager …")
        #expect(lean.screen == .caseload)
        _ = Self.answer(effects, &lean)
        full.send(.character("S"))
        #expect(lean.screen == .search)
        lean.type("samtale")
        full.type("samtale")
        #expect(lean.search?.hits.count == full.search?.hits.count)
        #expect((lean.search?.hits.count ?? 0) > 10)
        #expect(lean.view().plainText == full.view().plainText)
    }

    /// Esc while the search waits for the cases: it does not open when they come.
    @Test func escapeDropsTheSearchWaitingForItsCases() {
        var state = Self.state(holdingAll: false)
        let effects = state.send(.character("S"))
        #expect(!Self.reads(effects).isEmpty)
        state.send(.escape)
        #expect(state.message == nil)
        _ = Self.answer(effects, &state)
        #expect(state.screen == .caseload && state.search == nil)
        #expect(state.cases.count == state.rows.count, "read and held all the same")
        _ = state.send(.character("S"))
        #expect(state.screen == .search)
    }

    /// A case the store cannot read says why, opens nothing and is not asked for again until
    /// the scope is read again.
    @Test func aCaseThatCannotBeReadSaysWhyOnce() throws {
        var state = Self.state(holdingAll: false)
        let id = try #require(state.selectedRow?.id)
        _ = Self.answer(state.send(.enter), &state, unreadable: [id])
        #expect(state.screen == .caseload)
        #expect(state.message?.text == "Sagsfilen \(id) er ugyldig.")
        #expect(state.message?.kind == .error)
        state.send(.escape)
        #expect(Self.reads(state.send(.enter)).isEmpty)
        #expect(state.message?.text == "Sagsfilen \(id) er ugyldig.")
        // Read again, the scope asks for the selected row's case again.
        let effects = state.update(.scopeLoaded(state.evaluated(Self.demo.cases.filter { $0.id == id }), locked: [], .team))
        #expect(Self.reads(effects + state.send(.enter)) == [[id]])
    }

    /// A new case's CPR number is checked against every row, held or not.
    @Test func aCPRNumberOfACaseNotHeldIsFound() throws {
        var state = Self.state(holdingAll: false)
        let other = try #require(state.rows.last)
        let cpr = try #require(other.cpr)
        #expect(state.cases[other.id] == nil)
        state.open(.newCase, nil)
        state.apply([.text("name", "Åse Ørum"), .text("cpr", cpr.digits)])
        #expect(state.leave("cpr") == state.strings.format(form: .cprInUse, other.id))
    }

    /// A spot-check round is drawn from every case of the team: those not held are read first,
    /// and the round is the one drawn when every case was held.
    @Test func aRoundIsDrawnOnceTheTeamsCasesAreRead() throws {
        var lean = Self.state(holdingAll: false)
        var full = Self.state(holdingAll: true)
        let drawn = try #require(ReviewScreenTests.startRound(&full))
        #expect(Self.answer(lean.send(.character("r")), &lean) == [.loadRounds])
        _ = lean.update(.roundsLoaded([], problems: []))
        lean.send(.enter)
        let effects = lean.save()
        #expect(!Self.reads(effects).isEmpty)
        let rest = Self.answer(effects, &lean)
        let round = try #require(rest.compactMap { if case .saveRound(let round) = $0 { round } else { nil } }.first)
        #expect(round.caseIDs == drawn.caseIDs)
        #expect(lean.screen == .review)
    }

    /// Someone else's change to a case not held changes its row; the case stays unheld.
    @Test func aColleaguesChangeToACaseNotHeldChangesItsRowOnly() throws {
        var state = Self.state(holdingAll: false)
        let row = try #require(state.rows.first { $0.caseworker != state.context.user.initials })
        var item = try #require(Self.store[row.id])
        item.citizen.name = "Åse Ørum Bækgaard"
        item.revision += 1
        _ = state.update(.caseRefreshed(item))
        #expect(state.cases[row.id] == nil)
        #expect(state.row(row.id)?.name == "Åse Ørum Bækgaard")
    }
}
