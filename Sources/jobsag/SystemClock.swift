import Foundation
import JobsagCore

/// The only place Jobsag reads the clock: the runtime passes the results into the pure core.
enum SystemClock {
    static func now() -> Timestamp {
        Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }

    /// Today's date in Europe/Copenhagen, whatever the machine's zone.
    static func today() -> CalendarDate {
        let now = now()
        return now.date(utcOffsetSeconds: CopenhagenTime.utcOffsetSeconds(at: now))
    }
}
