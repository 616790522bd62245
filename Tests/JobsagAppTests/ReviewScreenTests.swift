import Testing
import JobsagCore
import JobsagDemo
import JobsagReview
import TerminalKit
@testable import JobsagApp

/// The spot-check screen: a team lead draws a round from the team's cases, answers the
/// checkpoints (an override needs a note), gives verdicts and follow-ups, and reads the summary.
@Suite struct ReviewScreenTests {
    static let today = CalendarDate("2026-11-23")!
    static let demo = DemoGenerator(today: today).generate(caseCount: 500)

    /// The first team lead of the demo staff, on the team's cases.
    static func state(size: Size = Size(width: 100, height: 30), role: Caseworker.Role = .teamleder) -> AppState {
        let user = demo.caseworkers.first { $0.role == role }!
        let team = AppState.initials(in: AppState.initialScope(for: role), user: user, caseworkers: demo.caseworkers)
        let context = AppContext(user: user, caseworkers: demo.caseworkers, asOf: today, isDemo: true)
        return AppState(context: context, cases: demo.cases.filter { team.contains($0.caseworker) }, strings: Strings(language: .da),
                        theme: .monochrome, size: size, idSeed: 9)
    }

    /// `r`, the runtime's answer (no rounds yet), "Ny stikprøve", and the form saved as it opens.
    static func startRound(_ state: inout AppState) -> ReviewRound? {
        #expect(state.send(.character("r")) == [.loadRounds])
        _ = state.update(.roundsLoaded([], problems: []))
        state.send(.enter)
        #expect(state.form?.kind == .reviewRound)
        let effects = state.save()
        guard case .saveRound(let round)? = effects.first else {
            Issue.record("no round saved: \(effects) \(state.form?.errors ?? [:]) \(state.message?.text ?? "")")
            return nil
        }
        _ = state.update(.roundSaved(round.id))
        return round
    }

    /// Each case shown in a round is a logged view, once, with the round's id as the reason.
    @Test func aCaseShownInARoundIsALoggedView() throws {
        var state = Self.state()
        let effects = state.send(.character("r")) + state.update(.roundsLoaded([], problems: []))
        #expect(!effects.contains { if case .audit = $0 { return true } else { return false } })
        state.send(.enter)
        let started = state.save()
        let round = try #require(started.compactMap { if case .saveRound(let round) = $0 { return round } else { return nil } }.first)
        let first = round.caseIDs[0]
        #expect(started.contains(.audit(action: .view, caseID: first, changes: [], reason: "stikprøve \(round.id)")))
        #expect(state.send(.tab).contains(.audit(action: .view, caseID: round.caseIDs[1], changes: [], reason: "stikprøve \(round.id)")))
        #expect(!state.send(.backTab).contains { if case .audit = $0 { return true } else { return false } }, "once a session")
    }

    /// Another team's round is not offered: a lead answers only the rounds of the team.
    @Test func onlyTheRoundsOfTheLeadsTeamAreOffered() throws {
        var mine = Self.state()
        let round = try #require(Self.startRound(&mine))
        let otherLead = try #require(Self.demo.caseworkers.first { $0.role == .teamleder && $0.team != mine.context.user.team })
        let context = AppContext(user: otherLead, caseworkers: Self.demo.caseworkers, asOf: Self.today, isDemo: true)
        var other = AppState(context: context, cases: [], strings: Strings(language: .da), theme: .monochrome,
                             size: Size(width: 100, height: 30), idSeed: 9)
        _ = other.send(.character("r"))
        _ = other.update(.roundsLoaded([round], problems: []))
        #expect(other.reviewRounds.isEmpty)
        guard case .picker(let picker)? = other.overlay else {
            Issue.record("no picker of rounds")
            return
        }
        #expect(picker.options.count == 1, "only a new round")
    }

    @Test func aCaseworkerCannotStartARound() {
        var state = Self.state(role: .sagsbehandler)
        #expect(state.send(.character("r")).isEmpty)
        #expect(state.message?.kind == .error)
    }

    @Test func theRoundIsDrawnAgainTheSameAndSpreadOverTheTeam() throws {
        var first = Self.state()
        let round = try #require(Self.startRound(&first))
        #expect(round.caseIDs.count == 15)
        #expect(first.screen == .review)
        var second = Self.state()
        let again = try #require(Self.startRound(&second))
        #expect(again.caseIDs == round.caseIDs)
        let caseworkers = Set(round.orderedReviews.map(\.caseworker))
        let groups = Set(round.orderedReviews.compactMap(\.targetGroup))
        #expect(caseworkers.count >= 2)
        #expect(groups.count >= 3)
    }

