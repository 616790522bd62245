import Foundation
import Testing

/// The `--json` documents of `reminders`, `rules` and `validate` through the built binary:
/// each parses, holds what the text shows, and keeps the README's shape.
@Suite(.serialized) struct JSONDocumentsEndToEndTests {
    private let home = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-json-\(UUID().uuidString.prefix(8))")

    private var environment: [String: String] {
        ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": home.path, "PATH": "/usr/bin:/bin"]
    }

    private func demoStore(cases: Int) throws -> URL {
        let store = home.appendingPathComponent("store")
        let created = try Tmux.executeWithStatus(
            Tmux.binary, ["demo", "--data", store.path, "--cases", String(cases), "--seed", "7", "--as-of", "2026-11-20"], environment: environment)
        #expect(created.status == 0, "jobsag demo failed: \(created.error)")
        return store
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func remindersListTheSameItemsAsTheText() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let store = try demoStore(cases: 40)
        let arguments = ["reminders", "--data", store.path, "--as-of", "2026-11-20"]
        let text = try Tmux.executeWithStatus(Tmux.binary, arguments, environment: environment)
        let json = try Tmux.executeWithStatus(Tmux.binary, arguments + ["--json"], environment: environment)
        #expect(text.status == 0 && json.status == 0, "\(json.error)")
        let document = try object(json.output)
        #expect(document["format"] as? String == "jobsag.reminders" && document["asOf"] as? String == "2026-11-20")
        let items = try #require(document["items"] as? [[String: Any]])
        #expect(items.count == text.output.split(separator: "\n").count - 1)
        #expect(!items.isEmpty)
        let keys: Set<String> = ["date", "overdue", "caseId", "caseworker", "title", "kind", "ruleId", "ruleVersion", "status", "subjectId", "reminderId", "meetingId", "time"]
        #expect(items.allSatisfy { Set($0.keys) == keys }, "one shape, no names without --with-names")
        #expect(items.allSatisfy { ($0["overdue"] as? Bool) == ((($0["date"] as? String) ?? "") < "2026-11-20") })
        let named = try object(try Tmux.executeWithStatus(Tmux.binary, arguments + ["--json", "--with-names"], environment: environment).output)
        #expect((named["items"] as? [[String: Any]])?.allSatisfy { $0["citizen"] is String } == true)

        let both = try Tmux.executeWithStatus(Tmux.binary, arguments + ["--json", "--ics", "-"], environment: environment)
        #expect(both.status == 2 && both.output.isEmpty)
        #expect(both.error.contains("--json og --ics"), "\(both.error)")
    }

    @Test func rulesCarryTheirSourcesAndValidity() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let catalogue = try Tmux.executeWithStatus(Tmux.binary, ["rules"], environment: environment)
        let json = try Tmux.executeWithStatus(Tmux.binary, ["rules", "--json"], environment: environment)
        #expect(json.status == 0, "\(json.error)")
        let rules = try #require(try object(json.output)["rules"] as? [[String: Any]])
        #expect(rules.count == catalogue.output.split(separator: "\n").count)
        #expect(rules.allSatisfy { !(($0["sources"] as? [Any]) ?? []).isEmpty })
        let one = try object(try Tmux.executeWithStatus(Tmux.binary, ["rules", "KF.4I6", "--json"], environment: environment).output)
        let versions = try #require(one["rules"] as? [[String: Any]])
        #expect(!versions.isEmpty && versions.allSatisfy { $0["id"] as? String == "KF.4I6" })
        #expect(versions.allSatisfy { $0.keys.contains("validUntil") && ($0["title"] as? [String: String])?["da"] != nil })
    }

    @Test func validateNamesTheFileLineAndColumn() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let store = try demoStore(cases: 5)
        let clean = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--data", store.path, "--json"], environment: environment)
        #expect(clean.status == 0, "\(clean.error)")
        #expect((try object(clean.output)["problems"] as? [Any])?.isEmpty == true)

        let caseFile = store.appendingPathComponent("cases/S-000001.json")
        try Data("{\n  \"format\": \"jobsag.case\",\n  oops\n}\n".utf8).write(to: caseFile)
        let broken = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--data", store.path, "--json"], environment: environment)
        #expect(broken.status == 1)
        let document = try object(broken.output)
        #expect(document["format"] as? String == "jobsag.validate" && document["store"] as? String == store.path)
        let problem = try #require((document["problems"] as? [[String: Any]])?.first { $0["path"] as? String == caseFile.path })
        #expect(problem["severity"] as? String == "error" && problem["kind"] as? String == "notJSON")
        #expect(problem["caseId"] as? String == "S-000001" && problem["line"] as? Int == 3)
        #expect((problem["message"] as? [String: String])?["da"]?.isEmpty == false)
    }
}
