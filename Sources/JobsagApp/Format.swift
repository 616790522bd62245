import JobsagCore

/// Danish (or English) forms of dates and numbers for the screens.
struct Format {
    let strings: Strings

    /// `23.11.26`.
    func short(_ date: CalendarDate?) -> String { date?.danishShort ?? "–" }

    /// `23.11.2026`.
    func long(_ date: CalendarDate?) -> String { date?.danish ?? "–" }

    /// `man 23.11.2026`.
    func withWeekday(_ date: CalendarDate) -> String {
        weekday(date) + " " + date.danish
    }

    func weekday(_ date: CalendarDate) -> String {
        let names = strings[.weekdays].split(separator: ",").map(String.init)
        let index = date.isoWeekday - 1
        return index < names.count ? names[index] : ""
    }

    /// A date relative to `asOf`: "i dag", "i morgen", "om 3 dage", "for 2 dage siden".
    func relative(_ date: CalendarDate, asOf: CalendarDate) -> String {
        let days = asOf.days(until: date)
        switch days {
        case 0: return strings[.today]
        case 1: return strings[.tomorrow]
        case -1: return strings[.yesterday]
        case 2...: return strings.format(.inDays, days)
        default: return strings.format(.daysAgo, -days)
        }
    }

    /// A moment in Danish local time, `23.11.2026 14:05`.
    func time(_ timestamp: Timestamp) -> String {
        let (date, clock) = CopenhagenTime.local(timestamp)
        return date.danish + " " + clock
    }
}
