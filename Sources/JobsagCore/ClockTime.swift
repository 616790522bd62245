/// A time of day in Copenhagen as minutes after midnight (0 = 00:00 ... 1439 = 23:59), the
/// time of a booked meeting. Only values in that range exist: the initializers refuse the rest.
public struct ClockTime: Hashable, Sendable, Comparable, Codable {
    public static let minutesPerDay = 24 * 60

    public let minutesAfterMidnight: Int

    /// Nil when `minutes` is not a minute of a day.
    public init?(minutesAfterMidnight minutes: Int) {
        guard (0..<ClockTime.minutesPerDay).contains(minutes) else { return nil }
        minutesAfterMidnight = minutes
    }

    /// The minute of the day nearest `minutes`: 00:00 for less, 23:59 for more.
    public init(clamping minutes: Int) {
        minutesAfterMidnight = min(max(0, minutes), ClockTime.minutesPerDay - 1)
    }

    /// Nil when the hour is not 0–23 or the minute not 0–59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutesAfterMidnight = hour * 60 + minute
    }

    public var hour: Int { minutesAfterMidnight / 60 }
    public var minute: Int { minutesAfterMidnight % 60 }

    /// `10:00`.
    public var text: String { CalendarDate.pad(hour, 2) + ":" + CalendarDate.pad(minute, 2) }

    /// Reads a time as typed: `10:00`, `10.00`, `1000`, `10` (whole hours), `9:5` is refused.
    public static func parse(_ typed: String) -> Result<ClockTime, ClockTimeProblem> {
        let text = typed.trimmingWhitespace()
        guard !text.isEmpty else { return .failure(.empty) }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        let hourText: Substring, minuteText: Substring
        switch parts.count {
        case 1 where text.count == 4:
            hourText = text.prefix(2)
            minuteText = text.suffix(2)
        case 1 where text.count <= 2:
            hourText = parts[0]
            minuteText = "00"
        case 2 where parts[1].count == 2:
            hourText = parts[0]
            minuteText = parts[1]
        default:
            return .failure(.notATime(text))
        }
        guard hourText.count <= 2, hourText.allSatisfy(\.isASCII), minuteText.allSatisfy(\.isASCII),
              let hour = Int(hourText), let minute = Int(minuteText)
        else { return .failure(.notATime(text)) }
        guard let time = ClockTime(hour: hour, minute: minute) else { return .failure(.outOfRange(text)) }
        return .success(time)
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutesAfterMidnight < rhs.minutesAfterMidnight }

    /// Stored as the number of minutes after midnight; a number outside 0–1439 is refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let minutes = try container.decode(Int.self)
        guard let time = ClockTime(minutesAfterMidnight: minutes) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a time is 0 to 1439 minutes after midnight, not \(minutes)")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(minutesAfterMidnight)
    }
}

/// Why a typed time is not one.
public enum ClockTimeProblem: Error, Hashable, Sendable {
    case empty
    case notATime(String)
    case outOfRange(String)

    public var message: LocalizedText {
        switch self {
        case .empty:
            return LocalizedText(da: "Skriv et klokkeslæt, fx 10:00.", en: "Type a time, e.g. 10:00.")
        case .notATime(let text):
            return LocalizedText(da: "»\(text)« er ikke et klokkeslæt; skriv fx 10:00.", en: "\"\(text)\" is not a time; type e.g. 10:00.")
        case .outOfRange(let text):
            return LocalizedText(da: "»\(text)« findes ikke: timer 0–23, minutter 0–59.", en: "\"\(text)\" does not exist: hours 0–23, minutes 0–59.")
        }
    }
}
