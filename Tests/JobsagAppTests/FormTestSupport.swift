import JobsagCore
import TerminalKit
@testable import JobsagApp

/// A change to one field of an open form, as a test describes it.
enum FieldEdit: Sendable {
    /// Replaces the text of a text, date or number field.
    case text(String, String)
    /// Selects the option with this value in a choice field.
    case choice(String, String)
    case checkbox(String, Bool)
}

extension AppState {
    /// The open form, if any.
    var form: FormState? {
        if case .form(let form)? = overlay { return form }
        return nil
    }

    /// Opens a form as a key or the palette would.
    mutating func open(_ kind: FormKind, _ caseID: CaseID?, entry: EntryID? = nil, parent: EntryID? = nil) {
        openForm(kind, target: FormTarget(caseID: caseID, entryID: entry, parentID: parent))
    }

    /// Changes fields of the open form directly (the engine's keys are tested elsewhere).
    mutating func apply(_ edits: [FieldEdit]) {
        guard var form else { return }
        for edit in edits {
            switch edit {
            case .text(let id, let text):
                guard let index = form.fields.firstIndex(where: { $0.id == id }) else { continue }
                switch form.fields[index].value {
                case .text(_, let multiline): form.setValue(.text(TextInput(text), multiline: multiline), at: index)
                case .date: form.setValue(.date(TextInput(text)), at: index)
                case .number: form.setValue(.number(TextInput(text)), at: index)
                default: break
                }
            case .choice(let id, let value):
                guard let index = form.fields.firstIndex(where: { $0.id == id }),
                      case .choice(let options, _) = form.fields[index].value,
                      let selected = options.firstIndex(where: { $0.value == value })
                else { continue }
                form.setValue(.choice(options, selected: selected), at: index)
            case .checkbox(let id, let on):
                guard let index = form.fields.firstIndex(where: { $0.id == id }) else { continue }
                form.setValue(.checkbox(on), at: index)
            }
        }
        overlay = .form(form)
    }

    /// Puts the focus on a field and presses Tab (the engine checks the field it leaves);
    /// returns the message at the field.
    mutating func leave(_ id: String) -> String? {
        guard var form, let index = form.fields.firstIndex(where: { $0.id == id }) else { return nil }
        form.focus = index
        overlay = .form(form)
        send(.tab)
        return self.form?.errors[id]
    }

    /// Ctrl-S.
    mutating func save() -> [Effect] {
        send(.ctrl("s"))
    }

    /// Plays the runtime: performs the save or create of `effects` and reports it back.
    /// Returns the case as stored.
    @discardableResult
    mutating func store(_ effects: [Effect]) -> Case? {
        for effect in effects {
            switch effect {
            case .save(var item, _):
                item.revision += 1
                _ = update(.saved(item))
                return item
            case .create(var item):
                item.id = "S-000100"
                item.revision = 1
                _ = update(.saved(item))
                return item
            default:
                continue
            }
        }
        return nil
    }

    /// Opens a case at a tab and selects the line whose entry is `ref`.
    mutating func select(_ ref: EntryRef, in caseID: CaseID, tab: DetailTab) -> Bool {
        _ = openCase(caseID, tab: tab)
        guard let item = cases[caseID] else { return false }
        let list = entries(tab, of: caseID)
        guard let index = list.firstIndex(where: { $0.ref(in: item) == ref }) else { return false }
        send(.home)
        for _ in 0..<index { send(.down) }
        return selectedEntryRef == ref
    }
}

/// The saved cases of effects.
func savedCases(_ effects: [Effect]) -> [Case] {
    effects.compactMap { effect in
        switch effect {
        case .save(let item, _), .create(let item): return item
        default: return nil
        }
    }
}

extension Case {
    /// The case with the day every goal and subgoal was last changed set to `day`, for
    /// comparing a case before and after an edit that touches them.
    func touchingGoals(on day: CalendarDate) -> Case {
        var copy = self
        for index in copy.goals.indices {
            copy.goals[index].updated = day
            for sub in copy.goals[index].subgoals.indices { copy.goals[index].subgoals[sub].updated = day }
        }
        return copy
    }

    /// The case at another revision, for comparing contents.
    func at(revision: Int) -> Case {
        var copy = self
        copy.revision = revision
        return copy
    }
}
