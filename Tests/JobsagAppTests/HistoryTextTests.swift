import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Historik names what changed in words, resolved against the case (an entry no longer
/// there says "(slettet)"), and shows an undo as what it took back (issue 14).
@Suite struct HistoryTextTests {
    static func event(_ minute: Int64, _ action: AuditEvent.Action, _ changes: [String]) -> AuditEvent {
        AuditEvent(time: Timestamp(secondsSince1970: 1_795_000_000 + minute * 60), user: "MHJ", action: action,
                   caseID: "S-000001", changes: changes)
    }

    @Test func changePathsAreWordsResolvedAgainstTheCase() throws {
        let state = Fixtures.state()
        let item = try #require(state.cases["S-000001"])
        let text = { (path: String) in ChangePathText.describe(path, in: item, strings: state.strings) }
        #expect(text("goals[g1].subgoals[sg1].title") == "Jobmål »Lagermedarbejder hos Coop i Ølstykke« › delmål »Truckcertifikat B« › titel")
        #expect(text("goals[g1].subgoals[gone]") == "Jobmål »Lagermedarbejder hos Coop i Ølstykke« › delmål (slettet)")
        #expect(text("goals[gone]") == "Mål (slettet)")
        #expect(text("conversations[c2].summary") == "Samtale 02.03.2026 (jobsamtale) › resumé")
        #expect(text("citizen.phone") == "Borgeren › telefon")
        #expect(text("reminders[p1].done") == "Påmindelse »Ring til Coop om ny praktik« › udført")
    }

    @Test func anUndoIsShownAsWhatItTookBack() throws {
        var state = Fixtures.state()
        state.send(.character("o"), .home, .down, .down, .enter, .character("7"))  // Søren Ærø Andersen
        #expect(state.detail?.caseID == "S-000001")
        // Oldest first: a title changed, a subgoal deleted, the delete undone; newest first on screen.
        let events = [
            Self.event(3, .undo, ["goals[g1].subgoals[sg2]"]),
            Self.event(2, .delete, ["goals[g1].subgoals[sg2]"]),
            Self.event(1, .update, ["goals[g1].subgoals[sg1].title"]),
        ]
        _ = state.update(.historyLoaded("S-000001", events, problems: []))
        let lines = state.entries(.history, of: "S-000001").compactMap { entry -> HistoryLine? in
            if case .auditEvent(let line) = entry.payload { return line }
            return nil
        }
        #expect(lines.map(\.action) == ["fortrudt sletning", "slettet (fortrudt)", "ændret"])
        #expect(lines[0].changes == ["Jobmål »Lagermedarbejder hos Coop i Ølstykke« › delmål »Faste mødetider tre dage om ugen«"])
        Golden.check(state.view(), "case-history-undo-80x24")
    }
}
