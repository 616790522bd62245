import Foundation
import JobsagCore
import JobsagStore
import NIOFoundationEssentialsCompat
import PostgresNIO

extension PostgresStore {
    // MARK: Reading

    public func caseSummaries() throws(StoreError) -> [CaseSummary] {
        try connection.withConnection { (session) throws(StoreError) -> [CaseSummary] in
            try session.query("SELECT id, revision, caseworker, coordinating_caseworker FROM cases ORDER BY id").map { (row) throws(StoreError) -> CaseSummary in
                CaseSummary(
                    id: try session.decode(String.self, row, column: "id"), revision: try session.decode(Int.self, row, column: "revision"),
                    caseworker: try session.decode(String.self, row, column: "caseworker"),
                    coordinatingCaseworker: try session.decode(String?.self, row, column: "coordinating_caseworker"))
            }
        }
    }

    public func caseVersions(where filter: CaseFilter) throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem]) {
        try connection.withConnection { (session) throws(StoreError) -> (versions: [CaseVersion], problems: [StoreProblem]) in
            // The revision, and the transaction that wrote the row: a change by hand in SQL
            // keeps the revision but gets a new stamp too.
            let rows = try session.query(Self.selecting("id, revision, xmin::text", where: filter))
            let versions = try rows.map { (row) throws(StoreError) -> CaseVersion in
                let (id, revision, transaction) = try session.decode((String, Int, String).self, row)
                return CaseVersion(id: id, stamp: "r\(revision).\(transaction)")
            }
            return (versions, [])
        }
    }

    public func loadCases(where filter: CaseFilter) throws(StoreError) -> CaseLoad {
        try read(where: filter) { $0 }
    }

    public func mapCases<Value: Sendable>(where filter: CaseFilter, _ transform: @escaping @Sendable (Case) -> Value) throws(StoreError) -> CasesRead<Value> {
        try read(where: filter, transform)
    }

    /// The documents come `documentsPerPage` at a time in one read-only snapshot, each page
    /// decoded and transformed on every core while the server sends the next.
    private func read<Value: Sendable>(where filter: CaseFilter, _ transform: @escaping @Sendable (Case) -> Value) throws(StoreError) -> CasesRead<Value> {
        try readingConsistently { () throws(StoreError) -> CasesRead<Value> in
            try StoreDocument.decodeCases(pagesOf: documentsPerPage, fetch: { (after, limit) throws(StoreError) -> [(id: CaseID, data: Data)] in
                try connection.withConnection { (session) throws(StoreError) -> [(id: CaseID, data: Data)] in
                    let query = Self.selecting("id, document_text", where: filter, after: after, limit: limit)
                    return try session.query(query).map { (row) throws(StoreError) -> (id: CaseID, data: Data) in
                        // The document's bytes where the row holds them, not copied: it is
                        // read once, on its way to a case.
                        let (id, text) = try session.decode((String, ByteBuffer).self, row)
                        return (id, Data(buffer: text, byteTransferStrategy: .noCopy))
                    }
                }
            }, source: { self.source($0) }, transform: transform)
        }
    }

    public func loadCase(id: CaseID) throws(StoreError) -> Case {
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        return try connection.withConnection { (session) throws(StoreError) -> Case in
            try currentCase(id, session: session, locking: false)
        }
    }

    /// The team's open cases of `caseworkers` that row-level security keeps from the role
    /// (`jobsag_team_case_listing`, less every case the role can read): none for a team lead,
    /// a consultant or the owner, who read them all.
    public func lockedCases(of caseworkers: Set<Initials>) throws(StoreError) -> [LockedCase] {
        var query = PostgresQuery(unsafeSQL: """
            SELECT id, name, masked_cpr, caseworker, coordinating_caseworker FROM jobsag_team_case_listing()
            WHERE (caseworker = ANY($1) OR coordinating_caseworker = ANY($1)) AND id NOT IN (SELECT id FROM cases) ORDER BY id
            """)
        query.binds.append(caseworkers.sorted())
        return try connection.withConnection { (session) throws(StoreError) -> [LockedCase] in
            try session.query(query).map { (row) throws(StoreError) -> LockedCase in
                LockedCase(
                    id: try session.decode(String.self, row, column: "id"), name: try session.decode(String?.self, row, column: "name") ?? "",
                    maskedCPR: try session.decode(String?.self, row, column: "masked_cpr") ?? "",
                    caseworker: try session.decode(String.self, row, column: "caseworker"),
                    coordinatingCaseworker: try session.decode(String?.self, row, column: "coordinating_caseworker"))
            }
        }
    }

    /// The rows of `cases` that `filter` selects, by id: those after `after` only, and at most
    /// `limit` of them, when given (a page).
    static func selecting(_ columns: String, where filter: CaseFilter, after: CaseID? = nil, limit: Int? = nil) -> PostgresQuery {
        var conditions: [String] = []
        var binds = PostgresBindings()
        switch filter {
        case .all:
            break
        case .caseload(let initials):
            binds.append(initials.sorted())
            conditions.append("(caseworker = ANY($\(binds.count)) OR coordinating_caseworker = ANY($\(binds.count)))")
        case .ids(let ids):
            binds.append(ids.sorted())
            conditions.append("id = ANY($\(binds.count))")
        }
        if let after {
            binds.append(after)
            conditions.append("id > $\(binds.count)")
        }
        let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        var query = PostgresQuery(unsafeSQL: "SELECT \(columns) FROM cases\(clause) ORDER BY id" + (limit.map { " LIMIT \($0)" } ?? ""))
        query.binds = binds
        return query
    }

    /// The case as stored, optionally locking its row until the transaction ends.
    func currentCase(_ id: CaseID, session: Session, locking: Bool) throws(StoreError) -> Case {
        let rows = try session.query(locking
            ? "SELECT document_text FROM cases WHERE id = \(id) FOR UPDATE"
            : "SELECT document_text FROM cases WHERE id = \(id)")
        guard let row = rows.first else { throw StoreError.caseNotFound(caseID: id, path: source(id)) }
        switch StoreDocument.decodeCase(try session.decode(Data.self, row, column: "document_text"), source: source(id), caseID: id) {
        case .success(let value): return value
        case .failure(let problem): throw StoreError.caseFileInvalid(problem)
        }
    }

    // MARK: Saving

    public func save(_ case: Case, by user: Initials, at time: Timestamp, action: AuditEvent.Action) throws(StoreError) -> Case {
        let id = `case`.id
        guard id.isValidCaseID else { throw StoreError.invalidCaseID(id) }
        return try writing(cpr: `case`.citizen.cpr, of: id) { (session) throws(StoreError) -> Case in
            let current = try currentCase(id, session: session, locking: true)
            guard current.revision == `case`.revision else {
                if Self.isSameSave(current, as: `case`, by: user) { return current }
                throw StoreError.staleRevision(
                    caseID: id, path: source(id), expected: `case`.revision, found: current.revision, lastChange: current.lastChange)
            }
            if `case`.citizen.cpr != current.citizen.cpr { try refuseCPRInUse(`case`.citizen.cpr, by: id, session: session) }
            try StoreDocument.refuseLockedNotes(from: current, to: `case`, by: user, at: time)
            var saved = `case`
            saved.revision = current.revision + 1
            saved.lastChange = ChangeStamp(by: user, at: time)
            let document = String(decoding: try StoreDocument.encode(saved, source: source(id)), as: UTF8.self)
            let columns = caseloadColumns(saved, CopenhagenTime.date(at: time))
            let team = try teamOf(saved.caseworker, session: session)
            if saved.caseworker != current.caseworker || saved.coordinatingCaseworker != current.coordinatingCaseworker {
                // The database lets the user read the case handed on for a while (so that the saved row may be read back).
                try session.query("SELECT jobsag_hand_over_case(\(id))")
            }
            let updated = try session.query("""
                UPDATE cases SET caseworker = \(saved.caseworker), coordinating_caseworker = \(saved.coordinatingCaseworker),
                    team = \(team), revision = \(saved.revision), last_change_by = \(user), last_change_at = \(time.iso)::timestamptz,
                    light = \(columns.light.rawValue), next_deadline = \(columns.nextDeadline?.iso)::date, next_rule = \(columns.nextRule),
                    document = \(document)::jsonb
                WHERE id = \(id) AND revision = \(current.revision)
                RETURNING id
                """)
            guard !updated.isEmpty else {
                throw StoreError.staleRevision(caseID: id, path: source(id), expected: `case`.revision, found: current.revision + 1, lastChange: nil)
            }
            try insert(AuditEvent(time: time, user: user, action: action, caseID: id, changes: StoreDocument.changes(from: current, to: saved)), session: session)
            return saved
        }
    }

    public func create(_ case: Case, by user: Initials, at time: Timestamp) throws(StoreError) -> Case {
        try writing(cpr: `case`.citizen.cpr, of: nil) { (session) throws(StoreError) -> Case in
            if let existing = try caseOfCitizen(`case`.citizen.cpr, session: session) {
                var created = `case`
                created.id = existing.id
                created.revision = 0
                if existing.revision == 1, Self.isSameSave(existing, as: created, by: user) { return existing }
                throw StoreError.cprInUse(caseID: existing.id, caseworker: existing.caseworker)
            }
            try StoreDocument.refuseLockedNotes(from: nil, to: `case`, by: user, at: time)
            var created = `case`
            created.id = try nextCaseID(session: session)
            created.revision = 1
            created.lastChange = ChangeStamp(by: user, at: time)
            try insert(created, session: session)
            try insert(AuditEvent(time: time, user: user, action: .create, caseID: created.id), session: session)
            return created
        }
    }

    /// Several new cases in one transaction (`jobsag import --csv`): all are stored, each
    /// with its `create` event, or none is. A CPR number the database has, or twice in the
    /// batch, refuses the batch.
    public func create(_ cases: [Case], by user: Initials, at time: Timestamp) throws(StoreError) -> [Case] {
        guard let firstCPR = cases.first?.citizen.cpr else { return [] }
        return try writing(cpr: firstCPR, of: nil) { (session) throws(StoreError) -> [Case] in
            var created: [Case] = []
            for item in cases {
                if let existing = try caseOfCitizen(item.citizen.cpr, session: session) {
                    throw StoreError.cprInUse(caseID: existing.id, caseworker: existing.caseworker)
                }
                try StoreDocument.refuseLockedNotes(from: nil, to: item, by: user, at: time)
                var next = item
                next.id = try nextCaseID(session: session)
                next.revision = 1
                next.lastChange = ChangeStamp(by: user, at: time)
                try insert(next, session: session)
                try insert(AuditEvent(time: time, user: user, action: .create, caseID: next.id), session: session)
                created.append(next)
            }
            return created
        }
    }

    /// Runs a write in a transaction; a violation of the one-case-per-citizen index (two
    /// saves with one CPR number at once, or a case of the citizen the user may not read) comes
    /// out as `cprInUse`, naming the other case.
    func writing<Result>(cpr: CPR, of id: CaseID?, _ body: (Session) throws(StoreError) -> Result) throws(StoreError) -> Result {
        do {
            return try connection.transaction(body)
        } catch {
            guard case .database(let failure) = error, failure.kind == .refused(sqlState: "23505"), failure.detail.contains("cases_one_case_per_citizen") || failure.detail.contains("duplicate") else {
                throw error
            }
            let other = try connection.withConnection { (session) throws(StoreError) -> (id: CaseID, caseworker: Initials)? in
                // The case may be one the user may not read: the database names it all the same.
                guard let row = try session.query("SELECT id, caseworker FROM jobsag_case_of_citizen(\(cpr.formatted))").first else { return nil }
                return (try session.decode(String.self, row, column: "id"), try session.decode(String.self, row, column: "caseworker"))
            }
            guard let other, other.id != id else { throw error }
            throw StoreError.cprInUse(caseID: other.id, caseworker: other.caseworker)
        }
    }

    /// Inserts a case row as it is (id, revision and change stamp kept), with its columns.
    func insert(_ value: Case, session: Session) throws(StoreError) {
        let document = String(decoding: try StoreDocument.encode(value, source: source(value.id)), as: UTF8.self)
        let stamp = value.lastChange ?? ChangeStamp(by: "?", at: Timestamp(secondsSince1970: 0))
        let columns = caseloadColumns(value, CopenhagenTime.date(at: stamp.at))
        let team = try teamOf(value.caseworker, session: session)
        try session.query("""
            INSERT INTO cases (id, caseworker, coordinating_caseworker, team, revision, last_change_by, last_change_at,
                light, next_deadline, next_rule, document)
            VALUES (\(value.id), \(value.caseworker), \(value.coordinatingCaseworker), \(team), \(value.revision), \(stamp.by),
                \(stamp.at.iso)::timestamptz, \(columns.light.rawValue), \(columns.nextDeadline?.iso)::date, \(columns.nextRule),
                \(document)::jsonb)
            """)
    }

    /// The case of a citizen, if there is one.
    func caseOfCitizen(_ cpr: CPR, session: Session) throws(StoreError) -> Case? {
        let rows = try session.query("SELECT id FROM cases WHERE document->'citizen'->>'cpr' = \(cpr.formatted)")
        guard let row = rows.first else { return nil }
        return try currentCase(try session.decode(String.self, row, column: "id"), session: session, locking: false)
    }

    private func refuseCPRInUse(_ cpr: CPR, by id: CaseID, session: Session) throws(StoreError) {
        if let other = try caseOfCitizen(cpr, session: session), other.id != id {
            throw StoreError.cprInUse(caseID: other.id, caseworker: other.caseworker)
        }
    }

    /// The team of a caseworker (nil for initials not in the list).
    private func teamOf(_ initials: Initials, session: Session) throws(StoreError) -> String? {
        let rows = try session.query("SELECT team FROM caseworkers WHERE initials = \(initials)")
        guard let row = rows.first else { return nil }
        return try session.decode(String.self, row, column: "team")
    }

    /// `S-000123` from the sequence, skipping numbers an imported case already has.
    private func nextCaseID(session: Session) throws(StoreError) -> CaseID {
        while true {
            let rows = try session.query("SELECT nextval('case_number') AS number")
            guard let row = rows.first else { throw StoreError.database(DatabaseFailure(.refused(sqlState: "XX000"), location: info.location)) }
            let number = try session.decode(Int64.self, row, column: "number")
            let id = StoreLayout.caseID(number: Int(clamping: number))
            if try session.query("SELECT 1 FROM cases WHERE id = \(id)").isEmpty { return id }
        }
    }

    /// Whether `stored` is `attempt` as saved by `user`: the same content, saved by that user
    /// one revision on (a retry of a save whose answer was lost).
    static func isSameSave(_ stored: Case, as attempt: Case, by user: Initials) -> Bool {
        guard stored.lastChange?.by == user, stored.revision == attempt.revision + 1 || (attempt.revision == 0 && stored.revision == 1) else {
            return false
        }
        var comparable = stored
        comparable.revision = attempt.revision
        comparable.lastChange = attempt.lastChange
        return comparable == attempt
    }
}
