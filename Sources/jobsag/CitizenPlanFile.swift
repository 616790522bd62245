import Foundation
import JobsagCore
import JobsagExport
import JobsagStore

/// Writes a citizen's plan, for `jobsag plan` and the `P` key alike: the writing is logged as
/// an export of the case (`plan.html`, `plan.md`) before any file is written, as every export is.
enum CitizenPlanFile {
    /// Writes the plan of `item` in each format to its path (`-`: standard output) and returns
    /// the files written.
    static func write(
        _ item: Case, to files: [(format: CitizenPlan.Format, path: String)], store: any CaseStore, user: Initials,
        caseworkers: [Caseworker], asOf: CalendarDate
    ) throws -> [String] {
        let plan = CitizenPlan(case: item, caseworkers: caseworkers, engine: ReportScope.engine(store), asOf: asOf)
        try StoreAccess.call {
            try store.record(AuditEvent(
                time: SystemClock.now(), user: user, action: .export, caseID: item.id, changes: files.map(\.format.auditName)))
        }
        return try files.compactMap { file in try CommandPath.writeExport(plan.text(file.format), to: file.path) }
    }

    /// Where the `P` key writes a case's plan: `min-plan-S-000123.html` in the working directory.
    static func keyPath(for caseID: CaseID) -> String {
        CommandPath.absolute(CitizenPlan.defaultFileName(caseID: caseID, format: .html))
    }
}
