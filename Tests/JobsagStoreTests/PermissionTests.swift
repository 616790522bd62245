import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Guarantee 6: private by default.
@Suite struct PermissionTests {
    @Test func aSaveLeavesTheFilesItWrites0600AndDirectories0700() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 2)
        let caseFile = store.layout.caseFile("S-000001")
        let auditFile = store.layout.auditFile(month: AuditLog.month(of: TestTime.at(60)))
        chmod(caseFile, 0o644)
        chmod(auditFile, 0o644)
        for path in [directory.path, store.layout.casesDirectory, store.layout.auditDirectory] { chmod(path, 0o755) }

        let reopened = try FileStore.open(directory: directory.path)
        #expect(Set(reopened.info.warnings.map(\.path)) == [directory.path, store.layout.casesDirectory, store.layout.auditDirectory])
        #expect(reopened.info.warnings.allSatisfy { $0.kind == .permissions && $0.detail.da.contains("andre end ejeren kan se filerne i mappen") })
        let load = try reopened.loadCases(where: .all)
        #expect(load.problems.contains { $0.kind == .permissions && $0.detail.da.hasPrefix("1 sagsfiler kan læses af andre") })

        var value = try reopened.loadCase(id: "S-000001")
        value.citizen.phone = "99"
        _ = try reopened.save(value, by: "MHJ", at: TestTime.at(60))
        #expect(StoreFixtures.mode(caseFile) == 0o600)
        #expect(StoreFixtures.mode(auditFile) == 0o600)
        for path in [directory.path, store.layout.casesDirectory, store.layout.auditDirectory, store.layout.reviewsDirectory] {
            #expect(StoreFixtures.mode(path) == 0o700, "\(path)")
        }
        for file in try StoreFixtures.snapshot(directory.path).keys {
            #expect(StoreFixtures.mode(directory.path + "/" + file) == 0o600, "\(file)")
        }
        #expect(try FileStore.open(directory: directory.path).info.warnings.isEmpty)
    }

    @Test func theWriterMakesFiles0600WhateverTheUmask() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("file.json")
        try StoreFixtures.write(Data("old".utf8), to: path, mode: 0o644)
        let previous = umask(0)
        defer { umask(previous) }
        try AtomicFileWriter.write(Data("new".utf8), to: path)
        #expect(StoreFixtures.mode(path) == 0o600)
        #expect(try StoreFixtures.read(path) == Data("new".utf8))
    }

    @Test func validateReportsFilesReadableByOthers() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        chmod(store.layout.caseFile("S-000001"), 0o640)
        let problems = FileStore.validate(directory: directory.path)
        #expect(problems.map(\.path) == [store.layout.caseFile("S-000001")])
        #expect(problems.first?.message.da.contains("rettigheder 640") == true)
    }
}
