import JobsagCore

/// Shows a timestamp as Danish local time (Europe/Copenhagen), without reading the
/// process's time zone: the EU rule (summer time from the last Sunday of March to the last
/// Sunday of October, 01:00 UTC) is applied by hand, so messages do not depend on `TZ`.
enum DanishClock {
    /// The offset from UTC in seconds at `time`: 7200 in summer, 3600 otherwise.
    static func utcOffset(at time: Timestamp) -> Int {
        let year = time.date(utcOffsetSeconds: 0).year
        guard let summerStart = lastSunday(year: year, month: 3), let summerEnd = lastSunday(year: year, month: 10)
        else { return 3600 }
        let start = Int64(summerStart.dayNumber) * 86_400 + 3600
        let end = Int64(summerEnd.dayNumber) * 86_400 + 3600
        return (start..<end).contains(time.secondsSince1970) ? 7200 : 3600
    }

    /// `22.11.2026 kl. 14:05`.
    static func danish(_ time: Timestamp) -> String {
        let offset = utcOffset(at: time)
        let local = time.secondsSince1970 + Int64(offset)
        let date = time.date(utcOffsetSeconds: offset)
        let secondsOfDay = Int(local - Int64(date.dayNumber) * 86_400)
        return date.danish + " kl. " + twoDigits(secondsOfDay / 3600) + ":" + twoDigits(secondsOfDay / 60 % 60)
    }

    /// `2026-11-22 14:05`.
    static func english(_ time: Timestamp) -> String {
        let offset = utcOffset(at: time)
        let local = time.secondsSince1970 + Int64(offset)
        let date = time.date(utcOffsetSeconds: offset)
        let secondsOfDay = Int(local - Int64(date.dayNumber) * 86_400)
        return date.iso + " " + twoDigits(secondsOfDay / 3600) + ":" + twoDigits(secondsOfDay / 60 % 60)
    }

    private static func lastSunday(year: Int, month: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let last = first.lastOfMonth
        return last.adding(days: -(last.isoWeekday % 7))
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
