// One case's line in `caseload.cache`: its row, unsettled obligations, open reminders and booked meetings as tab-separated fields.
import JobsagCore
import JobsagRules

/// The fields of a line, in order: id, stamp; the row's name, CPR number, target group,
/// episode week, light, the flags overdue, due soon, standby, exempt and activity-ready,
/// missed count, caseworker, coordinating caseworker, the two search keys, the light's cause
/// (`-`, `o` and an obligation's index, `r` and a reminder's), the next deadline's obligation
/// index; then each list as its count and its items' fields: the obligations (rule id, rule
/// version, kind, status, deadline, the entry it is about, and the explanation in Danish and
/// English when it cannot be evaluated), the open reminders, the booked meetings and the
/// closing in force (every field of each). Dates are ISO dates, flags `0` or `1`.
extension CaseloadCache {
    static func line(_ evaluated: EvaluatedCase, stamp: String) -> [UInt8]? {
        let row = evaluated.row
        let obligations = evaluated.assessment.obligations
        let reminders = evaluated.due.compactMap { item -> Reminder? in
            if case .reminder(let reminder) = item.source { return reminder }
            return nil
        }
        let meetings = evaluated.due.compactMap { item -> Meeting? in
            if case .meeting(let meeting) = item.source { return meeting }
            return nil
        }
        var line = TabSeparatedLineWriter(capacity: 512)
        line.plain(row.id)
        line.text(stamp)
        line.text(row.name)
        line.text(row.cpr?.digits)
        line.text(row.group?.rawValue)
        line.number(row.episodeWeek)
        line.number(row.light.rawValue)
        for flag in [row.hasOverdue, row.hasDueSoon, row.isStandby, row.isExempt, row.isActivityReady] { line.flag(flag) }
        line.number(row.missedCount)
        line.text(row.caseworker)
        line.text(row.coordinatingCaseworker)
        line.text(row.searchKey)
        line.text(row.goalSearchKey)
        switch row.lightCause {
        case nil: line.plain("-")
        case .obligation(let obligation):
            guard let index = obligations.firstIndex(of: obligation) else { return nil }
            line.plain("o\(index)")
        case .reminder(let reminder):
            guard let index = reminders.firstIndex(of: reminder) else { return nil }
            line.plain("r\(index)")
        }
        if let next = row.nextDue {
            guard let index = obligations.firstIndex(of: next) else { return nil }
            line.number(index)
        } else {
            line.number(nil)
        }
        line.list(obligations) { line, obligation in
            line.text(obligation.ruleID)
            line.number(obligation.ruleVersion)
            line.plain(obligation.kind.rawValue)
            line.plain(obligation.status.rawValue)
            line.date(obligation.deadline)
            line.text(obligation.subjectID)
            let explained = obligation.status == .cannotEvaluate
            line.text(explained ? obligation.explanation.da : nil)
            line.text(explained ? obligation.explanation.en : nil)
        }
        line.list(reminders) { line, reminder in
            line.text(reminder.id)
            line.date(reminder.due)
            line.text(reminder.text)
            line.date(reminder.done)
            line.text(reminder.createdBy)
            line.text(reminder.reviewRoundID)
        }
        line.list(meetings) { line, meeting in
            line.text(meeting.id)
            line.date(meeting.date)
            line.number(meeting.time.minutesAfterMidnight)
            line.plain(meeting.kind.rawValue)
            line.plain(meeting.form.rawValue)
            line.text(meeting.place)
            line.text(meeting.participants)
            line.flag(meeting.selfBooked)
            line.text(meeting.bookedBy)
            line.date(meeting.bookedOn)
            line.plain(meeting.state.rawValue)
            line.text(meeting.conversationID)
            line.text(meeting.absenceID)
            line.number(meeting.revision)
        }
        line.list(row.closing.map { [$0] } ?? []) { line, closing in
            line.text(closing.id)
            line.date(closing.date)
            line.plain(closing.reason.rawValue)
            line.text(closing.note)
            line.text(closing.closedBy)
            line.date(closing.reopened)
            line.text(closing.reopenedBy)
        }
        return line.bytes
    }

