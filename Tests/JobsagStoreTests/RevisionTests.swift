import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Guarantee 3: no lost updates between two stores (processes) on one directory.
@Suite struct RevisionTests {
    @Test func aStaleSaveIsRefusedNamingWhoAndWhenAndReloadAndApplyKeepsBoth() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        _ = try StoreFixtures.makeStore(in: directory.path, count: 2)
        let first = try FileStore.open(directory: directory.path)
        let second = try FileStore.open(directory: directory.path)

        var mine = try first.loadCase(id: "S-000001")
        var theirs = try second.loadCase(id: "S-000001")
        theirs.citizen.phone = "11112222"
        let savedTheirs = try second.save(theirs, by: "SØK", at: Timestamp(iso: "2026-11-22T13:05:00Z") ?? TestTime.created)
        #expect(savedTheirs.revision == 2)

        mine.citizen.email = "ny@example.dk"
        let error = storeError { () throws(StoreError) in try first.save(mine, by: "MHJ", at: TestTime.at(10)) }
        guard case .staleRevision(let id, let path, let expected, let found, let lastChange)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(id == "S-000001")
        #expect(path == first.layout.caseFile("S-000001"))
        #expect(expected == 1 && found == 2)
        #expect(lastChange?.by == "SØK")
        // 13:05 UTC is 14:05 in Copenhagen in November.
        #expect(error?.message.da.hasPrefix("Sagen S-000001 er ændret af SØK 22.11.2026 kl. 14:05, efter du åbnede den") == true)
        #expect(error?.message.da.contains("genindlæs sagen") == true)

        // Reload and apply: the typed change is applied to the fresh case.
        var reloaded = try first.loadCase(id: "S-000001")
        reloaded.citizen.email = mine.citizen.email
        let saved = try first.save(reloaded, by: "MHJ", at: TestTime.at(20))
        #expect(saved.revision == 3)
        let onDisk = try second.loadCase(id: "S-000001")
        #expect(onDisk.citizen.phone == "11112222")
        #expect(onDisk.citizen.email == "ny@example.dk")
        #expect(onDisk.lastChange == ChangeStamp(by: "MHJ", at: TestTime.at(20)))
    }

    @Test func theOtherCasesAreNotAffected() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        var one = try store.loadCase(id: "S-000001")
        var two = try store.loadCase(id: "S-000002")
        one.citizen.phone = "1"
        two.citizen.phone = "2"
        _ = try store.save(one, by: "MHJ", at: TestTime.at(1))
        _ = try store.save(two, by: "MHJ", at: TestTime.at(2))
        #expect(try store.loadCase(id: "S-000002").revision == 2)
    }

    @Test func savingAMissingCaseOrAnUnsafeIDIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        var ghost = SampleCases.make(number: 9)
        #expect(storeError { () throws(StoreError) in try store.save(ghost, by: "MHJ", at: TestTime.at(1)) }
            == .caseNotFound(caseID: "S-000009", path: store.layout.caseFile("S-000009")))
        ghost.id = "../../x"
        #expect(storeError { () throws(StoreError) in try store.save(ghost, by: "MHJ", at: TestTime.at(1)) } == .invalidCaseID("../../x"))
    }

    @Test func createAllocatesTheNextFreeCaseID() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 0)
        let first = try store.create(SampleCases.make(number: 77), by: "MHJ", at: TestTime.at(1))
        let second = try store.create(SampleCases.make(number: 78), by: "MHJ", at: TestTime.at(2))
        #expect(first.id == "S-000001" && second.id == "S-000002")
        #expect(first.revision == 1 && first.lastChange == ChangeStamp(by: "MHJ", at: TestTime.at(1)))
        try StoreFixtures.write(try CaseFileCoding.encode(SampleCases.make(number: 123), path: "x"), to: store.layout.caseFile("S-000123"))
        #expect(try store.create(SampleCases.make(number: 5), by: "MHJ", at: TestTime.at(3)).id == "S-000124")
        let history = try store.auditEvents(caseID: "S-000001")
        #expect(history.events.map(\.action) == [.create])
    }

    @Test func aRealSecondProcessIsDetected() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try FileStore.create(
            directory: directory.path, isDemo: false, caseworkers: SampleCases.caseworkers,
            cases: (1...CrashScenario.caseCount).map { CrashScenario.content(number: $0, revision: 1) }, by: "MHJ", at: TestTime.created)
        let stale = try store.loadCase(id: "S-000001")
        let child = try ChildProcess(arguments: ["crash-child", directory.path, "1800000000"])
        // Let the other process save until it has saved case 1 at least once.
        var output = ""
        while !output.contains("S-000001 ") {
            guard let chunk = child.readOutput() else { break }
            output += chunk
        }
        child.kill()
        _ = child.readRemainingOutput()
        child.wait()
        let error = storeError { () throws(StoreError) in try store.save(stale, by: "SØK", at: TestTime.at(5)) }
        guard case .staleRevision(_, _, let expected, let found, let lastChange)? = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(expected == 1 && found >= 2)
        #expect(lastChange?.by == "MHJ")
    }
}
