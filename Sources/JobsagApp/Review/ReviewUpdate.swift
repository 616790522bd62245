import JobsagCore
import JobsagReview
import TerminalKit

extension AppState {
    /// `r`: the spot-check rounds (the runtime reads them), for a team lead or faglig konsulent.
    mutating func startReviewing() -> [Effect] {
        guard context.user.role != .sagsbehandler else {
            message = StatusMessage(strings[.reviewNeedsLead], kind: .error)
            return []
        }
        return [.loadRounds]
    }

    /// The rounds are read: a new round or one of them. Only the rounds of the lead's scope
    /// (drawn by the team's leads; a consultant's: every round): another team's round is
    /// neither listed nor answered.
    mutating func roundsLoaded(_ rounds: [ReviewRound], problems: [String]) {
        let scope = AppState.initials(in: .team, user: context.user, caseworkers: context.caseworkers)
        reviewRounds = rounds.filter { scope.contains($0.reviewer) }.sorted { ($0.createdOn, $0.id) > ($1.createdOn, $1.id) }
        var options = [PickerOption(label: strings[.reviewNewRound], choice: .newRound)]
        options += reviewRounds.map { round in
            PickerOption(
                label: strings.format(.reviewRoundOption, round.id, round.title, round.reviewedCount, round.caseIDs.count),
                choice: .openRound(round.id))
        }
        overlay = .picker(PickerState(title: strings[.reviewRoundsTitle], options: options))
        if !problems.isEmpty { message = StatusMessage(problems.joined(separator: " "), kind: .error) }
    }

    /// Opens a round at its first case not yet reviewed.
    mutating func openRound(_ id: String) {
        guard let round = reviewRounds.first(where: { $0.id == id }) else { return }
        reviewing = ReviewState(round: round)
        navigation.open(.review)
    }

    /// The new round's form was filled in: draws the sample from the cases in view (the
    /// team's), pre-fills each checklist and saves the round.
    mutating func startRound(title: String, request: SampleRequest) -> [Effect] {
        guard scope == .team else {
            message = StatusMessage(strings[.reviewNeedsTeam], kind: .error)
            return []
        }
        // The sample is drawn from every case of the team: those not held are read first.
        let ids = rows.compactMap { $0.isLocked ? nil : $0.id }
        if let reading = holding(ids, then: .startRound(title: title, request: request)) { return reading }
        let id = ReviewRound.nextID(createdOn: context.asOf, existing: reviewRounds.map(\.id))
        let round: ReviewRound
        do {
            round = try ReviewRound.start(
                id: id, title: title, reviewer: context.user.initials, createdOn: context.asOf, request: request,
                cases: ids.compactMap { cases[$0] }, engine: engine)
        } catch {
            message = StatusMessage(error.message.text(strings.language), kind: .error)
            return []
        }
        guard !round.caseIDs.isEmpty else {
            message = StatusMessage(strings[.reviewNoCases], kind: .error)
            return []
        }
        reviewRounds.insert(round, at: 0)
        reviewing = ReviewState(round: round)
        navigation.open(.review)
        message = StatusMessage(strings.format(.reviewRoundStarted, round.id, round.caseIDs.count), kind: .success)
        return [.saveRound(round)]
    }

    // MARK: Keys

    mutating func reviewAction(_ action: Action) -> [Effect] {
        guard var state = reviewing else {
            navigation.remove(.review)
            return []
        }
        if state.showsSummary { return summaryAction(action, &state) }
        let count = state.review?.checkpoints.count ?? 0
        if moveSelection(&state.scroll, action, count: count, page: reviewListHeight) {
            reviewing = state
            return []
        }
        switch action {
        case .confirmSuggestion:
            guard let checkpoint = state.checkpoint else { return [] }
            guard let suggested = checkpoint.suggested else {
                message = StatusMessage(strings[.reviewAnswerManual])
                return []
            }
            return answer(checkpoint.id, suggested, note: checkpoint.note)
        case .confirmAllSuggestions:
            guard var caseReview = state.review else { return [] }
            let confirmed = caseReview.confirmAllSuggested()
            message = StatusMessage(strings.format(.reviewConfirmedAll, confirmed))
            return store(caseReview, in: &state, advance: true)
        case .answerYes: return answerAskingForNote(.ja)
        case .answerNo: return answerAskingForNote(.nej)
        case .answerNotRelevant: return answerAskingForNote(.ikkeRelevant)
        case .checkpointNote:
            guard let checkpoint = state.checkpoint else { return [] }
            askForNote(checkpoint, answer: nil)
        case .verdict:
            let options = Verdict.allCases.map { PickerOption(label: $0.label.text(strings.language), choice: .verdict($0)) }
            let current = state.review?.verdict.flatMap { Verdict.allCases.firstIndex(of: $0) } ?? 0
            overlay = .picker(PickerState(title: strings[.reviewVerdictTitle], options: options, scroll: ListScroll(selected: current)))
        case .followUp:
            guard let id = state.caseID else { return [] }
            openForm(.followUpAction, target: FormTarget(caseID: id))
        case .nextCase:
            state.showCase(state.caseIndex + 1)
            reviewing = state
        case .previousCase:
            state.showCase(state.caseIndex - 1)
            reviewing = state
        case .reviewSummary:
            state.showsSummary = true
            state.summaryTop = 0
            reviewing = state
        case .open:
            guard let id = state.caseID else { return [] }
            return openCase(id, tab: .overview)
        case .help:
            overlay = .help(HelpState(context: .review))
        case .back:
            return goBack()
        case .quit:
            return [.quit]
        default:
            break
        }
        clampScrolls()
        return []
    }

