import JobsagCore
import JobsagExport
import JobsagStore

/// `jobsag validate --json`: the problems found in a store as one document (README, "The
/// command line").
enum ValidationJSON {
    static func text(store: String, problems: [StoreProblem]) -> String {
        ReportJSON.text(Document(format: "jobsag.validate", version: 1, store: store, problems: problems.map(Item.init)))
    }

    private struct Document: Encodable {
        var format: String
        var version: Int
        var store: String
        var problems: [Item]
    }

    private struct Item: Encodable {
        var severity: String
        var kind: String
        var path: String
        @NullWhenAbsent var caseId: CaseID?
        @NullWhenAbsent var line: Int?
        @NullWhenAbsent var column: Int?
        var message: LocalizedText

        init(_ problem: StoreProblem) {
            severity = problem.severity.rawValue
            kind = problem.kind.rawValue
            path = problem.path
            caseId = problem.caseID
            line = problem.position?.line
            column = problem.position?.column
            message = problem.detail
        }
    }
}
