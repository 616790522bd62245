// JobsagExport: what Jobsag writes for other programs: the `check` report (text and JSON)
// and iCalendar files of deadlines. Pure: values in, text out.
import JobsagCore

/// An iCalendar (RFC 5545) file of all-day events.
public struct ICalendar: Sendable {
    /// One all-day event.
    public struct Event: Sendable, Hashable {
        /// Stable across runs, so that importing again updates rather than duplicates.
        public var uid: String
        public var date: CalendarDate
        public var summary: String
        public var description: String

        public init(uid: String, date: CalendarDate, summary: String, description: String) {
            self.uid = uid
            self.date = date
            self.summary = summary
            self.description = description
        }
    }

    public var events: [Event]
    /// The time the file is written (DTSTAMP), in UTC.
    public var stamp: Timestamp

    public init(events: [Event], stamp: Timestamp) {
        self.events = events
        self.stamp = stamp
    }

    /// The file's text: CRLF line endings, lines folded at 75 octets, text escaped.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Jobsag//Jobsag//DA", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let stampText = ICalendar.basicUTC(stamp)
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendar.escape(event.uid),
                "DTSTAMP:" + stampText,
                "DTSTART;VALUE=DATE:" + ICalendar.basicDate(event.date),
                "DTEND;VALUE=DATE:" + ICalendar.basicDate(event.date.adding(days: 1)),
                "SUMMARY:" + ICalendar.escape(event.summary),
                "DESCRIPTION:" + ICalendar.escape(event.description),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Escapes a TEXT value (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
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

    static func basicUTC(_ time: Timestamp) -> String {
        time.iso.filter { $0 != "-" && $0 != ":" }
    }
}