    private mutating func summaryAction(_ action: Action, _ state: inout ReviewState) -> [Effect] {
        let page = reviewListHeight
        switch action {
        case .moveUp: state.summaryTop = max(0, state.summaryTop - 1)
        case .moveDown: state.summaryTop += 1
        case .pageUp: state.summaryTop = max(0, state.summaryTop - page)
        case .pageDown: state.summaryTop += page
        case .top: state.summaryTop = 0
        case .bottom: state.summaryTop = Int.max
        case .reviewSummary, .back: state.showsSummary = false
        case .help: overlay = .help(HelpState(context: .review))
        case .quit: return [.quit]
        default: break
        }
        reviewing = state
        clampScrolls()
        return []
    }

    /// `1`/`2`/`3`: an answer; one other than the rules' suggestion asks for the note first.
    private mutating func answerAskingForNote(_ answer: CheckpointAnswer) -> [Effect] {
        guard let checkpoint = reviewing?.checkpoint else { return [] }
        if let suggested = checkpoint.suggested, suggested != answer {
            askForNote(checkpoint, answer: answer)
            return []
        }
        return self.answer(checkpoint.id, answer, note: checkpoint.note)
    }

    /// The note prompt: for an override (the answer given, or the one the checkpoint has,
    /// differs from the suggestion) the note cannot be left empty.
    private mutating func askForNote(_ checkpoint: Checkpoint, answer: CheckpointAnswer?) {
        let language = strings.language
        var intro = checkpoint.id + " · " + checkpoint.title.text(language)
        if let answer, let suggested = checkpoint.suggested, suggested != answer {
            intro = strings.format(.reviewOverrideIntro, checkpoint.id, suggested.label.text(language), answer.label.text(language))
        }
        let overrides = (answer ?? checkpoint.answer).map { given in checkpoint.suggested.map { $0 != given } ?? false } ?? false
        overlay = .prompt(TextPromptState(
            purpose: .checkpointNote(checkpointID: checkpoint.id, answer: answer), title: strings[.reviewNoteTitle],
            intro: intro, label: strings[.reviewNoteLabel], keys: strings[.reviewNoteKeys], text: checkpoint.note,
            minimumLength: overrides ? 1 : 0, tooShort: strings[.reviewOverrideNeedsNote]))
    }

    /// The note of a checkpoint is written: with the answer it was asked for (then on to the
    /// next checkpoint), or beside the answer it has, or on a checkpoint not yet answered.
    mutating func checkpointNoteGiven(_ note: String, checkpointID: String, answer: CheckpointAnswer?) -> [Effect] {
        guard var state = reviewing, var caseReview = state.review,
              let index = caseReview.checkpoints.firstIndex(where: { $0.id == checkpointID }) else { return [] }
        if let given = answer ?? caseReview.checkpoints[index].answer {
            return self.answer(checkpointID, given, note: note, advance: answer != nil)
        }
        caseReview.checkpoints[index].note = note
        return store(caseReview, in: &state, advance: false)
    }

    /// Answers a checkpoint of the shown case (refused without a note for an override).
    private mutating func answer(_ checkpointID: String, _ answer: CheckpointAnswer, note: String, advance: Bool = true) -> [Effect] {
        guard var state = reviewing, var caseReview = state.review else { return [] }
        do {
            try caseReview.answer(checkpointID, answer, note: note)
        } catch {
            message = StatusMessage(error.message.text(strings.language), kind: .error)
            return []
        }
        return store(caseReview, in: &state, advance: advance)
    }

    /// The verdict is chosen: the case's review is done when every checkpoint is answered,
    /// and the next case not yet reviewed is shown.
    mutating func verdictChosen(_ verdict: Verdict) -> [Effect] {
        guard var state = reviewing, var caseReview = state.review else { return [] }
        caseReview.verdict = verdict
        let effects = store(caseReview, in: &state, advance: false)
        guard caseReview.isComplete else {
            message = StatusMessage(strings.format(.reviewUnanswered, caseReview.checkpoints.count - caseReview.answeredCount))
            return effects
        }
        let round = state.round
        message = StatusMessage(strings.format(.reviewCaseDone, round.reviewedCount, round.caseIDs.count), kind: .success)
        let next = round.caseIDs.indices.first { $0 > state.caseIndex && round.reviews[round.caseIDs[$0]]?.isComplete != true }
            ?? round.caseIDs.indices.first { round.reviews[round.caseIDs[$0]]?.isComplete != true }
        if let next {
            state.showCase(next)
        } else {
            state.showsSummary = true
        }
        reviewing = state
        return effects
    }

    /// Puts a changed review in the round and saves the round.
    private mutating func store(_ caseReview: CaseReview, in state: inout ReviewState, advance: Bool) -> [Effect] {
        do {
            try state.record(caseReview)
        } catch {
            message = StatusMessage(error.message.text(strings.language), kind: .error)
            return []
        }
        if advance { state.selectNextUnanswered() }
        reviewing = state
        clampScrolls()
        reviewRounds.removeAll { $0.id == state.round.id }
        reviewRounds.insert(state.round, at: 0)
        saveIndicator = .unsaved
        return [.saveRound(state.round)]
    }

    /// A case of the round was saved (a follow-up action added or marked done): the
    /// review's actions follow the case's reminders of the round.
    mutating func followUpsChanged(in item: Case) -> [Effect] {
        guard var state = reviewing, var caseReview = state.round.reviews[item.id] else { return [] }
        let actions = item.reminders.filter { $0.reviewRoundID == state.round.id }
            .map { FollowUpAction(reminderID: $0.id, text: $0.text, due: $0.due) }
        guard actions != caseReview.actions else { return [] }
        caseReview.actions = actions
        return store(caseReview, in: &state, advance: false)
    }
}
