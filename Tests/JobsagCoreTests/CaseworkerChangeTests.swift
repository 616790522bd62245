import JobsagCore
import Testing

/// Logins and changes of the caseworkers: the form of a login, the demo's logins, who may
/// change whom, and the list's own refusals.
struct CaseworkerChangeTests {
    static let lead = Caseworker(initials: "ALB", name: "Anne Lund Bæk", role: .teamleder, team: "Nord", login: "alb")
    static let consultant = Caseworker(initials: "JJ", name: "Jens Jensen", role: .fagligKonsulent, team: "Stab")
    static let list = [
        lead, consultant,
        Caseworker(initials: "SØK", name: "Søren Kjær", role: .sagsbehandler, team: "Nord", login: "soek"),
        Caseworker(initials: "JPØ", name: "Jørgen Østergaard", role: .sagsbehandler, team: "Syd"),
    ]

    @Test(arguments: ["mhj", "a.b-c_d", "_svc", "x1", String(repeating: "a", count: 32)])
    func aLogin(_ text: String) {
        #expect(Login.problem(text) == nil)
    }

    @Test(arguments: ["", "MHJ", "søk", "-x", ".x", "a b", "a\u{1B}b", String(repeating: "a", count: 33)])
    func notALogin(_ text: String) {
        #expect(Login.problem(text) != nil)
    }

    @Test func theDemoLoginIsTheInitialsInLowercaseWithÆØÅSpelledOut() {
        #expect(Login.demo(for: "SØK") == "soek")
        #expect(Login.demo(for: "ÆÅ") == "aeaa")
        #expect(Login.demo(for: "MHJ") == "mhj")
        #expect(Login.problem(Login.demo(for: "ÆØÅ")) == nil)
    }

    @Test func theFirstCaseworkerOfAnEmptyListNeedsNoLead() throws {
        let first = Caseworker(initials: "MHJ", name: "Mette Hjorth", role: .sagsbehandler, team: "Nord", login: "mhj")
        #expect(try CaseworkerChange.add(first).apply(to: [], by: nil).get() == [first])
        #expect(throws: CaseworkerChange.Refusal.self) { try CaseworkerChange.add(first).apply(to: Self.list, by: nil).get() }
    }

    @Test func aLeadChangesTheOwnTeamAndAConsultantEveryone() throws {
        let renamed = try CaseworkerChange.set("søk", name: "Søren Ærø Kjær", role: nil, team: nil, login: nil).apply(to: Self.list, by: Self.lead).get()
        #expect(renamed.first { $0.initials == "SØK" }?.name == "Søren Ærø Kjær")
        #expect(renamed.first { $0.initials == "SØK" }?.login == "soek")
        let moved = try CaseworkerChange.set("JPØ", name: nil, role: .teamleder, team: "Nord", login: "jpoe").apply(to: Self.list, by: Self.consultant).get()
        #expect(moved.first { $0.initials == "JPØ" } == Caseworker(initials: "JPØ", name: "Jørgen Østergaard", role: .teamleder, team: "Nord", login: "jpoe"))
    }

    @Test(arguments: [
        (CaseworkerChange.set("JPØ", name: "J", role: nil, team: nil, login: nil), "another team's caseworker"),
        (.set("SØK", name: nil, role: nil, team: "Syd", login: nil), "moved out of the lead's team"),
        (.set("SØK", name: nil, role: .fagligKonsulent, team: nil, login: nil), "the consultant's role"),
        (.add(Caseworker(initials: "NY", name: "Ny", role: .sagsbehandler, team: "Syd")), "added to another team"),
        (.set("SØK", name: nil, role: nil, team: nil, login: "alb"), "the lead's own login"),
        (.set("SØK", name: " ", role: nil, team: nil, login: nil), "an empty name"),
        (.add(Caseworker(initials: "søk", name: "Søs", role: .sagsbehandler, team: "Nord")), "initials taken, in another case"),
        (.add(Caseworker(initials: "A B", name: "A", role: .sagsbehandler, team: "Nord")), "initials with a space"),
        (.set("XX", name: "X", role: nil, team: nil, login: nil), "nobody has the initials"),
    ])
    func aLeadIsRefused(_ change: CaseworkerChange, _ why: String) {
        #expect(throws: CaseworkerChange.Refusal.self, "\(why)") { try change.apply(to: Self.list, by: Self.lead).get() }
    }

    @Test func aCaseworkerChangesNobody() {
        let caseworker = Self.list[2]
        #expect(throws: CaseworkerChange.Refusal.self) {
            try CaseworkerChange.set("SØK", name: "Søren", role: nil, team: nil, login: nil).apply(to: Self.list, by: caseworker).get()
        }
    }
}
