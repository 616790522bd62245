import JobsagCore
import JobsagReview
import TerminalKit

extension AppState {
    var formContext: FormContext {
        FormContext(strings: strings, today: context.asOf, user: context.user.initials, ids: idSource,
                    cases: cases, rows: rows, caseworkers: context.caseworkers, reviewRoundID: reviewing?.round.id)
    }

    /// The case new entries go to: the open case, the agenda's selected item's, else the
    /// caseload's selected row.
    var targetCaseID: CaseID? {
        if screen == .caseDetail, let detail { return detail.caseID }
        if screen == .agenda { return agenda.selectedItem?.caseID }
        return selectedRow?.id
    }

    /// Opens a form, or says why it cannot open.
    mutating func openForm(_ kind: FormKind, target: FormTarget) {
        let item = target.caseID.flatMap { cases[$0] }
        // A case outside the caseload is written to only once it is opened with a reason.
        if let id = target.caseID, !mayView(id), cases[id] != nil || row(id) != nil {
            message = StatusMessage(strings[.openCaseFirst], kind: .error)
            return
        }
        if kind.needsCase, item == nil, let id = target.caseID, caseworkers(of: id) != nil, unreadableCases[id] == nil {
            // The case pointed at is being read (`holdingShownCases`): a moment.
            message = StatusMessage(strings[.caseBeingRead])
            return
        }
        if kind.needsCase, item == nil {
            message = StatusMessage(strings[.selectACaseFirst], kind: .error)
            return
        }
        guard var form = FormRegistry.make(kind, for: item, target: target, context: formContext) else {
            message = StatusMessage(strings[.formNotAvailable], kind: .error)
            return
        }
        form.target = target
        overlay = .form(form)
    }

    // MARK: Keys in a form

    mutating func handleForm(_ key: Key, _ current: FormState) -> [Effect] {
        var form = current
        defer {
            var isOpen = false
            if case .form? = overlay {
                overlay = .form(form)
                isOpen = true
            }
            // A discarded form leaves nothing unsaved behind.
            saveIndicator = isOpen && form.isDirty ? .unsaved : saveIndicator == .unsaved ? .none : saveIndicator
        }
        guard let spec = FormRegistry.spec(form.kind) else { return [] }
        // The form's save is in flight: what it holds is on its way, so it waits as it is.
        if pendingSave?.purpose == .form {
            message = StatusMessage(strings[.formIsSaving])
            return []
        }
        if let question = form.discardQuestion {
            return answerDiscard(question, key: key, form: &form)
        }
        if let offered = form.offeredCase {
            form.offeredCase = nil
            guard key == .enter || key == .character("j") || key == .character("J") else { return [] }
            overlay = nil
            return openExistingCase(offered)
        }
        let action = keymap.action(for: key, in: .form)
        switch action {
        case .quit?:
            return quitAskingFirst(&form)
        case .save?:
            if let change = form.theirs, change.deletion == .cannotSave {
                message = StatusMessage(theirChangeMessage(change), kind: .error)
                return []
            }
            return submit(&form, spec: spec)
        case .cancel?:
            if form.isDirty {
                form.discardQuestion = .closeForm
            } else {
                overlay = nil
            }
            return []
        case .nextField?:
            moveFocus(&form, by: 1, spec: spec)
            return []
        case .previousField?:
            moveFocus(&form, by: -1, spec: spec)
            return []
        case .reloadAndApply?:
            guard form.conflict != nil, let id = form.caseID else { return [] }
            return [.reload(id)]
        case .takeTheirs?:
            takeTheirs(&form, everywhere: false, spec: spec)
            return []
        case .takeAllTheirs?:
            takeTheirs(&form, everywhere: true, spec: spec)
            return []
        default:
            break
        }
        guard let field = form.focusedField else { return [] }
        switch field.value {
        case .text(var input, let multiline):
            if key == .enter {
                if multiline {
                    input.insert("\n")
                } else {
                    return enterOnField(&form, spec: spec)
                }
            } else if multiline, key == .up || key == .down {
                if !input.moveVertically(by: key == .up ? -1 : 1, width: FormLayout.textWidth(size)) {
                    moveFocus(&form, by: key == .up ? -1 : 1, spec: spec)
                    return []
                }
            } else if !input.handle(key) {
                return arrowNavigation(key, &form, spec: spec)
            }
            form.setValue(.text(input, multiline: multiline), at: form.focus)
        case .date(var input):
            if key == .enter { return enterOnField(&form, spec: spec) }
            if form.typingReplacesDate, case .character = key { input.setText("") }
            form.typingReplacesDate = false
            if !input.handle(key) { return arrowNavigation(key, &form, spec: spec) }
            form.setValue(.date(input), at: form.focus)
        case .number(var input):
            if key == .enter { return enterOnField(&form, spec: spec) }
            if !input.handle(key) { return arrowNavigation(key, &form, spec: spec) }
            form.setValue(.number(input), at: form.focus)
        case .choice(let options, var selected):
            switch key {
            case .enter: return enterOnField(&form, spec: spec)
            case .right, .character(" "): selected = (selected + 1) % max(1, options.count)
            case .left: selected = (selected + max(1, options.count) - 1) % max(1, options.count)
            case .home: selected = 0
            case .end: selected = max(0, options.count - 1)
            case .character(let typed):
                let folded = DanishText.searchKey(String(typed))
                // The next option whose label starts with the letter (none when there is none).
                for step in stride(from: 1, through: options.count, by: 1) {
                    let index = (selected + step) % options.count
                    if DanishText.searchKey(options[index].label.trimmingWhitespace()).hasPrefix(folded) {
                        selected = index
                        break
                    }
                }
            default: return arrowNavigation(key, &form, spec: spec)
            }
            form.setValue(.choice(options, selected: selected), at: form.focus)
        case .checkbox(let on):
            switch key {
            case .enter: return enterOnField(&form, spec: spec)
            case .character(" "), .character("x"), .character("X"): form.setValue(.checkbox(!on), at: form.focus)
            case .character("j"), .character("J"): form.setValue(.checkbox(true), at: form.focus)
            case .character("n"), .character("N"): form.setValue(.checkbox(false), at: form.focus)
            default: return arrowNavigation(key, &form, spec: spec)
            }
        }
        form.settleConflicts()
        if form.errors[field.id] != nil {
            // Re-check a field with a message as the user corrects it.
            form.errors[field.id] = form.validate(form.focus, spec: spec, context: formContext)
        }
        return []
    }

