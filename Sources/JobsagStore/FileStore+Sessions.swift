import JobsagCore

/// "Nyt siden sidst" on the file store: read from `audit/` under the shared lock.
extension FileStore {
    public func latestAuditTime(of user: Initials) throws(StoreError) -> Timestamp? {
        try withStore(.shared) { () throws(StoreError) -> Timestamp? in
            try audit.latestTime(of: user)
        }
    }

    public func auditEvents(since time: Timestamp) throws(StoreError) -> AuditHistory {
        try withStore(.shared) { () throws(StoreError) -> AuditHistory in
            try audit.events(since: time)
        }
    }
}
