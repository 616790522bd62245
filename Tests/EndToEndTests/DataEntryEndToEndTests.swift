import Foundation
import Testing

/// Entering data as a caseworker does: a new case (after a refused CPR number), a job goal
/// with two subgoals and a conversation, all still there after the program is restarted.
@Suite(.serialized) struct DataEntryEndToEndTests {
    @Test func newCaseGoalSubgoalsAndConversationSurviveARestart() throws {
        let tmux = try Tmux(width: 100, height: 30)
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")

        // n: a new case. An impossible CPR number is refused at the field, the correction saves.
        try tmux.press("n")
        try tmux.waitFor(text: "Ny sag")
        try tmux.type("Søren Ærø Åsmussen")
        try tmux.press("Tab")
        try tmux.type("310285-1234")
        try tmux.press("Tab")
        try tmux.waitFor(text: "Fødselsdatoen findes ikke")
        try tmux.press("C-s")
        try tmux.waitFor(text: "1 felt(er) skal rettes")
        #expect(try tmux.screen().contains("Ny sag"))
        try tmux.press("C-u")
        try tmux.type("241178-4321")
        try tmux.press("Tab")
        try tmux.waitFor("the message to go") { !$0.contains("Fødselsdatoen findes ikke") }
        try tmux.press("C-s")
        var screen = try tmux.waitFor(text: "Gemt: ny sag for Søren Ærø Åsmussen")
        #expect(screen.contains("241178-xxxx"))

        // The new case is selected: open it, add a job goal (m) and two subgoals (d, d).
        try tmux.press("Enter")
        try tmux.waitFor(text: "1 Overblik")
        try tmux.press("m")
        try tmux.waitFor(text: "Nyt mål")
        try tmux.type("Lagermedarbejder")
        try tmux.press("C-s")
        try tmux.waitFor(text: "Gemt: jobmål »Lagermedarbejder«")
        try tmux.press("2")
        try tmux.waitFor(text: "◆ Jobmål: Lagermedarbejder")
        for subgoal in ["Truckcertifikat B", "Faste mødetider"] {
            try tmux.press("d")
            screen = try tmux.waitFor(text: "Nyt delmål")
            #expect(screen.contains("Jobmål: Lagermedarbejder"))
            try tmux.type(subgoal)
            try tmux.press("C-s")
            try tmux.waitFor(text: "Gemt: delmål »\(subgoal)«")
        }

        // s: a conversation held today; the focus starts in the summary.
        try tmux.press("s")
        try tmux.waitFor(text: "Ny samtale")
        try tmux.type("Første samtale: Søren vil arbejde på lager.")
        try tmux.press("C-s")
        try tmux.waitFor(text: "Gemt: samtale")

        // Quit and start again: everything is on disk.
        try tmux.press("Escape")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("q")
        try tmux.waitFor("the shell prompt") { !$0.contains("Sagsstamme") && $0.split(separator: "\n").last == "$" }
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("/")
        try tmux.type("Åsmussen")
        screen = try tmux.waitFor("the new case's row") { screen in
            CaseloadEndToEndTests.rows(screen).contains { $0.contains("Søren Ærø Åsmussen") && $0.contains("241178-xxxx") }
        }
        try tmux.press("Enter", "Enter")
        try tmux.waitFor(text: "1 Overblik")
        try tmux.press("2")
        // The whole tree: a frame caught while it is drawn may end after the first subgoal.
        screen = try tmux.waitFor("the goal and both subgoals") { $0.contains("Truckcertifikat B") && $0.contains("Faste mødetider") }
        #expect(screen.contains("◆ Jobmål: Lagermedarbejder"))
        #expect(screen.contains("├ Delmål"))
        #expect(screen.contains("└ Delmål"))
        try tmux.press("3")
        try tmux.waitFor(text: "Første samtale: Søren vil arbejde på lager.")
        try tmux.press("Escape")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("q")
    }
}
