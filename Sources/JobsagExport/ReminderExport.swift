import JobsagCore
import JobsagRules

/// What `jobsag reminders` lists and writes to a calendar: everything due in some cases.
public struct ReminderExport: Sendable {
    public struct Item: Sendable {
        public var due: DueItem
        public var caseworker: Initials
        public var citizenName: String
    }

    /// A meeting of one of the cases, whatever became of it: the calendar shows each one.
    public struct MeetingItem: Sendable {
        public var caseID: CaseID
        public var meeting: Meeting
        public var caseworker: Initials
        public var citizenName: String
    }

    public var asOf: CalendarDate
    public var items: [Item]
    /// Every meeting of the cases (booked, held, no-show, cancelled), by day and time.
    public var meetings: [MeetingItem]

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
        meetings = sorted
            .flatMap { item in
                item.meetings.map { MeetingItem(caseID: item.id, meeting: $0, caseworker: item.caseworker, citizenName: item.citizen.name) }
            }
            .sorted { ($0.meeting.date, $0.meeting.time, $0.caseID, $0.meeting.id) < ($1.meeting.date, $1.meeting.time, $1.caseID, $1.meeting.id) }
    }

    /// The item's title: the rule's title, the reminder's text, or the meeting's kind and time.
    func title(_ item: Item, language: Language) -> String {
        switch item.due.source {
        case .meeting(let meeting):
            return Self.meetingTitle(meeting, language: language)
        case .obligation(let obligation):
            return obligation.ruleID + " " + (RuleCatalogue.rule(id: obligation.ruleID, version: obligation.ruleVersion)?.title.text(language) ?? "")
        case .reminder(let reminder):
            return (language == .da ? "Påmindelse: " : "Reminder: ") + reminder.text
        }
    }

    /// "Møde 10:00: jobsamtale (fysisk)".
    static func meetingTitle(_ meeting: Meeting, language: Language) -> String {
        (language == .da ? "Møde " : "Meeting ") + meeting.time.text + ": " + Wording.conversationKind(meeting.kind).text(language)
            + " (" + Wording.conversationForm(meeting.form).text(language) + ")"
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

    /// An iCalendar file with one all-day event per deadline and reminder, and one timed event
    /// per meeting (booked, held or no-show confirmed, cancelled ones cancelled; a move counts
    /// the meeting's revision as the event's SEQUENCE). Calendars sync to other systems, so an
    /// event names the case by its id and the rule or the meeting's kind, form and place, never
    /// the CPR number nor the participants; the citizen's name only with `withNames`. The UIDs
    /// name the store (`storeID`, its `StoreIdentity.stableID`), so that two stores' calendars
    /// never collide.
    public func calendar(language: Language, withNames: Bool, storeID: String, stamp: Timestamp) -> ICalendar {
        func caseLabel(_ caseID: CaseID, _ name: String) -> String {
            (language == .da ? "sag " : "case ") + caseID + (withNames ? " · " + name : "")
        }
        var events: [ICalendar.Event] = []
        for item in items {
            let uid: String
            var description: String
            switch item.due.source {
            case .obligation(let obligation):
                uid = "\(item.due.caseID).\(obligation.ruleID).v\(obligation.ruleVersion).\(obligation.subjectID ?? "-")@\(storeID).jobsag"
                description = obligation.explanation(language)
            case .reminder(let reminder):
                uid = "\(item.due.caseID).reminder.\(reminder.id)@\(storeID).jobsag"
                description = reminder.text
            case .meeting:
                continue  // below, with the meetings no longer booked
            }
            let label = caseLabel(item.due.caseID, item.citizenName)
            description += "\n" + label + " · " + item.caseworker
            events.append(ICalendar.Event(uid: uid, date: item.due.date, summary: title(item, language: language) + " · " + label,
                                          description: description, lastModified: stamp))
        }
        for item in meetings {
            let meeting = item.meeting
            let label = caseLabel(item.caseID, item.citizenName)
            var description = Wording.conversationKind(meeting.kind).text(language) + ", " + Wording.conversationForm(meeting.form).text(language)
            if meeting.selfBooked { description += language == .da ? " (selvbooket)" : " (self-booked)" }
            description += "\n" + label + " · " + item.caseworker
            var event = ICalendar.Event(
                uid: "\(item.caseID).meeting.\(meeting.id)@\(storeID).jobsag", date: meeting.date,
                summary: Self.meetingTitle(meeting, language: language) + " · " + label, description: description,
                status: meeting.state == .cancelled ? .cancelled : .confirmed,
                sequence: min(max(0, meeting.revision), Meeting.maximumRevision), lastModified: stamp)
            event.time = ICalendar.Event.Time(start: meeting.time, minutes: Meeting.calendarMinutes)
            event.location = meeting.place
            events.append(event)
        }
        return ICalendar(events: events, stamp: stamp)
    }
}
