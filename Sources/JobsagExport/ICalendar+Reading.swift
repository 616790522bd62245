import JobsagCore

extension ICalendar {
    /// Reads a calendar Jobsag wrote (the file the last `jobsag reminders --ics` left), or
    /// nil when the text is not one: its events, their sequences, times and statuses. An
    /// event without a UID or a start date is left out.
    public init?(jobsagText text: String) {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .replacingOccurrences(of: "\n ", with: "")
        let lines = unfolded.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }).map(String.init)
        guard lines.first == "BEGIN:VCALENDAR", lines.contains("PRODID:" + ICalendar.productID) else { return nil }
        var events: [Event] = []
        var stamp: Timestamp?
        var properties: [String: String]?
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon].prefix { $0 != ";" }).uppercased()
            let value = String(line[line.index(after: colon)...])
            switch (name, value) {
            case ("BEGIN", "VEVENT"): properties = [:]
            case ("END", "VEVENT"):
                if let properties, let event = Self.event(properties, fallbackStamp: stamp) { events.append(event) }
                properties = nil
            default:
                guard properties != nil else { continue }
                properties?[name] = value
                if name == "DTSTAMP", stamp == nil { stamp = Self.timestamp(value) }
            }
        }
        self.init(events: events, stamp: stamp ?? Timestamp(secondsSince1970: 0))
    }

    private static func event(_ properties: [String: String], fallbackStamp: Timestamp?) -> Event? {
        guard let uid = properties["UID"].map(unescape), let start = properties["DTSTART"], let date = calendarDate(String(start.prefix(8)))
        else { return nil }
        let modified = properties["LAST-MODIFIED"].flatMap(timestamp) ?? properties["DTSTAMP"].flatMap(timestamp) ?? fallbackStamp
        var event = Event(
            uid: uid, date: date, summary: properties["SUMMARY"].map(unescape) ?? "",
            description: properties["DESCRIPTION"].map(unescape) ?? "",
            status: properties["STATUS"].flatMap(Event.Status.init(rawValue:)) ?? .confirmed,
            sequence: properties["SEQUENCE"].flatMap { Int($0) }.map { min(max(0, $0), maximumSequence) } ?? 0,
            lastModified: modified ?? Timestamp(secondsSince1970: 0))
        event.location = properties["LOCATION"].map(unescape) ?? ""
        if let startTime = clockTime(start) {
            let end = properties["DTEND"] ?? ""
            let endDate = calendarDate(String(end.prefix(8))) ?? date
            let endTime = clockTime(end) ?? startTime
            let minutes = (endDate.dayNumber - date.dayNumber) * ClockTime.minutesPerDay + endTime.minutesAfterMidnight - startTime.minutesAfterMidnight
            // A length that is no part of a day (a file edited by hand) reads as a meeting's.
            event.time = Event.Time(start: startTime, minutes: (1...ClockTime.minutesPerDay).contains(minutes) ? minutes : Meeting.calendarMinutes)
        }
        return event
    }

    /// The time of day of `20261210T100000` (a local time of the zone), nil for a date alone.
    static func clockTime(_ text: String) -> ClockTime? {
        let characters = Array(text)
        guard characters.count == 15, characters[8] == "T", characters.allSatisfy(\.isASCII),
              let hour = Int(String(characters[9..<11])), let minute = Int(String(characters[11..<13]))
        else { return nil }
        return ClockTime(hour: hour, minute: minute)
    }

    /// The highest sequence read from a file (RFC 5545's integers are 32-bit): counting on
    /// from it cannot overflow.
    static let maximumSequence = 1_000_000_000

    /// The text of an escaped TEXT value (RFC 5545 §3.3.11).
    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `20261203` as a date.
    static func calendarDate(_ text: String) -> CalendarDate? {
        let digits = Array(text)
        guard digits.count == 8, digits.allSatisfy(\.isASCII) else { return nil }
        return CalendarDate(String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8]))
    }

    /// `20261203T033649Z` as a moment.
    static func timestamp(_ text: String) -> Timestamp? {
        let characters = Array(text)
        guard characters.count == 16, characters[8] == "T", characters[15] == "Z", characters.allSatisfy(\.isASCII) else { return nil }
        let date = String(characters[0..<4]) + "-" + String(characters[4..<6]) + "-" + String(characters[6..<8])
        let time = String(characters[9..<11]) + ":" + String(characters[11..<13]) + ":" + String(characters[13..<15])
        return Timestamp(iso: date + "T" + time + "Z")
    }
}
