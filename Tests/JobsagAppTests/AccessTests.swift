import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Who sees which case: the own caseload, the team's on request, a reason for a colleague's
/// case, and the logged reveal of a CPR number.
@Suite struct AccessTests {
    static let colleague = Caseworker(initials: "KLØ", name: "Karin Løvborg", role: .sagsbehandler, team: "Team Ledighed")
    static let lead = Caseworker(initials: "TLA", name: "Tove Lærke Andersen", role: .teamleder, team: "Team Ledighed")
    static let otherTeam = Caseworker(initials: "ÅBS", name: "Åge Bøgh Sørensen", role: .sagsbehandler, team: "Team Unge")

    /// The fixture caseload plus one case of the colleague's.
    static var teamCases: [Case] {
        var colleagues = Fixtures.cases[1]
        colleagues.id = "S-000099"
        colleagues.caseworker = colleague.initials
        colleagues.citizen = Fixtures.citizen("Ærling Øby", "110488-1239")
        return Fixtures.cases + [colleagues]
    }

    static func state(user: Caseworker, cases: [Case] = teamCases) -> AppState {
        let context = AppContext(user: user, caseworkers: [Fixtures.caseworker, colleague, lead, otherTeam], asOf: Fixtures.asOf, isDemo: true)
        return AppState(context: context, cases: cases, strings: Strings(language: .da), theme: .monochrome, size: Size(width: 120, height: 40))
    }

    static func select(_ id: CaseID, in state: inout AppState) {
        guard let index = state.visibleRows.firstIndex(where: { state.rows[$0].id == id }) else {
            Issue.record("\(id) not in the caseload")
            return
        }
        state.send(.home)
        for _ in 0..<index { state.send(.down) }
    }

    @Test func eachRoleStartsInItsScopeAndTheScopeCoversTheTeam() {
        #expect(AppState.initialScope(for: .sagsbehandler) == .own)
        #expect(AppState.initialScope(for: .teamleder) == .team)
        #expect(AppState.initialScope(for: .fagligKonsulent) == .team)
        let everyone = [Fixtures.caseworker, Self.colleague, Self.lead, Self.otherTeam]
        #expect(AppState.initials(in: .own, user: Fixtures.caseworker, caseworkers: everyone) == ["MHJ"])
        #expect(AppState.initials(in: .team, user: Fixtures.caseworker, caseworkers: everyone) == ["MHJ", "KLØ", "TLA"])
        let consultant = Caseworker(initials: "FK", name: "Frida Kjær", role: .fagligKonsulent, team: "Faglig udvikling")
        #expect(AppState.initials(in: .team, user: consultant, caseworkers: everyone) == ["MHJ", "KLØ", "TLA", "ÅBS", "FK"])
    }

    @Test func teeAsksTheRuntimeForTheTeamAndBack() {
        var state = Self.state(user: Fixtures.caseworker, cases: Fixtures.cases)
        #expect(state.scope == .own)
        #expect(state.send(.character("T")) == [.loadScope(.team)])
        _ = state.update(.scopeLoaded(state.evaluated(Self.teamCases), locked: [], .team))
        #expect(state.scope == .team)
        #expect(state.rows.count == 6)
        #expect(state.message?.text.contains("6") == true)
        #expect(state.send(.character("T")) == [.loadScope(.own)])
    }

    /// A faglig konsulent's `T` went from every team to one, fewer rows than before: the
    /// program stopped on the selection, which pointed past the new rows. The selected case
    /// stays selected when the new scope has it; otherwise a row within the new ones is.
    @Test func aScopeWithFewerCasesKeepsTheSelectionWithinItsRows() throws {
        var state = Self.state(user: Fixtures.caseworker, cases: Self.teamCases)
        state.send(.character("G"))
        let selected = try #require(state.selectedRow?.id)
        _ = state.update(.scopeLoaded(state.evaluated(Self.teamCases.filter { $0.id == selected || $0.id == Self.teamCases[0].id }), locked: [], .own))
        #expect(state.rows.count == 2)
        #expect(state.selectedRow?.id == selected)
        state.send(.character("G"))
        _ = state.update(.scopeLoaded(state.evaluated([Self.teamCases[0]]), locked: [], .team))
        #expect(state.selectedRow?.id == Self.teamCases[0].id)
    }

