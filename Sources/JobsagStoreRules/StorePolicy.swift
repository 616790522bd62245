// The local rule policy a store's settings hold, as every command and the benchmark read it.
import Foundation
import JobsagCore
import JobsagRules
import JobsagStore

extension PolicyReading {
    /// The local policy in a store's settings (`settings.policy`), read field by field and
    /// merged over the defaults; no policy is the defaults.
    public init(storeSettings settings: JSONValue) {
        guard let written = settings["policy"] else {
            self.init(policy: .standard, issues: [])
            return
        }
        let decoded = (try? JSONEncoder().encode(written)).flatMap { try? JSONDecoder().decode(PolicyReading.self, from: $0) }
        self = decoded ?? PolicyReading(policy: .standard, issues: [PolicyReading.notAnObject])
    }
}

extension RulePolicy {
    /// The local policy in a store's settings, merged over the defaults; a field that is
    /// wrong keeps its default (and `CaseStore.policyProblems` names it).
    public init(storeSettings settings: JSONValue) {
        self = PolicyReading(storeSettings: settings).policy
    }
}

extension CaseStore {
    /// The store's local policy (`settings.policy`) merged over the defaults.
    public var policy: RulePolicy { RulePolicy(storeSettings: info.settings) }

    /// What is wrong in the store's local policy (an unknown key or rule id, a wrong type or
    /// range), each with the file (or database column), line and column, in the order of the text.
    public var policyProblems: [StoreProblem] {
        PolicyReading(storeSettings: info.settings).issues
            .map { issue in
                info.settingsDocument.problem(
                    .warning, .schema, at: ["policy"] + issue.keyPath, atKey: issue.isKey,
                    detail: LocalizedText(da: "lokal politik: " + issue.detail.da, en: "local policy: " + issue.detail.en))
            }
            .sorted { ($0.position?.line ?? 0, $0.position?.column ?? 0) < ($1.position?.line ?? 0, $1.position?.column ?? 0) }
    }
}
