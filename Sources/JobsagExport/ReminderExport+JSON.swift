import JobsagCore
import JobsagRules

/// `jobsag reminders --json`: what is due, as one document (README, "The command line").
extension ReminderExport {
    public func json(withNames: Bool) -> String {
        ReportJSON.text(Document(
            format: "jobsag.reminders", version: 2, asOf: asOf,
            items: items.map { item in
                var entry = Document.Item(
                    date: item.due.date, overdue: item.due.date < asOf, caseId: item.due.caseID, caseworker: item.caseworker,
                    citizen: withNames ? item.citizenName : nil,
                    title: LocalizedText(da: title(item, language: .da), en: title(item, language: .en)))
                switch item.due.source {
                case .obligation(let obligation):
                    entry.kind = "obligation"
                    entry.ruleId = obligation.ruleID
                    entry.ruleVersion = obligation.ruleVersion
                    entry.status = obligation.status.rawValue
                    entry.subjectId = obligation.subjectID
                case .reminder(let reminder):
                    entry.kind = "reminder"
                    entry.reminderId = reminder.id
                case .meeting(let meeting):
                    entry.kind = "meeting"
                    entry.meetingId = meeting.id
                    entry.time = meeting.time.text
                }
                return entry
            }))
    }

    private struct Document: Encodable {
        struct Item: Encodable {
            var date: CalendarDate
            var overdue: Bool
            var caseId: CaseID
            var caseworker: Initials
            var citizen: String?
            var title: LocalizedText
            var kind = ""
            @NullWhenAbsent var ruleId: String? = nil
            @NullWhenAbsent var ruleVersion: Int? = nil
            @NullWhenAbsent var status: String? = nil
            @NullWhenAbsent var subjectId: String? = nil
            @NullWhenAbsent var reminderId: String? = nil
            @NullWhenAbsent var meetingId: String? = nil
            /// A meeting's time of day, `HH:MM` in Copenhagen.
            @NullWhenAbsent var time: String? = nil
        }

        var format: String
        var version: Int
        var asOf: CalendarDate
        var items: [Item]
    }
}
