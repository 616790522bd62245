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
    static func state(user: Caseworker, size: Size = Size(width: 100, height: 30)) -> AppState {
        var rich = FormFixtures.richCase
        rich.sanctions[1].approval = nil
        let context = AppContext(user: user, caseworkers: [Fixtures.caseworker, consultant], asOf: Fixtures.asOf, isDemo: true)
        var state = AppState(context: context, cases: Fixtures.cases + [rich], strings: Strings(language: .da), theme: .monochrome,
                             size: size, idSeed: 42)
        _ = state.select(.sanction("s7"), in: FormFixtures.richCaseID, tab: .overview)
        return state
    }

    static func approvalStatus(_ state: AppState) -> ObligationStatus? {
        state.assessment(of: FormFixtures.richCaseID)?.obligations.first { $0.ruleID == "RD.40A.GODKEND" }?.status
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
        state.apply([.choice("approval", "godkend"), .checkbox("approveDespiteMissing", true)])
        // No note: refused, nothing saved.
        #expect(savedCases(state.save()).isEmpty)
        #expect(state.form?.errors["approvalNote"] != nil)
        state.apply([.text("approvalNote", "Betingelserne er dokumenteret.")])
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

    /// Approving while the checklist shows a missing condition takes an explicit tick: without
    /// it the form says how many are missing and nothing is saved.
    @Test func approvingDespiteAMissingConditionTakesAnExplicitYes() throws {
        var state = Self.state(user: Self.consultant)
        state.send(.character("A"))
        let missing = SanctionChecklist(decision: FormFixtures.richCase.sanctions[1], in: FormFixtures.richCase).failing.count
        #expect(missing > 0)
        state.apply([.choice("approval", "godkend"), .text("approvalNote", "Sagen haster.")])
        #expect(state.view().plainText.contains("Godkend alligevel"))
        #expect(savedCases(state.save()).isEmpty)
        #expect(state.form?.errors["approveDespiteMissing"]
            == "Der mangler \(missing) af betingelserne (✗ ovenfor): sæt kryds for at godkende alligevel, og skriv hvorfor i notatet.")
        state.apply([.checkbox("approveDespiteMissing", true)])
        let saved = try #require(savedCases(state.save()).first)
        #expect(saved.sanctions[1].approval?.approved == true)
        #expect(saved.sanctions[1].earlierApprovals.isEmpty)
    }

    /// A rejection needs no tick: only approving what is not documented does.
    @Test func rejectingNeedsNoTick() throws {
        var state = Self.state(user: Self.consultant)
        state.send(.character("A"))
        state.apply([.choice("approval", "afvis"), .text("approvalNote", "Advarslen mangler.")])
        #expect(!state.view().plainText.contains("Godkend alligevel"))
        #expect(savedCases(state.save()).count == 1)
    }

    /// Changing a decision keeps the one before it in the case; the form shows the decision in
    /// force and the earlier ones.
    @Test func aChangedDecisionKeepsTheEarlierOne() throws {
        var state = Self.state(user: Self.consultant)
        state.send(.character("A"))
        state.apply([.choice("approval", "afvis"), .text("approvalNote", "Advarslen mangler i sagen.")])
        state.store(state.save())
        let rejection = SanctionDecision.Approval(by: "FKØ", date: Fixtures.asOf, approved: false, note: "Advarslen mangler i sagen.")
        let day = Fixtures.asOf.danishShort

        state.send(.character("A"))
        #expect(state.form?.intro.map(\.text).contains("Gældende afgørelse: ikke godkendt af FKØ \(day) · Advarslen mangler i sagen.") == true)
        state.apply([.choice("approval", "godkend"), .checkbox("approveDespiteMissing", true), .text("approvalNote", "Advarslen er fundet i e-Boks.")])
        let second = state.save()
        let saved = try #require(savedCases(second).first)
        #expect(saved.sanctions[1].earlierApprovals == [rejection])
        #expect(saved.sanctions[1].approval?.note == "Advarslen er fundet i e-Boks.")
        state.store(second)

        state.send(.character("A"))
        let intro = try #require(state.form?.intro.map(\.text))
        #expect(intro.contains("Gældende afgørelse: godkendt af FKØ \(day) · Advarslen er fundet i e-Boks."))
        #expect(intro.contains("Tidligere afgørelse: ikke godkendt af FKØ \(day) · Advarslen mangler i sagen."))
    }

    /// The form after two decisions, at 80x24 and 160x45 (æ ø å in the notes).
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func theFormWithAnEarlierDecision(_ size: Size) throws {
        var state = Self.state(user: Self.consultant, size: size)
        state.send(.character("A"))
        state.apply([.choice("approval", "afvis"), .text("approvalNote", "Påbuddet om aktivering mangler; ring til Ærø.")])
        state.store(state.save())
        state.send(.character("A"))
        state.apply([.choice("approval", "godkend"), .checkbox("approveDespiteMissing", true), .text("approvalNote", "Fundet i Åbenrå; sendt via e-Boks.")])
        state.store(state.save())
        state.send(.character("A"))
        Golden.check(state.view(), "form-sanction-approval-\(size.width)x\(size.height)")
    }

    /// Saving the same decision again (same person, day, decision and note) adds no history.
    @Test func theSameDecisionAgainAddsNoHistory() {
        var decision = FormFixtures.richCase.sanctions[1]
        decision.approval = nil
        let approval = SanctionDecision.Approval(by: "FKØ", date: Fixtures.asOf, approved: false, note: "Mangler.")
        decision.decideApproval(approval)
        decision.decideApproval(approval)
        #expect(decision.earlierApprovals.isEmpty)
        decision.decideApproval(SanctionDecision.Approval(by: "TL", date: Fixtures.asOf, approved: true, note: "OK."))
        #expect(decision.earlierApprovals == [approval])
    }

    @Test func anOrdinarySanctionNeedsNoApproval() {
        var state = Self.state(user: Self.consultant)
        _ = state.select(.sanction("s6"), in: FormFixtures.richCaseID, tab: .overview)
        state.send(.character("A"))
        #expect(state.overlay == nil)
        #expect(state.message?.text == state.strings[form: .selectAggravatedSanction])
    }
}
