import Foundation
import PostgresTestSupport
import ProcessTestSupport
import Testing

/// Journal notes and the search, as a caseworker uses them (issue 15): a note written in the
/// Journal tab and changed the same day, found again with `S` and opened from there (logged as
/// a view), found with `jobsag search` (text and JSON, exit statuses); the next day (`--as-of`)
/// it is fixed and `e` writes a correction; a note the program dates another day than the
/// save's is refused by the store. On a database, `jobsag search` the same.
@Suite(.serialized) struct JournalSearchEndToEndTests {
    static let subject = "Telefon fra Ærø Kommune"

    @Test func aNoteIsWrittenChangedFoundOpenedFromTheSearchAndFixedTheNextDay() throws {
        let tmux = try Tmux(width: 80, height: 24)
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        try Self.start(tmux)

        // The first case's Journal tab; J writes a note of two lines.
        try tmux.press("Enter", "4")
        try tmux.waitFor(text: "J nyt notat")
        var screen = try Self.writeNote(Self.subject, ["Kommunen ringede om flytningen.", "Ny tid på torsdag; tolk på færøsk."], tmux)
        #expect(screen.contains(Self.subject))
        #expect(screen.contains("Kan rettes af dig i dag"))

        // Its author changes it the same day.
        try tmux.press("e")
        try tmux.waitFor(text: "Ret journalnotat")
        try tmux.type(" Bekræftet.")
        try tmux.press("C-s")
        screen = try tmux.waitFor(text: "Gemt: journalnotat")
        #expect(screen.contains("Bekræftet."))
        try tmux.press("Escape", "q")
        try tmux.waitForShell()

        // jobsag search finds it (the folding: case, accents, aa), once as text, once as JSON.
        let found = try Tmux.executeWithStatus(Tmux.binary, ["search", "aerø KOMMUNE"], environment: tmux.environment)
        #expect(found.status == 1, "æ is a letter of its own: \(found.output)")
        let text = try Tmux.executeWithStatus(Tmux.binary, ["search", "ærø kommune"], environment: tmux.environment)
        #expect(text.status == 0, "\(text.output)\(text.error)")
        #expect(text.output.contains("notat   emne        Telefon fra »Ærø Kommune«"), "\(text.output)")
        let json = try Tmux.executeWithStatus(Tmux.binary, ["search", "FÆRØSK", "--json", "--with-names"], environment: tmux.environment)
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let hit = try #require((document["hits"] as? [[String: Any]])?.first)
        #expect(document["format"] as? String == "jobsag.search" && hit["kind"] as? String == "note" && hit["field"] as? String == "text")
        let caseID = try #require(hit["caseId"] as? String)
        let citizen = try #require(hit["citizen"] as? String)
        let views = { () throws -> Int in
            let log = try Tmux.execute("/bin/sh", ["-c", "cat \(Tmux.shellQuote(tmux.storePath))/audit/*.jsonl"])
            return log.split(separator: "\n").filter { $0.contains("\"action\":\"view\"") && $0.contains("\"caseID\":\"\(caseID)\"") }.count
        }
        let viewsBefore = try views()
        let nothing = try Tmux.executeWithStatus(Tmux.binary, ["search", "   "], environment: tmux.environment)
        #expect(nothing.status == 2 && nothing.error.contains("Søgeteksten er tom"))

        // In the program: S, the query, Enter opens the case at the note and logs the view.
        try Self.start(tmux)
        try tmux.press("S")
        try tmux.waitFor(text: "Søg:")
        try tmux.type("ærø kommune")
        try tmux.waitFor(text: "1 fundet i 1 af")
        try tmux.press("Enter")
        screen = try tmux.waitFor(text: "Emne          " + Self.subject)
        #expect(screen.contains(citizen))
        #expect(try views() == viewsBefore + 1)
        try tmux.press("Escape")
        try tmux.waitFor(text: "Søg: ærø kommune")
        try tmux.press("Escape")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("q")
        try tmux.waitForShell()

        // The next day the note is fixed: Delete is refused, e writes a correction.
        try Self.openCase(of: citizen, tmux, arguments: " --as-of +1")
        try tmux.press("4")
        try tmux.waitFor(text: Self.subject)
        try tmux.press("DC")
        try tmux.waitFor(text: "kan ikke slettes; skriv en rettelse med e")
        try tmux.press("e")
        // The title and the filled-in subject: the form drawn whole, not caught mid-frame.
        screen = try tmux.waitFor("the correction form") { $0.contains("Rettelse til journalnotat") && $0.contains("Rettelse: " + Self.subject) }
        #expect(screen.contains("Rettelse: " + Self.subject))
        try tmux.type("Det var Ærøskøbing, ikke Marstal.")
        try tmux.press("C-s")
        screen = try tmux.waitFor(text: "Gemt: journalnotat")
        try tmux.press("Escape", "Escape", "q")
        try tmux.waitForShell()
        let file = try String(contentsOfFile: tmux.storePath + "/cases/\(caseID).json", encoding: .utf8)
        #expect(file.contains("\"version\" : 6"))
        #expect(file.contains("Kommunen ringede om flytningen.\\nNy tid på torsdag; tolk på færøsk. Bekræftet."))
        #expect(file.contains("\"corrects\" : \""))

        // A note dated yesterday (--as-of -1) is written, but the store refuses to change it today.
        try Self.openCase(of: citizen, tmux, arguments: " --as-of -1")
        try tmux.press("4")
        try tmux.waitFor(text: "J nyt notat")
        try Self.writeNote("Skrevet i går", ["Dateret dagen før."], tmux)
        try tmux.press("e")
        try tmux.waitFor(text: "Ret journalnotat")
        try tmux.type(" Ændret.")
        try tmux.press("C-s")
        screen = try tmux.waitFor(text: "Intet gemt i sagen \(caseID)")
        #expect(screen.contains("Ret journalnotat"))
        try tmux.press("Escape", "j", "Escape", "q")
        try tmux.waitForShell()
        let validated = try Tmux.executeWithStatus(Tmux.binary, ["validate"], environment: tmux.environment)
        #expect(validated.status == 0, "\(validated.output)")
    }

