import Foundation
import PostgresTestSupport
import Testing

/// A faglig konsulent's view of every case is kept in `caseload.cache` (0600), or in the
/// login's tables of a database: the next start shows exactly what the first showed, and a
/// case changed behind the program's back is read again (its row shows the change, and the
/// cache is written anew).
@Suite(.serialized) struct CaseloadCacheEndToEndTests {
    private struct Staff: Decodable {
        struct Member: Decodable {
            var initials: String
            var role: String
        }
        var caseworkers: [Member]
    }

    @Test func theNextStartShowsTheSameAndReadsWhatChanged() throws {
        // 80 columns: no pane beside the list, whose case is read after the first frame.
        let tmux = try Tmux(width: 80, height: 24)
        let created = try Tmux.executeWithStatus(
            Tmux.binary, ["demo", "--data", tmux.storePath, "--cases", "200", "--seed", "5"], environment: tmux.environment)
        #expect(created.status == 0, "jobsag demo failed: \(created.error)")
        let store = URL(fileURLWithPath: tmux.storePath)
        let staff = try JSONDecoder().decode(Staff.self, from: Data(contentsOf: store.appendingPathComponent("caseworkers.json")))
        let consultant = try #require(staff.caseworkers.first { $0.role == "fagligKonsulent" }).initials
        let cache = store.appendingPathComponent("caseload.cache")

        let first = try Self.start(tmux, as: consultant)
        let attributes = try FileManager.default.attributesOfItem(atPath: cache.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOf: cache, encoding: .utf8)
        #expect(text.hasPrefix("jobsag.caseload-cache 1\n"))
        #expect(text.split(separator: "\n").count == 202, "the header, the key and a line per case")

        let second = try Self.start(tmux, as: consultant)
        #expect(second == first, "\(first)\n\(second)")
        let unchanged = try FileManager.default.attributesOfItem(atPath: cache.path)[.modificationDate] as? Date
        #expect(unchanged == attributes[.modificationDate] as? Date, "nothing read, nothing written")

        // A citizen's name changed in the case file itself.
        let caseFile = store.appendingPathComponent("cases/S-000007.json")
        let original = try String(contentsOf: caseFile, encoding: .utf8)
        let name = try #require(original.firstMatch(of: /"name" : "([^"]+)"/)?.1)
        try original.replacingOccurrences(of: "\"name\" : \"\(name)\"", with: "\"name\" : \"Ærøskøbing Ødegård\"")
            .write(to: caseFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: caseFile.path)
        try Self.findTheChangedCitizen(tmux, as: consultant)
        #expect(try String(contentsOf: cache, encoding: .utf8).contains("Ærøskøbing Ødegård"))
    }

    /// The same on a database: the consultant's login keeps the cache in its own tables, the
    /// next start shows exactly what the first showed, and a case changed by hand in SQL (its
    /// revision kept) is read again.
    @Test(.enabled(if: TestCluster.shouldRun)) func onADatabaseTheNextStartShowsTheSameAndReadsWhatChanged() throws {
        let database = try DemoDatabase(cases: 60)
        let tmux = try Tmux(width: 80, height: 24, extraEnvironment: ["JOBSAG_DATABASE_URL": database.url])
        let consultant = try database.sql("SELECT initials FROM caseworkers WHERE role = 'fagligKonsulent' ORDER BY initials LIMIT 1")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!consultant.isEmpty)
        let first = try Self.start(tmux, as: consultant)
        try database.waitFor("the cache written", "SELECT count(*) FROM caseload_cache_lines", toBe: "60")
        let written = try database.sql("SELECT max(xmin::text::bigint) FROM caseload_cache_lines")

        let second = try Self.start(tmux, as: consultant)
        #expect(second == first, "\(first)\n\(second)")
        #expect(try database.sql("SELECT max(xmin::text::bigint) FROM caseload_cache_lines") == written, "nothing read, nothing written")

        _ = try database.sql("""
            UPDATE cases SET document = jsonb_set(document, '{citizen,name}', '"Ærøskøbing Ødegård"') WHERE id = 'S-000007'
            """)
        try Self.findTheChangedCitizen(tmux, as: consultant)
        try database.waitFor(
            "the changed case written to the cache", "SELECT count(*) FROM caseload_cache_lines WHERE line LIKE '%Ærøskøbing Ødegård%'", toBe: "1")
    }

    /// The user's start to the first frame of the caseload, and out again: the frame.
    private static func start(_ tmux: Tmux, as user: String) throws -> String {
        try tmux.shell("jobsag --user \(user)")
        let frame = try tmux.waitForFrame(text: "Sagsstamme")
        try tmux.press("q")
        try tmux.waitForShell()
        return frame
    }

    /// A start in which the filter finds the citizen renamed behind the program's back.
    private static func findTheChangedCitizen(_ tmux: Tmux, as user: String) throws {
        try tmux.shell("jobsag --user \(user)")
        try tmux.waitForFrame(text: "Sagsstamme")
        try tmux.press("/")
        try tmux.type("Ærøskøbing")
        try tmux.waitFor(text: "Ærøskøbing Ødegård")
        try tmux.press("Escape")
        try tmux.press("q")
        try tmux.waitForShell()
    }
}