    /// The case a line keeps, or nil when it is not a line of this format.
    static func evaluated(_ line: TabSeparatedLine, asOf: CalendarDate) -> EvaluatedCase? {
        var fields = LineReader(line: line)
        return try? fields.evaluated(asOf: asOf)
    }
}

/// A line's fields read in order; a field that is not what it should be ends the reading.
private struct LineReader {
    struct NotALine: Error {}

    let line: TabSeparatedLine
    var next = 0

    mutating func evaluated(asOf: CalendarDate) throws(NotALine) -> EvaluatedCase {
        let id = try plain()
        _ = try text()
        let name = try text()
        guard let cpr = CPR(try text()) else { throw NotALine() }
        let group = try optionalText().map { (raw) throws(NotALine) in try value(TargetGroup(rawValue: raw)) }
        let week = try optionalNumber()
        let light = try value(TrafficLight(rawValue: try number()))
        let (overdue, dueSoon, standby, exempt, activityReady) = (try flag(), try flag(), try flag(), try flag(), try flag())
        let missed = try number()
        let caseworker = try text()
        let coordinating = try optionalText()
        let searchKey = try text()
        let goalSearchKey = try text()
        let cause = try plain()
        let nextIndex = try optionalNumber()
        let obligations = try list { (fields) throws(NotALine) in try fields.obligation() }
        let reminders = try list { (fields) throws(NotALine) in try fields.reminder() }
        let meetings = try list { (fields) throws(NotALine) in try fields.meeting() }
        let closings = try list { (fields) throws(NotALine) in try fields.closing() }
        guard next == line.count, closings.count <= 1 else { throw NotALine() }
        var lightCause: LightCause?
        switch cause.first {
        case "o": lightCause = .obligation(try element(obligations, Int(cause.dropFirst())))
        case "r": lightCause = .reminder(try element(reminders, Int(cause.dropFirst())))
        default: guard cause == "-" else { throw NotALine() }
        }
        let nextDue = try nextIndex.map { (index) throws(NotALine) in try element(obligations, index) }
        let row = CaseRow(
            id: id, name: name, cpr: cpr, group: group, episodeWeek: week, light: light, hasOverdue: overdue, hasDueSoon: dueSoon,
            missedCount: missed, isStandby: standby, isExempt: exempt, isActivityReady: activityReady, caseworker: caseworker,
            coordinatingCaseworker: coordinating, lightCause: lightCause, nextDue: nextDue, closing: closings.first,
            searchKey: searchKey, goalSearchKey: goalSearchKey)
        return EvaluatedCase(
            row: row, assessment: CaseAssessment(asOf: asOf, obligations: obligations),
            due: DueItem.ownItems(of: id, reminders: reminders, meetings: meetings))
    }

    private mutating func obligation() throws(NotALine) -> Obligation {
        let ruleID = try text()
        let version = try number()
        let kind = try value(RuleKind(rawValue: try plain()))
        let status = try value(ObligationStatus(rawValue: try plain()))
        let deadline = try optionalDate()
        let subject = try optionalText()
        let (da, en) = (try optionalText(), try optionalText())
        return Obligation(
            ruleID: ruleID, ruleVersion: version, kind: kind, status: status, deadline: deadline, subjectID: subject,
            explanation: LocalizedText(da: da ?? "", en: en ?? ""))
    }

    private mutating func reminder() throws(NotALine) -> Reminder {
        Reminder(
            id: try text(), due: try date(), text: try text(), done: try optionalDate(), createdBy: try text(),
            reviewRoundID: try optionalText())
    }

    private mutating func meeting() throws(NotALine) -> Meeting {
        Meeting(
            id: try text(), date: try date(), time: try value(ClockTime(minutesAfterMidnight: try number())),
            kind: try value(Conversation.Kind(rawValue: try plain())), form: try value(Conversation.Form(rawValue: try plain())),
            place: try text(), participants: try text(), selfBooked: try flag(), bookedBy: try text(), bookedOn: try date(),
            state: try value(Meeting.State(rawValue: try plain())), conversationID: try optionalText(), absenceID: try optionalText(),
            revision: try number())
    }

