import Foundation
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport
import Testing

/// Case documents read a page at a time (the database's `loadCases`): every page asked for
/// after the last id of the one before, the cases decoded in order, a bad document a problem.
@Suite struct PagedCaseDecodingTests {
    static func documents(_ count: Int) throws -> [(id: CaseID, data: Data)] {
        try (1...count).map { number in
            let value = SampleCases.make(number: number)
            return (value.id, try StoreDocument.encode(value, source: value.id))
        }
    }

    /// The documents after `after` (all for nil), at most `limit`.
    static func page(_ documents: [(id: CaseID, data: Data)], after: CaseID?, limit: Int) -> [(id: CaseID, data: Data)] {
        Array(documents.filter { document in after.map { document.id > $0 } ?? true }.prefix(limit))
    }

    @Test func everyPageIsAskedForAfterTheLastIdAndTheCasesComeInOrder() throws {
        var documents = try Self.documents(10)
        documents[4].data = Data(#"{"format": "jobsag.case"}"#.utf8)
        var asked: [CaseID?] = []
        let load = try StoreDocument.decodeCases(pagesOf: 3, fetch: { (after, limit) throws(StoreError) in
            asked.append(after)
            return Self.page(documents, after: after, limit: limit)
        }, source: { "test \($0)" }, transform: { $0.id })
        let ids = documents.map(\.id)
        #expect(load.values == ids.enumerated().filter { $0.offset != 4 }.map(\.element))
        #expect(load.problems.map(\.path) == ["test \(ids[4])"])
        #expect(asked == [nil, ids[2], ids[5], ids[8]])
    }

    @Test func aFullLastPageIsFollowedByAnEmptyOne() throws {
        let documents = try Self.documents(6)
        var asked: [CaseID?] = []
        let load = try StoreDocument.decodeCases(pagesOf: 3, fetch: { (after, limit) throws(StoreError) in
            asked.append(after)
            return Self.page(documents, after: after, limit: limit)
        }, source: { $0 }, transform: { $0 })
        #expect(load.cases.count == 6)
        #expect(asked == [nil, documents[2].id, documents[5].id])
    }

    /// The first case waits until the third page is fetched: a page is fetched and starts
    /// decoding while the one before it is still decoding.
    @Test func pagesAreFetchedWhileThoseBeforeAreDecodedAndTheCasesStayInOrder() throws {
        let documents = try Self.documents(12)
        let first = documents[0].id
        let thirdPageFetched = DispatchSemaphore(value: 0)
        var fetches = 0
        let load = try StoreDocument.decodeCases(pagesOf: 3, fetch: { (after, limit) throws(StoreError) in
            fetches += 1
            if fetches == 3 { thirdPageFetched.signal() }
            return Self.page(documents, after: after, limit: limit)
        }, source: { $0 }, transform: { item in
            (id: item.id, waited: item.id != first || thirdPageFetched.wait(timeout: .now() + 60) == .success)
        })
        #expect(load.values.map(\.id) == documents.map(\.id))
        #expect(load.values.map(\.waited) == Array(repeating: true, count: documents.count))
    }

    @Test func aFetchThatFailsFailsTheLoad() throws {
        let documents = try Self.documents(5)
        let failure = StoreError.caseNotFound(caseID: "S-000004", path: "test")
        #expect(throws: failure) {
            try StoreDocument.decodeCases(pagesOf: 2, fetch: { (after, limit) throws(StoreError) in
                guard after == nil else { throw failure }
                return Self.page(documents, after: after, limit: limit)
            }, source: { $0 }, transform: { $0 })
        }
    }
}
