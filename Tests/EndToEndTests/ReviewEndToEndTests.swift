import Foundation
import Testing

/// `jobsag review` through the built binary: a round drawn with a seed is the same round in
/// another store made from the same demo seed; only a team lead may start one; the reports.
@Suite(.serialized) struct ReviewEndToEndTests {
    private var environment: [String: String] {
        ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": FileManager.default.temporaryDirectory.path, "PATH": "/usr/bin:/bin"]
    }

    private struct Staff: Decodable {
        struct Member: Decodable {
            var initials: String
            var role: String
            var team: String
        }
        var caseworkers: [Member]
    }

    /// A fresh 300-case demo store and its staff.
    private func demoStore() throws -> (URL, Staff) {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-review-\(UUID().uuidString.prefix(8))")
        let created = try Tmux.executeWithStatus(
            Tmux.binary, ["demo", "--data", store.path, "--cases", "300", "--seed", "7", "--as-of", "2026-11-20"], environment: environment)
        #expect(created.status == 0, "jobsag demo failed: \(created.error)")
        let staff = try JSONDecoder().decode(Staff.self, from: Data(contentsOf: store.appendingPathComponent("caseworkers.json")))
        return (store, staff)
    }

    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema/review-round.schema.json")

    /// Checks a round file against the published schema with Python's jsonschema (a
    /// validator not written here; `.ci/run` installs it).
    private func expectValidRound(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8")))]
            print(errors[:5]); sys.exit(1 if errors else 0)
            """
        // The inherited environment: jsonschema may be installed for the user (HOME).
        let result = try Tmux.executeWithStatus("/usr/bin/env", ["python3", "-c", script, Self.schema.path, file.path])
        #expect(result.status == 0, "\(file.lastPathComponent) against the schema: \(result.output) \(result.error)", sourceLocation: sourceLocation)
    }

    private func start(_ store: URL, user: String) throws -> (status: Int32, output: String, error: String) {
        try Tmux.executeWithStatus(
            Tmux.binary,
            ["review", "start", "--data", store.path, "--user", user, "--from", "2026-07-01", "--to", "2026-09-30",
             "--size", "15", "--seed", "42", "--as-of", "2026-10-05"],
            environment: environment)
    }

    @Test func theSameSeedDrawsTheSameRoundInTwoStores() throws {
        let (first, staff) = try demoStore()
        let (second, _) = try demoStore()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let lead = try #require(staff.caseworkers.first { $0.role == "teamleder" }).initials
        let one = try start(first, user: lead)
        let two = try start(second, user: lead)
        #expect(one.status == 0, "\(one.error)")
        #expect(one.output == two.output)
        let lines = one.output.split(separator: "\n").dropFirst()
        #expect(lines.count == 15)
        // A team lead draws from the team, as in the terminal.
        let team = Set(staff.caseworkers.filter { member in staff.caseworkers.contains { $0.initials == lead && $0.team == member.team } }.map(\.initials))
        #expect(lines.allSatisfy { team.contains(String($0.split(separator: "\t")[1])) }, "\(lines)")
        #expect(Set(lines.map { $0.split(separator: "\t")[2] }).count >= 2, "spread over target groups")
        #expect(one.output.hasPrefix("Runde 2026-Q4-1: 15 sager, seed 42."))
        #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("reviews/2026-Q4-1.json").path))
        try expectValidRound(first.appendingPathComponent("reviews/2026-Q4-1.json"))

        let list = try Tmux.executeWithStatus(Tmux.binary, ["review", "list", "--data", first.path], environment: environment)
        #expect(list.output.contains("2026-Q4-1"))
        #expect(list.output.contains("0/15 gennemgået, 15 tilbage"))
    }

    @Test func onlyATeamLeadOrConsultantMayStartARound() throws {
        let (store, staff) = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let caseworker = try #require(staff.caseworkers.first { $0.role == "sagsbehandler" }).initials
        let refused = try start(store, user: caseworker)
        #expect(refused.status == 2)
        #expect(refused.error.contains("Kun en teamleder eller faglig konsulent"))
        let reviews = (try? FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("reviews").path)) ?? []
        #expect(reviews.isEmpty, "nothing saved")
        let consultant = try #require(staff.caseworkers.first { $0.role == "fagligKonsulent" }).initials
        let drawn = try start(store, user: consultant)
        #expect(drawn.status == 0)
        // A consultant serves every team: the sample spreads over them.
        #expect(Set(drawn.output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[1] }).count >= 3, "\(drawn.output)")
    }

    /// `review list --json` and `review access --sample --json`: the documents of the README.
    @Test func theRoundsAndAnAccessSampleAsJSON() throws {
        let (store, staff) = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let lead = try #require(staff.caseworkers.first { $0.role == "teamleder" }).initials
        #expect(try start(store, user: lead).status == 0)
        struct RoundList: Decodable {
            struct Round: Decodable { var id: String; var reviewer: String; var from: String; var to: String; var cases: Int; var reviewed: Int; var left: Int }
            var format: String
            var rounds: [Round]
            var problems: [[String: String]]
        }
        let list = try Tmux.executeWithStatus(Tmux.binary, ["review", "list", "--data", store.path, "--json"], environment: environment)
        #expect(list.status == 0, "\(list.error)")
        let rounds = try JSONDecoder().decode(RoundList.self, from: Data(list.output.utf8))
        #expect(rounds.format == "jobsag.reviews" && rounds.problems.isEmpty)
        #expect(rounds.rounds.map(\.id) == ["2026-Q4-1"])
        let round = try #require(rounds.rounds.first)
        #expect(round.reviewer == lead && round.from == "2026-07-01" && round.to == "2026-09-30")
        #expect(round.cases == 15 && round.reviewed == 0 && round.left == 15)

        struct AccessList: Decodable {
            struct Access: Decodable { var time: String; var user: String; var action: String; var caseId: String? }
            var format: String
            var seed: String?
            var pool: Int?
            var accesses: [Access]
        }
        let sample = try Tmux.executeWithStatus(
            Tmux.binary, ["review", "access", "--sample", "3", "--seed", "18446744073709551615", "--data", store.path, "--user", lead, "--json"],
            environment: environment)
        #expect(sample.status == 0, "\(sample.error)")
        let drawn = try JSONDecoder().decode(AccessList.self, from: Data(sample.output.utf8))
        #expect(drawn.format == "jobsag.access" && drawn.seed == "18446744073709551615")
        #expect(drawn.accesses.count == min(3, drawn.pool ?? -1))

        // A broken round: listed as a problem, exit status 1.
        try Data("{".utf8).write(to: store.appendingPathComponent("reviews/2026-Q4-9.json"))
        let broken = try Tmux.executeWithStatus(Tmux.binary, ["review", "list", "--data", store.path, "--json"], environment: environment)
        #expect(broken.status == 1)
        #expect(try JSONDecoder().decode(RoundList.self, from: Data(broken.output.utf8)).problems.count == 1)
    }

    /// A round belongs to its lead's team: another team's lead can neither report it nor
    /// sample the team's lookups; a consultant can.
    @Test func aRoundAndTheAccessLogStayWithinTheLeadsScope() throws {
        let (store, staff) = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let leads = staff.caseworkers.filter { $0.role == "teamleder" }
        let (mine, other) = (try #require(leads.first), try #require(leads.last { $0.team != leads.first?.team }))
        #expect(try start(store, user: mine.initials).status == 0)
        func report(_ user: String) throws -> (status: Int32, output: String, error: String) {
            try Tmux.executeWithStatus(
                Tmux.binary, ["review", "report", "2026-Q4-1", "--data", store.path, "--user", user], environment: environment)
        }
        let refused = try report(other.initials)
        #expect(refused.status == 2)
        #expect(refused.error.contains("i et andet team"), "\(refused.error)")
        #expect(try report(mine.initials).status == 0)
        let consultant = try #require(staff.caseworkers.first { $0.role == "fagligKonsulent" }).initials
        #expect(try report(consultant).status == 0)
    }

    @Test func theReportIsWrittenAsMarkdownAndCSVAndLogged() throws {
        let (store, staff) = try demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let lead = try #require(staff.caseworkers.first { $0.role == "teamleder" }).initials
        #expect(try start(store, user: lead).status == 0)
        let markdown = store.appendingPathComponent("rapport.md")
        let csv = store.appendingPathComponent("rapport")
        let report = try Tmux.executeWithStatus(
            Tmux.binary, ["review", "report", "2026-Q4-1", "--data", store.path, "--user", lead, "--md", markdown.path, "--csv", csv.path],
            environment: environment)
        #expect(report.status == 0, "\(report.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: csv.path).sorted() == [
            "2026-Q4-1-kontrolpunkter.csv", "2026-Q4-1-noter.csv", "2026-Q4-1-opfoelgning.csv", "2026-Q4-1-regelfamilier.csv", "2026-Q4-1-runde.csv",
            "2026-Q4-1-sager.csv", "2026-Q4-1-sagsbehandlere.csv", "2026-Q4-1-vurderinger.csv",
        ])
        let csvData = try Data(contentsOf: csv.appendingPathComponent("2026-Q4-1-sager.csv"))
        #expect(Array(csvData.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csvData, as: UTF8.self).hasPrefix("\u{FEFF}Sag;Sagsbehandler;Målgruppe;Besvaret;Kontrolpunkter;"))
        #expect(try String(contentsOf: markdown, encoding: .utf8).contains("| KF.4I6 |"))
        let audit = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("audit").path)
            .map { try String(contentsOf: store.appendingPathComponent("audit/\($0)"), encoding: .utf8) }.joined()
        #expect(audit.contains("\"export\""))

        let missing = try Tmux.executeWithStatus(
            Tmux.binary, ["review", "report", "2026-Q9-9", "--data", store.path, "--user", lead], environment: environment)
        #expect(missing.status == 2)
        #expect(missing.error.contains("findes ikke"))
    }

    /// The whole round in the terminal, as a team lead does it: `r`, a new round of 15 from
    /// the form's defaults, each case's suggestions confirmed (`B`), the manual questions
    /// answered (`1`) and a verdict (`v`), then the summary and the round on disk.
    @Test func aTeamLeadReviewsARoundOf15CasesInTheTerminal() throws {
        let tmux = try Tmux(width: 100, height: 30)
        let created = try Tmux.executeWithStatus(Tmux.binary, ["demo", "--data", tmux.storePath, "--cases", "500"], environment: tmux.environment)
        #expect(created.status == 0, "jobsag demo failed: \(created.error)")
        let staffFile = URL(fileURLWithPath: tmux.storePath).appendingPathComponent("caseworkers.json")
        let staff = try JSONDecoder().decode(Staff.self, from: Data(contentsOf: staffFile))
        let lead = try #require(staff.caseworkers.first { $0.role == "teamleder" }).initials
        try tmux.shell("jobsag --user \(lead)")
        try tmux.waitFor(text: "Sagsstamme (Team")
        try tmux.press("r")
        try tmux.waitFor(text: "Ny stikprøve …")
        try tmux.press("Enter")
        try tmux.waitFor(text: "Ny stikprøve (ledelsestilsyn)")
        try tmux.press("C-s")
        try tmux.waitFor(text: "15 sager udtrukket")
        for number in 1...15 {
            try tmux.waitFor(text: "Sag \(number) af 15")
            try tmux.press("B")
            try tmux.waitFor(text: "forslag bekræftet")
            try tmux.press("1", "1", "1", "1", "1", "1", "1", "1")
            try tmux.waitFor("every checkpoint of case \(number) answered") { screen in
                screen.range(of: #"besvaret (\d+) af \1 "#, options: .regularExpression) != nil
            }
            try tmux.press("v")
            try tmux.waitFor(text: "Samlet vurdering af sagen")
            try tmux.press("Enter")
            try tmux.waitFor(text: "Sagen er gennemgået (\(number) af 15)")
        }
        // After the last case the summary shows: every answer counted.
        try tmux.waitFor(text: "Gennemgået 15 af 15 · i orden 15")
        try tmux.press("PageDown")
        let summary = try tmux.waitFor(text: "Q.ROED.TRAAD")
        let roedTraad = try #require(summary.split(separator: "\n").first { $0.hasPrefix("Q.ROED.TRAAD") })
        #expect(roedTraad.contains("15    0     0      0     100 %") && roedTraad.contains("57% ja"), "\(roedTraad)")
        try tmux.press("q")
        try tmux.waitFor(text: "Gennemgået 15 af 15 · besvaret")
        try tmux.press("q")
        try tmux.waitFor(text: "Sagsstamme (Team")
        try tmux.press("q")
        try tmux.waitForShell()

        let list = try Tmux.executeWithStatus(Tmux.binary, ["review", "list", "--data", tmux.storePath], environment: tmux.environment)
        #expect(list.output.contains("15/15 gennemgået, 0 tilbage"), "\(list.output)")
        try expectValidRound(URL(fileURLWithPath: tmux.storePath).appendingPathComponent("reviews/2026-Q4-1.json"))
    }
}
