import JobsagCore

/// What someone else saved to the entry an open form edits, found when the case was
/// reloaded after a refused save: their value of every field both changed to different
/// values, or that they deleted the entry. The form shows it until the user decides.
public struct TheirChange: Sendable {
    /// What becomes of a form whose entry they deleted.
    public enum Deletion: Sendable {
        /// Ctrl-S saves the user's version as a new entry (a new id: the deletion stays in
        /// the history and nothing comes back under the old id).
        case savesAsNew
        /// The form cannot make a new one (an approval of a sanction that is gone): only Esc.
        case cannotSave
    }

    /// Who saved the case and when, when the store knows.
    public var stamp: ChangeStamp?
    /// Their value of each field both changed, by field id; the form holds mine until the
    /// user takes theirs (or types).
    public var fields: [String: FieldValue]
    /// They deleted the entry.
    public var deletion: Deletion?

    public init(stamp: ChangeStamp?, fields: [String: FieldValue] = [:], deletion: Deletion? = nil) {
        self.stamp = stamp
        self.fields = fields
        self.deletion = deletion
    }

    /// Nothing is left to show.
    var isSettled: Bool { fields.isEmpty && deletion == nil }
}

extension FormState {
    /// A three-way merge with `stored`, this form opened on the case as now stored: a field
    /// only they changed takes their value, one only I changed keeps mine, and one both
    /// changed to different values keeps mine and is returned with their value (only
    /// fields that are shown: a hidden field is not saved). Afterwards the form compares
    /// with what is now stored (a later merge, `isDirty`), and its read-only lines are those
    /// of the case as stored.
    mutating func merge(_ stored: FormState) -> [String: FieldValue] {
        var conflicts: [String: FieldValue] = [:]
        for theirs in stored.fields {
            guard let index = fields.firstIndex(where: { $0.id == theirs.id }), let base = initialSnapshot(theirs.id) else { continue }
            let mine = fields[index].value.snapshot
            let their = theirs.value.snapshot
            if their == base || their == mine { continue }
            if mine == base {
                fields[index].value = theirs.value
            } else {
                conflicts[theirs.id] = theirs.value
            }
        }
        rebase(on: stored)
        intro = stored.intro
        return conflicts.filter { id, _ in fields.contains { $0.id == id && isVisible($0) } }
    }
}
