// The caseload columns the database keeps beside each case, computed by the shared rules module.
import JobsagCore
import JobsagPostgres
import JobsagRules
import JobsagStore

extension CaseloadColumns {
    /// What the caseload shows of a case as of a day, under the store's local policy: its
    /// light, and the date and rule of what colours it (else of the next obligation due).
    public static func fromRules(settings: JSONValue) -> Computer {
        let engine = RuleEngine(policy: RulePolicy(storeSettings: settings))
        return { value, day in
            let mark = CaseloadMark(value, assessment: engine.evaluate(value, asOf: day))
            let light: Light
            switch mark.light {
            case .red: light = .red
            case .yellow: light = .yellow
            case .green: light = .green
            }
            return CaseloadColumns(light: light, nextDeadline: mark.next?.date, nextRule: mark.nextRule)
        }
    }
}
