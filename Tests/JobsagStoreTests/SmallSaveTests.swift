import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Guarantees 1 and 2: a save writes one case file and one audit line, whatever the size.
@Suite struct SmallSaveTests {
    private func lineCount(_ version: StoreFixtures.FileVersion?) -> Int {
        guard let version else { return 0 }
        return version.contents.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    @Test(arguments: [3, 300])
    func aSaveChangesOneCaseFileAndOneAuditFile(count: Int) throws {
        let directory = TemporaryDirectory("smallsave\(count)")
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: count)
        _ = try store.loadCases(where: .all)  // writes the index, so it is part of "before"
        let before = try StoreFixtures.snapshot(directory.path)
        let auditPath = "audit/" + AuditLog.month(of: TestTime.at(3600)) + ".jsonl"
        let auditLinesBefore = lineCount(before[auditPath])

        var value = try store.loadCase(id: "S-000002")
        value.conversations[0].summary = "Rettet referat"
        let saved = try store.save(value, by: "MHJ", at: TestTime.at(3600))

        let after = try StoreFixtures.snapshot(directory.path)
        #expect(StoreFixtures.changedPaths(before, after) == ["cases/S-000002.json", auditPath])
        let auditLinesAfter = lineCount(after[auditPath])
        #expect(auditLinesAfter == auditLinesBefore + 1)
        #expect(saved.revision == 2)
        let events = try store.auditEvents(caseID: "S-000002").events
        #expect(events.last == AuditEvent(
            time: TestTime.at(3600), user: "MHJ", action: .update, caseID: "S-000002",
            changes: ["conversations[k2-0].summary"]))
    }

    @Test func theWriterReplacesTheFileAndLeavesNoTemporaryFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("a.json")
        try AtomicFileWriter.write(Data("one".utf8), to: path)
        let first = try #require(try FileSystem.status(path))
        try AtomicFileWriter.write(Data("two".utf8), to: path)
        let second = try #require(try FileSystem.status(path))
        // A new inode: the old file was replaced by rename, never truncated in place.
        #expect(first.inode != second.inode)
        #expect(try StoreFixtures.read(path) == Data("two".utf8))
        #expect(try FileSystem.list(directory.path) == ["a.json"])

        let refused = storeError { () throws(StoreError) in try AtomicFileWriter.write(Data("three".utf8), to: path, replacingExisting: false) }
        guard case .io(let failure)? = refused else {
            Issue.record("an existing file was replaced")
            return
        }
        #expect(failure.errorNumber == EEXIST)
        #expect(try StoreFixtures.read(path) == Data("two".utf8))
        #expect(try FileSystem.list(directory.path) == ["a.json"])
    }

    @Test func aFailedWriteRemovesItsTemporaryFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        // The target is a non-empty directory: the rename fails after all bytes are written.
        let target = directory.sub("occupied")
        mkdir(target, 0o700)
        try StoreFixtures.write(Data("x".utf8), to: target + "/inside")
        let error = storeError { () throws(StoreError) in try AtomicFileWriter.write(Data("data".utf8), to: target) }
        #expect(error != nil)
        #expect(try FileSystem.list(directory.path) == ["occupied"])
        #expect(error?.message.da.contains(target) == true)
    }
}
