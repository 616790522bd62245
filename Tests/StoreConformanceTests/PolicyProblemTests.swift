import Foundation
import JobsagCore
import JobsagPostgres
import JobsagRules
import JobsagStore
import JobsagStoreRules
import PostgresTestSupport
import Testing

/// The local policy in a store's settings on both backends: merged over the defaults key by
/// key, and every unknown key or rule id and every wrong type named with the file (or the
/// database column), the line and the column; never a silent fallback.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct PolicyProblemTests {
    static let settings = #"{"policy": {"leadTimeDays": "30", "localRulesEnabled": {"KF.EFTER6": false, "KF.EFTR6": true}}}"#

    @Test(arguments: Backend.allCases)
    func aWrongPolicyIsNamedWithItsPositionAndWhatIsRightStillApplies(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let (store, text) = try reopenWithSettings(fixture)
        let policy = store.policy
        #expect(policy.leadTimeDays == 7)
        #expect(policy.localRulesEnabled == ["KF.EFTER6": false, "RD.40A.GODKEND": true, "FJ.PROGRESSION": true, "KF.SELVBOOK": false])
        let problems = store.policyProblems
        #expect(problems.map(\.position) == [position(of: #""30""#, in: text), position(of: #""KF.EFTR6""#, in: text)])
        #expect(problems.allSatisfy { $0.path == store.info.settingsDocument.path })
        #expect(problems.first?.message.da.contains(": lokal politik: »leadTimeDays« skal være et helt tal fra 0 til 3660") == true)
        #expect(problems.last?.message.da.contains("»KF.EFTR6« er ikke en regel i kataloget") == true)
        switch backend {
        case .files: #expect(store.info.settingsDocument.path.hasSuffix("/store.json"))
        case .postgres: #expect(store.info.settingsDocument.path.hasSuffix(" store_settings.settings"))
        }
    }

    @Test(arguments: Backend.allCases)
    func aStoreWithoutAPolicyHasTheDefaultsAndNoProblems(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        #expect(fixture.first.policy == .standard)
        #expect(fixture.first.policyProblems.isEmpty)
    }

    /// The store opened again after its settings were replaced, and the text that holds them.
    private func reopenWithSettings(_ fixture: StoreFixture) throws -> (any CaseStore, String) {
        switch fixture.backend {
        case .files:
            let directory = try #require(fixture.directory)
            let settings = try JSONDecoder().decode(JSONValue.self, from: Data(Self.settings.utf8))
            _ = try FileStore.open(directory: directory).updateSettings(settings, by: "MHJ", at: TestTime.at(5))
            let store = try FileStore.open(directory: directory)
            return (store, try String(contentsOfFile: directory + "/store.json", encoding: .utf8))
        case .postgres:
            let database = try #require(fixture.database)
            try fixture.sql("UPDATE store_settings SET settings = '\(Self.settings)'::jsonb")
            let url = try DatabaseURL(parsing: try TestCluster.shared().url(database: database))
            let store = try PostgresStore.open(url, caseloadColumns: { _ in testColumns })
            var text = try fixture.sql("SELECT settings::text FROM store_settings")
            if text.hasSuffix("\n") { text.removeLast() }
            return (store, text)
        }
    }

    /// Where `needle` first starts in `text`.
    private func position(of needle: String, in text: String) -> TextPosition? {
        guard let range = text.range(of: needle) else { return nil }
        return TextPosition(offset: text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound), in: Array(text.utf8))
    }
}
