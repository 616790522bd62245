import Foundation
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// What the database enforces by itself, whatever program connects: tried as each role with
/// plain SQL (`psql`), and through the store as a caseworker's role.
@Suite(.enabled(if: TestCluster.shouldRun))
struct RowSecurityTests {
    /// The login role of each caseworker of the sample store, and the group role it is granted.
    static let logins: [(initials: Initials, login: String, group: String)] = [
        ("MHJ", "rls_mhj", "jobsag_caseworker"), ("SØK", "rls_soek", "jobsag_caseworker"),
        ("ALB", "rls_alb", "jobsag_teamlead"), ("JPØ", "rls_jpoe", "jobsag_caseworker"), ("KON", "rls_kon", "jobsag_consultant"),
    ]

    /// A database of 12 sample cases in which S-000001 is MHJ's, S-000002 SØK's (both Team
    /// Nord) and S-000003 JPØ's (Team Syd), with a faglig konsulent KON, each caseworker's
    /// login, and a login role for each.
    static func database() throws -> (fixture: StoreFixture, cluster: TestCluster, name: String) {
        let fixture = try StoreFixture.make(.postgres, count: 12)
        let cluster = try TestCluster.shared()
        let name = try #require(fixture.database)
        try fixture.sql("INSERT INTO caseworkers (initials, name, role, team) VALUES ('KON', 'Karen Østergård', 'fagligKonsulent', 'Team Nord')")
        for (initials, login, group) in logins {
            try fixture.sql("UPDATE caseworkers SET login = '\(login)' WHERE initials = '\(initials)'")
            try cluster.createLogin(login, in: group)
        }
        for (id, owner) in [("S-000001", "MHJ"), ("S-000002", "SØK"), ("S-000003", "JPØ")] {
            try fixture.sql("""
                UPDATE cases SET caseworker = '\(owner)', coordinating_caseworker = NULL,
                    document = jsonb_set(document - 'coordinatingCaseworker', '{caseworker}', '"\(owner)"')
                WHERE id = '\(id)'
                """)
        }
        return (fixture, cluster, name)
    }

