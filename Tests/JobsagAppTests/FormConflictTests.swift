import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// A save refused because someone else saved the case, then Ctrl-R: changes to different
/// fields merge and save; a field both changed shows theirs (who, when) and waits for the
/// user to keep mine, take theirs or edit; an entry they deleted is not re-created silently.
@Suite struct FormConflictTests {
    private let stamp = ChangeStamp(by: "SØK", at: Timestamp(iso: "2026-11-22T13:05:00Z") ?? Timestamp(secondsSince1970: 0))
    private let caseID = FormFixtures.richCaseID

    /// The case as they saved it: `change` applied to the fixture, one revision on.
    private func theirs(_ change: (inout Case) -> Void) -> Case {
        var item = FormFixtures.richCase
        change(&item)
        item.revision += 1
        item.lastChange = stamp
        return item
    }

    /// Opens the conversation c6 for editing, applies my edits and saves; the store refuses
    /// (stale revision) and Ctrl-R reloads `stored`. Returns what the reload led to.
    private func conflict(_ state: inout AppState, mine: [FieldEdit], stored: Case,
                          sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        state.open(.conversation, caseID, entry: "c6")
        state.apply(mine)
        #expect(savedCases(state.save()).count == 1, sourceLocation: sourceLocation)
        _ = state.update(.saveFailed(message: "Sagen S-000006 er ændret af SØK 22.11.2026 kl. 14:05.", isConflict: true))
        #expect(state.form?.conflict != nil, sourceLocation: sourceLocation)
        #expect(state.send(.ctrl("r")) == [.reload(caseID)], sourceLocation: sourceLocation)
        return state.update(.caseReloaded(stored))
    }

    private func conversation(_ item: Case?, _ id: EntryID = "c6") -> Conversation? {
        item?.conversations.first { $0.id == id }
    }

    @Test func changesToDifferentFieldsMergeAndSave() throws {
        var state = FormFixtures.state()
        let stored = theirs { $0.conversations[0].agreements = "Søger tre stillinger om ugen." }
        let effects = conflict(&state, mine: [.text("summary", "Første samtale. Vil gerne i praktik på Ærø.")], stored: stored)
        let saved = try #require(savedCases(effects).first, "the merged form is saved at once")
        #expect(saved.revision == stored.revision, "saved on top of the reloaded revision")
        #expect(conversation(saved)?.summary == "Første samtale. Vil gerne i praktik på Ærø.")
        #expect(conversation(saved)?.agreements == "Søger tre stillinger om ugen.")
        #expect(state.form?.theirs == nil)
    }

    @Test func theSameFieldShowsTheirsWithWhoAndWhenAndDoesNotSave() throws {
        var state = FormFixtures.state(size: Size(width: 80, height: 24))
        let stored = theirs {
            $0.conversations[0].summary = "Borgeren ønsker at vente med praktik til foråret."
            $0.conversations[0].participants = "Søren Ødegård (mentor)"
        }
        let effects = conflict(&state, mine: [.text("summary", "Første samtale. Vil gerne i praktik på Ærø.")], stored: stored)
        #expect(savedCases(effects).isEmpty, "nothing is saved while a field has two values")
        let form = try #require(state.form)
        #expect(form.text("summary") == "Første samtale. Vil gerne i praktik på Ærø.", "mine stays in the field")
        #expect(form.theirs?.fields["summary"]?.snapshot == "Borgeren ønsker at vente med praktik til foråret.")
        #expect(form.theirs?.fields.count == 1)
        #expect(form.text("participants") == "Søren Ødegård (mentor)", "a field only they changed is merged")
        #expect(form.focusedField?.id == "summary")
        #expect(state.message?.text == "Samme felt ændret af SØK 22.11.2026 14:05. Ctrl-S gemmer det viste.")
        let screen = state.view().plainText
        #expect(screen.contains("↳ deres, SØK"))
        #expect(screen.contains("22.11.2026 14:05"))
        #expect(screen.contains("Borgeren ønsker at vente med praktik"))
        #expect(screen.contains("Ctrl-T tag deres"))
        Golden.check(state.view(), "form-conflict-80x24")
    }

