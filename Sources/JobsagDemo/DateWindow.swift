import JobsagCore

/// A closed range of days, used for the episode start a scenario needs.
struct DateWindow: Hashable, Sendable {
    var earliest: CalendarDate
    var latest: CalendarDate

    /// A window, or nil when it would be empty.
    init?(_ earliest: CalendarDate, _ latest: CalendarDate) {
        guard earliest <= latest else { return nil }
        self.earliest = earliest
        self.latest = latest
    }

    func contains(_ date: CalendarDate) -> Bool {
        earliest <= date && date <= latest
    }

    /// The days in both windows, or nil when they do not overlap.
    func intersection(_ other: DateWindow) -> DateWindow? {
        DateWindow(max(earliest, other.earliest), min(latest, other.latest))
    }
}

/// Dates the rules of RULES.md change on.
enum RuleDates {
    /// The 2019 reform of the contact course took effect.
    static let reform2020 = CalendarDate(dayNumber: 18262)  // 2020-01-01
    /// Lov nr. 295 af 20.03.2023: first conversation in person, no written conversations, ...
    static let changes2023 = CalendarDate(dayNumber: 19438)  // 2023-03-22
    /// UH.FRAFALD applies from this day.
    static let dropout2022 = CalendarDate(dayNumber: 18993)  // 2022-01-01
}

extension DateWindow {
    /// A window of one day.
    init(day: CalendarDate) {
        self.earliest = day
        self.latest = day
    }
}
