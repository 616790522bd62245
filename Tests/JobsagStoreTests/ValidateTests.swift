import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// `validate` lists every problem in the store with its path and position.
@Suite struct ValidateTests {
    @Test func everyProblemIsListed() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 4)
        let layout = store.layout
        // A truncated case, a stray temporary file, an unknown file, an unknown caseworker,
        // an unknown field, a bad review, a torn audit line.
        let three = try StoreFixtures.read(layout.caseFile("S-000003"))
        try StoreFixtures.write(three.prefix(100), to: layout.caseFile("S-000003"))
        try StoreFixtures.write(Data("x".utf8), to: layout.casesDirectory + "/.S-000001.json.tmp-1-abc")
        try StoreFixtures.write(Data("x".utf8), to: layout.casesDirectory + "/notes.txt")
        var four = try store.loadCase(id: "S-000004")
        four.caseworker = "ZZZ"
        _ = try store.save(four, by: "MHJ", at: TestTime.at(1))
        var two = String(decoding: try StoreFixtures.read(layout.caseFile("S-000002")), as: UTF8.self)
        two = two.replacingOccurrences(of: "\"caseworker\" :", with: "\"favouriteColour\" : \"blå\",\n  \"caseworker\" :")
        try StoreFixtures.write(Data(two.utf8), to: layout.caseFile("S-000002"))
        try StoreFixtures.write(Data("{\"format\": \"jobsag.review\"}".utf8), to: layout.reviewFile("R1"))
        let auditPath = layout.auditFile(month: "2026-09")
        var audit = try StoreFixtures.read(auditPath)
        audit.append(contentsOf: Array("{\"format\":\"jobs".utf8))
        try StoreFixtures.write(audit, to: auditPath)

        let problems = FileStore.validate(directory: directory.path)
        let summary = problems.map { "\($0.kind) \($0.path.replacingOccurrences(of: directory.path + "/", with: "")) \($0.position?.description ?? "-")" }
        #expect(summary == [
            "tornAuditLine audit/2026-09.jsonl 6:16",
            "strayTemporaryFile cases/.S-000001.json.tmp-1-abc -",
            "schema cases/S-000002.json 7:3",
            "truncated cases/S-000003.json \(TextPosition(offset: 100, in: Array(three)))",
            "unknownCaseworker cases/S-000004.json -",
            "unexpectedFile cases/notes.txt -",
            "schema reviews/R1.json 1:1",
        ])
        #expect(problems.first { $0.kind == .schema && $0.caseID == "S-000002" }?.detail.da.contains("»favouriteColour« er ukendt") == true)
        #expect(problems.filter { $0.severity == .error }.map(\.kind) == [.truncated, .schema])

        // Loading removes the stray temporary file (no save can be running under the lock).
        _ = try store.loadCases(where: .all)
        #expect(!FileStore.validate(directory: directory.path).contains { $0.kind == .strayTemporaryFile })
    }

    @Test func aMissingStoreIsOneProblem() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let problems = FileStore.validate(directory: directory.sub("none"))
        #expect(problems.count == 1)
        #expect(problems.first?.message.da.contains("findes ikke") == true)
    }
}
