import Foundation
import JobsagRules
import JobsagStore

extension FileStore {
    /// The local policy in `store.json` (`settings.policy`, fields as `RulePolicy`; missing
    /// fields keep their defaults), else the defaults.
    var policy: RulePolicy {
        guard let settings = info.settings["policy"],
              let data = try? JSONEncoder().encode(settings),
              let policy = try? JSONDecoder().decode(RulePolicy.self, from: data)
        else { return .standard }
        return policy
    }
}
