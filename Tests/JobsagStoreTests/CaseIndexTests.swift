import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// The index lets a caseload load without decoding every file, and is never trusted over
/// the files themselves.
@Suite struct CaseIndexTests {
    @Test func aCaseloadLoadsThroughTheIndexAndFollowsChangesMadeBehindItsBack() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 40)
        let all = try store.loadCases(where: .all).cases
        let mine = all.filter { $0.caseworker == "MHJ" }.map(\.id)
        #expect(!mine.isEmpty)
        #expect(try FileSystem.status(store.layout.indexFile) != nil)

        let other = try #require(all.first { $0.caseworker != "MHJ" })
        let load = try store.loadCases(where: .caseload(of: ["MHJ"]))
        #expect(load.cases.map(\.id) == mine)
        #expect(load.problems.isEmpty)

        // An edit in place by another tool (same inode) that moves a case to MHJ is seen.
        let path = store.layout.caseFile(other.id)
        let text = String(decoding: try StoreFixtures.read(path), as: UTF8.self)
            .replacingOccurrences(of: "\"caseworker\" : \"\(other.caseworker)\"", with: "\"caseworker\" : \"MHJ\"")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data(text.utf8))
        try handle.truncate(atOffset: UInt64(text.utf8.count))
        try handle.close()
        let after = try store.loadCases(where: .caseload(of: ["MHJ"]))
        #expect(after.cases.map(\.id) == (mine + [other.id]).sorted())

        // A coordinating caseworker's cases are in the caseload too.
        var coordinated = try #require(all.first { $0.caseworker != "MHJ" && $0.id != other.id })
        coordinated.coordinatingCaseworker = "MHJ"
        _ = try store.save(coordinated, by: "SØK", at: TestTime.at(1))
        #expect(try store.loadCases(where: .caseload(of: ["MHJ"])).cases.map(\.id).contains(coordinated.id))
    }

    @Test func aNewStoreHasAnIndexThatMatchesEveryCaseFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 30)
        let index = CaseIndex.read(store.layout.indexFile)
        #expect(index.entries.count == 30)
        for (id, entry) in index.entries {
            let status = try #require(try FileSystem.status(store.layout.caseFile(id)))
            #expect(entry.stamp == status.stamp, "the index entry of \(id) is stale from the start")
            #expect(entry.summary?.revision == 1)
        }
        // Loading every case finds the index current: it reads the same summaries.
        let summaries = try store.caseSummaries()
        #expect(summaries == index.entries.values.compactMap(\.summary).sorted { $0.id < $1.id })
    }

    @Test func aMissingOrDamagedIndexIsRebuilt() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 10)
        let expected = try store.loadCases(where: .caseload(of: ["SØK"])).cases
        try StoreFixtures.write(Data("{\"format\":\"jobsag.case-index\",\"version\":1,\"entries\":[{\"id\":1}]}".utf8), to: store.layout.indexFile)
        #expect(try store.loadCases(where: .caseload(of: ["SØK"])).cases == expected)
        try FileSystem.removeFile(store.layout.indexFile)
        #expect(try store.loadCases(where: .caseload(of: ["SØK"])).cases == expected)
        #expect(try store.caseSummaries().count == 10)
        #expect(FileStore.validate(directory: directory.path).isEmpty)
    }

    @Test func aBadFileIsReportedInEveryCaseload() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 5)
        _ = try store.loadCases(where: .all)
        try StoreFixtures.write(Data("{".utf8), to: store.layout.caseFile("S-000002"))
        for _ in 0..<2 {
            let load = try store.loadCases(where: .caseload(of: ["nobody"]))
            #expect(load.cases.isEmpty)
            #expect(load.problems.map(\.caseID) == ["S-000002"])
        }
    }

    @Test func loadingByIDReportsMissingCases() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 3)
        let load = try store.loadCases(where: .ids(["S-000003", "S-000009"]))
        #expect(load.cases.map(\.id) == ["S-000003"])
        #expect(load.problems.map(\.kind) == [.missingFile])
    }
}
