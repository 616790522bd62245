import JobsagCore
import JobsagRules
import TerminalKit

/// The status symbols: every status readable without colour.
enum StatusSymbol {
    static func of(_ status: ObligationStatus) -> String {
        switch status {
        case .met: return "✓"
        case .open: return "○"
        case .dueSoon: return "!"
        case .booked: return "◷"
        case .overdue: return "!!"
        case .missed: return "✗"
        case .notApplicable: return "–"
        case .cannotEvaluate: return "?"
        }
    }

    /// An obligation's symbol: its status's, and `✓!` for one met after its deadline.
    static func of(_ obligation: Obligation) -> String {
        obligation.metLate ? "✓!" : of(obligation.status)
    }

    static func of(_ light: TrafficLight) -> String {
        switch light {
        case .red: return "!!"
        case .yellow: return "!"
        case .green: return "✓"
        }
    }
}

/// The texts of tab entries: their one-line form in a list, their details below the list,
/// and what `/` searches.
struct EntryText {
    let strings: Strings
    let asOf: CalendarDate
    /// The user, for whether a journal note is still theirs to change.
    var user: Initials = ""
    var format: Format { Format(strings: strings) }

    func ruleTitle(_ obligation: Obligation) -> String {
        RuleCatalogue.rule(id: obligation.ruleID, version: obligation.ruleVersion).map { strings.text($0.title) }
            ?? obligation.ruleID
    }

    /// The status symbol and its style for an entry, if it has one.
    func symbol(_ entry: TabEntry, theme: Theme) -> (String, Style) {
        switch entry.payload {
        case .obligation(let obligation): return (StatusSymbol.of(obligation), style(obligation.status, theme: theme))
        case .reminder(let reminder): return symbol(reminder, theme: theme)
        default: return ("", .plain)
        }
    }

    /// A reminder's symbol, the same in the case and in the agenda: done, overdue, due
    /// within a week, later.
    func symbol(_ reminder: Reminder, theme: Theme) -> (String, Style) {
        let status = reminder.status(asOf: asOf)
        return (StatusSymbol.of(status), style(status, theme: theme))
    }

    /// A reminder's kind and text ("Egen: Ring til Coop"), the same in the case and in the agenda.
    func label(_ reminder: Reminder) -> String {
        (reminder.reviewRoundID == nil ? strings[.ownReminder] : strings[.reviewAction]) + ": " + reminder.text
    }

    func style(_ status: ObligationStatus, theme: Theme) -> Style {
        switch status {
        case .overdue, .cannotEvaluate: return theme.red
        case .dueSoon: return theme.yellow
        case .met: return theme.green
        case .open, .booked, .missed: return .plain
        case .notApplicable: return theme.muted
        }
    }

