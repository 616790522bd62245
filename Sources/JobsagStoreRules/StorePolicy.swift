// The local rule policy a store's settings hold, as every command and the benchmark read it.
import Foundation
import JobsagCore
import JobsagRules
import JobsagStore

extension RulePolicy {
    /// The local policy in a store's settings (`settings.policy`, fields as `RulePolicy`;
    /// missing fields keep their defaults), else the defaults.
    public init(storeSettings settings: JSONValue) {
        guard let policy = settings["policy"],
              let data = try? JSONEncoder().encode(policy),
              let decoded = try? JSONDecoder().decode(RulePolicy.self, from: data)
        else {
            self = .standard
            return
        }
        self = decoded
    }
}

extension CaseStore {
    /// The store's local policy (`settings.policy`), else the defaults.
    public var policy: RulePolicy { RulePolicy(storeSettings: info.settings) }
}