    private mutating func closing() throws(NotALine) -> CaseClosing {
        CaseClosing(
            id: try text(), date: try date(), reason: try value(CaseClosing.Reason(rawValue: try plain())), note: try text(),
            closedBy: try text(), reopened: try optionalDate(), reopenedBy: try optionalText())
    }

    private mutating func list<Element>(_ read: (inout LineReader) throws(NotALine) -> Element) throws(NotALine) -> [Element] {
        let count = try number()
        // Each item has at least one field: a count larger than the fields left is not a line.
        guard count >= 0, count <= line.count - next else { throw NotALine() }
        var items: [Element] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&self)) }
        return items
    }

    private func value<Value>(_ value: Value?) throws(NotALine) -> Value {
        guard let value else { throw NotALine() }
        return value
    }

    private func element<Element>(_ list: [Element], _ index: Int?) throws(NotALine) -> Element {
        guard let index, list.indices.contains(index) else { throw NotALine() }
        return list[index]
    }

    private mutating func field() throws(NotALine) -> Int {
        guard next < line.count else { throw NotALine() }
        next += 1
        return next - 1
    }

    private mutating func plain() throws(NotALine) -> String { try value(line.plain(try field())) }
    private mutating func text() throws(NotALine) -> String { try value(line.text(try field())) }

    private mutating func optionalText() throws(NotALine) -> String? {
        let index = try field()
        if let text = line.text(index) { return text }
        guard line.plain(index) == "-" else { throw NotALine() }
        return nil
    }

    private mutating func number() throws(NotALine) -> Int { try value(line.number(try field()).flatMap { Int(exactly: $0) }) }

    private mutating func optionalNumber() throws(NotALine) -> Int? {
        let index = try field()
        if let number = line.number(index) { return try value(Int(exactly: number)) }
        guard line.plain(index) == "-" else { throw NotALine() }
        return nil
    }

    private mutating func date() throws(NotALine) -> CalendarDate { try value(CalendarDate(try plain())) }

    private mutating func optionalDate() throws(NotALine) -> CalendarDate? {
        let text = try plain()
        return text == "-" ? nil : try value(CalendarDate(text))
    }

    private mutating func flag() throws(NotALine) -> Bool {
        switch try plain() {
        case "1": return true
        case "0": return false
        default: throw NotALine()
        }
    }
}

extension CaseRow {
    /// A row as `CaseloadCache` keeps it.
    fileprivate init(
        id: CaseID, name: String, cpr: CPR, group: TargetGroup?, episodeWeek: Int?, light: TrafficLight, hasOverdue: Bool,
        hasDueSoon: Bool, missedCount: Int, isStandby: Bool, isExempt: Bool, isActivityReady: Bool, caseworker: Initials,
        coordinatingCaseworker: Initials?, lightCause: LightCause?, nextDue: Obligation?, closing: CaseClosing?,
        searchKey: String, goalSearchKey: String
    ) {
        self.id = id
        self.name = name
        nameSortKey = DanishText.sortKey(name)
        maskedCPR = cpr.masked
        self.cpr = cpr
        self.group = group
        self.episodeWeek = episodeWeek
        self.light = light
        self.hasOverdue = hasOverdue
        self.hasDueSoon = hasDueSoon
        self.missedCount = missedCount
        nextDeadline = nextDue?.deadline ?? .distantFuture
        self.isStandby = isStandby
        self.isExempt = isExempt
        self.isActivityReady = isActivityReady
        self.caseworker = caseworker
        self.coordinatingCaseworker = coordinatingCaseworker
        reasons = Reasons(lightCause: lightCause, nextDue: nextDue, closing: closing)
        self.searchKey = searchKey
        self.goalSearchKey = goalSearchKey
    }
}