    /// The entry as one line (without the status symbol) in `width` columns.
    func line(_ entry: TabEntry, width: Int) -> String {
        let indent = String(repeating: "  ", count: entry.depth)
        switch entry.payload {
        case .obligation(let obligation):
            let date = DisplayWidth.pad(format.short(obligation.deadline), to: 8)
            return date + " " + DisplayWidth.pad(obligation.ruleID, to: 17) + " " + ruleTitle(obligation)
                + (obligation.metLate ? " · " + strings[.late] : "") + (obligation.bookedMeeting.map { " · " + booked($0) } ?? "")
        case .goal(let goal):
            let deadline = goal.deadline.map { " · " + strings[.deadlineInline] + " " + format.short($0) } ?? ""
            return indent + "◆ " + strings.label(goal.kind) + ": " + goal.title + " · " + strings.label(goal.status) + deadline
        case .subgoal(let subgoal):
            let deadline = subgoal.deadline.map { " · " + strings[.deadlineInline] + " " + format.short($0) } ?? ""
            return indent + (entry.isLastSibling ? "└ " : "├ ") + strings[.subgoal] + " (" + strings.label(subgoal.kind) + "): " + subgoal.title
                + " · " + strings.label(subgoal.status) + deadline
        case .linkedOffer(let offer):
            return indent + "↳ " + strings.label(offer.type) + provider(offer) + " · " + period(offer)
        case .conversation(let conversation):
            let columns = format.short(conversation.date) + " " + DisplayWidth.pad(strings.shortLabel(conversation.kind), to: 11)
                + " " + DisplayWidth.pad(strings.label(conversation.form), to: 9)
                + " " + DisplayWidth.pad(strings.label(conversation.outcome), to: 9)
            let participants = conversation.participants.isEmpty ? "" : " · " + strings.fieldLabel("participants").lowercased() + ": " + conversation.participants
            return columns + " " + conversation.summary + participants
        case .meeting(let meeting):
            var columns = format.short(meeting.date) + " " + DisplayWidth.pad(strings.shortLabel(meeting.kind), to: 11)
                + " " + DisplayWidth.pad(strings.label(meeting.form), to: 9) + " " + DisplayWidth.pad(strings.label(meeting.state), to: 9)
                + " " + strings.format(booking: .atTime, meeting.time.text)
            if !meeting.place.isEmpty { columns += " · " + meeting.place }
            return columns + (meeting.selfBooked ? " · " + strings[booking: .selfBookedMark] : "")
        case .note(let note):
            return format.short(note.date) + " " + DisplayWidth.pad(note.author, to: 4) + " " + note.subject
                + (note.text.isEmpty ? "" : " – " + oneLine(note.text))
        case .offer(let offer):
            let rightAndDuty = offer.rightAndDuty ? " " + strings[.rightAndDutyShort] : ""
            return DisplayWidth.pad(period(offer), to: 17) + " " + strings.label(offer.type) + rightAndDuty + provider(offer)
        case .reminder(let reminder):
            return format.short(reminder.due) + " " + label(reminder)
        case .auditEvent(let line):
            let changes = line.changes.isEmpty ? "" : " · " + line.changes.joined(separator: ", ")
            let reason = line.event.reason.map { " · " + $0 } ?? ""
            return format.time(line.event.time) + " " + DisplayWidth.pad(line.event.user, to: 4) + " " + line.action + changes + reason
        case .record(let record):
            return recordLine(record, depth: entry.depth, isLast: entry.isLastSibling)
        }
    }

