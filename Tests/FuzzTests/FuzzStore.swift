import Foundation
import ProcessTestSupport

/// A case file by name (`<case-id>.json`) and its bytes, good or bad.
struct CaseFile: Sendable {
    var name: String
    var data: Data
}

/// A temporary store for the fuzzer and the crashers: `store.json` and `caseworkers.json` of
/// the worked examples (WE a caseworker, TL the team's lead), the given case files in
/// `cases/`, every file private (0600) as a real store's, and a private HOME beside it.
struct FuzzStore {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let workedExamples = fixtures.appendingPathComponent("worked-examples")
    /// Every command judges as of this day (the demo corpus is made as of it too).
    static let asOf = "2026-06-01"
    static let teamLead = "TL"
    /// A command that does not end in this many seconds hangs.
    static let timeout = 30.0

    let root: URL
    var directory: URL { root.appendingPathComponent("store") }
    var casesDirectory: URL { directory.appendingPathComponent("cases") }
    var calendarFile: URL { root.appendingPathComponent("frister.ics") }

    /// The commands that read every case: each is run on every store.
    enum Command: String, CaseIterable, Sendable {
        case validate, checkJSON, check, remindersICS, reviewStart

        func arguments(_ store: FuzzStore) -> [String] {
            let data = ["--data", store.directory.path]
            switch self {
            case .validate: return ["validate"] + data
            case .checkJSON: return ["check", "--json", "--as-of", FuzzStore.asOf] + data
            case .check: return ["check", "--as-of", FuzzStore.asOf] + data
            case .remindersICS: return ["reminders", "--as-of", FuzzStore.asOf, "--ics", store.calendarFile.path] + data
            case .reviewStart:
                return ["review", "start", "--from", "2019-01-01", "--to", FuzzStore.asOf, "--size", "10000", "--seed", "1",
                        "--user", FuzzStore.teamLead, "--as-of", FuzzStore.asOf] + data
            }
        }

        /// The command line as a user would type it (for messages).
        func commandLine(_ store: FuzzStore) -> String {
            (["jobsag"] + arguments(store)).joined(separator: " ")
        }
    }

    /// Makes the store with `cases` (and the worked examples' own cases when asked).
    init(cases: [CaseFile], withWorkedExamples: Bool = false) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("jobsag-fuzz-\(UUID().uuidString.prefix(8))")
        let privateDirectory: [FileAttributeKey: Any] = [.posixPermissions: 0o700]
        for path in [directory, casesDirectory, directory.appendingPathComponent("reviews"),
                     directory.appendingPathComponent("audit"), root.appendingPathComponent("home")] {
            try manager.createDirectory(at: path, withIntermediateDirectories: true, attributes: privateDirectory)
        }
        for name in ["store.json", "caseworkers.json"] {
            try Self.writePrivate(try Data(contentsOf: Self.workedExamples.appendingPathComponent(name)), to: directory.appendingPathComponent(name))
        }
        let examples = withWorkedExamples ? try Self.workedExampleCases() : []
        for file in examples + cases {
            try Self.writePrivate(file.data, to: casesDirectory.appendingPathComponent(file.name))
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs `command` on the store with the pinned environment, bounded by `timeout`.
    func run(_ command: Command) throws -> BoundedRun {
        try BoundedRun(Self.binary, command.arguments(self), environment: environment, timeout: Self.timeout)
    }

    var environment: [String: String] {
        let home = root.appendingPathComponent("home").path
        return ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen",
                "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_DATA_HOME": home + "/share", "PATH": "/usr/bin:/bin"]
    }

    /// The case files of the worked examples (`Tests/Fixtures/worked-examples/cases`).
    static func workedExampleCases() throws -> [CaseFile] {
        try caseFiles(in: workedExamples.appendingPathComponent("cases"))
    }

    /// The `.json` files of a directory, sorted by name.
    static func caseFiles(in directory: URL) throws -> [CaseFile] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { CaseFile(name: $0, data: try Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    private static func writePrivate(_ data: Data, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// The built `jobsag`: in `JOBSAG_BIN_DIR`, else beside the test bundle (`.build/debug`).
    static let binary: String = {
        if let directory = ProcessInfo.processInfo.environment["JOBSAG_BIN_DIR"], !directory.isEmpty {
            return directory + "/jobsag"
        }
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("jobsag").path
    }()
}
