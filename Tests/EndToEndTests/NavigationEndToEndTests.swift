import Foundation
import Testing

/// Back is a stack, as a caseworker meets it on the demo: the agenda loop of issue 14 ends
/// at the caseload, which shows a full page again.
@Suite(.serialized) struct NavigationEndToEndTests {
    /// The screen's name in the title bar (" Jobsag · Sagen · MHJ ...").
    static func title(_ screen: String) -> String {
        let first = screen.split(separator: "\n").first.map(String.init) ?? ""
        return first.split(separator: "·").dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    @Test func enterAgendaEnterThenTwoEscReachTheCaseload() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 300)
        try tmux.shell("jobsag")
        let caseload = try tmux.waitForFrame(text: "Sagsstamme")
        let fullPage = CaseloadEndToEndTests.rows(caseload).count
        #expect(fullPage == 19, "rows at 80x24 (24 minus title, summary, headings, why-line, status bar):\n\(caseload)")

        try tmux.press("Enter")
        try tmux.waitFor("the case") { Self.title($0) == "Sagen" }
        try tmux.press("a")
        try tmux.waitFor("the agenda") { Self.title($0) == "Påmindelser" && $0.contains("ting forfalder") }
        try tmux.press("G", "Enter")
        try tmux.waitFor("the case of the agenda's last item") { Self.title($0) == "Sagen" }
        try tmux.press("Escape")
        try tmux.waitFor("back in the agenda") { Self.title($0) == "Påmindelser" }
        try tmux.press("Escape")
        let back = try tmux.waitFor("back in the caseload") { Self.title($0).hasPrefix("Sagsstamme") && Tmux.isWholeFrame($0) }
        #expect(CaseloadEndToEndTests.rows(back).count == fullPage, "the caseload after the agenda:\n\(back)")

        try tmux.press("q")
        let screen = try tmux.waitFor("the shell prompt") { screen in
            !screen.contains("Sagsstamme") && screen.split(separator: "\n").last == "$"
        }
        #expect(!screen.contains("\u{1B}"))
    }
}
