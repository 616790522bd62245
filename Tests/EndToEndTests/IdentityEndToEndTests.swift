import Foundation
import Testing

/// Who the user is in a store that is not a demo, as a jobcenter's first user meets it:
/// `jobsag init` makes the store with the login as its first caseworker, a team lead adds a
/// colleague (and is refused outside the team), `--user` is refused with how to map a login,
/// and the terminal opens as the caseworker whose login the program runs as.
@Suite(.serialized) struct IdentityEndToEndTests {
    /// The operating-system user the tests run as.
    static let login: String = {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "" }
        return String(cString: name)
    }()

    @Test func initAddAndTheLoginIsTheUser() throws {
        let tmux = try Tmux()
        let store = tmux.storePath
        func jobsag(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try Tmux.executeWithStatus(Tmux.binary, arguments + ["--data", store], environment: tmux.environment)
        }
        let missing = try jobsag(["init", "--initials", "ÅSE", "--role", "teamleder", "--team", "Nord"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("--name mangler"), "\(missing.error)")
        #expect(!FileManager.default.fileExists(atPath: store + "/store.json"))

        let made = try jobsag(["init", "--initials", "ÅSE", "--name", "Åse Ærø Østergård", "--role", "teamleder", "--team", "Nord"])
        #expect(made.status == 0, "\(made.error)")
        #expect(made.output.contains("kendt ved login »\(Self.login)«"), "\(made.output)")
        let manifest = try String(contentsOfFile: store + "/store.json", encoding: .utf8)
        #expect(manifest.contains("\"isDemo\" : false"), "\(manifest)")
        #expect(try jobsag(["init", "--initials", "X", "--name", "X", "--role", "teamleder", "--team", "Nord"]).status == 2)

        let added = try jobsag(["caseworker", "add", "MHJ", "--name", "Mette Hjorth", "--role", "sagsbehandler", "--team", "Nord", "--login", "mhj"])
        #expect(added.status == 0, "\(added.error)")
        let otherTeam = try jobsag(["caseworker", "add", "JPØ", "--name", "Jørgen Østergaard", "--role", "sagsbehandler", "--team", "Syd"])
        #expect(otherTeam.status == 2)
        #expect(otherTeam.error.contains("En teamleder sætter kun medarbejdere i sit eget team (Nord)"), "\(otherTeam.error)")
        let list = try jobsag(["caseworker", "list"]).output
        #expect(list == "MHJ\tMette Hjorth\tsagsbehandler\tNord\tmhj\nÅSE\tÅse Ærø Østergård\tteamleder\tNord\t\(Self.login)\n", "\(list)")

        for command in [["search", "praktik"], ["check"], ["export", "--csv", "-"]] {
            let refused = try jobsag(command + ["--user", "MHJ"])
            #expect(refused.status == 2)
            #expect(refused.error.contains("--user gælder kun demo-data"), "\(refused.error)")
            #expect(refused.error.contains("jobsag caseworker set INITIALER --login \(Self.login)"), "\(refused.error)")
        }
        let audit = try jobsag(["audit", "verify"])
        #expect(audit.status == 0, "\(audit.output)\(audit.error)")
        #expect(audit.output.contains("2 hændelser"), "\(audit.output)")
        #expect(try jobsag(["validate"]).status == 0)

        try tmux.shell("JOBSAG_USER=MHJ jobsag")
        let message = try tmux.waitFor("the refusal") { $0.contains("JOBSAG_USER gælder kun demo-data") }
        #expect(!message.contains("Sagsstamme"))
        try tmux.shell("jobsag")
        let screen = try tmux.waitForFrame(text: "Sagsstamme")
        #expect(screen.contains("ÅSE Åse Ærø Østergård"), "\(screen)")
        #expect(!screen.contains("DEMO"))
        try tmux.press("q")
        try tmux.waitForShell()
    }
}
