// Reading the cases a screen needs that the program does not hold (the cases of a team or a jobcenter beyond the own caseload).
import JobsagCore
import JobsagReview

/// What to do once the cases asked for are held.
enum HoldFollowUp: Sendable {
    case openCase(CaseID, tab: DetailTab, select: EntrySelection?)
    case openSearch
    case startRound(title: String, request: SampleRequest)
}

extension AppState {
    /// Asks the store for the cases of `ids` the program does not hold, unless they are being
    /// read already or could not be read, and does `followUp` once none of them is being read
    /// (the latest such wish replaces an earlier one still waiting); nil when there is nothing
    /// to wait for. The status line says what is read.
    mutating func holding(_ ids: [CaseID], then followUp: HoldFollowUp) -> [Effect]? {
        let missing = ids.filter { cases[$0] == nil && unreadableCases[$0] == nil }
        guard !missing.isEmpty else { return nil }
        let asked = Set(missing.filter { !casesBeingRead.contains($0) })
        casesBeingRead.formUnion(asked)
        waitingFollowUp = (Set(missing), followUp)
        message = StatusMessage(missing.count == 1 ? strings[.caseBeingRead] : strings.format(.casesBeingRead, missing.count))
        readingMessage = message
        return asked.isEmpty ? [] : [.holdCases(asked)]
    }

    /// Esc while a screen waits for cases: it does not open when they come (they are still
    /// read and held).
    mutating func dropWaitingWish() {
        guard waitingFollowUp != nil else { return }
        waitingFollowUp = nil
        if message == readingMessage { message = nil }
    }

    /// After every message: the case the user points at (the selected row, the agenda's
    /// item, the open case, the one beside the caseload) and the cases of the spot-check
    /// round on screen are read when the program does not hold them and the user may see
    /// them (a colleague's case only once a reason is given).
    mutating func holdingShownCases() -> [Effect] {
        var shown = [targetCaseID, shownCaseID].compactMap { $0 }
        if screen == .review, let round = reviewing?.round { shown += round.caseIDs }
        let needed = shown.filter { id in
            cases[id] == nil && !casesBeingRead.contains(id) && unreadableCases[id] == nil && mayView(id)
        }
        guard !needed.isEmpty else { return [] }
        casesBeingRead.formUnion(needed)
        return [.holdCases(Set(needed))]
    }

    /// The store read the cases asked for: each is held with its obligations and due items as
    /// evaluated now (unless a newer one came meanwhile).
    /// One it could not read keeps its problem, is not asked for again until the scope is
    /// read again, and its problem is shown. The follow-up waiting for these cases is done
    /// once none of its cases is being read any more.
    mutating func casesHeld(asked: Set<CaseID>, read: [EvaluatedCase], problems: [CaseID: String]) -> [Effect] {
        for evaluated in read where asked.contains(evaluated.id) {
            guard let item = evaluated.held, cases[item.id].map({ $0.revision < item.revision }) != false else { continue }
            cases[item.id] = item
            assessments[item.id] = evaluated.assessment
            dueItems[item.id] = evaluated.due
            // A case that came into reach while the search was open (a reason given) joins it.
            if search?.index.searches(item.id) == false { searchCaseChanged(item.id) }
        }
        casesBeingRead.subtract(asked)
        for id in asked where cases[id] == nil {
            unreadableCases[id] = problems[id] ?? strings[.caseNotRead]
        }
        if let problem = problems.sorted(by: { $0.key < $1.key }).first?.value {
            message = StatusMessage(problem, kind: .error)
        } else if casesBeingRead.isEmpty, message == readingMessage {
            message = nil
        }
        clampScrolls()
        guard let waiting = waitingFollowUp, waiting.ids.isDisjoint(with: casesBeingRead) else { return [] }
        waitingFollowUp = nil
        switch waiting.followUp {
        case .openCase(let id, let tab, let selection): return openCase(id, tab: tab, select: selection)
        case .openSearch: return openSearch()
        case .startRound(let title, let request): return startRound(title: title, request: request)
        }
    }
}
