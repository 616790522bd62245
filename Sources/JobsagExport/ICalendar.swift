// JobsagExport: what Jobsag writes for other programs: the `check` report (text and JSON)
// and iCalendar files of deadlines. Pure: values in, text out.
import JobsagCore

/// An iCalendar (RFC 5545) file of all-day events (deadlines) and timed events (meetings,
/// in Copenhagen time with the zone's VTIMEZONE).
public struct ICalendar: Sendable, Hashable {
    /// One event: all day, or at a time of day.
    public struct Event: Sendable, Hashable {
        /// The time of a timed event: its start in Copenhagen and how long it lasts.
        public struct Time: Sendable, Hashable {
            public var start: ClockTime
            public var minutes: Int

            public init(start: ClockTime, minutes: Int) {
                self.start = start
                self.minutes = minutes
            }
        }

        public enum Status: String, Sendable, Hashable {
            case confirmed = "CONFIRMED"
            /// Gone from the calendar (the deadline was met): calendars remove it.
            case cancelled = "CANCELLED"
        }

        /// Stable across runs, so that importing again updates rather than duplicates.
        public var uid: String
        public var date: CalendarDate
        public var summary: String
        public var description: String
        public var status: Status
        /// Counts the changes of the event (RFC 5545 §3.8.7.4): a calendar takes the higher one.
        public var sequence: Int
        /// When the event last changed (its date, time, text or status).
        public var lastModified: Timestamp
        /// Nil for an all-day event.
        public var time: Time?
        /// Where a meeting is (LOCATION); empty for none.
        public var location = ""

        public init(
            uid: String, date: CalendarDate, summary: String, description: String, status: Status = .confirmed,
            sequence: Int = 0, lastModified: Timestamp
        ) {
            self.uid = uid
            self.date = date
            self.summary = summary
            self.description = description
            self.status = status
            self.sequence = sequence
            self.lastModified = lastModified
        }

        /// Whether `other` shows the same thing on the same day (sequence and times aside).
        func hasSameContent(as other: Event) -> Bool {
            (date, summary, description, status) == (other.date, other.summary, other.description, other.status)
                && (time, location) == (other.time, other.location)
        }
    }

    public var events: [Event]
    /// The time the file is written (DTSTAMP), in UTC.
    public var stamp: Timestamp

    public init(events: [Event], stamp: Timestamp) {
        self.events = events
        self.stamp = stamp
    }

    static let productID = "-//Jobsag//Jobsag//DA"

    /// The file's text: CRLF line endings, lines folded at 75 octets, text escaped.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendar.productID, "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        if events.contains(where: { $0.time != nil }) { lines += ICalendar.copenhagenZone }
        let stampText = ICalendar.basicUTC(stamp)
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendar.escape(event.uid),
                "DTSTAMP:" + stampText,
                "LAST-MODIFIED:" + ICalendar.basicUTC(event.lastModified),
                "SEQUENCE:" + String(event.sequence),
                "STATUS:" + event.status.rawValue,
            ]
            if let time = event.time {
                let start = time.start.minutesAfterMidnight
                let end = start + time.minutes
                let endDate = event.date.adding(days: end / ClockTime.minutesPerDay)
                let endMinutes = end % ClockTime.minutesPerDay
                lines += [
                    "DTSTART;TZID=" + ICalendar.zoneID + ":" + ICalendar.basicDate(event.date) + "T" + ICalendar.basicTime(start),
                    "DTEND;TZID=" + ICalendar.zoneID + ":" + ICalendar.basicDate(endDate) + "T" + ICalendar.basicTime(endMinutes),
                ]
            } else {
                lines += [
                    "DTSTART;VALUE=DATE:" + ICalendar.basicDate(event.date),
                    "DTEND;VALUE=DATE:" + ICalendar.basicDate(event.date.adding(days: 1)),
                ]
            }
            lines += ["SUMMARY:" + ICalendar.escape(event.summary), "DESCRIPTION:" + ICalendar.escape(event.description)]
            if !event.location.isEmpty { lines.append("LOCATION:" + ICalendar.escape(event.location)) }
            lines += [event.time == nil ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Escapes a TEXT value (RFC 5545 §3.3.11). The other control characters but a tab have
    /// no place in one (a calendar program may refuse the whole file) and are left out: a
    /// meeting's place or a reminder's text from the store can hold them, though none is typed.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            case "\t": result.append(character)
            default:
                if let byte = character.asciiValue, byte < 0x20 || byte == 0x7F { continue }
                result.append(character)
            }
        }
        return result
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }

    static func basicDate(_ date: CalendarDate) -> String {
        date.iso.filter { $0 != "-" }
    }

    /// `HHMMSS` of a minute of the day.
    static func basicTime(_ minutes: Int) -> String {
        let pad = { (value: Int) in value < 10 ? "0" + String(value) : String(value) }
        return pad(minutes / 60) + pad(minutes % 60) + "00"
    }

    static func basicUTC(_ time: Timestamp) -> String {
        time.iso.filter { $0 != "-" && $0 != ":" }
    }
}
