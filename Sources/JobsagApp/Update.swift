import JobsagCore
import JobsagRules
import TerminalKit

extension AppState {
    /// The one place the state changes: applies a message and returns the effects to run.
    /// Effects run while the user goes on typing, so a result may come many keys later.
    public mutating func update(_ msg: Msg) -> [Effect] {
        let effects = holdingQuitForSave(apply(msg))
        return effects + loggingReviewedCaseView() + holdingShownCases()
    }

    /// A case shown in a spot-check round is a view of it: logged once a session and round,
    /// with the round's id as the reason, however the round came to show it.
    private mutating func loggingReviewedCaseView() -> [Effect] {
        guard screen == .review, let state = reviewing, !state.showsSummary, let id = state.caseID,
              reviewedCaseViews.insert(state.round.id + "/" + id).inserted
        else { return [] }
        return [.audit(action: .view, caseID: id, changes: [], reason: strings.format(.reviewViewReason, state.round.id))]
    }

    /// Quitting while a case save is in flight waits for the save: the quit comes with the
    /// save's result; asked for again meanwhile, it comes at once.
    private mutating func holdingQuitForSave(_ effects: [Effect]) -> [Effect] {
        guard effects.contains(.quit), pendingSave != nil, !quitsWhenSaved else { return effects }
        quitsWhenSaved = true
        message = StatusMessage(strings[.quitWaitsForSave])
        return effects.filter { $0 != .quit }
    }

    private mutating func apply(_ msg: Msg) -> [Effect] {
        switch msg {
        case .resize(let newSize):
            size = newSize
            clampScrolls()
            return []
        case .historyLoaded(let caseID, let events, let problems):
            histories[caseID] = CaseHistory(events: events.sorted { $0.time > $1.time }, problems: problems)
            clampScrolls()
            return []
        case .saved(let item):
            let effects = handleSaved(item)
            return quitsWhenSaved ? effects + [.quit] : effects
        case .saveFailed(let text, let isConflict):
            handleSaveFailed(text, isConflict: isConflict)
            return []
        case .effectFailed(let text):
            message = StatusMessage(text, kind: .error)
            return []
        case .serverAway:
            message = StatusMessage(strings[.serverAwayRetrying], kind: .error)
            return []
        case .caseReloaded(let item):
            return handleReloaded(item)
        case .caseChanged(let change):
            return caseChangedElsewhere(change)
        case .caseRefreshed(let item):
            caseRefreshed(item)
            return []
        case .cprInUse(let caseID, let caseworker):
            cprInUse(by: caseID, caseworker: caseworker)
            return []
        case .caseLoaded(let item):
            return openLoadedCase(item)
        case .casesHeld(let asked, let read, let problems):
            return casesHeld(asked: asked, read: read, problems: problems)
        case .scopeLoaded(let loaded, let locked, let newScope):
            scopeLoaded(loaded, locked: locked, scope: newScope)
            return []
        case .lockedCaseOpened(let item, let reason):
            return lockedCaseOpened(item, reason: reason)
        case .roundsLoaded(let rounds, let problems):
            roundsLoaded(rounds, problems: problems)
            return []
        case .roundSaved:
            if saveIndicator == .unsaved { saveIndicator = .saved }
            return []
        case .planWritten(let path):
            message = StatusMessage(strings.format(plan: .written, path))
            return []
        case .newsLoaded(let since, let events):
            newsLoaded(since: since, events: events)
            return []
        case .busy(let busy):
            isBusy = busy
            return []
        case .key(let key):
            if message?.kind != .error || overlay == nil { message = nil }
            if isTooSmall { return handleTooSmall(key) }
            return handle(key)
        case .mouse(let event):
            if isTooSmall { return [] }
            return handleMouse(event)
        }
    }

    /// While the terminal is too small only quitting is possible (`q`, Ctrl-C); a form with
    /// typed text asks first, as Esc in the form does.
    private mutating func handleTooSmall(_ key: Key) -> [Effect] {
        let quits = key == .character("q") || key == .ctrl("c")
        guard case .form(var form)? = overlay else { return quits ? [.quit] : [] }
        var effects: [Effect] = []
        if let question = form.discardQuestion {
            effects = answerDiscard(question, key: key, form: &form)
        } else if quits {
            effects = quitAskingFirst(&form)
        }
        if case .form? = overlay { overlay = .form(form) }
        return effects
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if let overlay { return handleOverlay(key, overlay) }
        if screen == .caseload, caseload.isEditingFilter { return handleFilterInput(key) }
        if screen == .caseDetail, detail?.isEditingSearch == true { return handleSearchInput(key) }
        if screen == .search { return searchKey(key) }
        guard let action = keymap.action(for: key, in: keyContext) else { return [] }
        return screenAction(action)
    }

