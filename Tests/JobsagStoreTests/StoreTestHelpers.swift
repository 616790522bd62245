import Foundation
import Glibc
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// A fresh directory under a unique temporary path, removed by `remove()` (with the
/// process's parent directory once it is empty).
struct TemporaryDirectory {
    let path: String
    private let base = "/tmp/jobsag-store-tests-\(getpid())"

    init(_ label: String = #function) {
        var random = SystemRandomNumberGenerator()
        let name = label.filter { $0.isLetter || $0.isNumber }.prefix(40)
        path = base + "/\(name)-" + String(random.next() as UInt64, radix: 16)
        // A test running beside this one removes the shared parent when it leaves it empty,
        // maybe between the two calls: make both again until the directory is there.
        repeat { mkdir(base, 0o700) } while mkdir(path, 0o700) != 0 && errno == ENOENT
    }

    func sub(_ name: String) -> String { path + "/" + name }

    func remove() {
        try? FileSystem.removeTree(path)
        rmdir(base)
    }
}

/// Fixed times: the tests never read the clock.
enum TestTime {
    static let created = Timestamp(secondsSince1970: 1_790_000_000)  // 2026-09-21
    static func at(_ offset: Int64) -> Timestamp { Timestamp(secondsSince1970: created.secondsSince1970 + offset) }
}

enum StoreFixtures {
    /// A new store with `count` sample cases (S-000001 ...).
    static func makeStore(in directory: String, count: Int, isDemo: Bool = false) throws -> FileStore {
        try FileStore.create(
            directory: directory, isDemo: isDemo, caseworkers: SampleCases.caseworkers,
            cases: SampleCases.make(count: count), by: "MHJ", at: TestTime.created)
    }

    /// The bytes of a fixture file in Tests/JobsagStoreTests/Fixtures.
    static func fixture(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
            throw StoreError.caseNotFound(caseID: name, path: "Fixtures/" + name)
        }
        return try Data(contentsOf: url)
    }

    static func write(_ data: Data, to path: String, mode: mode_t = 0o600) throws {
        try data.write(to: URL(fileURLWithPath: path))
        chmod(path, mode)
    }

    static func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func mode(_ path: String) -> mode_t? {
        (try? FileSystem.status(path))?.permissions
    }

    /// Every file under `directory` (relative path -> identity and bytes), for comparing
    /// what an operation changed.
    static func snapshot(_ directory: String) throws -> [String: FileVersion] {
        var result: [String: FileVersion] = [:]
        func walk(_ relative: String) throws {
            let path = relative.isEmpty ? directory : directory + "/" + relative
            for name in try FileSystem.list(path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = directory + "/" + child
                guard let status = try FileSystem.status(full) else { continue }
                if status.kind == .directory {
                    try walk(child)
                } else {
                    result[child] = FileVersion(stamp: status.stamp, contents: try read(full))
                }
            }
        }
        try walk("")
        return result
    }

    struct FileVersion: Equatable {
        var stamp: FileStamp
        var contents: Data
    }

    /// The relative paths that are new or changed between two snapshots.
    static func changedPaths(_ before: [String: FileVersion], _ after: [String: FileVersion]) -> Set<String> {
        Set(after.keys.filter { before[$0] != after[$0] }).union(before.keys.filter { after[$0] == nil })
    }
}

extension StoreError {
    /// The problem inside an error about a bad file.
    var problem: StoreProblem? {
        switch self {
        case .invalidFile(let problem), .caseFileInvalid(let problem): return problem
        default: return nil
        }
    }
}
