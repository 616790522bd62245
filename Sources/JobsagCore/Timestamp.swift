/// A moment in time, to the second, in UTC. Encoded as ISO 8601 `YYYY-MM-DDTHH:MM:SSZ`.
///
/// The core never creates one from the clock; the app and the store pass them in.
public struct Timestamp: Hashable, Comparable, Sendable {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The calendar date of this moment at a fixed offset from UTC (in seconds).
    public func date(utcOffsetSeconds: Int) -> CalendarDate {
        let local = secondsSince1970 + Int64(utcOffsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CalendarDate(dayNumber: Int(days))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var iso: String {
        let date = self.date(utcOffsetSeconds: 0)
        let secondsOfDay = Int(secondsSince1970 - Int64(date.dayNumber) * 86_400)
        return date.iso + "T" + CalendarDate.pad(secondsOfDay / 3600, 2) + ":"
            + CalendarDate.pad(secondsOfDay / 60 % 60, 2) + ":" + CalendarDate.pad(secondsOfDay % 60, 2) + "Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (also with fractional seconds, which are dropped).
    public init?(iso text: String) {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, let date = CalendarDate(String(parts[0])),
              parts[1].hasSuffix("Z")
        else { return nil }
        let time = parts[1].dropLast().split(separator: ".", maxSplits: 1)[0].split(separator: ":")
        guard time.count == 3, let h = Int(time[0]), let m = Int(time[1]), let s = Int(time[2]),
              (0..<24).contains(h), (0..<60).contains(m), (0..<61).contains(s)
        else { return nil }
        self.secondsSince1970 = Int64(date.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)
    }
}

extension Timestamp: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = Timestamp(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a time YYYY-MM-DDTHH:MM:SSZ, got \"\(text)\"")
        }
        self = timestamp
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