    /// An action on the screen shown.
    mutating func screenAction(_ action: Action) -> [Effect] {
        switch screen {
        case .caseload: return caseloadAction(action)
        case .caseDetail: return detailAction(action)
        case .agenda: return agendaAction(action)
        case .review: return reviewAction(action)
        case .search: return []
        }
    }

    // MARK: Caseload

    mutating func caseloadAction(_ action: Action) -> [Effect] {
        let page = caseloadPageHeight
        if moveSelection(&caseload.scroll, action, count: visibleRows.count, page: page) {
            return []
        }
        switch action {
        case .open:
            guard let row = selectedRow else { return [] }
            return openCaseAskingForAccess(row.id, tab: .overview)
        case .filter:
            caseload.isEditingFilter = true
        case .clearFilter:
            dropWaitingWish()
            caseload.filter = TextInput()
            caseload.quickFilter = .all
            applyFilters(keeping: selectedRow?.id)
        case .quickFilter:
            overlay = .picker(quickFilterPicker())
        case .commandPalette:
            overlay = .picker(commandPalette())
        case .toggleScope:
            return toggleScope()
        case .startReview:
            return startReviewing()
        case .revealCPR:
            return revealCPR()
        case .cycleSort:
            caseload.sort = caseload.sort.next
            setRows(rows, keeping: selectedRow?.id)
            message = StatusMessage(strings.format(.sortedBy, strings.label(caseload.sort)))
        case .agenda:
            openAgenda()
        case .help:
            overlay = .help(HelpState(context: .caseload))
        case .quit:
            return [.quit]
        default:
            return entryAction(action)
        }
        return []
    }

    /// The actions that make or change entries, from the caseload or a case.
    private mutating func entryAction(_ action: Action) -> [Effect] {
        let target = FormTarget(caseID: targetCaseID)
        switch action {
        case .newCase: openForm(.newCase, target: FormTarget(caseID: nil))
        case .newConversation: openForm(.conversation, target: target)
        case .newGoal: openForm(.goal, target: target)
        case .newSubgoal:
            var subgoalTarget = target
            switch selectedEntryRef {
            case .goal(let id)?: subgoalTarget.parentID = id
            case .subgoal(_, let goal)?: subgoalTarget.parentID = goal
            default: break
            }
            openForm(.subgoal, target: subgoalTarget)
        case .newOffer:
            var offerTarget = target
            switch selectedEntryRef {
            case .goal(let id)?, .subgoal(let id, _)?: offerTarget.parentID = id
            default: break
            }
            openForm(.offer, target: offerTarget)
        case .newReminder: openForm(.reminder, target: target)
        case .newNote: openForm(.journalNote, target: target)
        case .undo: return undoLatest()
        case .search: return openSearch()
        case .showNews: showNews()
        case .writePlan: return writePlan()
        case .edit:
            if screen == .caseDetail, let caseID = targetCaseID, let note = selectedNote {
                editNote(note, in: caseID)
            } else if screen == .caseDetail, let ref = selectedEntryRef {
                openForm(ref.formKind, target: FormTarget(caseID: targetCaseID, entryID: ref.entryID, parentID: ref.parentID))
            } else if screen == .caseDetail, let caseID = targetCaseID, let obligation = selectedObligation,
                      let form = evidenceForm(for: obligation, in: caseID) {
                openForm(form.kind, target: form.target)
            } else {
                message = StatusMessage(strings[.nothingToEdit])
            }
        case .delete: askToDelete()
        case .markDone: return toggleReminderDone()
        case .approveSanction: openSanctionApproval()
        case .editCitizen:
            guard let caseID = targetCaseID else {
                message = StatusMessage(strings[.selectACaseFirst], kind: .error)
                return []
            }
            openForm(.newCase, target: FormTarget(caseID: caseID))
        case .closeCase:
            let closed = targetCaseID.flatMap { cases[$0] }?.isClosed == true
            openForm(closed ? .reopenCase : .closeCase, target: target)
        case .transferCase: openForm(.transferCase, target: target)
        case .bookMeeting: openForm(.booking, target: target)
        case .meetingHeld: recordMeetingHeld()
        case .meetingNoShow: return recordMeetingNoShow()
        case .cancelMeeting: return cancelMeeting()
        default: break
        }
        return []
    }

