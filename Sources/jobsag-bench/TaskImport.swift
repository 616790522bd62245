// Writes taskwarrior's import file from the rules' obligations: one task per obligation with a deadline, pending until it is met.
import Foundation
import JobsagCore
import JobsagRules

enum TaskImport {
    /// One JSON object a line (what `task import` reads) per obligation with a deadline:
    /// completed when met, pending when open, due soon, overdue or missed, each with the
    /// deadline as `due` (the end of the deadline's day, so that taskwarrior calls it
    /// overdue from the next day, as Jobsag does). Returns the number of tasks.
    static func write(cases: [Case], assessments: [CaseAssessment], to path: String) throws -> Int {
        let pending: Set<ObligationStatus> = [.open, .dueSoon, .overdue, .missed]
        var text = ""
        var count = 0
        for (item, assessment) in zip(cases, assessments) {
            for obligation in assessment.obligations where obligation.status == .met || pending.contains(obligation.status) {
                guard let deadline = obligation.deadline else { continue }
                let due = deadline.adding(days: 1).iso.replacingOccurrences(of: "-", with: "") + "T000000Z"
                let status = obligation.status == .met ? "\"completed\",\"end\":\"20260101T000000Z\"" : "\"pending\""
                text += "{\"description\":\"\(item.id) \(obligation.ruleID)\",\"project\":\"\(item.caseworker)\","
                    + "\"status\":\(status),\"due\":\"\(due)\",\"entry\":\"20260101T000000Z\"}\n"
                count += 1
            }
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return count
    }
}
