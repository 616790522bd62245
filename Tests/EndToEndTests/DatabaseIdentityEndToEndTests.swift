import Foundation
import PostgresTestSupport
import ProcessTestSupport
import Testing

/// Who the user is on a database, as a jobcenter's IT and first users meet it: the owner makes
/// the schema and the first caseworker (a team lead), the lead adds the team, each logs in as
/// their own role and is that caseworker; `--user` and `JOBSAG_USER` are refused, a role that
/// is nobody's is refused, the database gives a caseworker's role fewer cases than the
/// jobcenter has and no way to change the log, and a colleague's case opens in the terminal
/// only with a reason the database logs.
@Suite(.enabled(if: TestCluster.shouldRun)) struct DatabaseIdentityEndToEndTests {
    @Test func theConnectedRoleIsTheUserAndTheDatabaseLimitsWhatItReads() throws {
        let cluster = try TestCluster.shared()
        let name = String(try cluster.createDatabase().split(separator: "?")[0].split(separator: "/").last ?? "")
        let tmux = try Tmux()
        try tmux.waitForShell()
        func jobsag(_ arguments: [String], as role: String, environment extra: [String: String] = [:]) throws -> (status: Int32, output: String, error: String) {
            try Tmux.executeWithStatus(Tmux.binary, arguments + ["--database", cluster.url(database: name, role: role)],
                                       environment: tmux.environment.merging(extra) { $1 })
        }
        @discardableResult
        func succeeds(_ arguments: [String], as role: String) throws -> String {
            let run = try jobsag(arguments, as: role)
            #expect(run.status == 0, "\(role): \(arguments): \(run.output)\(run.error)")
            return run.output
        }
        try succeeds(["db", "init"], as: "postgres")
        try succeeds(["caseworker", "add", "ALB", "--name", "Anne Lund Bæk", "--role", "teamleder", "--team", "Nord", "--login", "id_alb"], as: "postgres")
        try cluster.createLogin("id_alb", in: "jobsag_teamlead")
        try succeeds(["caseworker", "add", "MHJ", "--name", "Mette Højgård", "--role", "sagsbehandler", "--team", "Nord", "--login", "id_mhj"], as: "id_alb")
        try succeeds(["caseworker", "add", "SØK", "--name", "Søren Kjær", "--role", "sagsbehandler", "--team", "Nord", "--login", "id_soek"], as: "id_alb")
        for login in ["id_mhj", "id_soek"] { try cluster.createLogin(login, in: "jobsag_caseworker") }
        let consultant = try jobsag(["caseworker", "add", "KON", "--name", "Karen", "--role", "faglig-konsulent", "--team", "Nord"], as: "id_alb")
        #expect(consultant.status == 2, "a lead made a consultant: \(consultant.output)")

        let csv = tmux.storePath + "-import.csv"
        try Data("Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler;Koordinerende\nÅse Ærø;120385-1235;kh-jobparat;01.09.2026;MHJ;\nBjørn Øst;050790-2461;kh-jobparat;01.10.2026;SØK;\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        try succeeds(["import", "--csv", csv], as: "id_alb")

        func caseCount(as role: String) throws -> String {
            let output = try jobsag(["check", "--as-of", "2026-12-01"], as: role).output
            return output.split(separator: " ").firstIndex(of: "sager,").map { String(output.split(separator: " ")[$0 - 1]) } ?? output
        }
        #expect(try caseCount(as: "id_alb") == "2")
        #expect(try caseCount(as: "id_mhj") == "1")

        let nobody = try jobsag(["search", "Åse"], as: "postgres")
        #expect(nobody.status == 2)
        #expect(nobody.error.contains("Databaserollen »postgres« hører ikke til nogen medarbejder"), "\(nobody.error)")
        let claimed = try jobsag(["search", "Bjørn", "--user", "ALB"], as: "id_mhj")
        #expect(claimed.status == 2)
        #expect(claimed.error.contains("--user gælder kun demo-data. Her er du den medarbejder, hvis login er databaserollen »id_mhj«"), "\(claimed.error)")
        let fromEnvironment = try jobsag(["search", "Bjørn"], as: "id_mhj", environment: ["JOBSAG_USER": "SØK"])
        #expect(fromEnvironment.status == 2 && fromEnvironment.error.contains("JOBSAG_USER gælder kun demo-data"), "\(fromEnvironment.error)")
        let own = try jobsag(["export", "--csv", "-"], as: "id_mhj", environment: ["JOBSAG_USER": "MHJ"])
        #expect(own.status == 0 && own.output.contains("Åse Ærø") && !own.output.contains("Bjørn"), "\(own.output)\(own.error)")

        // In the terminal the caseworker's `T` lists the colleague's case locked (masked
        // number); Enter and a reason open it, and the database logs the access.
        try tmux.shell("jobsag --database " + Tmux.shellQuote(cluster.url(database: name, role: "id_mhj")))
        try tmux.waitForFrame(text: "Åse Ærø")
        try tmux.press("T")
        let team = try tmux.waitForFrame(text: "Bjørn Øst")
        #expect(team.contains("⊘") && team.contains("050790-xxxx") && !team.contains("050790-2461"), "\(team)")
        try tmux.press("End", "Enter")
        try tmux.waitFor(text: "Adgang uden for egen sagsstamme")
        try tmux.type("Kollegaen er syg i dag")
        try tmux.press("Enter")
        try tmux.waitFor(text: "1 Overblik")
        try tmux.press("Escape", "q")
        try tmux.waitFor("the shell prompt") { !$0.contains("Sagsstamme") && $0.split(separator: "\n").last == "$" }
        #expect(try cluster.psql(name, "SELECT user_initials, event->>'reason' FROM audit_events WHERE action = 'access-outside-caseload'")
                == "MHJ|Kollegaen er syg i dag\n")

        #expect(throws: TestCluster.Unavailable.self) { try cluster.psql(name, "DELETE FROM audit_events", as: "id_alb") }
        #expect(throws: TestCluster.Unavailable.self) { try cluster.psql(name, "UPDATE audit_events SET user_initials = 'MHJ'", as: "id_mhj") }
        let verified = try succeeds(["audit", "verify"], as: "postgres")
        #expect(verified.contains("hændelser"), "\(verified)")
    }
}
