import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Another program's save, announced by the store: a shown case is read again and shown; an
/// open form keeps what is typed, takes their change to its entry in, and says so; the
/// program's own saves and cases nobody here shows are left alone.
@Suite struct LiveChangeTests {
    private let caseID = FormFixtures.richCaseID
    private let stamp = ChangeStamp(by: "SØK", at: Timestamp(iso: "2026-11-22T13:05:00Z") ?? Timestamp(secondsSince1970: 0))

    private func change(revision: Int, caseworker: Initials = "MHJ", id: CaseID? = nil) -> CaseChange {
        CaseChange(id: id ?? caseID, revision: revision, caseworker: caseworker, coordinatingCaseworker: nil)
    }

    private func theirs(_ edit: (inout Case) -> Void) -> Case {
        var item = FormFixtures.richCase
        edit(&item)
        item.revision += 1
        item.lastChange = stamp
        return item
    }

    @Test func aNewerRevisionOfAShownCaseIsReadAgainAndShown() {
        var state = FormFixtures.state()
        let known = FormFixtures.richCase.revision
        #expect(state.update(.caseChanged(change(revision: known))).isEmpty, "the program's own save is known already")
        #expect(state.update(.caseChanged(change(revision: known + 1))) == [.refresh(caseID)])
        let stored = theirs { $0.conversations[0].agreements = "Søger tre stillinger om ugen på Ærø." }
        #expect(state.update(.caseRefreshed(stored)).isEmpty)
        #expect(state.cases[caseID]?.conversations[0].agreements == "Søger tre stillinger om ugen på Ærø.")
        #expect(state.update(.caseRefreshed(FormFixtures.richCase)).isEmpty)
        #expect(state.cases[caseID]?.revision == stored.revision, "an older read never replaces a newer case")
    }

    @Test func aCaseOutsideWhatIsShownIsNotRead() {
        var state = FormFixtures.state()
        #expect(state.update(.caseChanged(change(revision: 3, caseworker: "ZZZ", id: "S-999999"))).isEmpty)
    }

    @Test func anOpenFormKeepsWhatIsTypedAndSaysWhoChangedTheCase() throws {
        var state = FormFixtures.state(size: Size(width: 80, height: 24))
        state.open(.conversation, caseID, entry: "c6")
        state.apply([.text("summary", "Første samtale. Vil gerne i praktik på Ærø.")])
        let stored = theirs { $0.conversations[0].agreements = "Søger tre stillinger om ugen." }
        _ = state.update(.caseRefreshed(stored))
        let form = try #require(state.form, "the form stays open")
        #expect(form.text("summary") == "Første samtale. Vil gerne i praktik på Ærø.")
        #expect(state.message?.text.contains("SØK") == true)
        let saved = try #require(savedCases(state.save()).first)
        #expect(saved.revision == stored.revision, "saved on top of their revision")
        #expect(saved.conversations.first { $0.id == "c6" }?.agreements == "Søger tre stillinger om ugen.")
    }
}
