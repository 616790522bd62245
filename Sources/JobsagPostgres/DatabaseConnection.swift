import Foundation
import JobsagStore
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to the database, used synchronously: the store's protocol is synchronous
/// (the terminal runs store calls off its loop, the commands simply wait). Calls are
/// serialised by a lock; a connection that broke is dropped and made again on the next call.
/// Calls made inside a transaction, on its thread, run in that transaction.
/// Every failure comes out as a `StoreError.database` with a Danish message.
final class DatabaseConnection: @unchecked Sendable {
    let url: DatabaseURL
    private let lock = NSRecursiveLock()
    private var connection: PostgresConnection?
    /// Whether a transaction is open on the connection (then only its thread holds the lock).
    private var inTransaction = false
    private let logger: Logger

    init(url: DatabaseURL) {
        self.url = url
        logger = Self.quietLogger
    }

    /// postgres-nio's log, kept quiet: nothing is printed while curses owns the terminal.
    static let quietLogger: Logger = {
        var logger = Logger(label: "jobsag.postgres")
        logger.logLevel = .critical
        return logger
    }()

    deinit {
        if let connection { _ = try? connection.close().wait() }
    }

    /// Runs `body` with the connection, connecting first when there is none.
    func withConnection<Result>(_ body: (Session) throws(StoreError) -> Result) throws(StoreError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        let current: PostgresConnection
        if let connection, !connection.isClosed {
            current = connection
        } else if inTransaction {
            // The transaction went with the connection; a new one would run outside it.
            throw StoreError.database(DatabaseFailure(.connectionLost, location: url.displayed))
        } else {
            connection = nil
            current = try connect()
            connection = current
        }
        do throws(StoreError) {
            return try body(Session(connection: current, logger: logger, url: url))
        } catch {
            if current.isClosed { connection = nil }
            throw error
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// A transaction begun inside another is part of it.
    func transaction<Result>(
        beginning begin: String = "BEGIN", _ body: (Session) throws(StoreError) -> Result
    ) throws(StoreError) -> Result {
        try withConnection { (session) throws(StoreError) -> Result in
            if inTransaction { return try body(session) }
            try session.execute(begin)
            inTransaction = true
            defer { inTransaction = false }
            let result: Result
            do throws(StoreError) {
                result = try body(session)
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
            try session.execute("COMMIT")
            return result
        }
    }

    private func connect() throws(StoreError) -> PostgresConnection {
        do {
            return try Self.connect(url, id: 1, logger: logger).wait()
        } catch {
            throw Self.failure(error, url: url, connecting: true)
        }
    }

    /// A new connection to the database of `url`. Without TLS (a Unix socket,
    /// `sslmode=disable`) on a channel connected here, its messages framed whole
    /// (`WholeMessageFraming`); with TLS on the channel postgres-nio makes.
    static func connect(_ url: DatabaseURL, id: Int, logger: Logger) -> EventLoopFuture<PostgresConnection> {
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        // Ten seconds to connect, as postgres-nio gives its own channels.
        let bootstrap = ClientBootstrap(group: eventLoop).connectTimeout(.seconds(10)).channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(WholeMessageFraming()) }
        }
        let framed: @Sendable (any Channel) -> PostgresConnection.Configuration = { channel in
            PostgresConnection.Configuration(establishedChannel: channel, username: url.user, password: url.password, database: url.database)
        }
        let configuration: EventLoopFuture<PostgresConnection.Configuration>
        switch url.endpoint {
        case .unixSocket(let path):
            configuration = bootstrap.connect(unixDomainSocketPath: path).map(framed)
        case .tcp(let host, let port) where url.tls == .disable:
            configuration = bootstrap.connect(host: host, port: port).map(framed)
        case .tcp(let host, let port):
            configuration = eventLoop.makeCompletedFuture {
                PostgresConnection.Configuration(
                    host: host, port: port, username: url.user, password: url.password, database: url.database, tls: try tls(url))
            }
        }
        return configuration.flatMap { PostgresConnection.connect(on: eventLoop, configuration: $0, id: id, logger: logger) }
    }

    private static func tls(_ url: DatabaseURL) throws(StoreError) -> PostgresConnection.Configuration.TLS {
        if url.tls == .disable { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        if url.tls != .verifyFull { configuration.certificateVerification = .none }
        do {
            let context = try NIOSSLContext(configuration: configuration)
            return url.tls == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw StoreError.database(DatabaseFailure(.unreachable, location: url.displayed, detail: "TLS: \(error)"))
        }
    }

    /// A postgres-nio error as the store's: a broken or missing connection, a refused login,
    /// or a statement the server refused (with its SQLSTATE and message).
    static func failure(_ error: Error, url: DatabaseURL, connecting: Bool = false) -> StoreError {
        if let error = error as? StoreError { return error }
        let location = url.displayed
        guard let error = error as? PSQLError else {
            return .database(DatabaseFailure(connecting ? .unreachable : .connectionLost, location: location, detail: "\(error)"))
        }
        if let info = error.serverInfo {
            let state = info[.sqlState] ?? ""
            let message = info[.message] ?? ""
            // 28xxx: invalid authorization; 3D000: no such database; 57P01..03: the server is shutting down.
            if state.hasPrefix("28") { return .database(DatabaseFailure(.loginRefused, location: location, detail: message)) }
            if state == "3D000" { return .database(DatabaseFailure(.unreachable, location: location, detail: message)) }
            if state.hasPrefix("57P") || state.hasPrefix("08") {
                return .database(DatabaseFailure(.connectionLost, location: location, detail: message))
            }
            return .database(DatabaseFailure(.refused(sqlState: state), location: location, detail: message))
        }
        let underlying = error.underlying.map { " \($0)" } ?? ""
        switch error.code {
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return .database(DatabaseFailure(.loginRefused, location: location, detail: "\(error.code)"))
        default:
            return .database(DatabaseFailure(connecting ? .unreachable : .connectionLost, location: location, detail: "\(error.code)\(underlying)"))
        }
    }
}

/// Statements on one connection, inside `DatabaseConnection.withConnection` or `transaction`.
struct Session {
    let connection: PostgresConnection
    let logger: Logger
    let url: DatabaseURL

    /// Runs a statement and collects its rows, each as it comes: postgres-nio's own collecting
    /// copies the rows so far with every read (0.2 s of CPU in a check of 50,000 cases).
    @discardableResult
    func query(_ query: PostgresQuery) throws(StoreError) -> [PostgresRow] {
        let rows = NIOLockedValueBox<[PostgresRow]>([])
        do {
            _ = try connection.query(query, logger: logger) { row in rows.withLockedValue { $0.append(row) } }.wait()
            return rows.withLockedValue { $0 }
        } catch {
            throw DatabaseConnection.failure(error, url: url)
        }
    }

    /// Runs one statement without parameters (a transaction's BEGIN, a migration's step).
    func execute(_ sql: String) throws(StoreError) {
        try query(PostgresQuery(unsafeSQL: sql))
    }

    /// Decodes a row's columns in the order the query selects them (without looking each up
    /// by name: for reads of many rows), or reports the row as unreadable.
    func decode<each Column: PostgresDecodable>(_ types: (repeat each Column).Type, _ row: PostgresRow) throws(StoreError) -> (repeat each Column) {
        do {
            return try row.decode(types, context: .default)
        } catch {
            throw StoreError.database(DatabaseFailure(.refused(sqlState: "XX000"), location: url.displayed, detail: "\(error)"))
        }
    }

    /// Decodes a column of a row, or reports the row as unreadable.
    func decode<Value: PostgresDecodable>(_ type: Value.Type, _ row: PostgresRow, column: String) throws(StoreError) -> Value {
        do {
            return try row.makeRandomAccess()[column].decode(type, context: .default)
        } catch {
            throw StoreError.database(DatabaseFailure(.refused(sqlState: "XX000"), location: url.displayed, detail: "column \(column): \(error)"))
        }
    }
}