    private mutating func handleFilterInput(_ key: Key) -> [Effect] {
        let page = caseloadPageHeight
        switch key {
        case .enter:
            caseload.isEditingFilter = false
        case .escape:
            caseload.isEditingFilter = false
            caseload.filter = TextInput()
            applyFilters(keeping: selectedRow?.id)
        case .up, .down, .pageUp, .pageDown:
            _ = caseload.scroll.handle(key, count: visibleRows.count, pageHeight: page)
        case .ctrl("c"):
            return [.quit]
        default:
            if caseload.filter.handle(key) {
                applyFilters()
                caseload.scroll.select(0, count: visibleRows.count, pageHeight: page)
            }
        }
        return []
    }

    /// `f`: the quick filters, each with how many cases it gives (with the `/` filter as it is).
    private func quickFilterPicker() -> PickerState {
        var filters: [(label: String, filter: QuickFilter)] = [
            (strings[.quickFilterAll], .all), (strings[.quickFilterOverdue], .overdue), (strings[.quickFilterThisWeek], .dueThisWeek),
        ]
        let groups = Set(rows.compactMap(\.group)).sorted()
        filters += groups.map { (strings.format(.quickFilterGroup, strings.label($0)), .group($0)) }
        if scope == .team {
            let initials = Set(rows.map(\.caseworker)).sorted()
            filters += initials.map { initials in
                let name = context.caseworker(initials)?.name ?? initials
                return (strings.format(.quickFilterCaseworker, initials, name), .caseworker(initials))
            }
        }
        filters.append((strings[life: .quickFilterClosed], .closed))
        let counts = quickFilterCounts(filters.map(\.filter))
        let options = zip(filters, counts).map { item, count in
            PickerOption(label: item.label, aside: String(count), choice: .quickFilter(item.filter))
        }
        let current = options.firstIndex { $0.choice == .quickFilter(caseload.quickFilter) } ?? 0
        return PickerState(title: strings[.quickFilterTitle], options: options, scroll: ListScroll(selected: current))
    }

    /// `:`: every action of the screen and every form, by name.
    private func commandPalette() -> PickerState {
        let context = keyContext
        var options = keymap.help(for: context)
            .filter { ![.commandPalette, .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom].contains($0.action) }
            .map { PickerOption(label: strings.actionDescription($0.action, in: context), aside: $0.keys.first?.displayName, choice: .action($0.action)) }
        // Not listed as forms: those with their own key, and those that need a particular
        // entry or screen (an approval, a spot-check round, a follow-up).
        let notListed: Set<FormKind> = [
            .conversation, .goal, .subgoal, .offer, .reminder, .journalNote, .newCase, .sanctionApproval, .reviewRound, .followUpAction,
            .closeCase, .reopenCase, .transferCase, .booking,
        ]
        options += FormKind.allCases.filter { !notListed.contains($0) }.map {
            PickerOption(label: strings.formTitle($0, editing: false), choice: .form($0))
        }
        return PickerState(title: strings[.commandPaletteTitle], options: options, search: TextInput())
    }

    /// Opens a case at a tab: logs the view once per session and reads its history.
    /// `select` picks the line of the tab showing that obligation or reminder.
    /// A case the program does not hold is read first and opens when it comes.
    mutating func openCase(_ id: CaseID, tab: DetailTab, select selection: EntrySelection? = nil) -> [Effect] {
        if caseworkers(of: id) != nil, let reading = holding([id], then: .openCase(id, tab: tab, select: selection)) { return reading }
        guard cases[id] != nil else {
            if let problem = unreadableCases[id] { message = StatusMessage(problem, kind: .error) }
            return []
        }
        unseenTransfers.remove(id)
        if let index = visibleRows.firstIndex(where: { rows[$0].id == id }) {
            caseload.scroll.jump(to: index, count: visibleRows.count, pageHeight: caseloadPageHeight)
        }
        var state = CaseDetailState(caseID: id, tab: tab)
        if let selection, let index = entries(tab, of: id).firstIndex(where: { $0.shows(selection) }) {
            state.scroll = ListScroll(selected: index)
        }
        detail = state
        navigation.open(.caseDetail)
        clampScrolls()
        return viewEffects(for: id)
    }

