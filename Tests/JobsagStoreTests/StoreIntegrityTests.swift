import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Links, modes, a replaced store and the audit line of a failed save (issue "Hardening").
@Suite struct StoreIntegrityTests {
    private func changed(_ store: FileStore, _ id: CaseID = "S-000001") throws -> Case {
        var value = try store.loadCase(id: id)
        value.citizen.phone = "12 34 56 78"
        return value
    }

    @Test(arguments: [StoreLayout.casesDirectoryName, StoreLayout.reviewsDirectoryName, StoreLayout.auditDirectoryName])
    func aLinkedDirectoryInTheStoreIsNeitherReadNorWrittenThrough(name: String) throws {
        let directory = TemporaryDirectory("linked-\(name)")
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        let value = try changed(store)
        let elsewhere = directory.sub("elsewhere")
        let linked = store.layout.path(name)
        #expect(rename(linked, elsewhere) == 0)
        #expect(symlink(elsewhere, linked) == 0)
        let before = try StoreFixtures.snapshot(elsewhere)

        // A program that opened the store before the link was made, and one that opens it after.
        let refusal = storeError { () throws(StoreError) in try store.save(value, by: "MHJ", at: TestTime.at(60)) }
        #expect(refusal == .linkInStore(path: linked))
        #expect(refusal?.message.da.contains("\(linked) er et symbolsk link") == true)
        #expect(storeError { () throws(StoreError) in try store.loadCases(where: .all) } == .linkInStore(path: linked))
        #expect(storeError { () throws(StoreError) in try FileStore.open(directory: directory.path) } == .linkInStore(path: linked))
        #expect(try StoreFixtures.snapshot(elsewhere) == before)
        #expect(FileStore.validate(directory: directory.path).contains { $0.kind == .link && $0.path == linked })
    }

    @Test func aLinkedDataDirectoryIsAdvisedOnWhatItLinksTo() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let real = directory.sub("real")
        _ = try StoreFixtures.makeStore(in: real, count: 1)
        chmod(real, 0o755)
        let link = directory.sub("link")
        #expect(symlink(real, link) == 0)
        let problems = FileStore.validate(directory: link)
        #expect(problems.map(\.path) == [link])
        #expect(problems.first?.detail.da.contains("chmod 700") == true)
        #expect(problems.first?.detail.da.contains("rettigheder 755") == true)
    }

    @Test func theAdviceFitsWhatOthersMayDo() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        chmod(store.layout.storeFile, 0o644)
        chmod(store.layout.caseworkersFile, 0o666)
        let warnings = try FileStore.open(directory: directory.path).info.warnings
        let byPath = Dictionary(uniqueKeysWithValues: warnings.map { ($0.path, $0.detail.da) })
        #expect(byPath[store.layout.storeFile]?.contains("kan læse filen (rettigheder 644)") == true)
        #expect(byPath[store.layout.caseworkersFile]?.contains("kan læse og ændre filen (rettigheder 666)") == true)
        #expect(byPath[store.layout.caseworkersFile]?.contains("chmod 600 \(store.layout.caseworkersFile)") == true)
    }

    @Test func aStoreReplacedUnderAnOpenProgramIsNeverWritten() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2, isDemo: true)
        let value = try changed(store)
        // `jobsag demo --new` meanwhile: another store with the same case ids.
        _ = try FileStore.create(
            directory: directory.path, isDemo: true, caseworkers: SampleCases.caseworkers,
            cases: SampleCases.make(count: 2, seed: 9), by: "MHJ", at: TestTime.at(30))
        let replacement = try StoreFixtures.snapshot(directory.path)

        #expect(storeError { () throws(StoreError) in try store.save(value, by: "MHJ", at: TestTime.at(60)) } == .storeReplaced(path: directory.path))
        #expect(storeError { () throws(StoreError) in try store.loadCase(id: "S-000001") } == .storeReplaced(path: directory.path))
        #expect(try StoreFixtures.snapshot(directory.path) == replacement)
        #expect(try FileStore.open(directory: directory.path).info.identity != store.info.identity)
    }

    @Test func aStoreOfVersionOneIsKnownByItsCreationTime() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let manifest = String(decoding: try StoreFixtures.read(store.layout.storeFile), as: UTF8.self)
        let versionOne = manifest.replacingOccurrences(of: "\"version\" : 3", with: "\"version\" : 1")
            .replacing(#/\s*"id" : "[0-9a-f]+",/#, with: "")
        #expect(!versionOne.contains("\"id\""))
        try StoreFixtures.write(Data(versionOne.utf8), to: store.layout.storeFile)
        let reopened = try FileStore.open(directory: directory.path)
        #expect(reopened.info.identity == StoreIdentity(id: nil, created: TestTime.created))
        _ = try reopened.save(try changed(reopened), by: "MHJ", at: TestTime.at(60))
        // Rewritten as version 3 (its audit log chained), it keeps its identity (and the required field, as null).
        _ = try reopened.updateSettings(.emptyObject, by: "MHJ", at: TestTime.at(61))
        #expect(try FileStore.open(directory: directory.path).info.identity == reopened.info.identity)
        #expect(String(decoding: try StoreFixtures.read(store.layout.storeFile), as: UTF8.self).contains("\"id\" : null"))
    }

    @Test func aSaveThatCannotBeWrittenLeavesNoAuditLine() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        let auditFile = store.layout.auditFile(month: AuditLog.month(of: Timestamp(secondsSince1970: 1_800_000_000)))
        let caseFile = store.layout.caseFile("S-000001")
        let before = try StoreFixtures.snapshot(directory.path)
        let auditSize = (try? FileSystem.status(auditFile))??.size ?? 0
        let caseSize = try #require(try FileSystem.status(caseFile)).size
        // Room for one more audit line but not for the case file: as a disk that fills up.
        let limit = auditSize + 400
        #expect(limit < caseSize)
        let child = try ChildProcess(arguments: ["save-with-file-limit", directory.path, "S-000001", String(limit)])
        let output = child.readRemainingOutput()
        #expect(child.wait() == 0)
        #expect(output == "refused\n")
        #expect(try StoreFixtures.snapshot(directory.path).mapValues(\.contents) == before.mapValues(\.contents))
    }

    /// A batch of new cases (an import) whose third case cannot be written, as on a full
    /// disk: the two written are removed and their events taken back.
    @Test func aBatchThatCannotBeWrittenLeavesTheStoreAsItWas() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        _ = try store.caseSummaries()
        let before = try StoreFixtures.snapshot(directory.path)
        let child = try ChildProcess(arguments: ["create-batch-with-file-limit", directory.path, String(100_000)])
        let output = child.readRemainingOutput()
        #expect(child.wait() == 0)
        // The third case (S-000005) failed, after S-000003 and S-000004 were written.
        #expect(output.hasPrefix("refused: ") && output.contains("S-000005"), "\(output)")
        let after = try StoreFixtures.snapshot(directory.path)
        #expect(after.mapValues(\.contents) == before.mapValues(\.contents),
                "changed: \(Set(after.keys).symmetricDifference(before.keys)) \(after.keys.filter { after[$0]?.contents != before[$0]?.contents })")
    }
}
