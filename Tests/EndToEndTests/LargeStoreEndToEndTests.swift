// The caseload end to end on a jobcenter-sized store (50,000 cases): a manual run, enabled by JOBSAG_E2E_LARGE=1 (see BENCHMARKS.md).
import Foundation
import Testing

@Suite(.serialized) struct LargeStoreEndToEndTests {
    static let environment = ProcessInfo.processInfo.environment
    /// `JOBSAG_E2E_LARGE_CASES` cases, else 50,000.
    static let caseCount = environment["JOBSAG_E2E_LARGE_CASES"].flatMap { Int($0) } ?? 50_000

    /// Opens the caseload in tmux, filters on a CPR birth date, opens the case, goes back and
    /// quits; then `jobsag check` covers every case. Prints the times it saw.
    @Test(.enabled(if: environment["JOBSAG_E2E_LARGE"] == "1"))
    func caseloadFilterOpenAndQuitOnALargeStore() throws {
        let tmux = try Tmux()
        var started = Date()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: Self.caseCount)
        print("large store: \(Self.caseCount) cases generated in \(Self.seconds(since: started))")

        started = Date()
        try tmux.shell("jobsag")
        var screen = try tmux.waitForFrame(text: "Sagsstamme", timeout: 60)
        print("large store: first start, caseload on screen after \(Self.seconds(since: started)) (polled every 50 ms, tmux included)")
        let rows = CaseloadEndToEndTests.rows(screen)
        #expect(!rows.isEmpty, "no caseload rows:\n\(screen)")

        // Filter on the first row's birth date (the masked CPR's first six digits).
        let first = try #require(rows.first)
        let cpr = try #require(first.range(of: "-xxxx"))
        let birthDate = String(first[first.index(cpr.lowerBound, offsetBy: -6)..<cpr.lowerBound])
        started = Date()
        try tmux.press("/")
        try tmux.type(birthDate)
        screen = try tmux.waitFor("only rows born \(birthDate)") { screen in
            screen.contains("Filter: \(birthDate)") && !CaseloadEndToEndTests.rows(screen).isEmpty
                && CaseloadEndToEndTests.rows(screen).allSatisfy { $0.contains(birthDate + "-xxxx") }
        }
        print("large store: filter \(birthDate) shown after \(Self.seconds(since: started)); rows: \(CaseloadEndToEndTests.rows(screen).count)")

        try tmux.press("Enter", "Enter")
        try tmux.waitFor(text: "1 Overblik")
        try tmux.press("Escape")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("q")
        try tmux.waitFor("the shell prompt") { screen in
            !screen.contains("Sagsstamme") && screen.split(separator: "\n").last == "$"
        }

        started = Date()
        let check = try Tmux.executeWithStatus(Tmux.binary, ["check", "--json"], environment: tmux.environment)
        print("large store: jobsag check --json over every case in \(Self.seconds(since: started)), exit \(check.status)")
        #expect(check.status == 1, "something is overdue in a demo store: \(check.error)")
        #expect(check.output.contains("\"cases\" : \(Self.caseCount),"))
    }

    static func seconds(since start: Date) -> String {
        String(format: "%.2f s", Date().timeIntervalSince(start))
    }
}