    @Test func eachRoleReadsItsScopeAndNoMore() throws {
        let (fixture, cluster, name) = try Self.database()
        defer { fixture.remove() }
        func count(_ condition: String) throws -> Int {
            Int(try fixture.sql("SELECT count(*) FROM cases WHERE \(condition)").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let expected = [
            "rls_mhj": try count("'MHJ' IN (caseworker, coordinating_caseworker)"),
            "rls_jpoe": try count("'JPØ' IN (caseworker, coordinating_caseworker)"),
            "rls_alb": try count("caseworker IN ('MHJ', 'SØK', 'ALB') OR coordinating_caseworker IN ('MHJ', 'SØK', 'ALB')"),
            "rls_kon": 12,
        ]
        for (login, cases) in expected {
            let seen = try cluster.psql(name, "SELECT count(*) FROM cases", as: login).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(seen == String(cases), "\(login) sees \(seen) cases, not \(cases)")
        }
        #expect(try #require(expected["rls_mhj"]) < 12 && expected["rls_jpoe"] ?? 12 < 12)
        let documents = try cluster.psql(name, "SELECT string_agg(id, ',' ORDER BY id) FROM cases WHERE id IN ('S-000002', 'S-000003')", as: "rls_mhj")
        #expect(documents.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "a caseworker read \(documents)")
    }

    @Test func noRoleChangesOrDeletesAnAuditEventOrWritesOneInAnothersName() throws {
        let (fixture, cluster, name) = try Self.database()
        defer { fixture.remove() }
        let before = try fixture.sql("SELECT count(*), max(event::text) FROM audit_events")
        for (_, login, _) in Self.logins {
            for statement in [
                "UPDATE audit_events SET action = 'view'", "DELETE FROM audit_events", "TRUNCATE audit_events",
                "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)",
            ] {
                #expect(throws: TestCluster.Unavailable.self, "\(login): \(statement)") { try cluster.psql(name, statement, as: login) }
            }
        }
        let forged = """
            INSERT INTO audit_events (time, user_initials, action, case_id, event)
            VALUES (now(), 'ALB', 'view', 'S-000001', '{"action":"view","user":"ALB"}'::jsonb)
            """
        #expect(throws: TestCluster.Unavailable.self) { try cluster.psql(name, forged, as: "rls_mhj") }
        #expect(try fixture.sql("SELECT count(*), max(event::text) FROM audit_events") == before)
        #expect(try fixture.first.verifyAuditChain().isIntact)
    }

    @Test func aSection40aApprovalComesOnlyFromALeadInOwnNameWhoIsNotTheCaseworker() throws {
        let (fixture, cluster, name) = try Self.database()
        defer { fixture.remove() }
        try fixture.sql("""
            UPDATE cases SET document = jsonb_set(document, '{sanctions}', '[{"id": "SKAERPET", "kind": "skaerpet40a", "approval": null}]')
            WHERE id = 'S-000001'
            """)
        // With its event in the same transaction, as the database requires of every change.
        func approve(by approver: String, as login: String) throws {
            try cluster.psql(name, """
                UPDATE cases SET document = jsonb_set(document, '{sanctions,0,approval}',
                    '{"by": "\(approver)", "date": "2026-12-01", "approved": true, "note": "Forudsætningerne er opfyldt"}')
                WHERE id = 'S-000001';
                INSERT INTO audit_events (time, user_initials, action, case_id, event)
                VALUES (now(), '\(approver)', 'update', 'S-000001', '{"user": "\(approver)"}')
                """, as: login)
        }
        let refused: [(approver: String, login: String)] = [
            ("MHJ", "rls_mhj"),  // the case's own caseworker
            ("ALB", "rls_mhj"),  // in another's name (and the event too)
            ("KON", "rls_alb"),  // a lead, in another's name
            ("MHJ", "postgres"),  // not even the owner may let the caseworker approve
            ("SØK", "postgres"),  // a sagsbehandler is no approver
        ]
        for (approver, login) in refused {
            #expect(throws: TestCluster.Unavailable.self, "\(approver) as \(login)") { try approve(by: approver, as: login) }
        }
        #expect(try fixture.sql("SELECT document->'sanctions'->0->>'approval' FROM cases WHERE id = 'S-000001'").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        try approve(by: "ALB", as: "rls_alb")
        #expect(try fixture.sql("SELECT document->'sanctions'->0->'approval'->>'by' FROM cases WHERE id = 'S-000001'").hasPrefix("ALB"))
    }

    @Test func aCaseChangedWithoutItsEventIsRefusedAtTheCommit() throws {
        let (fixture, cluster, name) = try Self.database()
        defer { fixture.remove() }
        let before = try fixture.sql("SELECT revision, document::text FROM cases WHERE id = 'S-000001'")
        let unlogged = "UPDATE cases SET document = jsonb_set(document, '{citizen,phone}', '\"12345678\"') WHERE id = 'S-000001'"
        #expect(throws: TestCluster.Unavailable.self) { try cluster.psql(name, unlogged, as: "rls_mhj") }
        let otherCasesEvent = unlogged + """
            ; INSERT INTO audit_events (time, user_initials, action, case_id, event)
            VALUES (now(), 'MHJ', 'view', 'S-000004', '{"user": "MHJ"}')
            """
        #expect(throws: TestCluster.Unavailable.self) { try cluster.psql(name, otherCasesEvent, as: "rls_mhj") }
        #expect(try fixture.sql("SELECT revision, document::text FROM cases WHERE id = 'S-000001'") == before)
        // The program's own saves carry their events.
        let store = try PostgresStore.open(try DatabaseURL(parsing: cluster.url(database: name, role: "rls_mhj")), caseloadColumns: { _ in testColumns })
        var own = try store.loadCase(id: "S-000001")
        own.citizen.phone = "12345678"
        #expect(try store.save(own, by: "MHJ", at: TestTime.at(100), action: .update).citizen.phone == "12345678")
    }

    @Test func aTeamsOtherCaseOpensOnlyWithAReasonAndTheOpeningIsLogged() throws {
        let (fixture, cluster, name) = try Self.database()
        defer { fixture.remove() }
        let url = try DatabaseURL(parsing: cluster.url(database: name, role: "rls_mhj"))
        let store = try PostgresStore.open(url, caseloadColumns: { _ in testColumns })
        #expect(try store.connectedRole() == "rls_mhj")
        guard case .caseNotFound? = storeError({ () throws(StoreError) in try store.loadCase(id: "S-000002") }) else {
            Issue.record("a caseworker read a colleague's case without a reason")
            return
        }
        let short = """
            SELECT jobsag_open_case_outside_caseload('S-000002',
                '{"action": "access-outside-caseload", "caseID": "S-000002", "user": "MHJ", "reason": "kort", "time": "2026-12-01T09:00:00Z"}')
            """
        #expect(throws: TestCluster.Unavailable.self) { try cluster.psql(name, short, as: "rls_mhj") }

        // The caseload lists the team's case locked: its name and masked number, never the
        // full number; not the other team's case, not the own.
        let team: Set<Initials> = ["MHJ", "SØK", "ALB", "JPØ"]
        let colleagues = try fixture.first.loadCase(id: "S-000002")
        let locked = try store.lockedCases(of: team)
        #expect(locked.map(\.id).contains("S-000002"))
        #expect(!locked.map(\.id).contains("S-000003") && !locked.map(\.id).contains("S-000001"))
        #expect(locked.first { $0.id == "S-000002" } == LockedCase(
            id: "S-000002", name: colleagues.citizen.name, maskedCPR: colleagues.citizen.cpr.masked, caseworker: "SØK", coordinatingCaseworker: nil))
        let listing = try cluster.psql(name, "SELECT string_agg(masked_cpr, ',') FROM jobsag_team_case_listing()", as: "rls_mhj")
        #expect(!listing.contains(colleagues.citizen.cpr.formatted))
        let lead = try PostgresStore.open(try DatabaseURL(parsing: cluster.url(database: name, role: "rls_alb")), caseloadColumns: { _ in testColumns })
        #expect(try lead.lockedCases(of: team).isEmpty)

        let opening = AuditEvent(time: TestTime.at(60), user: "MHJ", action: .accessOutsideCaseload, caseID: "S-000002", reason: "Kollegaen er syg, borgeren ringer")
        try store.record(opening)
        #expect(try store.loadCase(id: "S-000002").caseworker == "SØK")
        #expect(try fixture.first.auditEvents(caseID: "S-000002").events.last == opening)
        #expect(try !store.lockedCases(of: team).map(\.id).contains("S-000002"))

        let otherTeam = AuditEvent(time: TestTime.at(70), user: "MHJ", action: .accessOutsideCaseload, caseID: "S-000003", reason: "Kollegaen er syg, borgeren ringer")
        #expect(storeError { () throws(StoreError) in try store.record(otherTeam) } != nil)
        let inAnothersName = AuditEvent(time: TestTime.at(80), user: "ALB", action: .view, caseID: "S-000001")
        #expect(storeError { () throws(StoreError) in try store.record(inAnothersName) } != nil)
        #expect(storeError { () throws(StoreError) in try store.loadCase(id: "S-000003") } != nil)
        #expect(try fixture.first.auditEvents(caseID: "S-000003").events.allSatisfy { $0.action != .accessOutsideCaseload })
        #expect(try fixture.first.verifyAuditChain().isIntact)
    }

