// What every measure needs: the release jobsag beside this binary, this binary, the work folder, the pinned environment, and the peers found on PATH.
import Foundation
import Glibc

struct Toolbox {
    let workDirectory: String
    /// The release `jobsag` beside this benchmark.
    let jobsag: String
    /// This benchmark (for its `measure` child).
    let bench: String
    let asOf: String
    /// The peers, when installed.
    let jq: String?
    let task: String?

    /// How the release build is made: the Swift runtime linked in, as the Debian package has it;
    /// the figures are of the program as it is shipped.
    static let buildCommand = "scripts/build-release"

    enum Failure: Error, CustomStringConvertible {
        case missingJobsag(String)
        case sharedSwiftRuntime
        var description: String {
            switch self {
            case .missingJobsag(let path): return "no jobsag at \(path): build it first with `\(Toolbox.buildCommand)`"
            case .sharedSwiftRuntime:
                return "this build has the Swift runtime as shared libraries, unlike the program as it is shipped (its calls into the runtime cost a few per cent more): build with `\(Toolbox.buildCommand)`"
            }
        }
    }

    init(workDirectory: String, asOf: String?) throws {
        self.workDirectory = workDirectory
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        bench = executable.path
        jobsag = executable.deletingLastPathComponent().appendingPathComponent("jobsag").path
        guard FileManager.default.isExecutableFile(atPath: jobsag) else { throw Failure.missingJobsag(jobsag) }
        // jobsag is built with this benchmark, by the same command.
        guard !Toolbox.hasSharedSwiftRuntime else { throw Failure.sharedSwiftRuntime }
        self.asOf = asOf ?? Toolbox.todayInCopenhagen()
        jq = Toolbox.find("jq")
        task = Toolbox.find("task")
    }

    /// The environment of every child: pinned locale, terminal and zone, and a private HOME.
    var environment: [String: String] {
        [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen",
            "HOME": workDirectory + "/home", "XDG_DATA_HOME": workDirectory + "/home/.local/share",
            "XDG_STATE_HOME": workDirectory + "/home/.local/state", "PATH": "/usr/local/bin:/usr/bin:/bin",
        ]
    }

    /// Runs a child with the pinned environment (plus `extra`).
    func run(_ program: String, _ arguments: [String], extra: [String: String] = [:], output: ChildOutput = .null,
             terminal: PseudoTerminal? = nil, timeout: Double = 900) throws -> ChildRun {
        try ChildProcess.run(program, arguments, environment: environment.merging(extra) { $1 }, output: output, terminal: terminal, timeout: timeout)
    }

    /// Runs a shell command line (for the peers' pipelines).
    func shell(_ command: String, extra: [String: String] = [:]) throws -> ChildRun {
        try run("/bin/sh", ["-c", command], extra: extra)
    }

    /// Whether this process runs with the Swift runtime as a shared library (loaded already:
    /// asked for without loading it).
    private static var hasSharedSwiftRuntime: Bool {
        dlopen("libswiftCore.so", RTLD_LAZY | RTLD_NOLOAD) != nil
    }

    private static func find(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func todayInCopenhagen() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
