// jobsag-store-test-tool: helpers for the store's tests that must run as their own
// process: the crash child (saves in a loop until killed) and the benchmark.

import Foundation
import Glibc
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(1)
}

/// Saves the crash scenario's cases round-robin forever, printing `<id> <revision>` after
/// each save has returned (so the parent knows which revisions are durable).
func crashChild(directory: String, startTime: Int64) -> Never {
    FileStore.restrictFileCreationMask()
    let store: FileStore
    do {
        store = try FileStore.open(directory: directory)
    } catch {
        fail("open: \(error)")
    }
    let ready = Array("ready\n".utf8)
    _ = ready.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    var iteration = 0
    while true {
        let number = iteration % CrashScenario.caseCount + 1
        let id = SampleCases.id(number)
        do {
            let current = try store.loadCase(id: id)
            var next = CrashScenario.content(number: number, revision: current.revision + 1)
            next.revision = current.revision
            let saved = try store.save(next, by: "MHJ", at: Timestamp(secondsSince1970: startTime + Int64(iteration)))
            let line = Array("\(id) \(saved.revision)\n".utf8)
            _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        } catch {
            fail("save \(id): \(error)")
        }
        iteration += 1
    }
}

/// Times the store at the given sizes (run with a release build).
func benchmark(parent: String, counts: [Int]) {
    FileStore.restrictFileCreationMask()
    let clock = ContinuousClock()
    func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f ms", value)
    }
    let time = Timestamp(secondsSince1970: 1_790_000_000)
    for count in counts {
        let directory = parent + "/store-\(count)"
        let caseworkerCount = max(1, count / 65)
        let caseworkers = (0..<caseworkerCount).map {
            Caseworker(initials: "C\($0)", name: "Sagsbehandler \($0)", role: .sagsbehandler, team: "Team \($0 / 10)")
        }
        let cases = (1...count).map { SampleCases.make(number: $0, seed: 3, caseworker: "C\($0 % caseworkerCount)") }
        do {
            var start = clock.now
            _ = try FileStore.create(directory: directory, isDemo: true, caseworkers: caseworkers, cases: cases, by: "BENCH", at: time)
            print("\(count) cases: create \(milliseconds(clock.now - start))")
            start = clock.now
            let store = try FileStore.open(directory: directory)
            print("  open \(milliseconds(clock.now - start))")
            start = clock.now
            var load = try store.loadCases(where: .caseload(of: ["C1"]))
            print("  caseload of one caseworker, no index yet (decodes all, writes the index): \(load.cases.count) cases, \(milliseconds(clock.now - start))")
            start = clock.now
            load = try store.loadCases(where: .caseload(of: ["C1"]))
            print("  caseload of one caseworker with the index: \(load.cases.count) cases, \(milliseconds(clock.now - start))")
            start = clock.now
            load = try store.loadCases(where: .caseload(of: Set((0..<min(10, caseworkerCount)).map { "C\($0)" })))
            print("  a team's cases (10 caseworkers) with the index: \(load.cases.count) cases, \(milliseconds(clock.now - start))")
            start = clock.now
            load = try store.loadCases(where: .all)
            print("  all cases (parallel decode): \(load.cases.count) cases, \(milliseconds(clock.now - start))")
            var durations: [Duration] = []
            var value = try store.loadCase(id: SampleCases.id(1))
            for index in 0..<60 {
                value.citizen.resources = "Opdateret \(index)"
                start = clock.now
                value = try store.save(value, by: "C1", at: Timestamp(secondsSince1970: time.secondsSince1970 + Int64(index)))
                durations.append(clock.now - start)
            }
            durations.sort()
            print("  save (one case file + one audit line, fsync): p50 \(milliseconds(durations[durations.count / 2])), p90 \(milliseconds(durations[durations.count * 9 / 10]))")
            start = clock.now
            load = try store.loadCases(where: .caseload(of: ["C1"]))
            print("  caseload after 60 saves (index refreshed for 1 file): \(load.cases.count) cases, \(milliseconds(clock.now - start))")
            start = clock.now
            let problems = FileStore.validate(directory: directory)
            print("  validate: \(problems.count) problems, \(milliseconds(clock.now - start))")
        } catch {
            fail("benchmark \(count): \(error)")
        }
    }
}

/// Saves one change to `id` with every file this process writes limited to `limit` bytes
/// (RLIMIT_FSIZE: a write past it fails as on a full disk); prints `saved` or `refused`.
func saveWithFileSizeLimit(directory: String, id: CaseID, limit: Int) -> Never {
    signal(SIGXFSZ, SIG_IGN)
    var bound = rlimit(rlim_cur: rlim_t(limit), rlim_max: rlim_t(limit))
    guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &bound) == 0 else { fail("setrlimit failed") }
    do {
        let store = try FileStore.open(directory: directory)
        var value = try store.loadCase(id: id)
        value.citizen.resources = String(repeating: "Ændret. ", count: 20)
        _ = try store.save(value, by: "MHJ", at: Timestamp(secondsSince1970: 1_800_000_000))
        print("saved")
    } catch {
        print("refused")
    }
    exit(0)
}

/// Creates three cases in one batch under a file size limit that the third (200 KB) does
/// not fit in: the batch must leave the store as it was.
func createBatchWithFileSizeLimit(directory: String, limit: Int) -> Never {
    signal(SIGXFSZ, SIG_IGN)
    var bound = rlimit(rlim_cur: rlim_t(limit), rlim_max: rlim_t(limit))
    guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &bound) == 0 else { fail("setrlimit failed") }
    do {
        let store = try FileStore.open(directory: directory)
        var batch = (80...82).map { SampleCases.make(number: $0, seed: 3) }
        batch[2].citizen.resources = String(repeating: "Stor sag. ", count: 20_000)
        _ = try store.create(batch, by: "MHJ", at: Timestamp(secondsSince1970: 1_800_000_000))
        print("created")
    } catch {
        print("refused: \(error)")
    }
    exit(0)
}

/// Loads an existing store repeatedly (for a profiler).
func repeatLoad(directory: String, filter: String, times: Int) {
    do {
        let store = try FileStore.open(directory: directory)
        let clock = ContinuousClock()
        for _ in 0..<times {
            let start = clock.now
            let load = try store.loadCases(where: filter == "all" ? .all : .caseload(of: [filter]))
            print("\(load.cases.count) cases in \(clock.now - start)")
        }
    } catch {
        fail("load: \(error)")
    }
}

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "" {
case "crash-child" where arguments.count == 4:
    crashChild(directory: arguments[2], startTime: Int64(arguments[3]) ?? 1_800_000_000)
case "load" where arguments.count == 5:
    repeatLoad(directory: arguments[2], filter: arguments[3], times: Int(arguments[4]) ?? 1)
case "create-batch-with-file-limit" where arguments.count == 4:
    createBatchWithFileSizeLimit(directory: arguments[2], limit: Int(arguments[3]) ?? 0)
case "save-with-file-limit" where arguments.count == 5:
    saveWithFileSizeLimit(directory: arguments[2], id: arguments[3], limit: Int(arguments[4]) ?? 0)
case "benchmark" where arguments.count >= 4:
    benchmark(parent: arguments[2], counts: arguments[3...].compactMap { Int($0) })
default:
    fail("usage: jobsag-store-test-tool crash-child DIR START-TIME | save-with-file-limit DIR CASE-ID BYTES | create-batch-with-file-limit DIR BYTES | benchmark PARENT-DIR COUNT...")
}
