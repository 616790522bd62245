import Foundation
import PostgresTestSupport
import ProcessTestSupport
import Testing

/// Two `jobsag` programs on one PostgreSQL database (issue 11): a conversation one of them
/// records shows in the other within 2 seconds, and a program killed with SIGKILL in the
/// middle of a save leaves a consistent database (every save with its audit event, none
/// half done). The database is a demo store imported into the tests' private cluster.
/// Without PostgreSQL these tests do not run, except under CI, where they fail.
@Suite(.serialized, .enabled(if: TestCluster.shouldRun))
struct DatabaseEndToEndTests {
    @Test func aConversationRecordedInOneProgramShowsInTheOtherWithinTwoSeconds() throws {
        let database = try DemoDatabase(cases: 30)
        let watching = database.origin
        let recording = try database.terminal()
        for tmux in [watching, recording] { try Self.openConversations(tmux) }
        // The same case: the second line names its citizen.
        #expect(Self.line(1, of: try watching.screen()) == Self.line(1, of: try recording.screen()))

        let summary = "Åse og Søren på Ærø"  // short: the list shows it whole
        try recording.press("s")
        try recording.waitFor(text: "Ny samtale")
        try recording.type(summary)
        try recording.press("C-s")
        try recording.waitFor(text: "Gemt: samtale")
        // Saved in the one: within 2 s the other shows it.
        try watching.waitFor(text: summary, timeout: 2)

        for tmux in [watching, recording] {
            try tmux.press("Escape", "q")
            try tmux.waitFor("the shell prompt") { !$0.contains("Sagsstamme") && $0.split(separator: "\n").last == "$" }
        }
    }

    /// A policy written with SQL by the owner: what is wrong in it is named by `validate`
    /// (the column, line and column) and shown at start-up; the store id survives the import,
    /// so the calendar's UIDs are the data directory's.
    @Test func aWrongPolicyInTheDatabaseIsNamedAndTheStoreKeepsItsID() throws {
        let database = try DemoDatabase(cases: 30)
        _ = try database.sql(#"UPDATE store_settings SET settings = '{"policy": {"localRulesEnabled": {"KF.EFTER6": "nej"}}}'"#)
        let validated = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--database", database.url], environment: database.origin.environment)
        #expect(validated.status == 1)
        #expect(validated.output.contains("store_settings.settings, linje 1, kolonne "), "\(validated.output)")
        #expect(validated.output.contains("lokal politik: »KF.EFTER6« skal være true (slået til) eller false (slået fra)"))
        let manifest = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: database.origin.storePath).appendingPathComponent("store.json"))) as? [String: Any]
        let id = try #require(manifest?["id"] as? String)
        #expect(try database.sql("SELECT store_id FROM store_settings") == id + "\n")
        let tmux = try database.terminal()
        try tmux.shell("jobsag")
        let screen = try tmux.waitFor(text: "Datamappen: 1 problem")
        #expect(screen.contains("lokal politik"))
        try tmux.press("Escape", "q")
        try tmux.waitFor("the shell prompt") { !$0.contains("Sagsstamme") && $0.split(separator: "\n").last == "$" }
    }

    /// `jobsag check` on the database says what it says on the data directory the database was
    /// imported from, for every case and for one caseworker's caseload: the database keeps no
    /// `check.cache` and reads the scope as it is, the directory lists its files and keeps one.
    @Test func checkOnTheDatabaseSaysWhatItSaysOnTheFiles() throws {
        let database = try DemoDatabase(cases: 30)
        let environment = database.origin.environment
        let user = try database.sql("SELECT initials FROM caseworkers WHERE role = 'sagsbehandler' ORDER BY initials LIMIT 1")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for scope in [[], ["--user", user]] {
            let arguments = ["check", "--as-of", "2026-12-01"] + scope
            let files = try Tmux.executeWithStatus(Tmux.binary, arguments + ["--data", database.origin.storePath], environment: environment)
            let table = try Tmux.executeWithStatus(Tmux.binary, arguments + ["--database", database.url], environment: environment)
            #expect(files.status == table.status && files.output == table.output, "\(scope)\n\(files.output)\n\(table.output)\n\(table.error)")
            #expect(files.output.contains(" sager,"), "\(files.output)\(files.error)")
        }
    }

    /// The program saves five conversations, then a sixth whose audit event must wait for a
    /// lock another session holds on `audit_events`: its UPDATE of the case is done, its
    /// INSERT of the event waits, and the program is killed there. The five saves are in the
    /// database with their events, the sixth not at all, and `jobsag validate` is content.
    @Test func aProgramKilledInTheMiddleOfASaveLeavesTheDatabaseConsistent() throws {
        let database = try DemoDatabase(cases: 30)
        let before = try database.caseCounts()
        let saving = database.origin
        try Self.openConversations(saving)

        let finished = 5
        for number in 1...finished {
            let summary = "Nr. \(number): løntilskud, Ærø"
            try saving.press("s")
            try saving.waitFor(text: "Ny samtale")
            try saving.type(summary)
            try saving.press("C-s")
            try saving.waitFor("save \(number) shown") { !$0.contains("Ny samtale") && $0.contains(summary) }
        }

        let locking = try database.terminal()
        try locking.shell("\(Tmux.shellQuote(database.cluster.psqlExecutable)) -X \(Tmux.shellQuote(database.url))")
        try locking.waitFor(text: "=#")
        try locking.shell("BEGIN; LOCK TABLE audit_events IN EXCLUSIVE MODE;")
        try locking.waitFor("psql's answer LOCK TABLE") { $0.split(separator: "\n").contains("LOCK TABLE") }
        try saving.press("s")
        try saving.waitFor(text: "Ny samtale")
        try saving.type("Afbrudt midt i gemningen")
        try saving.press("C-s")
        try database.waitFor("the save's audit event waiting for the lock", """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO audit_events%'
            """, toBe: "1")
        let program = try saving.programPID()
        #expect(kill(program, SIGKILL) == 0)
        try saving.waitFor("the shell after SIGKILL") { $0.contains("Killed") }
        try locking.shell("COMMIT;")
        try locking.shell("\\q")
        try database.waitFor("every connection of the killed program closed", """
            SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            """, toBe: "0")

        let after = try database.caseCounts()
        #expect(after.keys.sorted() == before.keys.sorted(), "cases came or went")
        var changed: [String] = []
        for (id, old) in before {
            guard let new = after[id] else { continue }
            let revisions = new.revision - old.revision
            #expect(new.updateEvents - old.updateEvents == revisions, "\(id): \(revisions) saves but \(new.updateEvents - old.updateEvents) events")
            #expect(new.conversations - old.conversations == revisions, "\(id): \(revisions) saves but \(new.conversations - old.conversations) conversations")
            if revisions != 0 { changed.append(id) }
        }
        #expect(changed.count == 1, "one case was saved: \(changed)")
        #expect(changed.first.map { after[$0]?.revision == (before[$0]?.revision ?? 0) + finished } == true,
                "the finished saves are there, the killed one is not")
        #expect(try database.sql("SELECT count(*) FROM cases WHERE document::text LIKE '%Afbrudt midt i gemningen%'") == "0\n")
        #expect(try database.sql("SELECT count(*) FROM cases WHERE (document->>'revision')::integer <> revision") == "0\n")

        let validated = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--database", database.url], environment: saving.environment)
        #expect(validated.status == 0, "jobsag validate: \(validated.output)\(validated.error)")
    }

    /// Starts `jobsag` in the terminal and opens the first case of the caseload on its
    /// conversations (tab 3 Samtaler).
    private static func openConversations(_ tmux: Tmux) throws {
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        try tmux.press("Enter")
        try tmux.waitFor(text: "1 Overblik")
        try tmux.press("3")
        try tmux.waitFor("the Samtaler tab") { $0.contains("Resumé") || $0.contains("Ingen samtaler") }
    }

    private static func line(_ index: Int, of screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.contains(index) ? String(lines[index]) : ""
    }
}

