import Foundation
import ProcessTestSupport
import Testing

/// The seeded mutation run: mutants of the demo's and the worked examples' case files, a
/// store of a few hundred at a time, through every command that reads all cases. No command
/// may end by a signal or hang. A failing batch is cut in halves down to the one file, which
/// is written (with the command and the mutation) where the failure message says.
///
/// `JOBSAG_FUZZ_SEED` (default 1), `JOBSAG_FUZZ_COUNT` (mutants, default 3000) and
/// `JOBSAG_FUZZ_SECONDS` (time budget in seconds, default 100) set the run;
/// `JOBSAG_FUZZ_FOUND` the folder for what it finds.
@Suite struct MutationFuzzTests {
    struct Settings {
        var seed: UInt64
        var count: Int
        var seconds: Double
        var batchSize = 250
        /// Failures beyond this many are reported by batch, without being cut down to the file.
        var findingsToIsolate = 8
        var foundFolder: URL

        static func fromEnvironment() -> Settings {
            let environment = ProcessInfo.processInfo.environment
            let seed = environment["JOBSAG_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1
            let folder = environment["JOBSAG_FUZZ_FOUND"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-fuzz-found/seed-\(seed)")
            return Settings(
                seed: seed, count: environment["JOBSAG_FUZZ_COUNT"].flatMap { Int($0) } ?? 3000,
                seconds: environment["JOBSAG_FUZZ_SECONDS"].flatMap { Double($0) } ?? 100, foundFolder: folder)
        }
    }

    /// A mutant and how it was made.
    struct Mutant {
        var file: CaseFile
        var description: String
    }

    /// Commands that crashed or hung on one file (or, when no single file does it, on a batch).
    struct Finding: CustomStringConvertible {
        var mutants: [Mutant]
        var failures: [(command: FuzzStore.Command, run: BoundedRun)]

        var description: String {
            let files = mutants.count == 1
                ? "\(mutants[0].file.name) (\(mutants[0].description))"
                : "a batch of \(mutants.count) files, \(mutants.first?.file.name ?? "")…\(mutants.last?.file.name ?? "") (not cut down)"
            return failures.map { "\($0.command.rawValue): \($0.run.ending)" }.joined(separator: ", ") + " on " + files
        }
    }

    @Test func seededMutantsNeitherCrashNorHang() throws {
        let settings = Settings.fromEnvironment()
        let started = Date()
        let corpus = try Self.corpus().map { CaseFile(name: $0.name, data: CaseMutator.template($0.data)) }
        var mutator = CaseMutator(seed: settings.seed)
        let deadline = started.addingTimeInterval(settings.seconds)
        var made = 0
        var findings: [Finding] = []
        var making = 0.0
        while made < settings.count, Date() < deadline {
            let batchStarted = Date()
            let batch = (made..<min(settings.count, made + settings.batchSize)).map { index -> Mutant in
                let source = corpus[mutator.pick(below: corpus.count)]
                let id = "fz\(settings.seed)-\(index)"
                let mutant = mutator.mutate(source.data, id: id)
                return Mutant(file: CaseFile(name: id + ".json", data: mutant.data), description: source.name + ": " + mutant.description)
            }
            made += batch.count
            making += Date().timeIntervalSince(batchStarted)
            let isolating = findings.count < settings.findingsToIsolate
            findings += try Self.run(batch, isolatingUntil: isolating ? deadline : .distantPast)
        }
        let seconds = Int(Date().timeIntervalSince(started))
        print("FuzzTests: \(made) mutants (seed \(settings.seed)) in \(seconds) s (\(Int(making)) s making them), \(findings.count) failing")
        #expect(made >= min(settings.count, settings.batchSize), "no batch was run within \(settings.seconds) s")
        guard !findings.isEmpty else { return }
        try Self.write(findings, to: settings.foundFolder)
        Issue.record("""
            \(findings.count) crash(es) or hang(s) in \(made) mutants of seed \(settings.seed); the inputs are in \
            \(settings.foundFolder.path) (add each to Tests/Fixtures/crashers, see its README; after \
            \(settings.findingsToIsolate) findings or past the time budget a failing batch is not cut down to its file):
            \(findings.map { "- \($0)" }.joined(separator: "\n"))
            """)
    }

    /// The demo's case files (200 cases, seed 1, as of `FuzzStore.asOf`) and the worked examples.
    static func corpus() throws -> [CaseFile] {
        let scratch = try FuzzStore(cases: [])
        defer { scratch.remove() }
        let demo = scratch.root.appendingPathComponent("demo")
        let made = try BoundedRun(FuzzStore.binary, ["demo", "--data", demo.path, "--cases", "200", "--seed", "1", "--as-of", FuzzStore.asOf],
                                  environment: scratch.environment, timeout: FuzzStore.timeout)
        guard made.ending == .exited(0) else {
            throw BoundedRun.Failure(description: "jobsag demo: \(made.ending): \(made.error)")
        }
        return try FuzzStore.caseFiles(in: demo.appendingPathComponent("cases")) + FuzzStore.workedExampleCases()
    }

    /// Runs every command on a store of `batch`. While there is time, a failure is cut down
    /// to its file, which is then run alone through the other commands and taken out of the
    /// batch, and the command is run again on the rest.
    static func run(_ batch: [Mutant], isolatingUntil deadline: Date) throws -> [Finding] {
        var findings: [Finding] = []
        var remaining = batch
        var store = try FuzzStore(cases: remaining.map(\.file))
        defer { store.remove() }
        for (index, command) in FuzzStore.Command.allCases.enumerated() {
            while let failure = try failure(of: command, in: store) {
                guard Date() < deadline else {
                    findings.append(Finding(mutants: remaining, failures: [(command, failure)]))
                    break
                }
                var found = try isolate(command, in: remaining, failure: failure)
                for other in FuzzStore.Command.allCases.dropFirst(index + 1) {
                    if let run = try Self.failure(of: other, on: found.mutants) { found.failures.append((other, run)) }
                }
                findings.append(found)
                let names = Set(found.mutants.map(\.file.name))
                remaining.removeAll { names.contains($0.file.name) }
                store.remove()
                store = try FuzzStore(cases: remaining.map(\.file))
            }
        }
        return findings
    }

    /// The run of `command` on `store` when it ends by a signal or a hang.
    static func failure(of command: FuzzStore.Command, in store: FuzzStore) throws -> BoundedRun? {
        let run = try store.run(command)
        return run.ending.isFailure ? run : nil
    }

    /// The run of `command` on a store of `mutants` alone when it ends by a signal or a hang.
    static func failure(of command: FuzzStore.Command, on mutants: [Mutant]) throws -> BoundedRun? {
        guard !mutants.isEmpty else { return nil }
        let store = try FuzzStore(cases: mutants.map(\.file))
        defer { store.remove() }
        return try failure(of: command, in: store)
    }

    /// Halves `mutants` while one half alone still fails; what is left makes the command fail.
    static func isolate(_ command: FuzzStore.Command, in mutants: [Mutant], failure: BoundedRun) throws -> Finding {
        var suspects = mutants
        var last = failure
        while suspects.count > 1 {
            let half = suspects.count / 2
            if let run = try Self.failure(of: command, on: Array(suspects[..<half])) {
                suspects = Array(suspects[..<half])
                last = run
            } else if let run = try Self.failure(of: command, on: Array(suspects[half...])) {
                suspects = Array(suspects[half...])
                last = run
            } else {
                break
            }
        }
        return Finding(mutants: suspects, failures: [(command, last)])
    }

    /// Writes the files of each finding that was cut down to one, and beside each a note of
    /// the commands, how they ended and how the file was made.
    static func write(_ findings: [Finding], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for finding in findings where finding.mutants.count == 1 {
            let mutant = finding.mutants[0]
            try mutant.file.data.write(to: folder.appendingPathComponent(mutant.file.name))
            let note = """
                \(mutant.file.name), made from \(mutant.description)

                The file alone in cases/ of a store with the worked examples' store.json and
                caseworkers.json (see FuzzStore.swift for the command lines):

                """ + finding.failures.map { "\($0.command.rawValue): \($0.run.ending)\n\($0.run.error.prefix(3000))" }.joined(separator: "\n")
            try Data(note.utf8).write(to: folder.appendingPathComponent(mutant.file.name.replacingOccurrences(of: ".json", with: ".txt")))
        }
    }
}
