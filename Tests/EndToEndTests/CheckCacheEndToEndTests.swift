import Foundation
import Testing

/// `jobsag check` keeps what it found per case file in `check.cache`: a warm run prints
/// exactly what a run without the cache prints, also after a case file changed behind the
/// program's back, and on another day.
@Suite(.serialized) struct CheckCacheEndToEndTests {
    private var environment: [String: String] {
        ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": FileManager.default.temporaryDirectory.path, "PATH": "/usr/bin:/bin"]
    }

    private func check(_ store: URL, _ extra: [String] = []) throws -> String {
        let day = extra.contains("--as-of") ? [] : ["--as-of", "2026-11-20"]
        let result = try Tmux.executeWithStatus(Tmux.binary, ["check", "--data", store.path] + day + extra, environment: environment)
        #expect(result.status <= 1, "\(result.error)")
        return result.output
    }

    /// The output of a run that starts without the cache.
    private func coldCheck(_ store: URL, _ extra: [String] = []) throws -> String {
        try? FileManager.default.removeItem(at: store.appendingPathComponent("check.cache"))
        return try check(store, extra)
    }

    @Test func aWarmCheckPrintsWhatAColdOneDoes() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-cache-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: store) }
        let created = try Tmux.executeWithStatus(
            Tmux.binary, ["demo", "--data", store.path, "--cases", "80", "--seed", "3", "--as-of", "2026-11-20"], environment: environment)
        #expect(created.status == 0, "\(created.error)")

        let cold = try coldCheck(store)
        let cache = store.appendingPathComponent("check.cache")
        #expect(FileManager.default.fileExists(atPath: cache.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: cache.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(try check(store) == cold)
        // Nothing changed, so the warm run used every entry and did not write the cache.
        let written = try FileManager.default.attributesOfItem(atPath: cache.path)[.modificationDate] as? Date
        #expect(written == attributes[.modificationDate] as? Date)

        // A case file edited by hand (same revision, no conversations): the cache sees the
        // new file and the warm run agrees with a cold one.
        let caseFile = store.appendingPathComponent("cases/S-000001.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: caseFile)) as? [String: Any])
        document["conversations"] = []
        try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted]).write(to: caseFile)
        let warm = try check(store)
        #expect(warm != cold)
        #expect(warm == (try coldCheck(store)))

        // Another day, the names, and one caseworker's caseload: the same as without the cache.
        let otherDay = try check(store, ["--as-of", "2027-02-01"])
        #expect(otherDay != warm)
        #expect(otherDay == (try coldCheck(store, ["--as-of", "2027-02-01"])))
        _ = try check(store)
        let caseworker = try #require(document["caseworker"] as? String)
        let caseload = try check(store, ["--user", caseworker])
        #expect(caseload == (try coldCheck(store, ["--user", caseworker])))
        _ = try check(store)
        #expect(try check(store, ["--with-names"]) == (try coldCheck(store, ["--with-names"])))
        _ = try check(store)
        let validated = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--data", store.path], environment: environment)
        #expect(validated.status == 0, "the cache is a known file of the store: \(validated.output)")
    }
}