    @Test func ctrlSKeepsMineOnTheReloadedRevision() throws {
        var state = FormFixtures.state()
        let stored = theirs {
            $0.conversations[0].summary = "Deres resumé."
            $0.conversations[0].agreements = "Deres aftaler."
        }
        _ = conflict(&state, mine: [.text("summary", "Mit resumé med æ, ø og å.")], stored: stored)
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.revision == stored.revision)
        #expect(conversation(saved)?.summary == "Mit resumé med æ, ø og å.")
        #expect(conversation(saved)?.agreements == "Deres aftaler.")
        state.store(effects)
        #expect(state.overlay == nil)
    }

    @Test func ctrlTTakesTheirsInTheFieldAndCtrlGInEvery() throws {
        var state = FormFixtures.state()
        let stored = theirs {
            $0.conversations[0].summary = "Deres resumé."
            $0.conversations[0].participants = "Deres deltagere"
        }
        _ = conflict(&state, mine: [.text("summary", "Mit resumé."), .text("participants", "Mine deltagere")], stored: stored)
        #expect(state.form?.theirs?.fields.count == 2)
        state.send(.ctrl("t"))
        #expect(state.form?.text("summary") == "Deres resumé.")
        #expect(state.form?.theirs?.fields.keys.sorted() == ["participants"])
        #expect(state.form?.text("participants") == "Mine deltagere")
        var saved = try #require(savedCases(state.save()).first)
        #expect(conversation(saved)?.summary == "Deres resumé.")
        #expect(conversation(saved)?.participants == "Mine deltagere")

        var other = FormFixtures.state()
        _ = conflict(&other, mine: [.text("summary", "Mit resumé."), .text("participants", "Mine deltagere")], stored: stored)
        other.send(.ctrl("g"))
        #expect(other.form?.theirs == nil)
        saved = try #require(savedCases(other.save()).first)
        #expect(conversation(saved) == conversation(stored))
    }

    @Test func aConflictingFieldCanBeEditedByHand() throws {
        var state = FormFixtures.state()
        let stored = theirs { $0.conversations[0].summary = "Deres resumé." }
        _ = conflict(&state, mine: [.text("summary", "Mit resumé.")], stored: stored)
        #expect(state.form?.focusedField?.id == "summary")
        state.send(.end)
        state.type(" Deres: vente til foråret.")
        #expect(state.form?.theirs?.fields["summary"] != nil, "their value stays in sight while I type")
        let saved = try #require(savedCases(state.save()).first)
        #expect(conversation(saved)?.summary == "Mit resumé. Deres: vente til foråret.")
    }

    @Test func anEntryTheyDeletedIsSavedOnlyAsANewEntryWhenAsked() throws {
        var state = FormFixtures.state()
        let stored = theirs { $0.conversations.removeAll { $0.id == "c6" } }
        let effects = conflict(&state, mine: [.text("summary", "Mit resumé.")], stored: stored)
        #expect(savedCases(effects).isEmpty, "a deleted entry is not re-created silently")
        let form = try #require(state.form)
        #expect(form.entryID == nil)
        #expect(form.title == "Ny samtale")
        #expect(state.message?.text == "Slettet af SØK 22.11.2026 14:05. Ctrl-S gemmer som ny, Esc kasserer.")
        let saved = try #require(savedCases(state.save()).first)
        #expect(conversation(saved) == nil, "the deleted entry does not come back under its id")
        let added = try #require(saved.conversations.first { $0.summary == "Mit resumé." })
        #expect(added.id != "c6")
        #expect(saved.conversations.count == stored.conversations.count + 1)

        // Esc instead: asks, then closes without saving.
        var other = FormFixtures.state()
        _ = conflict(&other, mine: [.text("summary", "Mit resumé.")], stored: stored)
        #expect(other.send(.escape, .character("j")).isEmpty)
        #expect(other.overlay == nil)
    }

    @Test func anApprovalOfASanctionTheyDeletedCannotBeSaved() throws {
        var state = SanctionApprovalTests.state(user: SanctionApprovalTests.consultant)
        state.send(.character("A"))
        #expect(state.form?.kind == .sanctionApproval)
        state.apply([.text("approvalNote", "Godkendt igen.")])
        #expect(savedCases(state.save()).count == 1)
        _ = state.update(.saveFailed(message: "ændret", isConflict: true))
        state.send(.ctrl("r"))
        #expect(savedCases(state.update(.caseReloaded(theirs { $0.sanctions.removeAll { $0.id == "s7" } }))).isEmpty)
        #expect(state.message?.text == "Slettet af SØK 22.11.2026 14:05; kan ikke gemmes. Esc lukker.")
        #expect(state.save().isEmpty)
        #expect(state.form != nil)
    }

    @Test func aStepOfAnInjunctionTheyDeletedIsNotMovedToAnother() throws {
        var state = FormFixtures.state()
        state.open(.injunctionStep, caseID, entry: "2", parent: "i6")
        #expect(state.form?.entryID == "2")
        state.apply([.text("completed", "20.11.2026")])
        #expect(savedCases(state.save()).count == 1)
        _ = state.update(.saveFailed(message: "ændret", isConflict: true))
        state.send(.ctrl("r"))
        let stored = theirs {
            $0.injunctions = [EducationInjunction(id: "i7", given: Fixtures.date("2026-11-01"), education: "SOSU", steps: [
                .init(number: 1, deadline: Fixtures.date("2026-12-01")), .init(number: 2, deadline: Fixtures.date("2027-01-01")),
            ])]
        }
        #expect(savedCases(state.update(.caseReloaded(stored))).isEmpty)
        #expect(state.form?.theirs?.deletion == .savesAsNew)
        #expect(state.save().isEmpty, "the injunction it belonged to is gone")
        #expect(state.form?.errors["injunction"] != nil)
    }

    @Test func aNewEntryReloadsAndSavesAsBefore() throws {
        var state = FormFixtures.state()
        state.open(.reminder, caseID)
        state.apply([.text("text", "Ring til Åse"), .text("due", "01.12.2026")])
        #expect(savedCases(state.save()).count == 1)
        _ = state.update(.saveFailed(message: "ændret", isConflict: true))
        state.send(.ctrl("r"))
        let stored = theirs { $0.reminders.append(Reminder(id: "p9", due: Fixtures.date("2026-12-02"), text: "Deres påmindelse", createdBy: "SØK")) }
        let saved = try #require(savedCases(state.update(.caseReloaded(stored))).first)
        #expect(saved.reminders.map(\.text).sorted() == ["Deres påmindelse", "Følg op på PAU-ansøgning", "Ring til Åse"])
    }

    @Test func theKeysAreInTheKeymapAndClashWithNothingInForms() {
        let keymap = Keymap.standard
        #expect(keymap.action(for: .ctrl("t"), in: .form) == .takeTheirs)
        #expect(keymap.action(for: .ctrl("g"), in: .form) == .takeAllTheirs)
        let formKeys = keymap.bindings.filter { $0.contexts.contains(.form) }.map(\.key)
        #expect(Set(formKeys).count == formKeys.count)
        // Text fields own these; the keymap is asked first, so it must not take them.
        for key in [Key.ctrl("a"), .ctrl("e"), .ctrl("d"), .ctrl("h"), .ctrl("w"), .ctrl("u"), .ctrl("k")] {
            #expect(keymap.action(for: key, in: .form) == nil)
        }
    }
}
