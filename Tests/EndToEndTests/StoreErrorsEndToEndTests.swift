import Foundation
import Testing

/// Store paths a user can get wrong, and a bad case file: a Danish message naming the
/// path, no crash, nothing overwritten.
@Suite(.serialized) struct StoreErrorsEndToEndTests {
    private func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String, error: String) {
        try Tmux.executeWithStatus(Tmux.binary, arguments, environment: environment)
    }

    private func environment(home: URL) -> [String: String] {
        ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen", "HOME": home.path,
         "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin"]
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aMissingDirectoryIsNamedWithHowToMakeAStore() throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let missing = home.appendingPathComponent("findes-ikke").path
        let result = try run(["--data", missing], environment: environment(home: home))
        #expect(result.status == 2)
        #expect(result.error.contains("Datamappen \(missing) findes ikke"))
        #expect(result.error.contains("jobsag demo"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func noStoreAtAllSaysHowToMakeOne() throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run([], environment: environment(home: home))
        #expect(result.status == 2)
        #expect(result.error.contains("jobsag demo"))
        #expect(result.error.contains(home.appendingPathComponent(".local/share/jobsag").path))
    }

    @Test func aFileInsteadOfADirectory() throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("noter.txt")
        try Data("mine noter".utf8).write(to: file)
        let result = try run(["--data", file.path], environment: environment(home: home))
        #expect(result.status == 2)
        #expect(result.error.contains("\(file.path) er en fil og ikke en mappe"))
        #expect(try Data(contentsOf: file) == Data("mine noter".utf8))
    }

    @Test func aDirectoryTheUserMayNotWriteTo() throws {
        let home = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let store = home.appendingPathComponent("store").path
        let created = try run(["demo", "--data", store, "--cases", "30"], environment: environment(home: home))
        #expect(created.status == 0, "\(created.error)")
        let result: (status: Int32, output: String, error: String)
        if geteuid() == 0 {
            // Root may write anywhere, so run as an unprivileged user who can only read. That
            // user may not be able to enter the checkout (a home directory with mode 0700),
            // so it runs a copy of the program in a directory made for it.
            _ = try Tmux.execute("/bin/chmod", ["-R", "a+rX", home.path])
            let programs = try reachableCopyOfTheProgram()
            defer { try? FileManager.default.removeItem(at: programs) }
            result = try Tmux.executeWithStatus(
                "/usr/sbin/runuser", ["-u", "nobody", "--", programs.appendingPathComponent("jobsag").path, "--data", store],
                environment: environment(home: home))
        } else {
            _ = try Tmux.execute("/bin/chmod", ["0500", store])
            result = try run(["--data", store], environment: environment(home: home))
            _ = try Tmux.execute("/bin/chmod", ["0700", store])
        }
        #expect(result.status == 2)
        #expect(result.error.contains("ikke adgang til at skrive i datamappen \(store)"), "\(result.error)")
    }

    @Test func aCaseFileThatIsNotJSONIsReportedAndLeftAlone() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 60)
        let casesDirectory = URL(fileURLWithPath: tmux.storePath).appendingPathComponent("cases")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: casesDirectory.path).sorted().first)
        let path = casesDirectory.appendingPathComponent(file)
        let owner = try caseworker(of: path)
        let broken = Data("{\"format\": \"jobsag.case\", \"version\": 2, \"id\": ".utf8)
        try broken.write(to: path)
        try tmux.shell("jobsag --user \(owner)")
        let screen = try tmux.waitFor(text: "Datamappen: 1 problem")
        #expect(screen.contains("linje 1"))
        #expect(screen.contains("Sagsstamme"))
        #expect(screen.contains("cases/" + file))
        try tmux.press("Escape")
        try tmux.waitFor("the caseload") { !$0.contains("Datamappen: 1 problem") && $0.contains("Sagsstamme") }
        try tmux.press("q")
        try tmux.waitFor("the prompt") { !$0.contains("Sagsstamme") }
        #expect(try Data(contentsOf: path) == broken)
        let validate = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--data", tmux.storePath], environment: tmux.environment)
        #expect(validate.status == 1)
        #expect(validate.output.contains(path.path))
        #expect(validate.output.contains("linje 1"))
    }

    @Test func aWrongLocalPolicyIsShownAtStartUpAndByValidateAndTheRestOfItApplies() throws {
        let tmux = try Tmux()
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 200)
        let counts = { () throws -> [String: Int] in
            let check = try Tmux.executeWithStatus(Tmux.binary, ["check", "--data", tmux.storePath, "--json"], environment: tmux.environment)
            let document = try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any]
            let obligations = document?["obligations"] as? [[String: Any]] ?? []
            var counts: [String: Int] = [:]
            for obligation in obligations where obligation["status"] as? String != "notApplicable" {
                counts[obligation["ruleId"] as? String ?? "", default: 0] += 1
            }
            return counts
        }
        let before = try counts()
        let storeFile = URL(fileURLWithPath: tmux.storePath).appendingPathComponent("store.json")
        var manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: storeFile)) as? [String: Any])
        manifest["settings"] = ["policy": ["leadTimeDays": "30", "localRulesEnabled": ["KF.EFTER6": false]]]
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys]).write(to: storeFile)
        // The README's example switches KF.EFTER6 off and nothing else.
        let after = try counts()
        #expect(after["KF.EFTER6", default: 0] == 0 && before["KF.EFTER6", default: 0] > 0)
        for rule in ["RD.40A.GODKEND", "FJ.PROGRESSION"] {
            #expect(after[rule, default: 0] == before[rule, default: 0], "\(rule)")
        }
        #expect(before["FJ.PROGRESSION", default: 0] > 0)
        let validate = try Tmux.executeWithStatus(Tmux.binary, ["validate", "--data", tmux.storePath], environment: tmux.environment)
        #expect(validate.status == 1)
        #expect(validate.output.contains(storeFile.path + ", linje "))
        #expect(validate.output.contains("lokal politik: »leadTimeDays« skal være et helt tal"))
        try tmux.shell("jobsag")
        // The notice wraps its text where the (temporary) path's length puts the words: read
        // the box's rows as one text, once the whole box is drawn (a capture may come while
        // the terminal is still being written).
        func notice(_ screen: String) -> String {
            screen.split(separator: "\n").compactMap { row -> String? in
                let cells = row.split(separator: "│", omittingEmptySubsequences: false)
                return cells.count == 3 ? cells[1].trimmingCharacters(in: .whitespaces) : nil
            }.joined(separator: " ")
        }
        let screen = try tmux.waitFor("the notice") { $0.contains("Datamappen: 1 problem") && Tmux.isWholeFrame($0) }
        #expect(notice(screen).contains("lokal politik: »leadTimeDays« skal være et helt tal"), "\(screen)")
        try tmux.press("Escape")
        try tmux.waitFor("the caseload") { !$0.contains("Datamappen: 1 problem") && $0.contains("Sagsstamme") }
        try tmux.press("q")
        try tmux.waitFor("the prompt") { !$0.contains("Sagsstamme") }
    }

    /// A temporary directory (mode 0755) holding a copy of the built `jobsag` and, when it is
    /// there, the resource bundle beside it: what another user needs to run the program.
    private func reachableCopyOfTheProgram() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-e2e-bin-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        let bundle = "Jobsag_JobsagResources.resources"
        try FileManager.default.copyItem(atPath: Tmux.binary, toPath: directory.appendingPathComponent("jobsag").path)
        let builtBundle = Tmux.binaryDirectory.appendingPathComponent(bundle)
        if FileManager.default.fileExists(atPath: builtBundle.path) {
            try FileManager.default.copyItem(at: builtBundle, to: directory.appendingPathComponent(bundle))
        }
        _ = try Tmux.execute("/bin/chmod", ["-R", "a+rX", directory.path])
        return directory
    }

    /// The initials of the caseworker of a case file.
    private func caseworker(of file: URL) throws -> String {
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: file)) as? [String: Any]
        return object?["caseworker"] as? String ?? ""
    }
}