    @Test func aColleaguesCaseNeedsAReasonWhichIsLogged() {
        var state = Self.state(user: Fixtures.caseworker)
        Self.select("S-000099", in: &state)
        #expect(state.send(.enter).isEmpty)
        #expect(state.screen == .caseload)
        guard case .prompt(let prompt) = state.overlay, case .accessReason = prompt.purpose else {
            Issue.record("no reason asked")
            return
        }
        // Letter keys type into the reason; a short reason is refused.
        state.type("kig")
        #expect(state.send(.enter).isEmpty)
        guard case .prompt(let asking) = state.overlay else {
            Issue.record("the reason form closed")
            return
        }
        #expect(asking.problem != nil)
        #expect(state.screen == .caseload)
        state.type(" på sagen: kollega syg, borger ringede")
        let effects = state.send(.enter)
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.caseID == "S-000099")
        // One line in the log: the access with its reason (not a second, reasonless view).
        #expect(effects == [.audit(action: .accessOutsideCaseload, caseID: "S-000099", changes: [],
                                   reason: "kig på sagen: kollega syg, borger ringede"), .loadHistory("S-000099")])
        // The reason holds for the rest of the session.
        state.send(.escape)
        #expect(state.send(.enter) == [.loadHistory("S-000099")])
    }

    @Test func escapeWithoutAReasonOpensNothing() {
        var state = Self.state(user: Fixtures.caseworker)
        Self.select("S-000099", in: &state)
        state.send(.enter)
        state.type("noget")
        #expect(state.send(.escape).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.screen == .caseload)
        #expect(state.detail == nil)
    }

    @Test func aTeamLeadOpensTheTeamsCasesAndFiltersByCaseworker() {
        var state = Self.state(user: Self.lead)
        #expect(state.scope == .team)
        Self.select("S-000099", in: &state)
        let effects = state.send(.enter)
        #expect(state.screen == .caseDetail)
        #expect(effects.first == .audit(action: .view, caseID: "S-000099", changes: [], reason: nil))
        state.send(.escape, .character("f"))
        guard case .picker(let picker) = state.overlay else {
            Issue.record("no quick filter")
            return
        }
        let labels = picker.options.map(\.label)
        #expect(labels.contains { $0.contains("KLØ") && $0.contains("Karin Løvborg") })
        let index = picker.options.firstIndex { $0.choice == .quickFilter(.caseworker("KLØ")) } ?? 0
        state.send(.home)
        for _ in 0..<index { state.send(.down) }
        state.send(.enter)
        #expect(state.caseload.quickFilter == .caseworker("KLØ"))
        #expect(state.visibleRows.map { state.rows[$0].id } == ["S-000099"])
    }

    @Test func theTeamLeadsCaseloadShowsTheCaseworkerColumn() {
        let lead = Self.state(user: Self.lead).view()
        let own = Self.state(user: Fixtures.caseworker).view()
        #expect(lead.plainText.contains("Sb."))
        #expect(lead.plainText.contains("KLØ"))
        #expect(!own.plainText.contains("KLØ"))
        var narrow = Self.state(user: Self.lead)
        _ = narrow.update(.resize(Size(width: 80, height: 24)))
        Golden.check(narrow.view(), "team-caseload-80x24")
    }

    /// A database lists the team's cases it will not let a sagsbehandler read as locked rows:
    /// name, masked CPR number and caseworker, nothing due. Enter asks for the reason; the
    /// runtime logs it and reads the case, which then opens as any other.
    @Test func aLockedTeamCaseOpensOnlyThroughTheStoreWithAReason() {
        var state = Self.state(user: Fixtures.caseworker, cases: Fixtures.cases)
        let locked = LockedCase(id: "S-000099", name: "Ærling Øby", maskedCPR: "110488-xxxx", caseworker: "KLØ", coordinatingCaseworker: nil)
        _ = state.update(.scopeLoaded(state.evaluated(Fixtures.cases), locked: [locked], .team))
        #expect(state.rows.count == Fixtures.cases.count + 1)
        #expect(state.message?.text.contains("\(Fixtures.cases.count + 1) sager") == true)
        // Under the default sort the readable cases come first.
        #expect(state.rows[state.visibleRows.last ?? 0].id == "S-000099")
        Self.select("S-000099", in: &state)
        _ = state.update(.resize(Size(width: 100, height: 30)))
        let screen = state.view().plainText
        #expect(screen.contains("⊘  Ærling Øby"))
        #expect(screen.contains("110488-xxxx"))
        #expect(!screen.contains("110488-1239"))
        #expect(screen.contains("Uden for din sagsstamme"))
        // Nothing is written to it, nor its number shown, before it is opened.
        #expect(state.send(.character("b")).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.message?.text == "Åbn sagen først.")
        #expect(state.send(.character("c")).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.send(.enter).isEmpty)
        guard case .prompt(let prompt) = state.overlay, case .accessReason = prompt.purpose else {
            Issue.record("no reason asked")
            return
        }
        #expect(prompt.intro.contains("Ærling Øby (KLØ)"))
        state.type("borger ringede, kollega syg")
        #expect(state.send(.enter) == [.openLocked("S-000099", reason: "borger ringede, kollega syg")])
        #expect(state.screen == .caseload)
        // The store refused (another team's case, a server away): the row stays locked.
        _ = state.update(.effectFailed(message: "sagen S-000099 hører ikke til dit team"))
        #expect(state.screen == .caseload)
        #expect(state.cases["S-000099"] == nil)
        var opened = Self.teamCases[Self.teamCases.count - 1]
        opened.revision = 3
        let effects = state.update(.lockedCaseOpened(opened, reason: "borger ringede, kollega syg"))
        #expect(state.screen == .caseDetail)
        #expect(state.detail?.caseID == "S-000099")
        // The store logged the access; no second, reasonless view.
        #expect(effects == [.loadHistory("S-000099")])
        #expect(state.rows.count == Fixtures.cases.count + 1)
        #expect(state.rows.first { $0.id == "S-000099" }?.isLocked == false)
        state.send(.escape)
        #expect(state.send(.character("c")) == [.audit(action: .revealCPR, caseID: "S-000099", changes: [], reason: "borger ringede, kollega syg")])
    }

    /// Every change from the team's agenda (a colleague's meeting cancelled, a reminder
    /// marked done) waits, like a form, until the case is opened with a reason.
    @Test func aColleaguesCaseIsChangedOnlyOnceOpenedWithAReason() {
        var state = Self.state(user: Fixtures.caseworker)
        let theirs = Self.teamCases[Self.teamCases.count - 1]
        var changed = theirs
        changed.citizen.phone = "12345678"
        #expect(state.saveChange(changed, from: theirs, description: "telefon", action: .update).isEmpty)
        #expect(state.message?.text == "Åbn sagen først.")
        #expect(state.pendingSave == nil)
        Self.select(theirs.id, in: &state)
        state.send(.enter)
        state.type("borgeren ringede i dag")
        state.send(.enter)
        #expect(state.saveChange(changed, from: theirs, description: "telefon", action: .update) == [.save(changed, action: .update)])
    }

    @Test func revealingACPRNumberIsLogged() {
        var state = Self.state(user: Fixtures.caseworker)
        Self.select("S-000001", in: &state)
        let effects = state.send(.character("c"))
        #expect(effects == [.audit(action: .revealCPR, caseID: "S-000001", changes: [], reason: nil)])
        #expect(state.message?.text.contains("120385-1235") == true)
        // Not for a colleague's case the user has no reason for.
        Self.select("S-000099", in: &state)
        #expect(state.send(.character("c")).isEmpty)
        #expect(state.message?.kind == .error)
    }
}
