import Foundation
import Glibc
import JobsagCore
import JobsagStore
import PostgresNIO

extension PostgresStore {
    // MARK: Audit

    public func record(_ event: AuditEvent) throws(StoreError) {
        try connection.withConnection { (session) throws(StoreError) in try insert(event, session: session) }
    }

    public func auditEvents(caseID: CaseID) throws(StoreError) -> AuditHistory {
        try auditHistory("SELECT seq, event::text AS event FROM audit_events WHERE case_id = \(caseID) ORDER BY seq")
    }

    public func allAuditEvents() throws(StoreError) -> AuditHistory {
        try auditHistory("SELECT seq, event::text AS event FROM audit_events ORDER BY seq")
    }

    /// Inserts an event as one line of the audit log holds it, with the columns queries need.
    func insert(_ event: AuditEvent, session: Session) throws(StoreError) {
        let text = String(decoding: try StoreDocument.encode(event, source: "\(info.location) audit_events"), as: UTF8.self)
        try session.query("""
            INSERT INTO audit_events (time, user_initials, action, case_id, event)
            VALUES (\(event.time.iso)::timestamptz, \(event.user), \(event.action.rawValue), \(event.caseID), \(text)::jsonb)
            """)
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
