import Foundation
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// The caseworkers on both backends: a lead's change is kept with its login and one audit
/// event, and a change refused (by the list as it is, or for who asks) writes and logs nothing.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct CaseworkerConformanceTests {
    @Test(arguments: Backend.allCases)
    func aLeadAddsAndChangesACaseworkerWithALoginAndEachChangeIsLogged(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let before = try fixture.first.allAuditEvents().events.count
        let added = Caseworker(initials: "ÅSE", name: "Åse Ærø Østergård", role: .sagsbehandler, team: "Team Nord", login: "aase")
        try fixture.first.changeCaseworkers(.add(added), by: "ALB", at: TestTime.at(10))
        #expect(try fixture.second.caseworkers().first { $0.initials == "ÅSE" } == added)
        try fixture.second.changeCaseworkers(.set("MHJ", name: nil, role: nil, team: nil, login: "mhj"), by: "ALB", at: TestTime.at(20))
        #expect(try fixture.first.caseworkers().first { $0.initials == "MHJ" }?.login == "mhj")
        let events = try fixture.first.allAuditEvents().events.dropFirst(before)
        #expect(events.map(\.changes) == [["caseworkers[ÅSE]"], ["caseworkers[MHJ]"]])
        #expect(events.allSatisfy { $0.user == "ALB" && $0.caseID == nil })
        #expect(try fixture.first.verifyAuditChain().isIntact)
    }

    @Test(arguments: Backend.allCases)
    func aRefusedChangeWritesAndLogsNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        try fixture.first.changeCaseworkers(.set("SØK", name: nil, role: nil, team: nil, login: "soek"), by: "ALB", at: TestTime.at(5))
        let caseworkers = try fixture.first.caseworkers()
        let events = try fixture.first.allAuditEvents().events
        let refused: [(CaseworkerChange, Initials)] = [
            (.set("MHJ", name: nil, role: nil, team: nil, login: "soek"), "ALB"),  // another's login
            (.add(Caseworker(initials: "MHJ", name: "Mads", role: .sagsbehandler, team: "Team Nord")), "ALB"),  // initials taken
            (.set("MHJ", name: nil, role: .teamleder, team: nil, login: nil), "SØK"),  // a caseworker is not a lead
            (.set("JPØ", name: "Jørgen Ø.", role: nil, team: nil, login: nil), "ALB"),  // another team's caseworker
            (.set("MHJ", name: nil, role: .fagligKonsulent, team: nil, login: nil), "ALB"),  // the consultant's role
            (.set("MHJ", name: nil, role: nil, team: nil, login: "Mette Hjorth"), "ALB"),  // not a login
            (.set("XYZ", name: "Ukendt", role: nil, team: nil, login: nil), "ALB"),  // nobody
        ]
        for (change, user) in refused {
            let error = storeError { () throws(StoreError) in try fixture.second.changeCaseworkers(change, by: user, at: TestTime.at(30)) }
            guard case .caseworkerChangeRefused? = error else {
                Issue.record("\(change) by \(user) was not refused: \(String(describing: error))")
                continue
            }
        }
        #expect(try fixture.first.caseworkers() == caseworkers)
        #expect(try fixture.first.allAuditEvents().events == events)
    }
}
