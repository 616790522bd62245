import Foundation
import JobsagCore
import JobsagStore
import PostgresNIO

/// A store in a PostgreSQL database (docs/database.md): the `CaseStore` promises of the file
/// store, kept by the database. A save is one transaction: the row is locked, its revision
/// checked, the new document and its caseload columns written, and the audit event inserted;
/// a stale save is refused with who and when. New case ids come from a sequence, and one
/// citizen has one case (a unique index on the CPR number inside the document).
///
/// A save whose answer was lost with the connection may be sent again: when the row already
/// holds exactly that change by that user, it is returned as saved instead of refused, so a
/// retry never makes a second copy or a false conflict.
public final class PostgresStore: CaseStore {
    public let info: StoreInfo
    let connection: DatabaseConnection
    /// A second connection for writing the caseload cache, which the terminal does in the
    /// background: the user's reads and saves never wait behind it.
    let cacheConnection: DatabaseConnection
    let caseloadColumns: CaseloadColumns.Computer
    /// How many case documents a read of many fetches at a time (`loadCases`).
    let documentsPerPage: Int

    init(info: StoreInfo, connection: DatabaseConnection, caseloadColumns: @escaping CaseloadColumns.Computer, documentsPerPage: Int) {
        self.info = info
        self.connection = connection
        cacheConnection = DatabaseConnection(url: connection.url)
        self.caseloadColumns = caseloadColumns
        self.documentsPerPage = documentsPerPage
    }

    /// Connects and checks that the database holds the schema this build uses; the caseload
    /// columns are computed as the store's settings (its local rule policy) say. A read of
    /// many cases fetches `documentsPerPage` documents (about 13 KB of text each) at a time.
    public static func open(
        _ url: DatabaseURL, documentsPerPage: Int = 500, caseloadColumns: (_ settings: JSONValue) -> CaseloadColumns.Computer
    ) throws(StoreError) -> PostgresStore {
        let connection = DatabaseConnection(url: url)
        let info = try connection.withConnection { (session) throws(StoreError) -> StoreInfo in
            let version = try DatabaseSchema.requireCurrent(session)
            let rows = try session.query("""
                SELECT store_id, floor(extract(epoch FROM created))::bigint AS created, is_demo, settings::text AS settings
                FROM store_settings
                """)
            guard let row = rows.first else { throw StoreError.database(DatabaseFailure(.notInitialized, location: url.displayed)) }
            let settingsText = try session.decode(String.self, row, column: "settings")
            let settings = (try? JSONDecoder().decode(JSONValue.self, from: Data(settingsText.utf8))) ?? .emptyObject
            return StoreInfo(
                location: url.displayed,
                identity: StoreIdentity(
                    id: try session.decode(String.self, row, column: "store_id"),
                    created: Timestamp(secondsSince1970: try session.decode(Int64.self, row, column: "created"))),
                formatVersion: version, isDemo: try session.decode(Bool.self, row, column: "is_demo"),
                settings: settings,
                settingsDocument: SettingsDocument(
                    path: url.displayed + " store_settings.settings", text: Data(settingsText.utf8), settingsKeyPath: []),
                warnings: [])
        }
        return PostgresStore(
            info: info, connection: connection, caseloadColumns: caseloadColumns(info.settings), documentsPerPage: max(1, documentsPerPage))
    }

    /// Where a case is, for messages.
    func source(_ id: CaseID) -> String { "\(info.location) cases/\(id)" }

    // MARK: Store-level documents

    public func caseworkers() throws(StoreError) -> [Caseworker] {
        try connection.withConnection { (session) throws(StoreError) -> [Caseworker] in try caseworkers(session: session) }
    }

    /// Changes the caseworkers in one transaction with its audit event, the table locked
    /// against another change meanwhile (readers go on).
    @discardableResult
    public func changeCaseworkers(_ change: CaseworkerChange, by user: Initials, at time: Timestamp) throws(StoreError) -> [Caseworker] {
        try connection.transaction { (session) throws(StoreError) -> [Caseworker] in
            try session.query("LOCK TABLE caseworkers IN SHARE ROW EXCLUSIVE MODE")
            let current = try caseworkers(session: session)
            let changed: [Caseworker]
            switch change.apply(to: current, by: current.first { $0.initials == user }) {
            case .success(let list): changed = list
            case .failure(let refusal): throw StoreError.caseworkerChangeRefused(refusal)
            }
            guard let caseworker = changed.first(where: { $0.initials.uppercased() == change.initials.uppercased() }) else { return changed }
            try session.query("""
                INSERT INTO caseworkers (initials, name, role, team, login)
                VALUES (\(caseworker.initials), \(caseworker.name), \(caseworker.role.rawValue), \(caseworker.team), \(caseworker.login))
                ON CONFLICT (initials) DO UPDATE
                SET name = EXCLUDED.name, role = EXCLUDED.role, team = EXCLUDED.team, login = EXCLUDED.login
                """)
            try insert(AuditEvent(time: time, user: user, action: .update, caseID: nil, changes: ["caseworkers[\(caseworker.initials)]"]), session: session)
            return changed
        }
    }

    private func caseworkers(session: Session) throws(StoreError) -> [Caseworker] {
        var caseworkers: [Caseworker] = []
        for row in try session.query("SELECT initials, name, role, team, login FROM caseworkers ORDER BY initials") {
            let roleText = try session.decode(String.self, row, column: "role")
            guard let role = Caseworker.Role(rawValue: roleText) else { continue }
            caseworkers.append(Caseworker(
                initials: try session.decode(String.self, row, column: "initials"),
                name: try session.decode(String.self, row, column: "name"), role: role,
                team: try session.decode(String.self, row, column: "team"),
                login: try session.decode(String?.self, row, column: "login")))
        }
        return caseworkers
    }

    /// The role the database authenticated this connection as (`session_user`): who the user
    /// is, when a caseworker has it as `login`.
    public func connectedRole() throws(StoreError) -> String {
        try connection.withConnection { (session) throws(StoreError) -> String in
            guard let row = try session.query("SELECT session_user::text AS role").first else { return "" }
            return try session.decode(String.self, row, column: "role")
        }
    }
}

extension PostgresStore {
    /// Reads in one read-only REPEATABLE READ transaction: they see the database as it was
    /// at its first statement, whatever others commit meanwhile.
    public func readingConsistently<Result>(_ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        try connection.transaction(beginning: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { (_) throws(StoreError) -> Result in
            try body()
        }
    }

    /// Every save in the database, by any program, as it is committed (LISTEN/NOTIFY).
    public func watchCaseChanges(_ onChange: @escaping @Sendable (CaseChange) -> Void) {
        CaseChangeListener.start(connection.url, onChange: onChange)
    }
}