    /// The details of the selected entry, as labelled paragraphs.
    func details(_ entry: TabEntry, in item: Case) -> [(label: String, text: String)] {
        switch entry.payload {
        case .obligation(let obligation):
            var lines: [(String, String)] = [
                (strings[.rule], obligation.ruleID + " · " + ruleTitle(obligation)),
                (strings[.status], statusText(obligation)),
                (strings[.explanation], strings.text(obligation.explanation)),
            ]
            if let deadline = obligation.deadline {
                lines.append((strings[.deadline], format.withWeekday(deadline) + " (" + format.relative(deadline, asOf: asOf) + ")"))
            }
            if !obligation.evidence.isEmpty {
                lines.append((strings[.evidence], obligation.evidence.map { strings.text($0.summary) }.joined(separator: "; ")))
            }
            if obligation.status == .cannotEvaluate, obligation.missingData != nil {
                lines.append(("", strings[.fixHint]))
            } else if let kind = FormKind.recording(obligation) {
                lines.append(("", strings.format(.whyAndRecordHint, strings.formTitle(kind, editing: false))))
            } else {
                lines.append(("", strings[.whyHint]))
            }
            return lines
        case .goal(let goal):
            return [
                (strings.label(goal.kind), goal.title),
                (strings[.description], goal.description.isEmpty ? "–" : goal.description),
                (strings[.status], strings.label(goal.status) + " · " + strings[.created] + " " + format.long(goal.created)
                    + " · " + strings[.changed] + " " + format.long(goal.updated)),
                (strings[.subgoals], String(goal.subgoals.count)),
            ]
        case .subgoal(let subgoal):
            return [
                (strings[.subgoal], subgoal.title + " (" + strings.label(subgoal.kind) + ")"),
                (strings[.description], subgoal.description.isEmpty ? "–" : subgoal.description),
                (strings[.status], strings.label(subgoal.status) + " · " + strings[.created] + " " + format.long(subgoal.created)),
            ]
        case .linkedOffer(let offer), .offer(let offer):
            return offerDetails(offer, in: item)
        case .conversation(let conversation):
            var flags: [String] = []
            if conversation.jobFocus { flags.append(strings[.flagJobFocus]) }
            if conversation.resourceFocus { flags.append(strings[.flagResourceFocus]) }
            if conversation.educationFocus { flags.append(strings[.flagEducationFocus]) }
            if conversation.injunctionFollowedUp { flags.append(strings[.flagInjunctionFollowedUp]) }
            if conversation.rightsGuidanceGiven { flags.append(strings[.flagRightsGuidance]) }
            var lines: [(String, String)] = [
                (strings[.conversation], format.withWeekday(conversation.date) + " · " + strings.label(conversation.kind) + " · "
                    + strings.label(conversation.form) + " · " + strings.label(conversation.outcome)),
                (strings.fieldLabel("participants"), conversation.participants.isEmpty ? "–" : conversation.participants),
                (strings[.summary], conversation.summary.isEmpty ? "–" : conversation.summary),
                (strings[.agreements], conversation.agreements.isEmpty ? "–" : conversation.agreements),
                (strings[.checked], flags.isEmpty ? "–" : flags.joined(separator: ", ")),
            ]
            if conversation.formChosenBy == .jobcenter {
                lines.append((strings[.formChosenByJobcenter], conversation.formReason.isEmpty ? "–" : conversation.formReason))
            }
            return lines
        case .meeting(let meeting):
            var lines: [(String, String)] = [
                (strings[booking: .meeting], format.withWeekday(meeting.date) + " " + meeting.time.text + " · " + strings.label(meeting.kind)
                    + " · " + strings.label(meeting.form) + " · " + strings.label(meeting.state)),
                (strings.fieldLabel("place"), meeting.place.isEmpty ? "–" : meeting.place),
                (strings.fieldLabel("participants"), meeting.participants.isEmpty ? "–" : meeting.participants),
            ]
            if meeting.selfBooked {
                let mark = strings[booking: .selfBookedMark]
                lines.append((mark.prefix(1).uppercased() + mark.dropFirst(), "✓"))
            }
            return lines
        case .note(let note):
            return noteDetails(note, in: item)
        case .reminder(let reminder):
            return [
                (strings[.reminder], reminder.text),
                (strings[.due], format.withWeekday(reminder.due) + " (" + format.relative(reminder.due, asOf: asOf) + ")"),
                (strings[.status], reminder.done.map { strings[.done] + " " + format.long($0) } ?? strings[.notDone]),
            ] + (reminder.reviewRoundID.map { [(strings[.reviewTitle], $0 + " · " + reminder.createdBy)] } ?? [])
        case .auditEvent(let line):
            return [
                (strings[.time], format.time(line.event.time)),
                (strings[.user], line.event.user),
                (strings[.action], line.action),
                (strings[.changes], line.changes.isEmpty ? "–" : line.changes.joined(separator: "; ")),
            ] + (line.event.reason.map { [(strings[.reason], $0)] } ?? [])
        case .record(let record):
            return recordDetails(record, in: item)
        }
    }

    /// An obligation's status in words, with what sets it apart: "opfyldt (for sent)",
    /// "ikke opfyldt (kan ikke længere opfyldes)".
    func statusText(_ obligation: Obligation) -> String {
        let label = strings.text(obligation.status.label)
        if obligation.metLate { return label + " (" + strings[.late] + ")" }
        if let meeting = obligation.bookedMeeting { return booked(meeting) }
        return obligation.status == .missed ? label + " (" + strings[.missedNote] + ")" : label
    }

    /// "booket 10.12.2026 kl. 10:00": the meeting a booked duty waits for.
    func booked(_ meeting: BookedMeeting) -> String {
        strings.text(ObligationStatus.booked.label) + " " + strings.format(booking: .meetingLine, meeting.date.danish, meeting.time.text)
    }

