import JobsagCore

extension ICalendar {
    /// How many days an event that left the calendar (its deadline was met, or its case
    /// moved on) keeps being written, cancelled, after it left: a calendar that imports or
    /// polls the file at least this often removes it.
    public static let cancelledEventDays = 30

    /// This calendar (what is due now) as the next version of `previous`, the file written
    /// last time: an event that is unchanged keeps its SEQUENCE and LAST-MODIFIED; a changed
    /// one gets the next SEQUENCE and LAST-MODIFIED now, a new one its own SEQUENCE (0, or a
    /// meeting's revision) — never less than its own; an event of `previous` that
    /// is no longer due is written once more as `STATUS:CANCELLED` (next SEQUENCE), and
    /// again on every run for `cancelledEventDays` days, so that calendars remove it.
    public func revising(_ previous: ICalendar?) -> ICalendar {
        let before = Dictionary((previous?.events ?? []).map { ($0.uid, $0) }, uniquingKeysWith: { first, _ in first })
        var revised: [Event] = []
        var written = Set<String>()
        for var event in events where written.insert(event.uid).inserted {
            // An event's own sequence (a meeting's revision) is the least it gets.
            if let old = before[event.uid] {
                let unchanged = old.hasSameContent(as: event)
                event.sequence = max(event.sequence, unchanged ? old.sequence : old.sequence + 1)
                event.lastModified = unchanged ? old.lastModified : stamp
            } else {
                event.lastModified = stamp
            }
            revised.append(event)
        }
        let gone = (previous?.events ?? []).filter { !written.contains($0.uid) }
        var cancelled: [Event] = []
        for var event in gone where written.insert(event.uid).inserted {
            if event.status != .cancelled {
                event.status = .cancelled
                event.sequence += 1
                event.lastModified = stamp
            }
            guard event.lastModified.secondsSince1970 + Int64(Self.cancelledEventDays) * 86_400 > stamp.secondsSince1970 else { continue }
            cancelled.append(event)
        }
        return ICalendar(events: revised + cancelled.sorted { ($0.date, $0.uid) < ($1.date, $1.uid) }, stamp: stamp)
    }
}
