import Testing
import JobsagCore
@testable import JobsagExport

/// The calendar file as the next version of the last one: sequences and change times kept
/// for what did not change, a met deadline written once more as cancelled (and for 30 days),
/// and a file read back exactly as it was written.
@Suite struct CalendarRevisionTests {
    static let monday = Timestamp(iso: "2026-11-23T07:00:00Z")!
    static func day(_ offset: Int64) -> Timestamp { Timestamp(secondsSince1970: monday.secondsSince1970 + offset * 86_400) }

    static func event(_ uid: String, _ date: String, _ summary: String = "KF.4I6 Jobsamtale · sag S-000001", at time: Timestamp) -> ICalendar.Event {
        ICalendar.Event(uid: uid, date: CalendarDate(date)!, summary: summary, description: "Ærø; Å, ø\nsag S-000001 · MHJ", lastModified: time)
    }

    @Test func anUnchangedEventKeepsItsSequenceAndAChangedOneCountsOn() {
        let first = ICalendar(events: [Self.event("a@s.jobsag", "2026-12-01", at: Self.monday), Self.event("b@s.jobsag", "2026-12-02", at: Self.monday)],
                              stamp: Self.monday).revising(nil)
        #expect(first.events.map(\.sequence) == [0, 0])
        #expect(first.events.allSatisfy { $0.status == .confirmed && $0.lastModified == Self.monday })
        let tuesday = Self.day(1)
        let second = ICalendar(events: [Self.event("a@s.jobsag", "2026-12-01", at: tuesday), Self.event("b@s.jobsag", "2026-12-09", at: tuesday)],
                               stamp: tuesday).revising(first)
        #expect(second.events.map(\.sequence) == [0, 1])
        #expect(second.events.map(\.lastModified) == [Self.monday, tuesday])
    }

    @Test func aDeadlineNoLongerDueIsCancelledOnceMoreThenForThirtyDaysThenDropped() {
        let first = ICalendar(events: [Self.event("a@s.jobsag", "2026-12-01", at: Self.monday), Self.event("b@s.jobsag", "2026-12-02", at: Self.monday)],
                              stamp: Self.monday).revising(nil)
        // b was met on Tuesday: the next file has it cancelled, with the next sequence.
        let tuesday = Self.day(1)
        let second = ICalendar(events: [Self.event("a@s.jobsag", "2026-12-01", at: tuesday)], stamp: tuesday).revising(first)
        let cancelled = second.events.first { $0.uid == "b@s.jobsag" }
        #expect(cancelled?.status == .cancelled)
        #expect(cancelled?.sequence == 1)
        #expect(cancelled?.lastModified == tuesday)
        #expect(cancelled?.date == CalendarDate("2026-12-02"))
        #expect(second.text.contains("STATUS:CANCELLED"))
        // Written on, unchanged, while the 30 days run; gone after them.
        let later = ICalendar(events: [Self.event("a@s.jobsag", "2026-12-01", at: Self.day(30))], stamp: Self.day(30)).revising(second)
        #expect(later.events.first { $0.uid == "b@s.jobsag" } == cancelled)
        let gone = ICalendar(events: [Self.event("a@s.jobsag", "2026-12-01", at: Self.day(31))], stamp: Self.day(31)).revising(later)
        #expect(gone.events.map(\.uid) == ["a@s.jobsag"])
    }

    @Test func aRecurringDutyDueAgainAfterItWasCancelledComesBackWithTheNextSequence() {
        let first = ICalendar(events: [Self.event("k@s.jobsag", "2026-12-01", at: Self.monday)], stamp: Self.monday).revising(nil)
        let met = ICalendar(events: [], stamp: Self.day(1)).revising(first)
        #expect(met.events.map(\.status) == [.cancelled])
        let dueAgain = ICalendar(events: [Self.event("k@s.jobsag", "2027-03-01", at: Self.day(10))], stamp: Self.day(10)).revising(met)
        #expect(dueAgain.events.map(\.status) == [.confirmed])
        #expect(dueAgain.events.map(\.sequence) == [2])
    }

    @Test func aWrittenCalendarReadsBackAsItWasWritten() throws {
        let long = String(repeating: "Fællessamtale med a-kassen om rådighed; æøå, ", count: 4)
        let calendar = ICalendar(
            events: [Self.event("S-000001.KF.4I6.v1.-@0123abcd.jobsag", "2026-12-01", long, at: Self.monday)],
            stamp: Self.day(2)).revising(nil)
        let read = try #require(ICalendar(jobsagText: calendar.text))
        #expect(read == calendar)
        #expect(ICalendar(jobsagText: "BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nEND:VCALENDAR\r\n") == nil)
        #expect(ICalendar(jobsagText: "mine noter") == nil)
        // A sequence no calendar holds is read as the highest one, and counting on from it is safe.
        let huge = calendar.text.replacingOccurrences(of: "SEQUENCE:0", with: "SEQUENCE:9223372036854775807")
        let clamped = try #require(ICalendar(jobsagText: huge))
        #expect(clamped.events.first?.sequence == ICalendar.maximumSequence)
        #expect(ICalendar(events: [], stamp: Self.day(3)).revising(clamped).events.first?.sequence == ICalendar.maximumSequence + 1)
    }
}
