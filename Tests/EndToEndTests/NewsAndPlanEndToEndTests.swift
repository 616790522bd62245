import Foundation
import ProcessTestSupport
import Testing

/// "Nyt siden sidst" and the citizen's plan as a caseworker meets them (issue 15): her team
/// lead adds a reminder to one of her cases while she is away; when she starts Jobsag the
/// window names the case, who and what, Esc closes it, `N` shows it again and any other key
/// closes it and acts. `P` in the case writes the plan to the working directory (logged as an
/// export), and `jobsag plan` writes HTML and Markdown without the CPR number.
@Suite(.serialized) struct NewsAndPlanEndToEndTests {
    /// The demo's caseworker (the default user), a team lead of her team, and her first case
    /// (id and citizen's name), as `jobsag export` lists it.
    struct Staff {
        var caseworker: String
        var teamLead: String
        var caseID: String
        var citizen: String
        var cpr: String
    }

    static func staff(_ tmux: Tmux) throws -> Staff {
        let data = try Data(contentsOf: URL(fileURLWithPath: tmux.storePath + "/caseworkers.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let people = try #require(document["caseworkers"] as? [[String: String]])
        let caseworker = try #require(people.first { $0["role"] == "sagsbehandler" })
        let lead = try #require(people.first { $0["role"] == "teamleder" && $0["team"] == caseworker["team"] })
        let csv = try Tmux.executeWithStatus(Tmux.binary, ["export", "--csv", "-", "--with-cpr"], environment: tmux.environment)
        let row = try #require(csv.output.split(separator: "\r\n").dropFirst().first).split(separator: ";").map(String.init)
        return Staff(caseworker: try #require(caseworker["initials"]), teamLead: try #require(lead["initials"]),
                     caseID: row[0], citizen: row[1], cpr: row[2])
    }

    /// `/` with the citizen's name, then Enter twice: the case is open.
    static func open(_ citizen: String, _ tmux: Tmux) throws {
        try tmux.press("/")
        try tmux.type(citizen)
        try tmux.press("Enter", "Enter")
        try tmux.waitFor(text: "1 Overblik")
    }

    @Test func aColleaguesChangeIsNewsAtTheNextStartAndThePlanIsWritten() throws {
        let tmux = try Tmux(width: 80, height: 24)
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        let home = try #require(tmux.environment["HOME"])
        try tmux.shell("cd " + Tmux.shellQuote(home))

        // Her first session: nothing to compare with, nothing shown.
        try tmux.shell("jobsag")
        var screen = try tmux.waitFor(text: "Sagsstamme")
        #expect(!screen.contains("Nyt siden sidst"))
        try tmux.press("q")
        try tmux.waitForShell()
        let staff = try Self.staff(tmux)

        // Her team lead adds a reminder to her case.
        try tmux.shell("jobsag --user " + staff.teamLead)
        try tmux.waitFor(text: "Sagsstamme")
        try Self.open(staff.citizen, tmux)
        try tmux.press("p")
        try tmux.waitFor(text: "Ny påmindelse")
        try tmux.type("Ring til Ærø om lægeerklæring")
        try tmux.press("C-s")
        try tmux.waitFor(text: "Gemt: påmindelse")
        try tmux.press("q", "q")
        try tmux.waitForShell()

        // Her next start shows it: the case, who, what.
        try tmux.shell("jobsag")
        // The whole window (its keys line is its last): a capture mid-frame has only its top.
        screen = try tmux.waitForFrame(text: "Enter åbner den")
        #expect(screen.contains(staff.caseID), "\(screen)")
        #expect(screen.contains(staff.teamLead + " ændret"), "\(screen)")
        #expect(screen.contains("Påmindelse"), "\(screen)")
        try tmux.press("Escape")
        screen = try tmux.waitFor("the window closed") { !$0.contains("Nyt siden sidst") }
        try tmux.press("N")
        try tmux.waitFor(text: "Nyt siden sidst")
        // Another key closes it and acts: `/` starts the filter.
        try Self.open(staff.citizen, tmux)

        // P writes the plan where she started Jobsag.
        try tmux.press("P")
        try tmux.waitFor(text: "Borgerens plan er skrevet")
        try tmux.press("q", "q")
        try tmux.waitForShell()
        let written = try String(contentsOfFile: home + "/min-plan-\(staff.caseID).html", encoding: .utf8)
        #expect(written.contains("<html lang=\"da\">") && written.contains("Dine rettigheder og pligter"))
        #expect(!written.contains(staff.cpr) && !written.contains(String(staff.cpr.prefix(6))))

        // jobsag plan: HTML and Markdown, logged as exports of the case.
        let plan = try Tmux.executeWithStatus(
            Tmux.binary, ["plan", staff.caseID, "--md", "-", "--html", home + "/plan.html"], environment: tmux.environment)
        #expect(plan.status == 0, "\(plan.error)")
        #expect(plan.output.contains("# Min plan – ") && plan.output.contains("## Næste samtale"), "\(plan.output)")
        #expect(plan.output.contains("Plan skrevet: " + home + "/plan.html"))
        #expect(!plan.output.contains(String(staff.cpr.prefix(6))))
        let log = try Tmux.execute("/bin/sh", ["-c", "cat \(Tmux.shellQuote(tmux.storePath))/audit/*.jsonl"])
        let exports = log.split(separator: "\n").filter { $0.contains("\"action\":\"export\"") && $0.contains("\"caseID\":\"\(staff.caseID)\"") }
        #expect(exports.count == 2, "the key's plan and the command's: \(exports)")
        #expect(log.split(separator: "\n").filter { $0.contains("\"action\":\"session-start\"") }.count == 3)

        let none = try Tmux.executeWithStatus(Tmux.binary, ["plan", staff.caseID], environment: tmux.environment)
        #expect(none.status == 2 && none.error.contains("--html FIL eller --md FIL"), "\(none.error)")
        let unknown = try Tmux.executeWithStatus(Tmux.binary, ["plan", "S-999999", "--md", "-"], environment: tmux.environment)
        #expect(unknown.status != 0 && !unknown.error.isEmpty)
    }
}
