import Testing
import JobsagCore
import JobsagRules
@testable import JobsagExport

/// Meetings in the calendar file: timed events in Copenhagen time with the zone's VTIMEZONE,
/// a move counted in SEQUENCE, a cancelled meeting cancelled, and the file read back with its
/// times.
@Suite struct CalendarMeetingTests {
    static let stamp = Timestamp(iso: "2026-12-03T09:00:00Z")!

    static func item(_ meetings: [Meeting]) -> Case {
        Case(id: "S-000007", created: CalendarDate("2026-01-05")!, caseworker: "MHJ",
             citizen: Citizen(cpr: CPR("010190-1234")!, name: "Søren Ærø Andersen"),
             episodes: [BenefitEpisode(id: "e1", benefit: .dagpenge, start: CalendarDate("2026-01-05")!)], meetings: meetings)
    }

    static func meeting(_ id: EntryID, _ date: String, _ time: Int, state: Meeting.State = .booked, revision: Int = 0) -> Meeting {
        Meeting(id: id, date: CalendarDate(date)!, time: ClockTime(clamping: time), kind: .jobsamtale, form: .fysisk,
                place: "Jobcentret, lokale 3", participants: "Borgerens mentor Åse", bookedBy: "MHJ",
                bookedOn: CalendarDate("2026-12-01")!, state: state, revision: revision)
    }

    /// The calendar of the case's meetings alone (its deadlines left out).
    static func calendar(_ meetings: [Meeting], withNames: Bool = false) -> ICalendar {
        var calendar = ReminderExport(cases: [item(meetings)], engine: RuleEngine(), asOf: CalendarDate("2026-12-03")!)
            .calendar(language: .da, withNames: withNames, storeID: "abc", stamp: stamp)
        calendar.events.removeAll { !$0.uid.contains(".meeting.") }
        return calendar
    }

    @Test func aMeetingIsATimedEventInCopenhagenTime() throws {
        let calendar = Self.calendar([Self.meeting("m1", "2026-12-10", 600)]).revising(nil)
        let text = calendar.text
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains("BEGIN:VTIMEZONE") && lines.contains("TZID:Europe/Copenhagen"))
        #expect(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU") && lines.contains("TZOFFSETTO:+0200"))
        #expect(lines.contains("DTSTART;TZID=Europe/Copenhagen:20261210T100000"))
        #expect(lines.contains("DTEND;TZID=Europe/Copenhagen:20261210T103000"))
        #expect(lines.contains("UID:S-000007.meeting.m1@abc.jobsag"))
        #expect(lines.contains("LOCATION:Jobcentret\\, lokale 3"))
        #expect(lines.contains("STATUS:CONFIRMED") && lines.contains("SEQUENCE:0"))
        // Nothing personal: no CPR number, no participants, no name without --with-names.
        #expect(!text.contains("010190") && !text.contains("Åse") && !text.contains("Søren"))
        #expect(Self.calendar([Self.meeting("m1", "2026-12-10", 600)], withNames: true).text.contains("Søren Ærø Andersen"))
        // The zone is written once, before the events, and only with a timed event.
        #expect(lines.filter { $0 == "BEGIN:VTIMEZONE" }.count == 1)
        #expect(!ICalendar(events: [], stamp: Self.stamp).text.contains("VTIMEZONE"))
    }

    @Test func aMovedMeetingCountsOnAndACancelledOneIsCancelled() throws {
        let first = Self.calendar([Self.meeting("m1", "2026-12-10", 600)]).revising(nil)
        // Moved to 11:30 (revision 1): the next file has the new time and SEQUENCE 1.
        let moved = Self.calendar([Self.meeting("m1", "2026-12-10", 690, revision: 1)]).revising(first)
        #expect(moved.text.contains("DTSTART;TZID=Europe/Copenhagen:20261210T113000"))
        #expect(moved.events.first?.sequence == 1)
        // Without the last file (`--ics -`) the revision alone gives the sequence.
        #expect(Self.calendar([Self.meeting("m1", "2026-12-10", 690, revision: 1)]).revising(nil).events.first?.sequence == 1)
        // Cancelled (revision 2): STATUS:CANCELLED with SEQUENCE 2.
        let cancelled = Self.calendar([Self.meeting("m1", "2026-12-10", 690, state: .cancelled, revision: 2)]).revising(moved)
        let event = try #require(cancelled.events.first)
        #expect(event.status == .cancelled && event.sequence == 2)
        #expect(cancelled.text.contains("STATUS:CANCELLED"))
        // A held meeting stays in the calendar, confirmed.
        let held = Self.calendar([Self.meeting("m1", "2026-12-10", 600, state: .held)]).revising(nil)
        #expect(held.events.first?.status == .confirmed)
    }

    @Test func theFileIsReadBackWithItsTimes() throws {
        let written = Self.calendar([Self.meeting("m1", "2026-12-10", 600), Self.meeting("m2", "2026-12-31", 1425)]).revising(nil)
        let read = try #require(ICalendar(jobsagText: written.text))
        #expect(read.events.map(\.time) == [
            ICalendar.Event.Time(start: ClockTime(clamping: 600), minutes: 30),
            ICalendar.Event.Time(start: ClockTime(clamping: 1425), minutes: 30),
        ])
        #expect(written.text.contains("DTEND;TZID=Europe/Copenhagen:20270101T001500"))
        #expect(read.events.map(\.location) == ["Jobcentret, lokale 3", "Jobcentret, lokale 3"])
        // A control character in a place from the store is left out; a tab stays (RFC 5545's TEXT).
        var controls = Self.meeting("m3", "2026-12-11", 600)
        controls.place = "Lokale\u{7} 3\t(stuen)\u{1B}[2J"
        let withControls = Self.calendar([controls]).revising(nil)
        #expect(withControls.text.contains("LOCATION:Lokale 3\t(stuen)[2J\r\n"))
        #expect(try #require(ICalendar(jobsagText: withControls.text)).events.map(\.location) == ["Lokale 3\t(stuen)[2J"])
        // Unchanged, the next run keeps every sequence.
        #expect(Self.calendar([Self.meeting("m1", "2026-12-10", 600), Self.meeting("m2", "2026-12-31", 1425)]).revising(read).events.map(\.sequence) == [0, 0])
    }
}
