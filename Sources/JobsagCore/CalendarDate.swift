/// A day in the proleptic Gregorian calendar, without time or zone.
///
/// Every date in a case is a calendar date in Europe/Copenhagen; the type does no zone
/// arithmetic. Stored as a day number (days since 1970-01-01) so that comparison and
/// arithmetic are integer operations. Encoded in JSON as `"YYYY-MM-DD"`.
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public let dayNumber: Int

    @inlinable
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Creates a date from its components, or nil when the date does not exist. Inlinable, as
    /// the members below: a date of the law written in the rules is then a constant, not a
    /// global made on first use (whose call made the compiler copy the entry a rule was reading).
    @inlinable
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.dayNumber = CalendarDate.dayNumber(year: year, month: month, day: day)
    }

    @inlinable
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    // MARK: Components

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// The ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        let remainder = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (remainder < 0 ? remainder + 7 : remainder) + 1
    }

    /// The ISO 8601 week number (Danish "uge").
    public var isoWeek: Int {
        let thursday = adding(days: 4 - isoWeekday)
        let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1) ?? thursday
        return (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1
    }

    // MARK: Arithmetic

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    public func adding(weeks: Int) -> CalendarDate {
        adding(days: 7 * weeks)
    }

    /// The same day-of-month `months` later (or earlier), clamped to the month's last day:
    /// 31 Jan + 1 month = 28/29 Feb.
    public func adding(months: Int) -> CalendarDate {
        let (year, month, day) = components
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        let clampedDay = min(day, CalendarDate.daysInMonth(year: newYear, month: newMonth))
        return CalendarDate(dayNumber: CalendarDate.dayNumber(year: newYear, month: newMonth, day: clampedDay))
    }

    public func adding(years: Int) -> CalendarDate {
        adding(months: 12 * years)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Whole months from `self` to `other`, counting a month only once its day is reached.
    public func wholeMonths(until other: CalendarDate) -> Int {
        let (y1, m1, _) = components
        let (y2, m2, _) = other.components
        var months = (y2 - y1) * 12 + (m2 - m1)
        if months > 0, adding(months: months) > other { months -= 1 }
        if months < 0, adding(months: months) < other { months += 1 }
        return months
    }

    /// The first day of this date's month.
    public var firstOfMonth: CalendarDate {
        let (year, month, _) = components
        return CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: 1))
    }

    /// The last day of this date's month.
    public var lastOfMonth: CalendarDate {
        let (year, month, _) = components
        let last = CalendarDate.daysInMonth(year: year, month: month)
        return CalendarDate(dayNumber: CalendarDate.dayNumber(year: year, month: month, day: last))
    }

    // MARK: Calendar facts

    @inlinable
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    @inlinable
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Howard Hinnant's days_from_civil.
    @inlinable
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

// MARK: - Text forms

extension CalendarDate: CustomStringConvertible, LosslessStringConvertible {
    /// Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date), or nil.
    public init?(_ iso: String) {
        var iso = iso
        guard let date = iso.withUTF8({ CalendarDate(isoBytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = date
    }

    /// Parses exactly `YYYY-MM-DD` from its UTF-8 bytes, or nil.
    public init?(isoBytes bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = CalendarDate.number(bytes[0..<4]),
              let month = CalendarDate.number(bytes[5..<7]),
              let day = CalendarDate.number(bytes[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The number written with the digits `digits` (no sign), or nil.
    @inline(__always)
    static func number(_ digits: Slice<UnsafeRawBufferPointer>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `YYYY-MM-DD`.
    public var description: String { iso }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (year, month, day) = components
        return CalendarDate.pad(year, 4) + "-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(day, 2)
    }

    /// The Danish form `DD.MM.YYYY`.
    public var danish: String {
        let (year, month, day) = components
        return CalendarDate.pad(day, 2) + "." + CalendarDate.pad(month, 2) + "." + CalendarDate.pad(year, 4)
    }

    /// The short Danish form `DD.MM.YY`, for narrow columns.
    public var danishShort: String {
        let (year, month, day) = components
        return CalendarDate.pad(day, 2) + "." + CalendarDate.pad(month, 2) + "." + CalendarDate.pad(year % 100, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date YYYY-MM-DD, got \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
