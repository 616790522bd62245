import JobsagCore

/// The keys of the texts of the citizen's plan key. Looked up as `plan.<case>` in
/// Resources/Strings/<lang>-plan.json.
enum PlanText: String, StringTableKey, Sendable, CaseIterable {
    static let prefix = "plan"

    case written
}

extension Strings {
    func format(plan key: PlanText, _ arguments: CustomStringConvertible...) -> String { format(key, with: arguments) }
}

extension AppState {
    /// `P` in a case: the runtime writes the citizen's plan as HTML (as `jobsag plan --html`
    /// does, logged as an export of the case) and says where.
    mutating func writePlan() -> [Effect] {
        guard screen == .caseDetail, let caseID = targetCaseID, let item = cases[caseID] else {
            message = StatusMessage(strings[.selectACaseFirst], kind: .error)
            return []
        }
        return [.writePlan(item, asOf: context.asOf)]
    }
}
