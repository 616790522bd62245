import Foundation
import Testing

/// Who sees which case, through the built binary: a caseworker cannot open a colleague's
/// case without a reason; with one it opens, and the team lead finds the reason in the
/// access log (`jobsag review access`).
@Suite(.serialized) struct AccessEndToEndTests {
    private struct Staff: Decodable {
        struct Member: Decodable {
            var initials: String
            var role: String
            var team: String
        }
        var caseworkers: [Member]
    }

    private struct CaseFile: Decodable {
        struct Citizen: Decodable { var name: String }
        var id: String
        var caseworker: String
        var citizen: Citizen
    }

    @Test func aColleaguesCaseOpensOnlyWithAReasonWhichTheTeamLeadSees() throws {
        let tmux = try Tmux(width: 100, height: 30)
        let created = try Tmux.executeWithStatus(Tmux.binary, ["demo", "--data", tmux.storePath, "--cases", "500"], environment: tmux.environment)
        #expect(created.status == 0, "jobsag demo failed: \(created.error)")
        let store = URL(fileURLWithPath: tmux.storePath)
        let staff = try JSONDecoder().decode(Staff.self, from: Data(contentsOf: store.appendingPathComponent("caseworkers.json")))
        let cases = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("cases").path).sorted()
            .filter { $0.hasSuffix(".json") }
            .map { try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: store.appendingPathComponent("cases/" + $0))) }
        // A caseworker, a case of a colleague in the same team, and their team lead.
        let workers = staff.caseworkers.filter { $0.role == "sagsbehandler" }
        let (user, colleagues) = try #require(workers.lazy.compactMap { user -> (Staff.Member, [CaseFile])? in
            let team = Set(workers.filter { $0.team == user.team && $0.initials != user.initials }.map(\.initials))
            let theirs = cases.filter { team.contains($0.caseworker) }
            return theirs.isEmpty ? nil : (user, theirs)
        }.first)
        let colleaguesCase = try #require(colleagues.first)
        let lead = try #require(staff.caseworkers.first { $0.role == "teamleder" && $0.team == user.team }).initials

        try tmux.shell("jobsag --user \(user.initials)")
        try tmux.waitFor(text: "Sagsstamme ·")
        try tmux.press("T")
        try tmux.waitFor(text: "Sagsstamme (\(user.team))")
        try tmux.press("/")
        try tmux.type(colleaguesCase.citizen.name)
        try tmux.press("Enter")
        try tmux.press("Enter")
        try tmux.waitFor(text: "Adgang uden for egen sagsstamme")
        // Without a reason: refused, then cancelled; the case did not open.
        try tmux.press("Enter")
        try tmux.waitFor(text: "mindst 10 tegn")
        try tmux.press("Escape")
        var screen = try tmux.waitFor(text: "Sagen er ikke åbnet.")
        #expect(!screen.contains("1 Overblik"))
        // With a reason it opens.
        try tmux.press("Enter")
        try tmux.waitFor(text: "Adgang uden for egen sagsstamme")
        try tmux.type("Borgeren ringede, kollegaen er syg")
        try tmux.press("Enter")
        screen = try tmux.waitFor(text: "1 Overblik")
        #expect(screen.contains(colleaguesCase.citizen.name))
        try tmux.press("Escape")
        try tmux.press("q")
        try tmux.waitForShell()

        let access = try Tmux.executeWithStatus(
            Tmux.binary, ["review", "access", "--case", colleaguesCase.id, "--user", lead], environment: tmux.environment)
        #expect(access.status == 0, "\(access.error)")
        let lines = access.output.split(separator: "\n").filter { $0.contains("\t" + user.initials + "\t") }
        #expect(lines.count == 1, "\(access.output)")
        #expect(lines.first?.contains("grund: Borgeren ringede, kollegaen er syg") == true)

        // The same lookup as JSON.
        struct AccessList: Decodable {
            struct Access: Decodable { var user: String; var action: String; var caseId: String?; var reason: String? }
            var format: String
            var caseId: String?
            var accesses: [Access]
        }
        let json = try Tmux.executeWithStatus(
            Tmux.binary, ["review", "access", "--case", colleaguesCase.id, "--user", lead, "--json"], environment: tmux.environment)
        #expect(json.status == 0, "\(json.error)")
        let document = try JSONDecoder().decode(AccessList.self, from: Data(json.output.utf8))
        #expect(document.format == "jobsag.access" && document.caseId == colleaguesCase.id)
        let mine = document.accesses.filter { $0.user == user.initials }
        #expect(mine.map(\.action) == ["access-outside-caseload"], "\(json.output)")
        #expect(mine.first?.reason == "Borgeren ringede, kollegaen er syg")
    }
}