    /// A meeting in the agenda: "Møde: jobsamtale, fysisk, Jobcentret, selvbooket".
    func label(_ meeting: Meeting) -> String {
        strings[booking: .meeting] + ": " + strings.meetingDetails(meeting)
    }

    /// What `/` searches in an entry.
    func searchText(_ entry: TabEntry) -> String {
        switch entry.payload {
        case .obligation(let obligation):
            return obligation.ruleID + " " + ruleTitle(obligation) + " " + strings.text(obligation.explanation)
        case .conversation(let conversation):
            return line(entry, width: 200) + " " + conversation.agreements + " " + conversation.participants
        case .offer(let offer), .linkedOffer(let offer):
            return line(entry, width: 200) + " " + offer.purpose + " " + offer.assessment
        case .note(let note):
            return format.short(note.date) + " " + note.author + " " + note.subject + " " + note.text
        default:
            return line(entry, width: 200)
        }
    }

    /// A text on one line: its line breaks as spaces.
    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A journal note: when and by whom, the subject, the note it corrects and the notes
    /// correcting it, whether it can still be changed, then the text (read whole with Enter).
    func noteDetails(_ note: JournalNote, in item: Case) -> [(label: String, text: String)] {
        var lines: [(String, String)] = [
            (strings[journal: .heading], format.withWeekday(note.date) + " · " + note.author),
            (strings[journal: .subject], note.subject),
        ]
        if let corrected = note.corrects.flatMap({ id in item.notes.first { $0.id == id } }) {
            lines.append((strings[journal: .corrects], describe(corrected)))
        }
        let corrections = item.notes.filter { $0.corrects == note.id }
        if !corrections.isEmpty {
            lines.append((strings[journal: .correctedBy], corrections.map(describe).joined(separator: "; ")))
        }
        let status: String
        if note.isOpen(to: user, on: asOf) {
            status = strings[journal: .openToYou]
        } else if note.date == asOf {
            status = strings.format(journal: .openToAuthor, note.author)
        } else {
            status = strings.format(journal: .fixed, format.long(note.date))
        }
        lines.append((strings[journal: .status], status))
        lines.append((strings[journal: .text], note.text.isEmpty ? "–" : note.text))
        return lines
    }

    /// A note named by its date and subject: `journalnotat 02.12.2026 »Telefon fra lægen«`.
    func describe(_ note: JournalNote) -> String {
        strings.format(journal: .describeNote, format.long(note.date), note.subject)
    }

    private func provider(_ offer: Offer) -> String {
        offer.provider.isEmpty ? "" : " · " + offer.provider
    }

    func period(_ offer: Offer) -> String {
        format.short(offer.start) + "–" + (offer.effectiveEnd.map { format.short($0) } ?? "")
    }

    private func offerDetails(_ offer: Offer, in item: Case) -> [(label: String, text: String)] {
        var lines: [(String, String)] = [
            (strings[.offer], strings.label(offer.type) + provider(offer) + (offer.rightAndDuty ? " · " + strings[.rightAndDuty] : "")),
            (strings[.period], period(offer) + (offer.hoursPerWeek.map { " · " + strings.format(.hoursPerWeek, Int($0)) } ?? "")),
            (strings[.purpose], offer.purpose.isEmpty ? "–" : offer.purpose),
            (strings[.assessment], offer.assessment.isEmpty ? "–" : offer.assessment),
            (strings[.goal], offer.goalID.flatMap { item.goalTitle(for: $0) } ?? strings[.noGoalLinked]),
        ]
        if !offer.followUps.isEmpty {
            lines.append((strings[.followUps], offer.followUps.sorted { $0.date < $1.date }
                .map { format.short($0.date) + " " + $0.note }.joined(separator: "; ")))
        }
        if let evaluation = offer.evaluation {
            lines.append((strings[.evaluation], format.short(evaluation.date) + " " + evaluation.result))
        }
        if let interruption = offer.interruption {
            lines.append((strings[.interrupted], format.short(interruption.date) + " " + interruption.reason))
        }
        return lines
    }
}
