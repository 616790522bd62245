import JobsagCore

/// "Nyt siden sidst" on the file store: read from `audit/` under the shared lock.
extension FileStore {
    public func auditEventsAfterLatest(of user: Initials) throws(StoreError) -> (latest: Timestamp?, history: AuditHistory) {
        try withStore(.shared) { () throws(StoreError) -> (latest: Timestamp?, history: AuditHistory) in
            try audit.eventsAfterLatest(of: user)
        }
    }
}
