import Foundation
import Glibc
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreRules
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

@testable import jobsag_bench

/// `jobsag-bench load` on a private cluster and on a data directory: writers sharing a
/// caseload get stale saves refused and lose nothing, and a save taken out of the store
/// behind their back is counted as lost.
@Suite(.enabled(if: TestCluster.shouldRun))
struct LoadRunTests {
    enum Backend: CaseIterable {
        case files, database
    }

    @Test(arguments: Backend.allCases)
    func writersSharingCasesLoseNothingAndARemovedSaveIsCounted(_ backend: Backend) throws {
        let snapshot = StoreSnapshot(
            identity: StoreIdentity(id: StoreIdentity.newID(), created: Timestamp(secondsSince1970: 1_790_000_000)), isDemo: false,
            settings: .emptyObject, caseworkers: SampleCases.caseworkers, cases: SampleCases.make(count: 30), auditEvents: [], reviews: [:])
        let target: LoadTarget
        let removeConversation: (CaseID, EntryID) throws -> Void
        switch backend {
        case .files:
            var template = Array((NSTemporaryDirectory() + "/jobsag-load-XXXXXX").utf8CString)
            let made = template.withUnsafeMutableBufferPointer { $0.baseAddress.flatMap { mkdtemp($0) } }
            let directory = try #require(made.map { String(cString: $0) }) + "/store"
            defer { _ = try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) }
            let store = try FileStore.create(directory: directory, from: snapshot)
            target = .files(directory)
            removeConversation = { id, conversation in
                var value = try store.loadCase(id: id)
                value.conversations.removeAll { $0.id == conversation }
                let path = StoreLayout(directory: directory).caseFile(id)
                try StoreDocument.encode(value, source: path).write(to: URL(fileURLWithPath: path))
            }
            try check(target, removeConversation)
        case .database:
            let cluster = try TestCluster.shared()
            let url = try DatabaseURL(parsing: try cluster.createDatabase())
            _ = try PostgresDatabase.initialize(url)
            try PostgresDatabase.load(snapshot, into: url, caseloadColumns: CaseloadColumns.fromRules)
            target = .database(url)
            removeConversation = { id, conversation in
                try cluster.psql(url.database, """
                    UPDATE cases SET document = jsonb_set(document, '{conversations}', (
                        SELECT coalesce(jsonb_agg(c), '[]'::jsonb) FROM jsonb_array_elements(document->'conversations') c
                        WHERE c->>'id' <> '\(conversation)'))
                    WHERE id = '\(id)'
                    """)
            }
            try check(target, removeConversation)
        }
    }

    /// JPØ, MHJ and SØK for a second; MHJ covers JPØ's caseload. Then one acknowledged
    /// conversation is taken out of its case, the revision left as it is.
    private func check(_ target: LoadTarget, _ removeConversation: (CaseID, EntryID) throws -> Void) throws {
        let result = try LoadRun(target: target, writers: 3, seconds: 1, rate: 30, coveringEvery: 2).run()
        #expect(result.failures == [])
        #expect(result.coveringWriters == 1)
        #expect(result.saves > 0)
        #expect(result.staleRefused > 0)
        #expect(result.lostUpdates == LostUpdates(lost: 0, unexpected: 0))

        let (id, conversations) = try #require(result.saved.first { !$0.value.isEmpty })
        try removeConversation(id, try #require(conversations.last))
        let after = try CaseTally.read(Array(result.before.keys), from: try target.open())
        #expect(LostUpdates.count(before: result.before, after: after, saved: result.saved) == LostUpdates(lost: 1, unexpected: 0))
    }
}
