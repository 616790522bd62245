import Testing
import JobsagCore
import JobsagRules
import TerminalKit
@testable import JobsagApp

/// RD.40A.GODKEND: a § 40 a sanction waits for a faglig konsulent or team lead, who sees
/// the RD.40A checklist and approves or rejects it with a note.
@Suite struct SanctionApprovalTests {
    static let consultant = Caseworker(initials: "FKØ", name: "Frida Kjær Ørum", role: .fagligKonsulent, team: "Team Ledighed")

    /// The rich fixture case with its § 40 a sanction not yet approved, opened on Overblik
    /// by `user` with the sanction's record selected.
    static func state(user: Caseworker) -> AppState {
        var rich = FormFixtures.richCase
        rich.sanctions[1].approval = nil
        let context = AppContext(user: user, caseworkers: [Fixtures.caseworker, consultant], asOf: Fixtures.asOf, isDemo: true)
        var state = AppState(context: context, cases: Fixtures.cases + [rich], strings: Strings(language: .da), theme: .monochrome,
                             size: Size(width: 100, height: 30), idSeed: 42)
        _ = state.select(.sanction("s7"), in: FormFixtures.richCaseID, tab: .overview)
        return state
    }

    static func approvalStatus(_ state: AppState) -> ObligationStatus? {
        state.assessments[FormFixtures.richCaseID]?.obligations.first { $0.ruleID == "RD.40A.GODKEND" }?.status
    }

    @Test func theCaseworkerCannotApproveTheirOwnSanction() {
        var state = Self.state(user: Fixtures.caseworker)
        #expect(state.send(.character("A")).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text == state.strings[form: .approverRole])
    }

    @Test func theRecordSaysItAwaitsApproval() {
        let state = Self.state(user: Self.consultant)
        #expect(state.view().plainText.contains("afventer godkendelse"))
        #expect(Self.approvalStatus(state) == .overdue)
    }

    @Test func theApproverSeesTheChecklistAndMustWriteANote() throws {
        var state = Self.state(user: Self.consultant)
        state.send(.character("A"))
        let form = try #require(state.form)
        #expect(form.kind == .sanctionApproval)
        #expect(form.intro.count == 1 + SanctionChecklist(decision: FormFixtures.richCase.sanctions[1], in: FormFixtures.richCase).conditions.count)
        #expect(state.view().plainText.contains("✓ 1."))
        // Something is missing, so rejecting is what the form offers first.
        #expect(form.intro.contains { $0.isProblem })
        #expect(form.fields.first?.value.snapshot == "afvis")
        state.apply([.choice("approval", "godkend")])
        // No note: refused, nothing saved.
        #expect(savedCases(state.save()).isEmpty)
        #expect(state.form?.errors["approvalNote"] != nil)
        state.type("Betingelserne er dokumenteret.")
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.sanctions[1].approval == SanctionDecision.Approval(by: "FKØ", date: Fixtures.asOf, approved: true, note: "Betingelserne er dokumenteret."))
        state.store(effects)
        #expect(Self.approvalStatus(state) == .met)
        #expect(state.view().plainText.contains("godkendt (FKØ)"))
    }

    @Test func aRejectionIsRecordedAndTheSanctionMayNotTakeEffect() throws {
        var state = Self.state(user: Self.consultant)
        state.send(.character("A"))
        state.apply([.choice("approval", "afvis"), .text("approvalNote", "Advarslen mangler i sagen.")])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.sanctions[1].approval?.approved == false)
        state.store(effects)
        #expect(Self.approvalStatus(state) == .notApplicable)
        #expect(state.view().plainText.contains("ikke godkendt (FKØ)"))
    }

    @Test func anOrdinarySanctionNeedsNoApproval() {
        var state = Self.state(user: Self.consultant)
        _ = state.select(.sanction("s6"), in: FormFixtures.richCaseID, tab: .overview)
        state.send(.character("A"))
        #expect(state.overlay == nil)
        #expect(state.message?.text == state.strings[form: .selectAggravatedSanction])
    }
}