    @Test func enterConfirmsTheSuggestionAndMovesOn() throws {
        var state = Self.state()
        _ = try #require(Self.startRound(&state))
        let review = try #require(state.reviewing?.review)
        let automatic = review.checkpoints.filter { $0.suggested != nil && $0.answer == nil }.count
        #expect(automatic > 5)
        // Enter on every automatic checkpoint not yet answered answers it and moves on.
        for _ in 0..<automatic {
            let effects = state.send(.enter)
            #expect(effects.count == 1)
        }
        let after = try #require(state.reviewing?.review)
        #expect(after.checkpoints.filter { $0.suggested != nil }.allSatisfy { $0.answer == $0.suggested })
        #expect(after.answeredCount == review.answeredCount + automatic)
        // The selection is on a manual checkpoint now; Enter there only says how to answer.
        #expect(state.reviewing?.checkpoint?.suggested == nil)
        #expect(state.send(.enter).isEmpty)
    }

    @Test func anOverrideNeedsANote() throws {
        var state = Self.state()
        _ = try #require(Self.startRound(&state))
        let checkpoint = try #require(state.reviewing?.checkpoint)
        let suggested = try #require(checkpoint.suggested)
        let other: Character = suggested == .nej ? "1" : "2"
        #expect(state.send(.character(other)).isEmpty)
        guard case .prompt(let prompt)? = state.overlay, case .checkpointNote = prompt.purpose else {
            Issue.record("no note asked")
            return
        }
        // Enter without a note is refused and changes nothing.
        #expect(state.send(.enter).isEmpty)
        #expect(state.reviewing?.review?.checkpoint(checkpoint.id)?.answer == checkpoint.answer)
        state.type("Samtalen blev holdt, men er journaliseret i det gamle system.")
        let effects = state.send(.enter)
        guard case .saveRound(let round)? = effects.first else {
            Issue.record("not saved")
            return
        }
        let answered = try #require(round.reviews[checkpoint.id.isEmpty ? "" : state.reviewing!.caseID!]?.checkpoint(checkpoint.id))
        #expect(answered.isOverride)
        #expect(answered.note.hasPrefix("Samtalen blev holdt"))
    }

    @Test func aNoteCanBeWrittenBeforeOrAfterTheAnswer() throws {
        var state = Self.state()
        _ = try #require(Self.startRound(&state))
        let checkpoint = try #require(state.reviewing?.checkpoint)
        #expect(checkpoint.answer == nil)
        state.send(.character("b"))
        state.type("Tjek journalnotatet")
        state.send(.enter)
        let noted = try #require(state.reviewing?.review?.checkpoint(checkpoint.id))
        #expect(noted.note == "Tjek journalnotatet" && noted.answer == nil)
        // Enter confirms the suggestion and keeps the note.
        state.send(.enter)
        let answered = try #require(state.reviewing?.review?.checkpoint(checkpoint.id))
        #expect(answered.answer == checkpoint.suggested && answered.note == "Tjek journalnotatet")
    }

    @Test func aVerdictCompletesTheCaseAndAFollowUpBecomesAReminder() throws {
        var state = Self.state()
        let round = try #require(Self.startRound(&state))
        let caseID = try #require(state.reviewing?.caseID)
        // Answer everything: Enter on suggestions, 1 (ja) on the manual questions.
        while let review = state.reviewing?.review, review.answeredCount < review.checkpoints.count {
            state.send(state.reviewing?.checkpoint?.suggested == nil ? .character("1") : .enter)
        }
        state.send(.character("h"))
        #expect(state.form?.kind == .followUpAction)
        state.type("Skriv aftalerne fra seneste samtale ind i Min Plan.")
        let saveEffects = state.save()
        let saved = try #require(savedCases(saveEffects).first)
        let reminder = try #require(saved.reminders.last)
        #expect(reminder.reviewRoundID == round.id)
        #expect(reminder.due == Self.today.adding(days: 14))
        var stored = saved
        stored.revision += 1
        let after = state.update(.saved(stored))
        guard case .saveRound(let withAction)? = after.last else {
            Issue.record("the round does not record the action: \(after)")
            return
        }
        #expect(withAction.reviews[caseID]?.actions.map(\.reminderID) == [reminder.id])
        // The verdict: the case is done and the next one shows.
        state.send(.character("v"))
        state.send(.down, .enter)  // skal rettes
        #expect(state.reviewing?.round.reviews[caseID]?.verdict == .skalRettes)
        #expect(state.reviewing?.round.reviewedCount == 1)
        #expect(state.reviewing?.caseID != caseID)
        // The summary counts the answers and lists the open follow-up.
        state.send(.character("s"))
        let text = state.view().plainText
        #expect(text.contains("Gennemgået 1 af 15"))
        #expect(text.contains("skal rettes 1"))
        let summary = RoundSummary(round: try #require(state.reviewing?.round), cases: Array(state.cases.values))
        #expect(summary.openActions.map(\.reminderID) == [reminder.id])
    }

    @Test func screensAt80x24AndWide() throws {
        for size in [Size(width: 80, height: 24), Size(width: 140, height: 45)] {
            var state = Self.state(size: size)
            _ = try #require(Self.startRound(&state))
            let text = state.view().plainText
            #expect(text.contains("Sag 1 af 15"))
            #expect(text.contains("KF.4I6") || text.contains("KF."))
            state.send(.character("s"))
            #expect(state.view().plainText.contains("KONTROLPUNKTER"))
        }
    }
}
