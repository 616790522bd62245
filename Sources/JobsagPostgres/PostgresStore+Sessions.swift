import JobsagCore
import JobsagStore

/// "Nyt siden sidst" on the database: a user's latest audit event, and the events after it
/// in the order of `seq`.
extension PostgresStore {
    public func auditEventsAfterLatest(of user: Initials) throws(StoreError) -> (latest: Timestamp?, history: AuditHistory) {
        let latest = try connection.withConnection { (session) throws(StoreError) -> (seq: Int64, seconds: Int64)? in
            let rows = try session.query("""
                SELECT seq, extract(epoch FROM time)::bigint AS seconds FROM audit_events
                WHERE user_initials = \(user) ORDER BY seq DESC LIMIT 1
                """)
            guard let row = rows.first else { return nil }
            return (try session.decode(Int64.self, row, column: "seq"), try session.decode(Int64.self, row, column: "seconds"))
        }
        guard let latest else { return (nil, AuditHistory(events: [], problems: [])) }
        let history = try auditHistory("SELECT seq, event::text AS event FROM audit_events WHERE seq > \(latest.seq) ORDER BY seq")
        return (Timestamp(secondsSince1970: latest.seconds), history)
    }
}