    /// Ctrl-C in a form (or `q` while the terminal is too small): quits at once when nothing
    /// was typed, else asks first, as Esc does.
    mutating func quitAskingFirst(_ form: inout FormState) -> [Effect] {
        guard form.isDirty else { return [.quit] }
        form.discardQuestion = .quit
        return []
    }

    /// The answer to "discard what you typed?": `j`, Enter or Esc again discard (and quit,
    /// when quitting asked); any other key goes back to the form.
    mutating func answerDiscard(_ question: DiscardQuestion, key: Key, form: inout FormState) -> [Effect] {
        switch key {
        case .character("j"), .character("J"), .escape, .enter, .ctrl("c"):
            if question == .quit { return [.quit] }
            overlay = nil
            message = StatusMessage(strings[.formDiscarded])
        default:
            form.discardQuestion = nil
        }
        return []
    }

    private mutating func arrowNavigation(_ key: Key, _ form: inout FormState, spec: FormSpec) -> [Effect] {
        switch key {
        case .up: moveFocus(&form, by: -1, spec: spec)
        case .down: moveFocus(&form, by: 1, spec: spec)
        default: break
        }
        return []
    }

    /// Enter: the next field, or save on the last one.
    private mutating func enterOnField(_ form: inout FormState, spec: FormSpec) -> [Effect] {
        if form.visibleIndices.last == form.focus { return submit(&form, spec: spec) }
        moveFocus(&form, by: 1, spec: spec)
        return []
    }

    /// Leaves the field (checking it) for the next or previous visible one.
    private func moveFocus(_ form: inout FormState, by delta: Int, spec: FormSpec) {
        let context = formContext
        if let field = form.focusedField {
            form.errors[field.id] = form.validate(form.focus, spec: spec, context: context)
        }
        let visible = form.visibleIndices
        guard let position = visible.firstIndex(of: form.focus) ?? visible.first.map({ _ in 0 }) else { return }
        let next = min(max(0, position + delta), visible.count - 1)
        form.focus = visible[next]
    }

