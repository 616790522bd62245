import Foundation
import JobsagCore
import JobsagPostgres
import JobsagStore
import JobsagStoreRules
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

@testable import jobsag_bench

/// `jobsag-bench load` on a private cluster: writers sharing a caseload get stale saves
/// refused and lose nothing, and a save taken out of the database behind their back is
/// counted as lost.
@Suite(.enabled(if: TestCluster.shouldRun))
struct LoadRunTests {
    @Test func writersSharingCasesLoseNothingAndARemovedSaveIsCounted() throws {
        let cluster = try TestCluster.shared()
        let url = try DatabaseURL(parsing: try cluster.createDatabase())
        _ = try PostgresDatabase.initialize(url)
        let snapshot = StoreSnapshot(
            identity: StoreIdentity(id: StoreIdentity.newID(), created: Timestamp(secondsSince1970: 1_790_000_000)), isDemo: false,
            settings: .emptyObject, caseworkers: SampleCases.caseworkers, cases: SampleCases.make(count: 30), auditEvents: [], reviews: [:])
        try PostgresDatabase.load(snapshot, into: url, caseloadColumns: CaseloadColumns.fromRules)

        // JPØ, MHJ and SØK; MHJ covers JPØ's caseload.
        let result = try LoadRun(url: url, writers: 3, seconds: 1, rate: 30, coveringEvery: 2).run()
        #expect(result.failures == [])
        #expect(result.coveringWriters == 1)
        #expect(result.saves > 0)
        #expect(result.staleRefused > 0)
        #expect(result.lostUpdates == LostUpdates(lost: 0, unexpected: 0))

        let ids = Array(result.before.keys)
        guard let (id, conversations) = result.saved.first(where: { !$0.value.isEmpty }), let removed = conversations.last else {
            Issue.record("no save was acknowledged")
            return
        }
        try cluster.psql(url.database, """
            UPDATE cases SET document = jsonb_set(document, '{conversations}', (
                SELECT coalesce(jsonb_agg(c), '[]'::jsonb) FROM jsonb_array_elements(document->'conversations') c WHERE c->>'id' <> '\(removed)'))
            WHERE id = '\(id)'
            """)
        let store = try PostgresStore.open(url, caseloadColumns: CaseloadColumns.fromRules)
        let after = try CaseTally.read(ids, from: store)
        #expect(LostUpdates.count(before: result.before, after: after, saved: result.saved) == LostUpdates(lost: 1, unexpected: 0))
    }
}
