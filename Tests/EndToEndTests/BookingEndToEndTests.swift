import Foundation
import ProcessTestSupport
import Testing

/// Booked meetings as a caseworker meets them (issue 15 item 1): she books next week's
/// jobsamtale at 10:00 with `b`, sees it in the agenda at 10:00 and in the calendar file with
/// its time, and records it as held from the booking with one key (`h`), which opens the
/// conversation form filled from the booking.
@Suite(.serialized) struct BookingEndToEndTests {
    @Test func aJobsamtaleIsBookedSeenInTheAgendaAndTheCalendarAndRecordedAsHeld() throws {
        let tmux = try Tmux(width: 160, height: 45)
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        let (caseID, citizen) = try Self.caseWithoutBookings(tmux)
        let nextWeek = Self.copenhagenDay(daysFromToday: 7)

        // Book: `b`, the day (typed over today's), Tab, the time, Ctrl-S.
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        try NewsAndPlanEndToEndTests.open(citizen, tmux)
        try tmux.press("b")
        try tmux.waitForFrame(text: "Book møde")
        try tmux.type("+7")
        try tmux.press("Tab")
        try tmux.type("10:00")
        try tmux.press("C-s")
        try tmux.waitFor(text: "Gemt: møde " + nextWeek.danish + " kl. 10:00 booket")

        // The agenda lists it at 10:00 on its day.
        try tmux.press("a")
        var screen = try tmux.waitForFrame(text: "forfalder i sagsstammen")
        var line = Self.meetingLine(screen, citizen: citizen, day: nextWeek.short)
        for _ in 0..<8 where line == nil {
            try tmux.press("PageDown")
            screen = try tmux.waitForFrame(text: "forfalder i sagsstammen")
            line = Self.meetingLine(screen, citizen: citizen, day: nextWeek.short)
        }
        let found = try #require(line, "\(screen)")
        #expect(found.contains("10:00") && found.contains("Møde: jobsamtale"), "\(found)")

        // The calendar file has it as a timed event in Copenhagen time.
        let calendar = try Tmux.executeWithStatus(Tmux.binary, ["reminders", "--ics", "-"], environment: tmux.environment)
        #expect(calendar.status == 0, "\(calendar.error)")
        #expect(calendar.output.contains("DTSTART;TZID=Europe/Copenhagen:" + nextWeek.basic + "T100000"), "\(calendar.output.prefix(2000))")
        #expect(calendar.output.contains("BEGIN:VTIMEZONE"))

        // Back in the case, Samtaler lists the booking first; `h` records it as held.
        try tmux.press("Escape")
        try tmux.waitFor(text: "1 Overblik")
        try tmux.press("3")
        screen = try tmux.waitForFrame(text: "booket    kl. 10:00")
        try tmux.press("h")
        screen = try tmux.waitForFrame(text: "Fra bookingen " + nextWeek.danish + " kl. 10:00")
        try tmux.type("Jobsøgning gennemgået")
        try tmux.press("C-s")
        screen = try tmux.waitFor(text: "Gemt: samtale")
        screen = try tmux.waitForFrame(text: "Jobsøgning gennemgået")
        #expect(!screen.contains("booket    kl. 10:00"), "\(screen)")
        try tmux.press("q", "q")
        try tmux.waitForShell()

        // Held today, before its day: the calendar moves it to today (an update, SEQUENCE 1).
        let ics = try Tmux.executeWithStatus(Tmux.binary, ["reminders", "--ics", "-"], environment: tmux.environment)
        let today = Self.copenhagenDay(daysFromToday: 0)
        let held = ics.output.components(separatedBy: "BEGIN:VEVENT").filter { $0.contains("UID:" + caseID + ".meeting.") }
        #expect(held.count == 1, "\(ics.output.prefix(3000))")
        #expect(held.first?.contains("DTSTART;TZID=Europe/Copenhagen:" + today.basic + "T100000") == true, "\(held)")
        #expect(held.first?.contains("SEQUENCE:1") == true, "\(held)")
    }

    /// The id and citizen of a case of the first caseworker's caseload without a meeting (the
    /// demo books some), so that the one booked here is the first of its Samtaler tab.
    static func caseWithoutBookings(_ tmux: Tmux) throws -> (id: String, citizen: String) {
        let csv = try Tmux.executeWithStatus(Tmux.binary, ["export", "--csv", "-"], environment: tmux.environment)
        let rows = csv.output.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";").map(String.init) }
        for row in rows {
            let file = tmux.storePath + "/cases/" + row[0] + ".json"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            if !text.contains("\"meetings\" : [\n    {") { return (row[0], row[1]) }
        }
        throw Tmux.Failure.command("no case without a booking", status: 1, output: csv.output)
    }

    /// The agenda line of the citizen's meeting on `day` (`dd.mm.yy`), if shown.
    static func meetingLine(_ screen: String, citizen: String, day: String) -> String? {
        screen.split(separator: "\n").map(String.init).first {
            $0.contains(day + " 10:00") && $0.contains(String(citizen.prefix(12)))
        }
    }

    /// A day counted from today in Copenhagen, as the program shows and writes it.
    static func copenhagenDay(daysFromToday days: Int) -> (danish: String, short: String, basic: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? .current
        let date = calendar.date(byAdding: .day, value: days, to: Date()) ?? Date()
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let (year, month, day) = (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return (two(day) + "." + two(month) + "." + String(year), two(day) + "." + two(month) + "." + two(year % 100), String(year) + two(month) + two(day))
    }
}
