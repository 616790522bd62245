import JobsagCore

/// Shows a timestamp as Danish local time (Europe/Copenhagen) for messages, through
/// `CopenhagenTime`, so messages do not depend on the process's `TZ`.
enum DanishClock {
    /// `22.11.2026 kl. 14:05`.
    static func danish(_ time: Timestamp) -> String {
        let (date, clock) = CopenhagenTime.local(time)
        return date.danish + " kl. " + clock
    }

    /// `2026-11-22 14:05`.
    static func english(_ time: Timestamp) -> String {
        let (date, clock) = CopenhagenTime.local(time)
        return date.iso + " " + clock
    }
}