    /// Checks every field and, when all is well, asks the runtime to save.
    mutating func submit(_ form: inout FormState, spec: FormSpec) -> [Effect] {
        guard mayStartSave() else { return [] }
        var context = formContext
        form.refusal = nil
        let messages = form.validateAll(spec: spec, context: context)
        form.errors = messages
        if let first = form.visibleIndices.first(where: { messages[form.fields[$0].id] != nil }) {
            form.focus = first
            if messages["cpr"] != nil, let other = NewCaseForm.caseWithSameCPR(form, context) { offerCase(other.id, caseworker: other.caseworker, in: &form) }
            message = StatusMessage(strings.format(.formHasErrors, messages.count), kind: .error)
            return []
        }
        let base = form.caseID.flatMap { cases[$0] }
        switch spec.apply(form, base, &context) {
        case .failure(let errors):
            form.errors = errors.messages
            if let first = form.fields.firstIndex(where: { errors.messages[$0.id] != nil }) { form.focus = first }
            message = StatusMessage(strings.format(.formHasErrors, errors.messages.count), kind: .error)
            return []
        case .success(.update(let item, let description, let action)):
            if let refusal = lockedNotesMessage(from: base, to: item) {
                form.refusal = refusal
                message = StatusMessage(refusal, kind: .error)
                return []
            }
            idSource = context.ids
            pendingSave = PendingSave(caseID: item.id, before: base, description: description, purpose: .form)
            return [.save(item, action: action)]
        case .success(.create(let item, let description)):
            idSource = context.ids
            pendingSave = PendingSave(caseID: nil, before: nil, description: description, purpose: .form)
            return [.create(item)]
        case .success(.startRound(let title, let request)):
            overlay = nil
            return startRound(title: title, request: request)
        }
    }

    /// Whether a case save may start: one at a time, as the next is built on the case the
    /// one in flight returns (sent before, it would be refused as stale). Says so when not.
    mutating func mayStartSave() -> Bool {
        guard pendingSave != nil else { return true }
        message = StatusMessage(strings[.saveStillRunning], kind: .error)
        return false
    }

    // MARK: Results of saves

    mutating func handleSaved(_ item: Case) -> [Effect] {
        let pending = pendingSave
        pendingSave = nil
        let shownBefore = detail.map { entries($0.tab, of: item.id) } ?? []
        replaceCase(item)
        followSavedEntry(in: item.id, shownBefore: shownBefore)
        saveIndicator = .saved
        histories[item.id] = nil
        guard let pending else { return [] }
        switch pending.purpose {
        case .form, .change:
            if pending.purpose == .form { overlay = nil }
            if let before = pending.before {
                undoStack.append(UndoStep(before: before, description: pending.description))
            }
            message = StatusMessage(strings.format(.savedMessage, pending.description), kind: .success)
            if pending.before == nil, let index = visibleRows.firstIndex(where: { rows[$0].id == item.id }) {
                caseload.scroll.select(index, count: visibleRows.count, pageHeight: caseloadPageHeight)
            }
        case .undo:
            if !undoStack.isEmpty { undoStack.removeLast() }
            // On the caseload the case is not on screen: the message names it.
            message = StatusMessage(strings.format(.undoneMessage, pending.description, item.citizen.name), kind: .success)
        }
        let history: [Effect] = screen == .caseDetail && detail?.caseID == item.id ? [.loadHistory(item.id)] : []
        return history + followUpsChanged(in: item)
    }

    /// After a save on the case shown: the one entry the save added to the tab is selected (a
    /// new note or conversation at the top of its list); else the selection stays on the entry
    /// it was on, wherever the change moved it.
    private mutating func followSavedEntry(in caseID: CaseID, shownBefore: [TabEntry]) {
        guard var state = detail, state.caseID == caseID else { return }
        let list = entries(state.tab, of: caseID)
        let before = Set(shownBefore.map(\.id))
        let added = list.indices.filter { !before.contains(list[$0].id) }
        let selectedBefore = state.scroll.selected < shownBefore.count ? shownBefore[state.scroll.selected].id : nil
        guard let index = added.count == 1 ? added.first : list.firstIndex(where: { $0.id == selectedBefore }) else { return }
        state.scroll.select(index, count: list.count, pageHeight: detailPageHeight)
        detail = state
    }

