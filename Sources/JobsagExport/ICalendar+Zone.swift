/// The time zone the calendar file gives its timed events (the meetings) in.
extension ICalendar {
    /// The zone of every timed event: the meetings are booked in Copenhagen time.
    static let zoneID = "Europe/Copenhagen"

    /// The VTIMEZONE of Europe/Copenhagen (RFC 5545 §3.6.5): CET, and CEST from the last
    /// Sunday of March 02:00 to the last Sunday of October 03:00 (the EU rule since 1996,
    /// the same rule as `CopenhagenTime`).
    static let copenhagenZone = [
        "BEGIN:VTIMEZONE",
        "TZID:" + zoneID,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
