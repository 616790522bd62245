import JobsagCore

/// The journal notes in the program: writing one, reading one whole, and the lock that fixes
/// a note once its day is over (`JournalNoteLock`): the program says so before it saves, and
/// the store refuses such a save too.
extension AppState {
    /// The journal note selected on the open case's tab, if the selected line is one.
    var selectedNote: JournalNote? {
        guard case .note(let note)? = selectedTabEntry?.payload else { return nil }
        return note
    }

    /// `e` on a journal note: the user's own note of today opens to be changed; any other
    /// opens a correction of it (a new note naming it), and the status line says why.
    mutating func editNote(_ note: JournalNote, in caseID: CaseID) {
        if note.isOpen(to: context.user.initials, on: context.asOf) {
            openForm(.journalNote, target: FormTarget(caseID: caseID, entryID: note.id))
            return
        }
        openForm(.journalNote, target: FormTarget(caseID: caseID, parentID: note.id))
        message = StatusMessage(strings.format(journal: .fixedEditOpensCorrection, note.date.danish, note.author))
    }

    /// Enter on a journal note: the whole note in a window to read.
    mutating func readNote(_ note: JournalNote, in caseID: CaseID) {
        guard let item = cases[caseID] else { return }
        let text = EntryText(strings: strings, asOf: context.asOf, user: context.user.initials)
        overlay = .reading(ReadingState(
            title: strings.format(journal: .readingTitle, note.date.danish), paragraphs: text.noteDetails(note, in: item)))
    }

    /// Whether the note may still be deleted by the user; says why not when it may not.
    mutating func mayDelete(_ note: JournalNote) -> Bool {
        guard !note.isOpen(to: context.user.initials, on: context.asOf) else { return true }
        message = StatusMessage(strings.format(journal: .fixedCannotDelete, note.date.danish, note.author), kind: .error)
        return false
    }

    /// The lock's objection to changing `before` into `after` today, as a message; nil when
    /// the change touches no note the user may not change.
    func lockedNotesMessage(from before: Case?, to after: Case) -> String? {
        JournalNoteLock.violation(from: before, to: after, by: context.user.initials, on: context.asOf)
            .map { strings.text($0.message) }
    }
}