    @Test func aCaseworkerSavesAndHandsOnTheOwnCaseAndIsToldWhoseCaseACitizenHas() throws {
        let (fixture, cluster, name) = try Self.database()
        defer { fixture.remove() }
        let store = try PostgresStore.open(try DatabaseURL(parsing: cluster.url(database: name, role: "rls_mhj")), caseloadColumns: { _ in testColumns })
        var own = try store.loadCase(id: "S-000001")
        own.caseworker = "SØK"
        let handedOn = try store.save(own, by: "MHJ", at: TestTime.at(90), action: .update)
        #expect(handedOn.revision == own.revision + 1)
        // The one who handed it on may read it for 12 hours more (to see that it went through).
        #expect(try store.loadCase(id: "S-000001").caseworker == "SØK")
        #expect(try fixture.sql("SELECT login, until > now() + interval '11 hours' FROM case_access WHERE case_id = 'S-000001'") == "rls_mhj|t\n")

        var duplicate = try fixture.first.loadCase(id: "S-000003")
        duplicate.caseworker = "MHJ"
        guard case .cprInUse(let other, let caseworker)? = storeError({ () throws(StoreError) in try store.create(duplicate, by: "MHJ", at: TestTime.at(95)) }) else {
            Issue.record("a second case for a citizen was not refused as one")
            return
        }
        #expect(other == "S-000003" && caseworker == "JPØ")
        #expect(try fixture.first.verifyAuditChain().isIntact)
    }
}
