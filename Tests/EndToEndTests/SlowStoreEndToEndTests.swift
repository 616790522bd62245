import Foundation
import Testing

/// A slow store (`JOBSAG_TEST_STORE_DELAY_MS`, the test hook that delays every store call
/// of the terminal session, as a far server would): the screen never freezes. Keys are
/// taken while store calls run, the status bar shows the busy mark, a save in flight is
/// not sent twice, and the save arrives.
@Suite(.serialized) struct SlowStoreEndToEndTests {
    @Test func typingGoesOnWhileTheStoreIsSlowAndTheSaveArrives() throws {
        let tmux = try Tmux(width: 100, height: 30)
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        try tmux.shell("JOBSAG_TEST_STORE_DELAY_MS=1000 jobsag")
        try tmux.waitFor(text: "Sagsstamme")

        // Enter opens the case: its view is logged and its history read, a second each.
        // Meanwhile s opens a conversation and the summary is typed.
        let summary = "Ærø-samtale om lagerjob på Østerbro"
        try tmux.press("Enter", "s")
        try tmux.type(summary)
        var screen = try tmux.waitFor("the typed text beside the busy mark") {
            $0.contains(summary) && $0.contains("⧗ venter på data")
        }
        #expect(screen.contains("Ny samtale"))
        try tmux.waitFor("the history to arrive", timeout: 20) { !$0.contains("⧗") }

        // Ctrl-S: the save runs a second; the form waits as it is, a second Ctrl-S sends nothing.
        try tmux.press("C-s")
        try tmux.waitFor(text: "⧗ venter på data")
        try tmux.press("x", "C-s")
        screen = try tmux.waitFor(text: "formularen lukker, når den er gemt")
        #expect(screen.contains(summary))
        #expect(!screen.contains(summary + "x"))
        try tmux.waitFor(text: "Gemt: samtale", timeout: 20)
        try tmux.press("1")
        try tmux.waitFor(text: "✓ gemt", timeout: 20)

        // Quit: the program waits for what is still running, then leaves the prompt clean.
        try tmux.press("Escape", "q")
        try tmux.waitFor("the shell prompt", timeout: 30) { !$0.contains("Sagsstamme") && $0.split(separator: "\n").last == "$" }
        let saves = try caseFiles(in: tmux.storePath).filter { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains(summary) == true }
        #expect(saves.count == 1, "the conversation is saved once: \(saves)")
    }

    /// Every case file of a store.
    private func caseFiles(in store: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: store + "/cases")
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".json") { files.append(store + "/cases/" + path) }
        }
        return files
    }
}
