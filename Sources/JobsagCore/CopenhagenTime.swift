/// Europe/Copenhagen's offset from UTC: CET (+1 hour) and CEST (+2 hours) from the last
/// Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (the EU rule since
/// 1996). Pure, so dates of timestamps do not depend on the machine's zone.
public enum CopenhagenTime {
    public static func utcOffsetSeconds(at timestamp: Timestamp) -> Int {
        let year = timestamp.date(utcOffsetSeconds: 0).year
        func lastSunday(month: Int) -> CalendarDate {
            let last = (CalendarDate(year: year, month: month, day: 1) ?? .distantPast).lastOfMonth
            return last.adding(days: -(last.isoWeekday % 7))
        }
        let summerStart = Int64(lastSunday(month: 3).dayNumber) * 86_400 + 3600
        let summerEnd = Int64(lastSunday(month: 10).dayNumber) * 86_400 + 3600
        let inSummer = timestamp.secondsSince1970 >= summerStart && timestamp.secondsSince1970 < summerEnd
        return inSummer ? 7200 : 3600
    }

    /// The calendar date in Copenhagen at `timestamp`.
    public static func date(at timestamp: Timestamp) -> CalendarDate {
        timestamp.date(utcOffsetSeconds: utcOffsetSeconds(at: timestamp))
    }

    /// The local date and the clock time `HH:MM` in Copenhagen at `timestamp`.
    public static func local(_ timestamp: Timestamp) -> (date: CalendarDate, clock: String) {
        let offset = utcOffsetSeconds(at: timestamp)
        let date = timestamp.date(utcOffsetSeconds: offset)
        let secondsOfDay = Int(timestamp.secondsSince1970 + Int64(offset) - Int64(date.dayNumber) * 86_400)
        return (date, CalendarDate.pad(secondsOfDay / 3600, 2) + ":" + CalendarDate.pad(secondsOfDay / 60 % 60, 2))
    }
}