    /// The audit line for viewing a case (once per session) and the history read.
    mutating func viewEffects(for id: CaseID) -> [Effect] {
        var effects: [Effect] = []
        if !viewedCases.contains(id) {
            viewedCases.insert(id)
            effects.append(.audit(action: .view, caseID: id, changes: [], reason: nil))
        }
        effects.append(.loadHistory(id))
        return effects
    }

    // MARK: Case detail

    mutating func detailAction(_ action: Action) -> [Effect] {
        guard var state = detail else {
            navigation.remove(.caseDetail)
            return []
        }
        let page = detailPageHeight
        let list = entries(state.tab, of: state.caseID)
        var scroll = state.scroll
        if moveSelection(&scroll, action, count: list.count, page: page) {
            state.scroll = scroll
            detail = state
            return []
        }
        switch action {
        case .nextTab: state.tab = state.tab.next
        case .previousTab: state.tab = state.tab.previous
        case .tab1: state.tab = .overview
        case .tab2: state.tab = .plan
        case .tab3: state.tab = .conversations
        case .tab4: state.tab = .journal
        case .tab5: state.tab = .offers
        case .tab6: state.tab = .reminders
        case .tab7: state.tab = .history
        case .open:
            if let note = selectedNote {
                readNote(note, in: state.caseID)
            } else {
                openObligation()
            }
        case .why:
            if scroll.selected < list.count, case .obligation(let obligation) = list[scroll.selected].payload {
                overlay = .why(whyReading(obligation))
            }
        case .filter:
            state.isEditingSearch = true
            state.search = TextInput()
        case .nextMatch, .previousMatch:
            if let index = nextMatch(in: list, query: state.search.text, from: scroll.selected, forward: action == .nextMatch) {
                state.scroll.select(index, count: list.count, pageHeight: page)
            }
        case .agenda:
            detail = state
            openAgenda()
            return []
        case .help:
            overlay = .help(HelpState(context: .caseDetail))
        case .commandPalette:
            overlay = .picker(commandPalette())
        case .back:
            detail = state
            return goBack()
        case .quit:
            return [.quit]
        default:
            detail = state
            return entryAction(action)
        }
        detail = state
        clampScrolls()
        return []
    }

    private mutating func handleSearchInput(_ key: Key) -> [Effect] {
        guard var state = detail else { return [] }
        let list = entries(state.tab, of: state.caseID)
        let page = detailPageHeight
        switch key {
        case .enter:
            state.isEditingSearch = false
        case .escape:
            state.isEditingSearch = false
            state.search = TextInput()
        case .ctrl("c"):
            return [.quit]
        default:
            if state.search.handle(key),
               let index = nextMatch(in: list, query: state.search.text, from: state.scroll.selected, forward: true, includeCurrent: true) {
                state.scroll.select(index, count: list.count, pageHeight: page)
            }
        }
        detail = state
        return []
    }

    /// The next entry (wrapping around) whose text contains `query`.
    private func nextMatch(in list: [TabEntry], query: String, from start: Int, forward: Bool, includeCurrent: Bool = false) -> Int? {
        let folded = DanishText.searchKey(query)
        guard !folded.isEmpty, !list.isEmpty else { return nil }
        let texts = list.map { DanishText.searchKey(EntryText(strings: strings, asOf: context.asOf).searchText($0)) }
        for step in (includeCurrent ? 0 : 1)...list.count {
            let offset = forward ? step : -step
            let index = ((start + offset) % list.count + list.count) % list.count
            if DanishText.matches(texts[index], query: folded) { return index }
        }
        return nil
    }

    // MARK: Agenda

    mutating func openAgenda() {
        agenda = AgendaState(rows: rows, assessments: assessments, dueItems: dueItems, asOf: context.asOf)
        navigation.open(.agenda)
        clampScrolls()
    }

