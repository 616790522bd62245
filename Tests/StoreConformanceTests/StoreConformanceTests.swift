import Foundation
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// The store's promises (DATA.md), tried on both backends: revisions, stale saves, the audit
/// log, case ids, one case per citizen, bad documents, scopes, history and rounds. The
/// database runs in a private cluster the tests start (PostgresTestSupport); under CI a
/// missing PostgreSQL fails these tests instead of skipping them.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct StoreConformanceTests {
    @Test(arguments: Backend.allCases)
    func aSaveIncrementsTheRevisionStampsItAndLogsOneEventNamingTheChange(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var value = try fixture.first.loadCase(id: "S-000001")
        value.citizen.phone = "11112222"
        let saved = try fixture.first.save(value, by: "SØK", at: TestTime.at(60))
        #expect(saved.revision == 2)
        #expect(saved.lastChange == ChangeStamp(by: "SØK", at: TestTime.at(60)))
        #expect(try fixture.second.loadCase(id: "S-000001") == saved)
        let events = try fixture.second.auditEvents(caseID: "S-000001").events
        #expect(events.map(\.action) == [.create, .update])
        #expect(events.last?.changes == ["citizen.phone"])
        #expect(events.last?.user == "SØK")
    }

    @Test(arguments: Backend.allCases)
    func aStaleSaveIsRefusedNamingWhoAndWhenAndLogsNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var mine = try fixture.first.loadCase(id: "S-000002")
        var theirs = try fixture.second.loadCase(id: "S-000002")
        theirs.citizen.phone = "11112222"
        _ = try fixture.second.save(theirs, by: "SØK", at: Timestamp(iso: "2026-11-22T13:05:00Z") ?? TestTime.created)
        mine.citizen.email = "ny@example.dk"
        let error = storeError { () throws(StoreError) in try fixture.first.save(mine, by: "MHJ", at: TestTime.at(10)) }
        guard case .staleRevision(let id, _, let expected, let found, let lastChange)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(id == "S-000002" && expected == 1 && found == 2 && lastChange?.by == "SØK")
        #expect(error?.message.da.hasPrefix("Sagen S-000002 er ændret af SØK 22.11.2026 kl. 14:05, efter du åbnede den") == true)
        #expect(try fixture.first.auditEvents(caseID: "S-000002").events.count == 2)
        #expect(try fixture.first.loadCase(id: "S-000002").citizen.email != "ny@example.dk")
    }

    @Test(arguments: Backend.allCases)
    func concurrentSavesLoseNoUpdate(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend, count: 1)
        defer { fixture.remove() }
        let stores = [fixture.first, fixture.second]
        let writers = 4
        let savesPerWriter = 12
        let saved = Counter()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            let store = stores[writer % stores.count]
            for index in 0..<savesPerWriter {
                // Load, change, save; on a stale refusal reload and apply again (what the program does).
                while true {
                    guard var value = try? store.loadCase(id: "S-000001") else { continue }
                    value.reminders.append(Reminder(id: "w\(writer)-\(index)", due: SampleCases.date("2027-01-01"), text: "Skriver \(writer)", createdBy: "MHJ"))
                    do throws(StoreError) {
                        _ = try store.save(value, by: "MHJ", at: TestTime.at(Int64(writer * 100 + index)))
                        saved.add()
                        break
                    } catch {
                        guard case .staleRevision = error else { Issue.record("save failed: \(error)"); return }
                    }
                }
            }
        }
        let final = try fixture.first.loadCase(id: "S-000001")
        let written = Set(final.reminders.map(\.id)).filter { $0.hasPrefix("w") }
        #expect(written.count == writers * savesPerWriter)
        #expect(saved.value == writers * savesPerWriter)
        #expect(final.revision == 1 + writers * savesPerWriter)
        #expect(try fixture.first.auditEvents(caseID: "S-000001").events.filter { $0.action == .update }.count == writers * savesPerWriter)
    }

    @Test(arguments: Backend.allCases)
    func newCasesGetTheNextIdRevisionOneAndACreateEvent(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var value = SampleCases.make(number: 40, seed: 9)
        value.id = "ignored"
        let created = try fixture.first.create(value, by: "MHJ", at: TestTime.at(5))
        #expect(created.id == "S-000004")
        #expect(created.revision == 1)
        let next = try fixture.second.create(SampleCases.make(number: 41, seed: 9), by: "SØK", at: TestTime.at(6))
        #expect(next.id == "S-000005")
        #expect(try fixture.first.auditEvents(caseID: "S-000004").events.map(\.action) == [.create])
        #expect(try fixture.first.caseSummaries().map(\.id) == ["S-000001", "S-000002", "S-000003", "S-000004", "S-000005"])
    }

    /// An import: every case under the next ids with its event, or none at all.
    @Test(arguments: Backend.allCases)
    func severalNewCasesAreCreatedAllOrNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let batch = (60...62).map { SampleCases.make(number: $0, seed: 9) }
        let created = try fixture.first.create(batch, by: "MHJ", at: TestTime.at(5))
        #expect(created.map(\.id) == ["S-000004", "S-000005", "S-000006"])
        #expect(created.map(\.citizen) == batch.map(\.citizen))
        #expect(created.allSatisfy { $0.revision == 1 && $0.lastChange?.by == "MHJ" })
        #expect(try fixture.second.loadCase(id: "S-000006").citizen == batch[2].citizen)
        let eventsBefore = try fixture.first.allAuditEvents().events
        #expect(eventsBefore.filter { $0.time == TestTime.at(5) }.map(\.caseID) == ["S-000004", "S-000005", "S-000006"])

        // One citizen who already has a case refuses the whole batch: nothing stored, nothing logged.
        var again = (70...72).map { SampleCases.make(number: $0, seed: 9) }
        again[2].citizen.cpr = batch[1].citizen.cpr
        let error = storeError { () throws(StoreError) in _ = try fixture.second.create(again, by: "SØK", at: TestTime.at(6)) }
        guard case .cprInUse(let caseID, _)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(caseID == "S-000005")
        #expect(try fixture.first.caseSummaries().map(\.id) == ["S-000001", "S-000002", "S-000003", "S-000004", "S-000005", "S-000006"])
        #expect(try fixture.first.allAuditEvents().events == eventsBefore)
        #expect(try fixture.first.create([], by: "MHJ", at: TestTime.at(7)).isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func oneCitizenHasOneCaseInTheWholeStore(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let existing = try fixture.first.loadCase(id: "S-000003")
        var twin = SampleCases.make(number: 50, seed: 4)
        twin.citizen.cpr = existing.citizen.cpr
        let error = storeError { () throws(StoreError) in try fixture.second.create(twin, by: "JPØ", at: TestTime.at(5)) }
        guard case .cprInUse(let caseID, let caseworker)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(caseID == "S-000003" && caseworker == existing.caseworker)
        var other = try fixture.first.loadCase(id: "S-000001")
        other.citizen.cpr = existing.citizen.cpr
        let changeError = storeError { () throws(StoreError) in try fixture.first.save(other, by: "MHJ", at: TestTime.at(6)) }
        guard case .cprInUse? = changeError else {
            Issue.record("CPR change not refused: \(String(describing: changeError))")
            return
        }
    }

    @Test(arguments: Backend.allCases)
    func scopesSelectTheCaseloadAndIds(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend, count: 8)
        defer { fixture.remove() }
        let all = try fixture.first.loadCases(where: .all).cases
        #expect(all.count == 8)
        let mine = try fixture.first.loadCases(where: .caseload(of: ["MHJ"])).cases
        #expect(mine.map(\.id) == all.filter { $0.caseworker == "MHJ" || $0.coordinatingCaseworker == "MHJ" }.map(\.id))
        #expect(try fixture.first.loadCases(where: .ids(["S-000002", "S-000007", "S-999999"])).cases.map(\.id) == ["S-000002", "S-000007"])
        let versions = try fixture.first.caseVersions(where: .all).versions
        #expect(versions.map(\.id) == all.map(\.id))
        var changed = try fixture.first.loadCase(id: "S-000002")
        changed.citizen.phone = "22223333"
        _ = try fixture.first.save(changed, by: "MHJ", at: TestTime.at(9))
        let after = try fixture.second.caseVersions(where: .all).versions
        #expect(zip(versions, after).filter { $0.0.stamp != $0.1.stamp }.map(\.0.id) == ["S-000002"])
    }

    @Test(arguments: Backend.allCases)
    func theAuditLogKeepsEveryEventInOrder(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        try fixture.first.record(AuditEvent(time: TestTime.at(1), user: "ALB", action: .view, caseID: "S-000001"))
        try fixture.second.record(AuditEvent(
            time: TestTime.at(2), user: "ALB", action: .accessOutsideCaseload, caseID: "S-000001", reason: "Dækker for kollega på ferie"))
        let history = try fixture.first.auditEvents(caseID: "S-000001")
        #expect(history.problems.isEmpty)
        #expect(history.events.map(\.action) == [.create, .view, .accessOutsideCaseload])
        #expect(history.events.last?.reason == "Dækker for kollega på ferie")
        #expect(try fixture.second.allAuditEvents().events.count == 5)
    }

    @Test(arguments: Backend.allCases)
    func roundsAreSavedLoadedAndANewerVersionIsNotOverwritten(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        struct Round: Codable, Equatable { var title: String }
        let format = DocumentFormat(name: "jobsag.review", version: 1)
        try fixture.first.saveReview(Round(title: "Stikprøve Q4 – Ærø"), id: "R-2026-4", format: format, by: "ALB", at: TestTime.at(3))
        #expect(try fixture.second.reviewIDs() == ["R-2026-4"])
        #expect(try fixture.second.loadReview(Round.self, id: "R-2026-4", format: format) == Round(title: "Stikprøve Q4 – Ærø"))
        let newer = DocumentFormat(name: "jobsag.review", version: 7)
        try fixture.first.saveReview(Round(title: "fremtid"), id: "R-2026-5", format: newer, by: "ALB", at: TestTime.at(4))
        let error = storeError { () throws(StoreError) in
            try fixture.second.saveReview(Round(title: "gammel"), id: "R-2026-5", format: format, by: "ALB", at: TestTime.at(5))
        }
        guard case .newerFormat(_, 7, 1)? = error else {
            Issue.record("newer round overwritten: \(String(describing: error))")
            return
        }
        #expect(try fixture.first.allAuditEvents().events.filter { $0.changes.first?.hasPrefix("reviews[") == true }.count == 2)
    }

    @Test(arguments: Backend.allCases)
    func aBadDocumentIsReportedAndNeverOverwritten(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        switch backend {
        case .files:
            guard let directory = fixture.directory else { return }
            let path = directory + "/cases/S-000002.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"hoursPerWeek\" : 15", with: "\"hoursPerWeek\" : 500").write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        case .postgres:
            try fixture.sql("UPDATE cases SET document = jsonb_set(document, '{offers,0,hoursPerWeek}', '500') WHERE id = 'S-000002'")
        }
        let load = try fixture.first.loadCases(where: .all)
        #expect(load.cases.map(\.id) == ["S-000001", "S-000003"])
        #expect(load.problems.count == 1, "\(load.problems.map(\.message.da))")
        #expect(load.problems.first?.message.da.contains("hoursPerWeek") == true)
        // Mapped as loaded: what the transform made of each case that reads, in order of id.
        let mapped = try fixture.first.mapCases(where: .ids(["S-000003", "S-000002", "S-000001"])) { "\($0.id) \($0.citizen.name)" }
        #expect(mapped.values == load.cases.map { "\($0.id) \($0.citizen.name)" })
        #expect(mapped.problems.map(\.path) == load.problems.map(\.path))
        // A caseload, mapped as it is loaded (the terminal reads a team's or a jobcenter's so).
        for owner in Set(load.cases.map(\.caseworker)) {
            let caseload = try fixture.first.loadCases(where: .caseload(of: [owner]))
            let mappedCaseload = try fixture.first.mapCases(where: .caseload(of: [owner])) { $0.id }
            #expect(mappedCaseload.values == caseload.cases.map(\.id) && !caseload.cases.isEmpty)
        }
        var stale = SampleCases.make(number: 2)
        stale.revision = 1
        let error = storeError { () throws(StoreError) in try fixture.first.save(stale, by: "MHJ", at: TestTime.at(3)) }
        guard case .caseFileInvalid? = error else {
            Issue.record("bad document overwritten: \(String(describing: error))")
            return
        }
    }

    @Test func aRoundTripThroughTheDatabaseKeepsEveryCaseDocument() throws {
        let files = try StoreFixture.make(.files, count: 6)
        defer { files.remove() }
        var changed = try files.first.loadCase(id: "S-000004")
        changed.citizen.name = "Åse Ærøskøbing-Øster"
        _ = try files.first.save(changed, by: "SØK", at: TestTime.at(30))
        let (snapshot, problems) = try files.first.snapshot()
        #expect(problems.isEmpty)

        let cluster = try TestCluster.shared()
        let url = try DatabaseURL(parsing: try cluster.createDatabase())
        _ = try PostgresDatabase.initialize(url)
        try PostgresDatabase.load(snapshot, into: url, caseloadColumns: { _ in testColumns })
        let database = try PostgresStore.open(url, caseloadColumns: { _ in testColumns })
        let (exported, exportProblems) = try database.snapshot()
        #expect(exportProblems.isEmpty)
        #expect(exported.cases == snapshot.cases)
        #expect(exported.auditEvents == snapshot.auditEvents)
        #expect(exported.identity == snapshot.identity)

        let directory = temporaryDirectory()
        defer { _ = try? FileManager.default.removeItem(atPath: directory) }
        let back = try FileStore.create(directory: directory + "/back", from: exported)
        #expect(FileStore.validate(directory: directory + "/back").isEmpty)
        #expect(try back.loadCases(where: .all).cases == snapshot.cases)
        #expect(try back.loadCase(id: "S-000004").citizen.name == "Åse Ærøskøbing-Øster")
        #expect(try database.create(SampleCases.make(number: 70, seed: 3), by: "MHJ", at: TestTime.at(40)).id == "S-000007")
    }

    /// A caseload cache is read whole when its head (the format and the key: the first two
    /// lines) is accepted, and not at all otherwise: a database then leaves the lines on the
    /// server, as on the day's first start with the day before's cache.
    @Test(arguments: Backend.allCases)
    func aCacheIsReadOnlyWhenItsHeadIsAccepted(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let head = Data("jobsag.caseload-cache 1\n{\"asOf\":\"2026-12-06\"}\n".utf8)
        let whole = head + Data("S-000001\tr1\tÅse Ærø Østergaard\nS-000002\tr1\tSøren Ørsted\n".utf8)
        #expect(StoreCache.head(of: whole) == head)
        fixture.first.writeCache(.caseload, whole)
        var given: [Data] = []
        #expect(fixture.first.readCache(.caseload) { given.append($0); return true } == whole)
        #expect(fixture.first.readCache(.caseload) { given.append($0); return false } == nil)
        #expect(given == [head, head])
    }
}

/// A count several threads add to.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
