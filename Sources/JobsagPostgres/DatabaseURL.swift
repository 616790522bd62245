// JobsagPostgres: the PostgreSQL store of Jobsag — one database shared by a jobcenter's
// caseworkers, team leads and consultants, with the file store's promises (revisions, stale
// saves refused, an audit event with every save), versioned SQL migrations, import and export
// of a file store, and live notice of other people's saves.
import Foundation
import Glibc
import JobsagCore

/// Where the database is, from a libpq connection URL
/// (`postgresql://[user[:password]@][host][:port][/dbname][?host=/socket/dir&port=…&user=…&dbname=…&sslmode=…]`).
/// A host that starts with `/` is the directory of the server's Unix socket; missing parts
/// come from `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE` as with psql, then the
/// Debian defaults (socket in /var/run/postgresql, the login name as user and database).
public struct DatabaseURL: Hashable, Sendable {
    public enum Endpoint: Hashable, Sendable {
        /// The socket file (`DIR/.s.PGSQL.PORT`).
        case unixSocket(path: String)
        case tcp(host: String, port: Int)
    }

    /// How a TCP connection uses TLS (`sslmode`); a Unix socket never does.
    public enum TLSMode: String, Hashable, Sendable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// The URL without its password, for messages and the audit of who connected where.
    public var displayed: String {
        switch endpoint {
        case .unixSocket(let path):
            let directory = (path as NSString).deletingLastPathComponent
            let port = (path as NSString).pathExtension
            return "postgresql://\(user)@/\(database)?host=\(directory)" + (port == "5432" ? "" : "&port=\(port)")
        case .tcp(let host, let port):
            return "postgresql://\(user)@\(host):\(port)/\(database)"
        }
    }

    /// Why a text is not a connection URL, in Danish and English.
    public struct Invalid: Error, Hashable, Sendable {
        public var text: String
        public var reason: LocalizedText
    }

    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Invalid) {
        let schemes = ["postgresql://", "postgres://"]
        guard let scheme = schemes.first(where: { text.hasPrefix($0) }) else {
            throw Invalid(text: text, reason: LocalizedText(
                da: "en databaseadresse begynder med postgresql://, fx postgresql:///jobsag?host=/var/run/postgresql",
                en: "a database URL starts with postgresql://, e.g. postgresql:///jobsag?host=/var/run/postgresql"))
        }
        var rest = Substring(text.dropFirst(scheme.count))
        var parameters: [String: String] = [:]
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") where !pair.isEmpty {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let key = Self.decoded(parts[0]), let value = Self.decoded(parts[1]) else {
                    throw Invalid(text: text, reason: LocalizedText(
                        da: "parameteren »\(pair)« skal have formen navn=værdi", en: "the parameter \"\(pair)\" must be name=value"))
                }
                guard Self.knownParameters.contains(key) else {
                    throw Invalid(text: text, reason: LocalizedText(
                        da: "parameteren »\(key)« kendes ikke (kendte: \(Self.knownParameters.sorted().joined(separator: ", ")))",
                        en: "unknown parameter \"\(key)\" (known: \(Self.knownParameters.sorted().joined(separator: ", ")))"))
                }
                parameters[key] = value
            }
            rest = rest[..<question]
        }
        var path = ""
        if let slash = rest.firstIndex(of: "/") {
            path = String(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
        }
        var userInfo: Substring = ""
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var urlUser: String?
        var urlPassword: String?
        if !userInfo.isEmpty {
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            urlUser = Self.decoded(parts[0])
            if parts.count == 2 { urlPassword = Self.decoded(parts[1]) }
        }
        var urlHost: String?
        var urlPort: String?
        if !rest.isEmpty {
            if let colon = rest.lastIndex(of: ":") {
                urlHost = Self.decoded(rest[..<colon])
                urlPort = String(rest[rest.index(after: colon)...])
            } else {
                urlHost = Self.decoded(rest)
            }
        }
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        let host = nonEmpty(parameters["host"]) ?? nonEmpty(urlHost) ?? nonEmpty(environment["PGHOST"]) ?? "/var/run/postgresql"
        let portText = nonEmpty(parameters["port"]) ?? nonEmpty(urlPort) ?? nonEmpty(environment["PGPORT"]) ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port) else {
            throw Invalid(text: text, reason: LocalizedText(
                da: "porten »\(portText)« skal være et tal fra 1 til 65535", en: "the port \"\(portText)\" must be a number from 1 to 65535"))
        }
        let user = nonEmpty(parameters["user"]) ?? nonEmpty(urlUser) ?? nonEmpty(environment["PGUSER"]) ?? Self.loginName() ?? "postgres"
        password = nonEmpty(parameters["password"]) ?? urlPassword ?? nonEmpty(environment["PGPASSWORD"])
        database = nonEmpty(parameters["dbname"]) ?? nonEmpty(Self.decoded(Substring(path))) ?? nonEmpty(environment["PGDATABASE"]) ?? user
        self.user = user
        let modeText = nonEmpty(parameters["sslmode"]) ?? nonEmpty(environment["PGSSLMODE"]) ?? "prefer"
        guard let mode = TLSMode(rawValue: modeText) else {
            throw Invalid(text: text, reason: LocalizedText(
                da: "sslmode »\(modeText)« kendes ikke (disable, prefer, require, verify-full)",
                en: "unknown sslmode \"\(modeText)\" (disable, prefer, require, verify-full)"))
        }
        tls = mode
        endpoint = host.hasPrefix("/") ? .unixSocket(path: host + "/.s.PGSQL.\(port)") : .tcp(host: host, port: port)
    }

    static let knownParameters: Set<String> = ["host", "port", "user", "password", "dbname", "sslmode", "application_name", "connect_timeout"]

    /// Percent-decoding; nil for a malformed escape.
    private static func decoded(_ text: Substring) -> String? {
        String(text).removingPercentEncoding
    }

    private static func loginName() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