    /// Recomputes the agenda after a change, when it is on the screen stack (it is built
    /// afresh when opened): a met duty or a done reminder leaves it, the counts follow.
    mutating func refreshAgenda() {
        guard navigation.contains(.agenda) else { return }
        agenda.refresh(rows: rows, assessments: assessments, dueItems: dueItems, asOf: context.asOf)
        agenda.scroll.clamp(count: agenda.lines.count, pageHeight: agendaPageHeight)
    }

    mutating func agendaAction(_ action: Action) -> [Effect] {
        let page = agendaPageHeight
        var scroll = agenda.scroll
        if moveSelection(&scroll, action, count: agenda.lines.count, page: page) {
            // A group heading is passed in the direction of travel (`g` lands on the first item).
            let forward = scroll.selected > agenda.scroll.selected || action == .top
            let index = agenda.nearestItem(to: scroll.selected, forward: forward) ?? agenda.scroll.selected
            scroll.select(index, count: agenda.lines.count, pageHeight: page)
            agenda.scroll = scroll
            return []
        }
        switch action {
        case .open:
            guard let item = agenda.selectedItem else { return [] }
            let selection = EntrySelection(item.due.source)
            if case .meeting = item.due.source { return openCaseAskingForAccess(item.caseID, tab: .conversations, select: selection) }
            switch selection {
            case .obligation: return openCaseAskingForAccess(item.caseID, tab: .overview, select: selection)
            case .entry: return openCaseAskingForAccess(item.caseID, tab: .reminders, select: selection)
            }
        case .meetingHeld:
            recordMeetingHeld()
        case .meetingNoShow:
            return recordMeetingNoShow()
        case .cancelMeeting:
            return cancelMeeting()
        case .help:
            overlay = .help(HelpState(context: .agenda))
        case .search:
            return openSearch()
        case .showNews:
            showNews()
        case .commandPalette:
            overlay = .picker(commandPalette())
        case .back:
            return goBack()
        case .quit:
            return [.quit]
        default:
            break
        }
        return []
    }

    /// Esc: back one screen. A case shown again reads its history anew when a save since
    /// dropped it, so Historik lists the change.
    mutating func goBack() -> [Effect] {
        dropWaitingWish()
        navigation.back()
        clampScrolls()
        if screen == .caseDetail, let id = detail?.caseID, histories[id] == nil { return [.loadHistory(id)] }
        return []
    }

    // MARK: Overlays

    mutating func handleOverlay(_ key: Key, _ current: Overlay) -> [Effect] {
        switch current {
        case .form(let form): return handleForm(key, form)
        case .prompt(let state): return handlePrompt(key, state)
        case .confirm(let confirm): return handleConfirm(key, confirm)
        case .notice:
            if key == .escape || key == .enter || key == .character("q") { overlay = nil }
            return key == .ctrl("c") ? [.quit] : []
        default: break
        }
        let action = keymap.action(for: key, in: keyContext)
        if action == .closeOverlay {
            overlay = nil
            return []
        }
        switch current {
        case .help(var help):
            switch key {
            case .up, .down, .pageUp, .pageDown, .home, .end:
                _ = help.scroll.handle(key, count: helpEntries(help).count, pageHeight: max(1, size.height - 6))
            default:
                if help.search.handle(key) { help.scroll = ListScroll() }
            }
            overlay = .help(help)
        case .why(var reading), .reading(var reading):
            let (box, rows) = readingRows(reading)
            let page = max(1, box.height - 2)
            switch key {
            case .down, .character("j"), .up, .character("k"):
                let forward = key == .down || key == .character("j")
                guard reading.selected != nil else {
                    reading.top += forward ? 1 : -1
                    break
                }
                // A window with links moves from link to link, keeping the chosen one in view.
                if let next = reading.nextLinked(forward: forward) { reading.selected = next }
                let lines = rows.indices.filter { rows[$0].paragraph == reading.selected }
                if let first = lines.first, let last = lines.last {
                    reading.top = min(max(reading.top, last - page + 1), first)
                }
            case .pageDown: reading.top += page
            case .pageUp: reading.top -= page
            case .home, .character("g"): reading.top = 0
            case .end, .character("G"): reading.top = rows.count
            case .enter:
                overlay = nil
                guard let selected = reading.selected, let link = reading.paragraphs[selected].link else { return [] }
                return openCaseAskingForAccess(link.caseID, tab: link.tab)
            default:
                if reading.passesOtherKeys {
                    overlay = nil
                    return handle(key)
                }
            }
            reading.top = min(max(0, reading.top), max(0, rows.count - page))
            if case .why = current { overlay = .why(reading) } else { overlay = .reading(reading) }
        case .picker(var picker):
            if action == .choose {
                overlay = nil
                return choose(picker)
            }
            if var search = picker.search {
                // Letters (g and G too) go to the search; Home and End move in the list.
                switch key {
                case .up, .down, .pageUp, .pageDown, .home, .end:
                    _ = picker.scroll.handle(key, count: picker.shownOptions.count, pageHeight: max(1, size.height - 6))
                default:
                    if search.handle(key) {
                        picker.search = search
                        picker.scroll = ListScroll()
                    }
                }
            } else if !picker.scroll.handle(key, count: picker.options.count, pageHeight: max(1, size.height - 6)),
               case .character(let typed) = key {
                // Type-ahead: jump to the next option starting with the typed letter.
                let folded = DanishText.searchKey(String(typed))
                let count = picker.options.count
                for step in 1...max(1, count) {
                    let index = (picker.scroll.selected + step) % max(1, count)
                    if DanishText.searchKey(picker.options[index].label).hasPrefix(folded) {
                        picker.scroll.select(index, count: count, pageHeight: max(1, size.height - 6))
                        break
                    }
                }
            }
            overlay = .picker(picker)
        case .form, .confirm, .notice, .prompt:
            break
        }
        return []
    }

