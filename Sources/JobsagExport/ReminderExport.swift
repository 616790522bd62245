import JobsagCore
import JobsagRules

/// What `jobsag reminders` lists and writes to a calendar: everything due in some cases.
public struct ReminderExport: Sendable {
    public struct Item: Sendable {
        public var due: DueItem
        public var caseworker: Initials
        public var citizenName: String
    }

    public var asOf: CalendarDate
    public var items: [Item]

    public init(cases: [Case], engine: RuleEngine, asOf: CalendarDate) {
        let sorted = cases.sorted { $0.id < $1.id }
        let assessments = engine.evaluateAll(sorted, asOf: asOf)
        self.asOf = asOf
        items = zip(sorted, assessments)
            .flatMap { item, assessment in
                DueItem.items(of: item, assessment: assessment).map {
                    Item(due: $0, caseworker: item.caseworker, citizenName: item.citizen.name)
                }
            }
            .sorted { ($0.due.date, $0.due.caseID, $0.due.tiebreak) < ($1.due.date, $1.due.caseID, $1.due.tiebreak) }
    }

    /// The item's title: the rule's title, or the reminder's text.
    func title(_ item: Item, language: Language) -> String {
        switch item.due.source {
        case .obligation(let obligation):
            return obligation.ruleID + " " + (RuleCatalogue.rule(id: obligation.ruleID, version: obligation.ruleVersion)?.title.text(language) ?? "")
        case .reminder(let reminder):
            return (language == .da ? "Påmindelse: " : "Reminder: ") + reminder.text
        }
    }

    /// One line per item, by date.
    public func text(language: Language, withNames: Bool) -> String {
        let da = language == .da
        var lines = [da ? "Forfalder pr. \(asOf.danish): \(items.count)" : "Due as of \(asOf.iso): \(items.count)"]
        for item in items {
            let date = da ? item.due.date.danish : item.due.date.iso
            let mark = item.due.date < asOf ? "!!" : item.due.date <= asOf.adding(days: 7) ? "! " : "  "
            var columns = [mark, date, item.due.caseID, item.caseworker]
            if withNames { columns.append(item.citizenName) }
            columns.append(title(item, language: language))
            lines.append(columns.joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An iCalendar file with one all-day event per item. Calendars sync to other systems,
    /// so an event names the case by its id and the rule, never the CPR number; the
    /// citizen's name only with `withNames`. The UIDs name the store (`storeID`, its
    /// `StoreIdentity.stableID`), so that two stores' calendars never collide.
    public func calendar(language: Language, withNames: Bool, storeID: String, stamp: Timestamp) -> ICalendar {
        let events = items.map { item -> ICalendar.Event in
            let uid: String
            var description: String
            switch item.due.source {
            case .obligation(let obligation):
                uid = "\(item.due.caseID).\(obligation.ruleID).v\(obligation.ruleVersion).\(obligation.subjectID ?? "-")@\(storeID).jobsag"
                description = obligation.explanation(language)
            case .reminder(let reminder):
                uid = "\(item.due.caseID).reminder.\(reminder.id)@\(storeID).jobsag"
                description = reminder.text
            }
            let caseLabel = (language == .da ? "sag " : "case ") + item.due.caseID + (withNames ? " · " + item.citizenName : "")
            description += "\n" + caseLabel + " · " + item.caseworker
            return ICalendar.Event(uid: uid, date: item.due.date, summary: title(item, language: language) + " · " + caseLabel,
                                   description: description, lastModified: stamp)
        }
        return ICalendar(events: events, stamp: stamp)
    }
}
