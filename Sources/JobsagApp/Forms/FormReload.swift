import JobsagCore

/// Ctrl-R after a refused save: the case is reloaded and the open form is merged with its
/// entry as now stored, then saved again; unless both changed the same field or they
/// deleted the entry. Then the form shows theirs (with who and when) and waits: Ctrl-S
/// keeps what the form shows, Ctrl-T / Ctrl-G take theirs, or the user edits the field.
extension AppState {
    mutating func handleReloaded(_ item: Case) -> [Effect] {
        replaceCase(item)
        guard case .form(var form)? = overlay, let spec = FormRegistry.spec(form.kind) else { return [] }
        defer {
            if case .form? = overlay { overlay = .form(form) }
        }
        if takeTheirs(item, into: &form) { return [] }
        return submit(&form, spec: spec)
    }

    /// Lays the stored case under an open edit: their change to the entry merged into the
    /// form. True when the user must decide first (fields both changed, a deleted entry);
    /// the status bar then says so.
    mutating func takeTheirs(_ item: Case, into form: inout FormState) -> Bool {
        form.conflict = nil
        form.theirs = nil
        guard form.entryID != nil, let change = merge(&form, with: item) else { return false }
        form.theirs = change
        message = StatusMessage(theirChangeMessage(change), kind: .error)
        return true
    }

    /// Merges an edit with its entry as stored in `item`; returns what the user must decide
    /// (fields both changed, or a deleted entry), or nil when the merged form can be saved.
    private func merge(_ form: inout FormState, with item: Case) -> TheirChange? {
        let context = formContext
        let target = form.target ?? FormTarget(caseID: item.id, entryID: form.entryID)
        guard let stored = FormRegistry.make(form.kind, for: item, target: target, context: context),
              stored.entryID == form.entryID
        else {
            var asNew = target
            asNew.entryID = nil
            guard FormRegistry.make(form.kind, for: item, target: asNew, context: context) != nil else {
                return TheirChange(stamp: item.lastChange, deletion: .cannotSave)
            }
            form.entryID = nil
            form.target = asNew
            form.title = strings.formTitle(form.kind, editing: false)
            return TheirChange(stamp: item.lastChange, deletion: .savesAsNew)
        }
        let conflicts = form.merge(stored)
        guard !conflicts.isEmpty else { return nil }
        if let first = form.visibleIndices.first(where: { conflicts[form.fields[$0].id] != nil }) { form.focus = first }
        return TheirChange(stamp: item.lastChange, fields: conflicts)
    }

    /// Ctrl-T / Ctrl-G: their value in the focused field, or in every field both changed.
    mutating func takeTheirs(_ form: inout FormState, everywhere: Bool, spec: FormSpec) {
        guard var change = form.theirs, !change.fields.isEmpty else { return }
        let indices = everywhere ? Array(form.fields.indices) : [form.focus]
        let taken = indices.filter { $0 < form.fields.count && change.fields[form.fields[$0].id] != nil }
        guard !taken.isEmpty else {
            message = StatusMessage(strings[.noConflictInField])
            return
        }
        let context = formContext
        for index in taken {
            let id = form.fields[index].id
            if let value = change.fields.removeValue(forKey: id) { form.setValue(value, at: index) }
            if form.errors[id] != nil { form.errors[id] = form.validate(index, spec: spec, context: context) }
        }
        form.theirs = change.isSettled ? nil : change
        message = StatusMessage(strings.format(.theirsTaken, taken.count), kind: .success)
    }

    /// Who changed the case and when: `MHJ 02.12.2026 14:05`, or "en anden".
    func changedBy(_ stamp: ChangeStamp?) -> String {
        guard let stamp else { return strings[.someoneElse] }
        return stamp.by + " " + Format(strings: strings).time(stamp.at)
    }

    /// What the status bar says when a reload finds something to decide.
    func theirChangeMessage(_ change: TheirChange) -> String {
        switch change.deletion {
        case .savesAsNew?: return strings.format(.entryDeletedSaveAsNew, changedBy(change.stamp))
        case .cannotSave?: return strings.format(.entryDeletedCannotSave, changedBy(change.stamp))
        case nil: return strings.format(.sameFieldsChanged, changedBy(change.stamp))
        }
    }
}

extension FormState {
    /// Forgets a conflict once the user has typed or chosen their value.
    mutating func settleConflicts() {
        guard var change = theirs else { return }
        change.fields = change.fields.filter { id, value in
            fields.first { $0.id == id }?.value.snapshot != value.snapshot
        }
        theirs = change.isSettled ? nil : change
    }
}