    /// Starts `jobsag` (with `arguments`) and waits for the caseload.
    private static func start(_ tmux: Tmux, arguments: String = "") throws {
        try tmux.shell("jobsag" + arguments)
        try tmux.waitFor(text: "Sagsstamme")
    }

    /// Starts `jobsag` (with `arguments`) and opens the case of `citizen`, found with `/`.
    private static func openCase(of citizen: String, _ tmux: Tmux, arguments: String) throws {
        try start(tmux, arguments: arguments)
        try tmux.press("/")
        try tmux.type(citizen)
        try tmux.press("Enter", "Enter")
        try tmux.waitFor(text: "1 Overblik")
    }

    /// `J` in the open case: a note with `subject` and the lines of text, saved with Ctrl-S.
    @discardableResult
    private static func writeNote(_ subject: String, _ lines: [String], _ tmux: Tmux) throws -> String {
        try tmux.press("J")
        try tmux.waitFor(text: "Nyt journalnotat")
        try tmux.type(subject)
        try tmux.press("Tab")
        for (index, line) in lines.enumerated() {
            if index > 0 { try tmux.press("Enter") }
            try tmux.type(line)
        }
        try tmux.press("C-s")
        return try tmux.waitFor(text: "Gemt: journalnotat")
    }

    @Test(.enabled(if: TestCluster.shouldRun)) func jobsagSearchOnADatabaseFindsAndLogsTheViews() throws {
        let database = try DemoDatabase(cases: 30)
        // The demo's first caseworker, named: both stores then search the same caseload.
        let file = try Data(contentsOf: URL(fileURLWithPath: database.origin.storePath + "/caseworkers.json"))
        let list = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])["caseworkers"] as? [[String: Any]]
        let user = try #require(list?.first?["initials"] as? String)
        let environment = database.origin.environment.merging(["JOBSAG_DATABASE_URL": database.url, "JOBSAG_USER": user]) { $1 }
        let before = try database.sql("SELECT count(*) FROM audit_events WHERE action = 'view'").trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try Tmux.executeWithStatus(Tmux.binary, ["search", "praktik", "--json"], environment: environment)
        #expect(found.status == 0, "\(found.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(found.output.utf8)) as? [String: Any])
        let casesFound = try #require(document["casesFound"] as? Int)
        #expect(casesFound > 0)
        let after = try database.sql("SELECT count(*) FROM audit_events WHERE action = 'view'").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(after) == (Int(before) ?? 0) + casesFound)
        let files = try Tmux.executeWithStatus(Tmux.binary, ["search", "praktik", "--json", "--data", database.origin.storePath],
                                               environment: environment)
        let fromFiles = try #require(try JSONSerialization.jsonObject(with: Data(files.output.utf8)) as? [String: Any])
        #expect((fromFiles["hits"] as? [Any])?.count == (document["hits"] as? [Any])?.count)
        let none = try Tmux.executeWithStatus(Tmux.binary, ["search", "kaffebønner"], environment: environment)
        #expect(none.status == 1)
    }
}
