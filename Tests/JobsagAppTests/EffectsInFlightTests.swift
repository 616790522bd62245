import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Effects run while the user goes on: a result comes keys later. The busy mark shows
/// when the runtime says so; keys keep working; a save in flight is not sent twice; a
/// quit waits for it.
@Suite struct EffectsInFlightTests {
    private let caseID = FormFixtures.richCaseID

    private func statusBar(_ state: AppState) -> String {
        let screen = state.view()
        return screen.text(row: screen.size.height - 1)
    }

    @Test func theBusyMarkShowsWhileTheRuntimeSaysSoBesideAMessageToo() {
        var state = FormFixtures.state()
        #expect(!statusBar(state).contains("⧗"))
        _ = state.update(.busy(true))
        #expect(statusBar(state).contains("⧗ venter på data…"))
        state.send(.character("T"))
        _ = state.update(.effectFailed(message: "Serveren svarer ikke."))
        #expect(statusBar(state).contains("Serveren svarer ikke."))
        #expect(statusBar(state).contains("⧗ venter på data…"))
        _ = state.update(.busy(false))
        #expect(!statusBar(state).contains("⧗"))
        var english = FormFixtures.state(language: .en)
        _ = english.update(.busy(true))
        #expect(statusBar(english).contains("⧗ waiting for data…"))
    }

    @Test func theMarkIsDueAfterTheDelayAndNotForAFastEffect() {
        var mark = BusyMark(delay: 150)
        mark.started(at: 1000)
        #expect(mark.millisecondsUntilDue(at: 1000) == 150)
        mark.finished(1)
        #expect(mark.change(at: 1020) == nil)
        #expect(mark.millisecondsUntilDue(at: 1020) == nil)

        mark.started(at: 2000)
        mark.started(at: 2100)
        #expect(mark.change(at: 2100) == nil)
        #expect(mark.millisecondsUntilDue(at: 2100) == 50)
        #expect(mark.change(at: 2150) == true)
        #expect(mark.millisecondsUntilDue(at: 2150) == nil)
        mark.finished(1)
        #expect(mark.change(at: 2300) == nil)
        mark.finished(1)
        #expect(mark.outstanding == 0)
        #expect(mark.change(at: 2310) == false)
    }

    @Test func aFormWhoseSaveIsInFlightWaitsAsItIsAndClosesWhenSaved() throws {
        var state = FormFixtures.state()
        state.open(.conversation, caseID)
        state.apply([.text("summary", "Samtale om Ærø-jobbet")])
        let effects = state.save()
        #expect(savedCases(effects).count == 1)
        // Typing, a second Ctrl-S and Esc before the result: nothing changes, nothing is sent.
        #expect(state.type("xyz").isEmpty)
        #expect(state.form?.text("summary") == "Samtale om Ærø-jobbet")
        #expect(state.message?.text == state.strings[.formIsSaving])
        #expect(state.save().isEmpty)
        #expect(state.send(.escape).isEmpty)
        #expect(state.form != nil)
        state.store(effects)
        #expect(state.form == nil)
        #expect(state.message?.kind == .success)
        #expect(state.saveIndicator == .saved)
    }

    @Test func aRefusedSaveGivesTheFormBackAsTyped() throws {
        var state = FormFixtures.state()
        state.open(.conversation, caseID)
        state.apply([.text("summary", "Samtale om Ærø-jobbet")])
        #expect(savedCases(state.save()).count == 1)
        _ = state.update(.saveFailed(message: "Serveren forsvandt midt i gemningen.", isConflict: false))
        #expect(state.form?.refusal == "Serveren forsvandt midt i gemningen.")
        #expect(state.form?.text("summary") == "Samtale om Ærø-jobbet")
        // The form is the user's again: keys move in it, and Ctrl-S sends it anew.
        let focus = state.form?.focus
        state.send(.tab)
        #expect(state.form?.focus != focus)
        #expect(savedCases(state.save()).count == 1)
    }

    @Test func listsMoveWhileAChangeIsSavedAndASecondChangeWaits() throws {
        var state = FormFixtures.state()
        let stateSelected = state.select(.reminder("p6"), in: caseID, tab: .reminders)
        #expect(stateSelected)
        let first = state.send(.character("x"))
        #expect(savedCases(first).count == 1)
        // The user goes on: tabs and lines move; another change or an undo is refused with a message.
        state.send(.character("1"))
        #expect(state.detail?.tab == .overview)
        state.send(.down)
        #expect(state.detail?.scroll.selected == 1)
        let again = state.select(.reminder("p6"), in: caseID, tab: .reminders)
        #expect(again)
        #expect(state.send(.character("x")).isEmpty)
        #expect(state.message?.text == state.strings[.saveStillRunning])
        #expect(state.send(.character("u")).isEmpty)
        state.store(first)
        #expect(state.cases[caseID]?.reminders.first?.done != nil)
        // Saved: the next change (here the undo) goes, built on the saved revision.
        let second = savedCases(state.send(.character("u")))
        #expect(second.count == 1)
        #expect(second.first?.revision == state.cases[caseID]?.revision)
    }

    @Test func quittingWithASaveInFlightWaitsForItOrQuitsWhenAskedAgain() throws {
        var state = FormFixtures.state()
        let stateSelected = state.select(.reminder("p6"), in: caseID, tab: .reminders)
        #expect(stateSelected)
        let change = state.send(.character("x"))
        #expect(state.send(.ctrl("c")).isEmpty)
        #expect(state.message?.text == state.strings[.quitWaitsForSave])
        let afterSave = state.update(.saved(try #require(savedCases(change).first).at(revision: 4)))
        #expect(afterSave.last == .quit)

        var insisting = FormFixtures.state()
        let insistingSelected = insisting.select(.reminder("p6"), in: caseID, tab: .reminders)
        #expect(insistingSelected)
        _ = insisting.send(.character("x"))
        #expect(insisting.send(.ctrl("c")).isEmpty)
        #expect(insisting.send(.ctrl("c")) == [.quit])

        var refused = FormFixtures.state()
        let refusedSelected = refused.select(.reminder("p6"), in: caseID, tab: .reminders)
        #expect(refusedSelected)
        _ = refused.send(.character("x"))
        #expect(refused.send(.ctrl("c")).isEmpty)
        #expect(refused.update(.saveFailed(message: "Nej.", isConflict: false)).isEmpty)
        #expect(refused.message?.text == "Nej.")
    }

    @Test func aFailedReadLeavesAnOpenFormAlone() {
        var state = FormFixtures.state()
        state.open(.conversation, caseID)
        state.apply([.text("summary", "Udkast")])
        _ = state.update(.effectFailed(message: "Sagerne kunne ikke læses."))
        #expect(state.form?.refusal == nil)
        #expect(state.form?.text("summary") == "Udkast")
        #expect(state.message?.kind == .error)
    }
}
