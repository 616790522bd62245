import Foundation
import Glibc
import JobsagCore
import JobsagStore
import PostgresNIO

extension PostgresStore {
    // MARK: Audit

    public func record(_ event: AuditEvent) throws(StoreError) {
        try connection.transaction { (session) throws(StoreError) in try insert(event, session: session) }
    }

    public func auditEvents(caseID: CaseID) throws(StoreError) -> AuditHistory {
        try auditHistory("SELECT seq, event::text AS event FROM audit_events WHERE case_id = \(caseID) ORDER BY seq")
    }

    public func allAuditEvents() throws(StoreError) -> AuditHistory {
        try auditHistory("SELECT seq, event::text AS event FROM audit_events ORDER BY seq")
    }

    /// The transaction-level advisory lock that orders the audit log (an arbitrary number, the
    /// same in every Jobsag): the events of concurrent transactions take their places in the
    /// chain one at a time, each seeing the one committed before it.
    static let auditChainLock: Int64 = 0x6A6F_6273_6163

    /// Inserts an event as one line of the audit log holds it, chained to the event before it,
    /// with the columns queries need. Runs inside the caller's transaction, as its last
    /// statements: the chain's lock is held from here until the commit. An access outside the
    /// own caseload goes through the database's function, which also lets the user read the case.
    func insert(_ event: AuditEvent, session: Session) throws(StoreError) {
        try session.query("SELECT pg_advisory_xact_lock(\(Self.auditChainLock))")
        var link = AuditChainLink.first
        if let row = try session.query("SELECT event::text AS event FROM audit_events ORDER BY seq DESC LIMIT 1").first {
            let last = Data(try session.decode(String.self, row, column: "event").utf8)
            link = (AuditChainLink.read(from: last) ?? AuditChainLink(sequence: 0, previous: "")).next(after: last)
        }
        let text = String(decoding: try StoreDocument.encode(event, link: link, source: "\(info.location) audit_events"), as: UTF8.self)
        if event.action == .accessOutsideCaseload, let caseID = event.caseID {
            // The database checks the reason and the team, lets the user read the case, and logs it.
            try session.query("SELECT jobsag_open_case_outside_caseload(\(caseID), \(text)::jsonb)")
            return
        }
        try session.query("""
            INSERT INTO audit_events (time, user_initials, action, case_id, event)
            VALUES (\(event.time.iso)::timestamptz, \(event.user), \(event.action.rawValue), \(event.caseID), \(text)::jsonb)
            """)
    }

    /// Checks the chain through `audit_events` in the order of `seq`: each event's `previous`
    /// is the SHA-256 of the event before it as the database gives it back (`event::text`,
    /// PostgreSQL's canonical text of the `jsonb` value), and each row's columns say what its
    /// event says (a changed `case_id` would hide the event from the case's history).
    public func verifyAuditChain() throws(StoreError) -> AuditChainReport {
        let rows = try connection.withConnection { (session) throws(StoreError) -> [AuditRow] in
            try session.query("""
                SELECT seq, event::text AS event, floor(extract(epoch FROM time))::bigint AS time, user_initials, action, case_id
                FROM audit_events ORDER BY seq
                """).map { (row) throws(StoreError) -> AuditRow in
                AuditRow(
                    seq: try session.decode(Int64.self, row, column: "seq"), event: try session.decode(String.self, row, column: "event"),
                    time: try session.decode(Int64.self, row, column: "time"), user: try session.decode(String.self, row, column: "user_initials"),
                    action: try session.decode(String.self, row, column: "action"), caseID: try session.decode(String?.self, row, column: "case_id"))
            }
        }
        let lines = rows.map { AuditChainLine(source: "\(info.location) audit_events/\($0.seq)", lineNumber: nil, bytes: Data($0.event.utf8)) }
        guard let mismatch = rows.firstIndex(where: { !$0.columnsMatchEvent }) else { return AuditChain.verify(lines) }
        var report = AuditChain.verify(Array(lines[..<mismatch]))
        if report.isIntact {
            report.breakage = StoreProblem(
                .error, .auditChain, path: lines[mismatch].source,
                detail: LocalizedText(
                    da: "rækken er ændret: kolonnerne (time, user_initials, action, case_id) siger noget andet end hændelsen",
                    en: "the row was changed: its columns (time, user_initials, action, case_id) differ from its event"))
        }
        return report
    }

