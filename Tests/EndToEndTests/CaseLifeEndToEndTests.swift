import Foundation
import ProcessTestSupport
import Testing

/// A case's life as caseworkers meet it (issue 15 item 5): she closes a case with `L` and it
/// leaves her caseload until the quick filter "Lukkede sager" shows it; `L` there reopens it.
/// She transfers another case with `O` to a colleague, whose next start names it in "Nyt
/// siden sidst" and marks it NY in the caseload; Enter in the window opens it.
@Suite(.serialized) struct CaseLifeEndToEndTests {
    @Test func aCaseIsClosedReopenedAndTransferred() throws {
        let tmux = try Tmux(width: 80, height: 24)
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        let staff = try NewsAndPlanEndToEndTests.staff(tmux)
        let csv = try Tmux.executeWithStatus(Tmux.binary, ["export", "--csv", "-"], environment: tmux.environment)
        let rows = csv.output.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";").map(String.init) }
        let other = try #require(rows.first { $0[1] != staff.citizen })

        // Her team lead has used Jobsag before (news counts from the last session).
        let receiver = staff.teamLead
        try tmux.shell("jobsag --user " + receiver)
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("q")
        try tmux.waitForShell()

        // Close her first case: it leaves the caseload; the quick filter shows it; L reopens it.
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        try NewsAndPlanEndToEndTests.open(staff.citizen, tmux)
        try tmux.press("L")
        try tmux.waitFor(text: "Luk sag")
        try tmux.press("C-s")
        var screen = try tmux.waitFor(text: "Gemt: sagen for")
        #expect(screen.contains("LUKKET"), "\(screen)")
        try tmux.press("q", "Escape")
        screen = try Self.waitForWholeCaseload(tmux)
        #expect(!screen.contains(staff.citizen), "\(screen)")
        try tmux.press("f")
        try tmux.waitFor(text: "Lukkede sager")
        try tmux.press("End", "Enter")
        screen = try tmux.waitForFrame(text: "Lukket ")
        #expect(screen.contains(staff.citizen), "\(screen)")
        try tmux.press("L")
        try tmux.waitFor(text: "Genåbn sag")
        try tmux.press("C-s")
        try tmux.waitFor(text: "genåbnet " )
        try tmux.press("Escape")
        screen = try Self.waitForWholeCaseload(tmux)
        #expect(screen.contains(staff.citizen), "\(screen)")

        // Transfer another case to the team lead (Space steps through the caseworkers).
        try NewsAndPlanEndToEndTests.open(other[1], tmux)
        try tmux.press("O")
        screen = try tmux.waitFor(text: "Overdrag til")
        for _ in 0..<12 where !Self.receiverLine(screen).contains(receiver + " ") {
            let before = Self.receiverLine(screen)
            try tmux.press("Space")
            screen = try tmux.waitFor("the next caseworker") { Self.receiverLine($0) != before }
        }
        #expect(Self.receiverLine(screen).contains(receiver + " "), "\(screen)")
        try tmux.press("C-s")
        try tmux.waitFor(text: "overdraget til " + receiver)
        try tmux.press("7")
        // Historik names the transfer (the line may be cut after the receiver's "til").
        screen = try tmux.waitForFrame(text: "Overdraget")
        #expect(screen.contains("fra " + staff.caseworker + " til"), "\(screen)")
        try tmux.press("q", "q")
        try tmux.waitForShell()

        // The receiver's start: the case in "Nyt siden sidst", marked NY, opened with Enter.
        try tmux.shell("jobsag --user " + receiver)
        screen = try tmux.waitForFrame(text: "Enter åbner den")
        #expect(screen.contains(other[0]), "\(screen)")
        try tmux.press("Escape")
        screen = try tmux.waitForFrame(text: "NY ")
        try tmux.press("N")
        try tmux.waitFor(text: "Nyt siden sidst")
        try tmux.press("Enter")
        screen = try tmux.waitFor(text: "7 Historik")
        #expect(screen.contains(other[1]) || screen.contains(String(other[1].prefix(10))), "\(screen)")
        try tmux.press("q")
        screen = try tmux.waitForFrame(text: "Sagsstamme")
        #expect(!screen.contains("NY "), "\(screen)")
        try tmux.press("q")
        try tmux.waitForShell()
    }

    /// Waits for the caseload without a filter (its summary line names the sort), so that
    /// the next key is not read together with the Esc before it.
    @discardableResult
    static func waitForWholeCaseload(_ tmux: Tmux) throws -> String {
        try tmux.waitFor("the caseload without a filter") { Tmux.isWholeFrame($0) && $0.contains("sortering:") }
    }

    /// The form's line with the receiver.
    static func receiverLine(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("Overdrag til") }.map(String.init) ?? ""
    }
}
