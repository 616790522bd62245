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
        var text = text
        guard let seconds = text.withUTF8({ Timestamp.seconds(iso: UnsafeRawBufferPointer($0)) }) else { return nil }
        self.secondsSince1970 = seconds
    }

    /// The seconds since 1970 of `YYYY-MM-DDTHH:MM:SS`, then optionally `.` and digits, then
    /// `Z`, from its UTF-8 bytes; nil for any other text.
    private static func seconds(iso bytes: UnsafeRawBufferPointer) -> Int64? {
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[bytes.count - 1] == UInt8(ascii: "Z"),
              let date = CalendarDate(isoBytes: UnsafeRawBufferPointer(rebasing: bytes[0..<10])),
              let h = CalendarDate.number(bytes[11..<13]), let m = CalendarDate.number(bytes[14..<16]),
              let s = CalendarDate.number(bytes[17..<19]), h < 24, m < 60, s < 61
        else { return nil }
        let fraction = bytes[19..<(bytes.count - 1)]
        guard fraction.isEmpty || (fraction.count > 1 && fraction.first == UInt8(ascii: ".")
            && fraction.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return Int64(date.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)
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