    private mutating func choose(_ picker: PickerState) -> [Effect] {
        let shown = picker.shownOptions
        guard picker.scroll.selected < shown.count else { return [] }
        switch shown[picker.scroll.selected].choice {
        case .quickFilter(let filter):
            caseload.quickFilter = filter
            applyFilters(keeping: selectedRow?.id)
        case .action(let action):
            return screenAction(action)
        case .form(let kind):
            openForm(kind, target: FormTarget(caseID: kind == .newCase ? nil : targetCaseID))
        case .newRound:
            openForm(.reviewRound, target: FormTarget(caseID: nil))
        case .openRound(let id):
            openRound(id)
        case .verdict(let verdict):
            return verdictChosen(verdict)
        }
        return []
    }

    // MARK: Scrolling

    /// Applies a movement action to a list. Returns false when the action is not a movement.
    func moveSelection(_ scroll: inout ListScroll, _ action: Action, count: Int, page: Int) -> Bool {
        switch action {
        case .moveUp: scroll.move(by: -1, count: count, pageHeight: page)
        case .moveDown: scroll.move(by: 1, count: count, pageHeight: page)
        case .pageUp: scroll.move(by: -max(1, page - 1), count: count, pageHeight: page)
        case .pageDown: scroll.move(by: max(1, page - 1), count: count, pageHeight: page)
        case .top: scroll.select(0, count: count, pageHeight: page)
        case .bottom: scroll.select(count - 1, count: count, pageHeight: page)
        default: return false
        }
        return true
    }

    /// Keeps every selection visible after a resize or a content change.
    mutating func clampScrolls() {
        caseload.scroll.clamp(count: visibleRows.count, pageHeight: caseloadPageHeight)
        if var state = detail {
            var scroll = state.scroll
            scroll.clamp(count: entries(state.tab, of: state.caseID).count, pageHeight: detailPageHeight)
            state.scroll = scroll
            detail = state
        }
        agenda.scroll.clamp(count: agenda.lines.count, pageHeight: agendaPageHeight)
        if var state = search {
            state.scroll.clamp(count: state.hits.count, pageHeight: searchPageHeight)
            search = state
        }
        if var state = reviewing {
            let page = reviewListHeight
            state.scroll.clamp(count: state.review?.checkpoints.count ?? 0, pageHeight: page)
            state.summaryTop = min(state.summaryTop, max(0, reviewSummaryLines().count - page))
            reviewing = state
        }
    }
}

extension AppState {
    /// The keys the help overlay lists: the context's bindings whose key or description
    /// matches the search.
    func helpEntries(_ help: HelpState) -> [(action: Action, keys: [Key])] {
        let query = DanishText.searchKey(help.search.text)
        return keymap.help(for: help.context).filter { entry in
            let text = strings.actionDescription(entry.action, in: help.context) + " " + entry.keys.map(\.displayName).joined(separator: " ")
            return DanishText.matches(DanishText.searchKey(text), query: query)
        }
    }
}