    mutating func handleSaveFailed(_ text: String, isConflict: Bool) {
        let purpose = pendingSave?.purpose
        pendingSave = nil
        quitsWhenSaved = false
        var shown = text
        if purpose == .form, case .form(var form)? = overlay {
            form.conflict = isConflict ? text : nil
            form.refusal = isConflict ? nil : text
            overlay = .form(form)
            shown += " " + strings[.typedTextKept]
        }
        message = StatusMessage(isConflict ? strings[.conflictHint] + " " + text : shown, kind: .error)
    }

    // MARK: Changes without a form

    /// `u`: puts back the case as it was before the latest change.
    mutating func undoLatest() -> [Effect] {
        guard let step = undoStack.last, let current = cases[step.before.id] else {
            message = StatusMessage(strings[.nothingToUndo])
            return []
        }
        guard mayStartSave() else { return [] }
        var restored = step.before
        restored.revision = current.revision
        if let refusal = lockedNotesMessage(from: current, to: restored) {
            message = StatusMessage(strings.format(journal: .undoRefused, refusal), kind: .error)
            return []
        }
        pendingSave = PendingSave(caseID: restored.id, before: current, description: step.description, purpose: .undo)
        return [.save(restored, action: .undo)]
    }

    /// A change made directly (delete, done): saved at once, undoable.
    mutating func saveChange(_ item: Case, from before: Case, description: String, action: AuditEvent.Action) -> [Effect] {
        guard mayStartSave() else { return [] }
        // A case outside the caseload (a meeting or reminder of the team's agenda) is changed
        // only once it is opened with a reason.
        guard mayView(item.id) else {
            message = StatusMessage(strings[.openCaseFirst], kind: .error)
            return []
        }
        if let refusal = lockedNotesMessage(from: before, to: item) {
            message = StatusMessage(refusal, kind: .error)
            return []
        }
        pendingSave = PendingSave(caseID: item.id, before: before, description: description, purpose: .change)
        return [.save(item, action: action)]
    }

    /// The entry selected in the open case's tab, if it can be edited.
    var selectedEntryRef: EntryRef? {
        guard let detail, let item = cases[detail.caseID] else { return nil }
        return selectedTabEntry?.ref(in: item)
    }

    mutating func askToDelete() {
        guard let ref = selectedEntryRef, let id = detail?.caseID, let item = cases[id],
              let description = item.describe(ref, strings: strings)
        else {
            message = StatusMessage(strings[.nothingToDelete])
            return
        }
        if let note = selectedNote, !mayDelete(note) { return }
        // A goal goes with its subgoals: the question says so.
        let subgoals = if case .goal(let goalID) = ref { item.goals.first { $0.id == goalID }?.subgoals.count ?? 0 } else { 0 }
        let question = subgoals > 0
            ? strings.format(.confirmDeleteWithSubgoals, description, subgoals)
            : strings.format(.confirmDelete, description)
        overlay = .confirm(ConfirmState(question: question, action: .deleteEntry(ref)))
    }

    mutating func handleConfirm(_ key: Key, _ state: ConfirmState) -> [Effect] {
        switch keymap.action(for: key, in: .confirm) {
        case .confirmYes?:
            overlay = nil
            switch state.action {
            case .deleteEntry(let ref):
                guard let id = detail?.caseID, let item = cases[id], let description = item.describe(ref, strings: strings) else { return [] }
                return saveChange(item.removing(ref), from: item, description: strings.format(.deletedDescription, description), action: .delete)
            }
        case .confirmNo?:
            overlay = nil
            message = StatusMessage(strings[.nothingDeleted])
        default:
            break
        }
        return []
    }

    /// `x`: marks the selected own reminder done (or not done again).
    mutating func toggleReminderDone() -> [Effect] {
        guard case .reminder(let reminderID)? = selectedEntryRef, let id = detail?.caseID, var item = cases[id],
              let index = item.reminders.firstIndex(where: { $0.id == reminderID })
        else {
            message = StatusMessage(strings[.selectAReminder])
            return []
        }
        let before = item
        let wasDone = item.reminders[index].done != nil
        item.reminders[index].done = wasDone ? nil : context.asOf
        let text = item.reminders[index].text
        return saveChange(item, from: before, description: strings.format(wasDone ? .reminderReopened : .reminderDone, text), action: .update)
    }
}
