import Foundation
import Testing

/// Two programs on one store edit the same case: the later save is refused with who changed
/// it and when, the typed text stays in the form, and Ctrl-R reloads and saves it on top,
/// so both changes are in the file.
@Suite(.serialized) struct ConflictEndToEndTests {
    @Test func aStaleSaveIsRefusedKeptAndAppliedAfterReload() throws {
        let first = try Tmux(width: 100, height: 30)
        try CaseloadEndToEndTests.makeDemo(first, cases: 30)
        let second = try Tmux(width: 100, height: 30, extraEnvironment: ["JOBSAG_DATA": first.storePath])
        for tmux in [first, second] {
            try tmux.shell("jobsag")
            try tmux.waitFor(text: "Sagsstamme")
            try tmux.press("Enter")
            try tmux.waitFor(text: "1 Overblik")
            try tmux.press("p")
            try tmux.waitFor(text: "Ny påmindelse")
        }
        // The first types, the second types and saves first.
        try first.type("Ring til borgeren om praktikken")
        try second.type("Send brev om mødet på torsdag")
        try second.press("C-s")
        try second.waitFor(text: "Gemt: påmindelse")

        try first.press("C-s")
        let refused = try first.waitFor(text: "Ctrl-R genindlæser")
        #expect(refused.contains("er ændret af"))
        #expect(refused.contains("Ring til borgeren om praktikken"), "the typed text stays in the form")
        try first.press("C-r")
        try first.waitFor(text: "Gemt: påmindelse")

        let casesDirectory = URL(fileURLWithPath: first.storePath).appendingPathComponent("cases")
        let files = try FileManager.default.contentsOfDirectory(atPath: casesDirectory.path).filter { $0.hasSuffix(".json") }
        let texts = try files.map { try String(contentsOf: casesDirectory.appendingPathComponent($0), encoding: .utf8) }
        let both = texts.filter { $0.contains("Ring til borgeren om praktikken") && $0.contains("Send brev om mødet på torsdag") }
        #expect(both.count == 1, "both reminders are in one case file")
        for tmux in [first, second] {
            try tmux.press("Escape", "q")
            try tmux.waitFor(text: "$ ")
        }
    }
}