    /// A row of `audit_events` as verification reads it.
    private struct AuditRow {
        var seq: Int64
        var event: String
        var time: Int64
        var user: String
        var action: String
        var caseID: String?

        /// Whether the columns say what the event says (an event that cannot be read is the
        /// chain's to report).
        var columnsMatchEvent: Bool {
            guard case .success(let decoded) = StoreDocument.decodeAuditEvent(Data(event.utf8), source: "") else { return true }
            return decoded.time.secondsSince1970 == time && decoded.user == user && decoded.action.rawValue == action && decoded.caseID == caseID
        }
    }

    func auditHistory(_ query: PostgresQuery) throws(StoreError) -> AuditHistory {
        let rows = try connection.withConnection { (session) throws(StoreError) -> [(Int64, String)] in
            try session.query(query).map { (row) throws(StoreError) -> (Int64, String) in
                (try session.decode(Int64.self, row, column: "seq"), try session.decode(String.self, row, column: "event"))
            }
        }
        var history = AuditHistory(events: [], problems: [])
        for (seq, text) in rows {
            switch StoreDocument.decodeAuditEvent(Data(text.utf8), source: "\(info.location) audit_events/\(seq)") {
            case .success(let event): history.events.append(event)
            case .failure(let problem): history.problems.append(problem)
            }
        }
        return history
    }

    // MARK: Reviews (spot-check rounds)

    public func reviewIDs() throws(StoreError) -> [String] {
        try connection.withConnection { (session) throws(StoreError) -> [String] in
            try session.query("SELECT id FROM reviews ORDER BY id").map { (row) throws(StoreError) -> String in
                try session.decode(String.self, row, column: "id")
            }
        }
    }

    public func reviewDocument(id: String) throws(StoreError) -> Data {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        let text = try connection.withConnection { (session) throws(StoreError) -> String? in
            guard let row = try session.query("SELECT document::text AS document FROM reviews WHERE id = \(id)").first else { return nil }
            return try session.decode(String.self, row, column: "document")
        }
        guard let text else { throw StoreError.io(IOFailure(.open, path: "\(info.location) reviews/\(id)", errorNumber: ENOENT)) }
        return Data(text.utf8)
    }

    public func loadReview<Value: Decodable>(_ type: Value.Type, id: String, format: DocumentFormat) throws(StoreError) -> Value {
        let data = try reviewDocument(id: id)
        switch StoreDocument.decode(type, from: data, format: format, source: "\(info.location) reviews/\(id)") {
        case .success(let value): return value
        case .failure(let problem): throw StoreError.invalidFile(problem)
        }
    }

    public func saveReview<Value: Encodable>(
        _ value: Value, id: String, format: DocumentFormat, by user: Initials, at time: Timestamp
    ) throws(StoreError) {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        let source = "\(info.location) reviews/\(id)"
        let document = String(decoding: try StoreDocument.encode(value, format: format, source: source), as: UTF8.self)
        try connection.transaction { (session) throws(StoreError) in
            if let row = try session.query("SELECT document::text AS document FROM reviews WHERE id = \(id) FOR UPDATE").first {
                let existing = try session.decode(String.self, row, column: "document")
                if let version = StoreDocument.newerVersion(in: Data(existing.utf8), than: format) {
                    throw StoreError.newerFormat(path: source, found: version, supported: format.version)
                }
            }
            try session.query("""
                INSERT INTO reviews (id, document) VALUES (\(id), \(document)::jsonb)
                ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document
                """)
            try insert(AuditEvent(time: time, user: user, action: .update, caseID: nil, changes: ["reviews[\(id)]"]), session: session)
        }
    }
}
