// A private PostgreSQL cluster for the tests: initdb into a temporary directory (as the
// `postgres` user when the tests run as root, which the server refuses), a Unix socket only
// (no TCP), trust for local connections, stopped when the test process ends, also when it
// fails or is killed (a watchdog stops the server when this process is gone).
import Foundation
import Glibc
import ProcessTestSupport

public final class TestCluster: @unchecked Sendable {
    /// The directory holding the socket (`?host=` of a connection URL).
    public let socketDirectory: String
    private let dataDirectory: String
    private let root: String
    private let binaries: String
    private let lock = NSLock()
    private var databaseCount = 0

    /// Why no cluster could be started.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The one cluster of this test process, started on first use.
    public static func shared() throws -> TestCluster {
        try sharedResult.get()
    }

    /// Whether the tests that need PostgreSQL run: when its programs are installed, and
    /// always under CI (where a missing server is a failure, never a skip).
    public static var shouldRun: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" || findBinaries() != nil
    }

    private static let sharedResult: Result<TestCluster, Error> = Result { try TestCluster() }

    private init() throws {
        guard let binaries = Self.findBinaries() else {
            throw Unavailable(description: "PostgreSQL's programs (initdb, pg_ctl) were not found in PATH or /usr/lib/postgresql/*/bin; install the Debian package postgresql")
        }
        self.binaries = binaries
        var template = Array((NSTemporaryDirectory() + "/jobsag-pg-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw Unavailable(description: "no temporary directory for the cluster")
        }
        root = String(cString: made)
        dataDirectory = root + "/data"
        socketDirectory = root + "/socket"
        let asRoot = geteuid() == 0
        for directory in [dataDirectory, socketDirectory] { mkdir(directory, 0o700) }
        if asRoot {
            try Self.run("/bin/chown", ["-R", "postgres:postgres", root])
            chmod(root, 0o755)
        }
        try runAsServerUser(binaries + "/initdb", [
            "-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        ])
        try runAsServerUser(binaries + "/pg_ctl", [
            "-D", dataDirectory, "-l", root + "/server.log", "-w", "-t", "60", "start",
            "-o", "-c listen_addresses='' -k \(socketDirectory) -c fsync=off -c max_connections=200",
        ])
        try startWatchdog()
        atexit { try? TestCluster.shared().stop() }
    }

    /// A new, empty database in the cluster; its connection URL.
    public func createDatabase() throws -> String {
        let name: String = lock.withLock {
            databaseCount += 1
            return "jobsag_test_\(getpid())_\(databaseCount)"
        }
        try runAsServerUser(binaries + "/psql", [
            "-h", socketDirectory, "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE DATABASE \(name)",
        ], fallback: "psql")
        return url(database: name)
    }

    /// The URL of a database in the cluster, as `role` (the superuser `postgres` when not given).
    public func url(database: String, role: String = "postgres") -> String {
        "postgresql://\(role)@/\(database)?host=\(socketDirectory)"
    }

    /// Runs SQL as `role` (the superuser when not given, e.g. to damage a document on purpose);
    /// returns psql's output, or throws with its error when the server refuses the statement.
    @discardableResult
    public func psql(_ database: String, _ sql: String, as role: String = "postgres") throws -> String {
        try runAsServerUser(binaries + "/psql", [
            "-h", socketDirectory, "-U", role, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-At", "-c", sql,
        ], fallback: "psql")
    }

    /// A login role that is a member of `group` (a role belongs to the whole cluster: another
    /// test may be making the same one at this moment, and it may exist already).
    public func createLogin(_ name: String, in group: String) throws {
        try psql("postgres", """
            DO $$
            BEGIN
                BEGIN
                    CREATE ROLE "\(name)" LOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL;
                END;
                BEGIN
                    GRANT "\(group)" TO "\(name)";
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL;
                END;
            END
            $$
            """)
    }

    /// The `psql` of the cluster's PostgreSQL, for a test that keeps a session open in a
    /// terminal (a lock held while another program saves).
    public var psqlExecutable: String {
        let own = binaries + "/psql"
        return FileManager.default.isExecutableFile(atPath: own) ? own : Self.which("psql") ?? "psql"
    }

    func stop() {
        _ = try? runAsServerUser(binaries + "/pg_ctl", ["-D", dataDirectory, "-m", "immediate", "-w", "stop"])
        _ = try? Self.run("/bin/rm", ["-rf", root])
    }

    /// A shell that stops the server as soon as this process is gone (a crash, a kill -9).
    private func startWatchdog() throws {
        let asServerUser = geteuid() == 0 ? "/usr/sbin/runuser -u postgres -- " : ""
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; "
            + "\(asServerUser)\(binaries)/pg_ctl -D \(dataDirectory) -m immediate stop >/dev/null 2>&1; rm -rf \(root)"
        try Self.run("/bin/sh", ["-c", "setsid /bin/sh -c " + Self.quoted(script) + " </dev/null >/dev/null 2>&1 &"])
    }

    @discardableResult
    private func runAsServerUser(_ program: String, _ arguments: [String], fallback: String? = nil) throws -> String {
        var executable = program
        if !FileManager.default.isExecutableFile(atPath: executable), let fallback, let found = Self.which(fallback) { executable = found }
        if geteuid() == 0 {
            // From /: the server user may not enter the directory the tests run in (a 0700 clone).
            return try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", "/bin/sh", "-c", "cd / && exec \"$@\"", "sh", executable] + arguments)
        }
        return try Self.run(executable, arguments)
    }

    /// Runs a program to its end (Foundation's `Process` never sees the end of a child on
    /// the test's threads, which block every signal); its output goes to files, not a pipe:
    /// `pg_ctl start` leaves the server running with the descriptors it was given.
    @discardableResult
    private static func run(_ program: String, _ arguments: [String]) throws -> String {
        let run = try BoundedRun(program, arguments, environment: ProcessInfo.processInfo.environment, timeout: 120)
        guard run.ending == .exited(0) else {
            throw Unavailable(description: "\(program) \(arguments.joined(separator: " ")): \(run.ending): \(run.output)\(run.error)")
        }
        return run.output
    }

    /// initdb and pg_ctl: in PATH, else the newest /usr/lib/postgresql/N/bin (Debian's place).
    private static func findBinaries() -> String? {
        let candidates = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let versions = candidates.compactMap(Int.init).sorted(by: >)
        for version in versions {
            let directory = "/usr/lib/postgresql/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: directory + "/initdb") { return directory }
        }
        if let initdb = which("initdb") { return (initdb as NSString).deletingLastPathComponent }
        return nil
    }

    private static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