/// A new database of the private cluster holding a demo store: made with `jobsag demo` in a
/// terminal's data directory and loaded with `jobsag db import`.
struct DemoDatabase {
    let cluster: TestCluster
    let url: String
    /// The terminal the demo was made in, on this database like every `terminal()`.
    let origin: Tmux

    /// What a case's row says, to compare before and after.
    struct CaseCounts {
        var revision: Int
        var updateEvents: Int
        var conversations: Int
    }

    init(cases: Int) throws {
        cluster = try TestCluster.shared()
        url = try cluster.createDatabase()
        origin = try Self.terminal(url)
        try CaseloadEndToEndTests.makeDemo(origin, cases: cases)
        let imported = try Tmux.executeWithStatus(Tmux.binary, ["db", "import", "--from", origin.storePath, "--database", url],
                                                  environment: origin.environment)
        try #require(imported.status == 0, "jobsag db import failed: \(imported.output)\(imported.error)")
    }

    /// A terminal whose `jobsag` opens this database.
    func terminal() throws -> Tmux {
        try Self.terminal(url)
    }

    private static func terminal(_ url: String) throws -> Tmux {
        try Tmux(width: 120, height: 30, extraEnvironment: ["JOBSAG_DATABASE_URL": url])
    }

    /// The database's name: the URL's path.
    var name: String {
        String(url.split(separator: "?").first?.split(separator: "/").last ?? "")
    }

    func sql(_ text: String) throws -> String {
        try cluster.psql(name, text)
    }

    /// Polls a query until it returns `expected` (one value), up to `timeout` seconds.
    func waitFor(_ what: String, _ query: String, toBe expected: String, timeout: Double = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try sql(query).trimmingCharacters(in: .whitespacesAndNewlines)
            if last == expected { return }
            usleep(50_000)
        }
        throw BoundedRun.Failure(description: "timed out waiting for \(what): the query gave \(last), not \(expected)")
    }

    /// Every case's revision, its update events in the audit log and its conversations.
    func caseCounts() throws -> [String: CaseCounts] {
        let rows = try sql("""
            SELECT c.id, c.revision,
                (SELECT count(*) FROM audit_events a WHERE a.case_id = c.id AND a.action = 'update'),
                coalesce(jsonb_array_length(c.document->'conversations'), 0)
            FROM cases c
            """)
        var counts: [String: CaseCounts] = [:]
        for row in rows.split(separator: "\n") {
            let fields = row.split(separator: "|").map(String.init)
            guard fields.count == 4, let revision = Int(fields[1]), let events = Int(fields[2]), let conversations = Int(fields[3]) else {
                Issue.record("unexpected row: \(row)")
                continue
            }
            counts[fields[0]] = CaseCounts(revision: revision, updateEvents: events, conversations: conversations)
        }
        return counts
    }
}
