import JobsagCore
import JobsagStore

/// "Nyt siden sidst" on the database: a user's latest audit event, and the events after a moment.
extension PostgresStore {
    public func latestAuditTime(of user: Initials) throws(StoreError) -> Timestamp? {
        let seconds = try connection.withConnection { (session) throws(StoreError) -> Int64? in
            let rows = try session.query(
                "SELECT extract(epoch FROM max(time))::bigint AS seconds FROM audit_events WHERE user_initials = \(user)")
            guard let row = rows.first else { return nil }
            return try session.decode(Int64?.self, row, column: "seconds")
        }
        return seconds.map(Timestamp.init(secondsSince1970:))
    }

    public func auditEvents(since time: Timestamp) throws(StoreError) -> AuditHistory {
        try auditHistory("SELECT seq, event::text AS event FROM audit_events WHERE time >= \(time.iso)::timestamptz ORDER BY seq")
    }
}
