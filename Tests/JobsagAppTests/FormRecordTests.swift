import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// The records on Overblik, and deleting any entry then undoing it.
@Suite struct FormRecordTests {
    /// Every entry the tabs list, with the tab that lists it.
    private func everyEntry(_ state: AppState, _ item: Case) -> [(EntryRef, DetailTab)] {
        var refs: [(EntryRef, DetailTab)] = []
        for tab in [DetailTab.overview, .plan, .conversations, .offers, .reminders] {
            for entry in state.entries(tab, of: item.id) {
                if let ref = entry.ref(in: item), !refs.contains(where: { $0.0 == ref }) { refs.append((ref, tab)) }
            }
        }
        return refs
    }

    @Test func overviewListsEveryRecordWithItsDateNewestFirst() throws {
        var state = FormFixtures.state()
        _ = state.openCase(FormFixtures.richCaseID, tab: .overview)
        let item = FormFixtures.richCase
        // The records follow the obligations.
        let everything = state.entries(.overview, of: FormFixtures.richCaseID)
        let firstRecord = try #require(everything.firstIndex { $0.ref(in: item) != nil })
        #expect(everything[..<firstRecord].allSatisfy { if case .obligation = $0.payload { return true } else { return false } })
        let list = Array(everything[firstRecord...])
        let refs = list.compactMap { $0.ref(in: item) }
        #expect(refs.count == 16)
        #expect(refs.first == .sanction("s7"))
        // The steps follow their injunction.
        let injunction = try #require(refs.firstIndex(of: .injunction("i6")))
        #expect(Array(refs[injunction + 1...injunction + 3]) == [.injunctionStep(1, injunction: "i6"), .injunctionStep(2, injunction: "i6"),
                                                                   .injunctionStep(3, injunction: "i6")])
        let text = EntryText(strings: state.strings, asOf: Fixtures.asOf)
        let lines = list.map { text.line($0, width: 80) }
        #expect(lines.contains("01.01.26 Ydelsesforløb: Uddannelseshjælp, aktivitetsparat · 01.01.26–"))
        #expect(lines.contains("01.10.26 Løntimer: 12,5 t i oktober 2026"))
        #expect(lines.contains("15.12.26 └ Trin 3: start og gennemfør"))
        #expect(lines.contains("01.06.26 ├ Trin 2: søg optagelse · flyttet 1 gang"))
        #expect(lines.allSatisfy { $0.prefix(8).allSatisfy { $0.isNumber || $0 == "." } }, "a record line without a date")
        // The details of a record are in Danish.
        let sanction = try #require(list.first)
        let details = text.details(sanction, in: item)
        #expect(details.contains { $0.label == "Paragraf" || $0.text.contains("LAS § 40 a") })
        #expect(details.contains { $0.text.contains("godkendt") })
        for _ in 0..<firstRecord { state.send(.down) }
        let screen = state.view().plainText
        #expect(screen.contains("Sanktion: LAS § 40 a · 1 mdr."))
    }

    @Test func detailLabelsFitTheirColumnInBothLanguages() {
        for language in Language.allCases {
            let state = FormFixtures.state(language: language)
            let text = EntryText(strings: state.strings, asOf: Fixtures.asOf)
            for entry in state.entries(.overview, of: FormFixtures.richCaseID) {
                for (label, value) in text.details(entry, in: FormFixtures.richCase) {
                    #expect(DisplayWidth.of(label) <= 16, "\(label) is too wide in \(language)")
                    #expect(!label.hasPrefix("field.") && !label.hasPrefix("forms.") && !value.hasPrefix("forms."))
                }
            }
        }
    }

    @Test func editOnARecordOpensItsForm() throws {
        var state = FormFixtures.state()
        let selected = state.select(.injunctionStep(2, injunction: "i6"), in: FormFixtures.richCaseID, tab: .overview)
        #expect(selected)
        state.send(.character("e"))
        let form = try #require(state.form)
        #expect(form.kind == .injunctionStep && form.choice("step") == "2" && form.choice("injunction") == "i6")
        #expect(form.text("deadline") == "01.06.2026")
    }

    /// `t` on a goal or subgoal selected in Min Plan links the new offer to it, not to the first goal.
    @Test func aNewOfferServesTheSelectedGoal() throws {
        for (ref, expected) in [(EntryRef.goal("g7"), "g7"), (.subgoal("sg6", goal: "g6"), "sg6")] {
            var state = FormFixtures.state()
            let selected = state.select(ref, in: FormFixtures.richCase.id, tab: .plan)
            #expect(selected, "cannot select \(ref)")
            state.send(.character("t"))
            let form = try #require(state.form)
            #expect(form.kind == .offer && form.choice("goal") == expected, "\(ref)")
        }
    }

    /// Delete (confirmed with j) and then u: the case comes back exactly as it was.
    @Test func deletingAnyEntryAndUndoingRestoresTheCase() throws {
        let original = FormFixtures.richCase
        let refs = everyEntry(FormFixtures.state(), original)
        #expect(refs.count == 23)
        for (ref, tab) in refs + [(EntryRef.offerFollowUp("f6", offer: "t6"), DetailTab.offers), (.offerEvaluation(offer: "t6"), .offers)] {
            var state = FormFixtures.state()
            let before = try #require(state.cases[original.id])
            let removed: Case
            if case .offerFollowUp = ref {
                removed = before.removing(ref)
            } else if case .offerEvaluation = ref {
                removed = before.removing(ref)
            } else {
                let selected = state.select(ref, in: original.id, tab: tab)
                #expect(selected, "cannot select \(ref)")
                state.send(.delete)
                guard case .confirm(let confirm)? = state.overlay else {
                    Issue.record("no confirmation for \(ref)")
                    continue
                }
                let description = try #require(before.describe(ref, strings: state.strings))
                #expect(confirm.question.contains(description), "the question does not name \(ref)")
                if case .goal(let goalID) = ref, let subgoals = before.goals.first(where: { $0.id == goalID })?.subgoals.count, subgoals > 0 {
                    #expect(confirm.question.contains("og dets \(subgoals) delmål"), "a goal's subgoals go unmentioned: \(confirm.question)")
                }
                let effects = state.send(.character("j"))
                #expect(effects.count == 1)
                removed = try #require(savedCases(effects).first)
                #expect(removed == before.removing(ref))
                state.store(effects)
            }
            #expect(removed.describe(ref, strings: state.strings) == nil, "\(ref) is still there")
            #expect(removed != before)
            if case .offerFollowUp = ref { continue }
            if case .offerEvaluation = ref { continue }
            let undo = state.send(.character("u"))
            let restored = try #require(savedCases(undo).first, "u did nothing after deleting \(ref)")
            state.store(undo)
            #expect(state.message?.text.hasSuffix("(\(before.citizen.name))") == true, "the undo does not name the case")
            #expect(restored.at(revision: 0) == original.at(revision: 0), "undo of \(ref) did not restore the case")
            #expect(state.cases[original.id]?.at(revision: 0) == original.at(revision: 0))
        }
    }

    @Test func deletingKeepsReferencesConsistent() {
        let item = FormFixtures.richCase
        #expect(item.removing(.absence("a6")).sanctions.first { $0.id == "s7" }?.absenceIDs == [])
        #expect(item.removing(.sanction("s6")).sanctions.first { $0.id == "s7" }?.priorSanctionIDs == [])
        #expect(item.removing(.guidance("gd7")).sanctions.first { $0.id == "s7" }?.warningID == nil)
        // Removing the open episode reopens the one it closed.
        let reopened = item.removing(.episode("e6b"))
        #expect(reopened.episodes.map(\.id) == ["e6a"] && reopened.episodes.first?.end == nil)
        #expect(item.removing(.injunctionStep(2, injunction: "i6")).injunctions.first?.steps.map(\.number) == [1, 3])
        #expect(item.removing(.offerEvaluation(offer: "t6")).offers.first?.evaluation == nil)
        #expect(item.removing(.offerFollowUp("f6", offer: "t6")).offers.first?.followUps.isEmpty == true)
    }
}
