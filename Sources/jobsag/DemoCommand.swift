import ArgumentParser
import Foundation
import JobsagCore
import JobsagDemo
import JobsagStore

/// `jobsag demo`: creates a realistic demo store and opens it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Lav en realistisk demo-datamappe og åbn den.",
        discussion: """
            Demo-data ligger i deres egen mappe ($XDG_DATA_HOME/jobsag-demo, ellers
            ~/.local/share/jobsag-demo), medmindre --data vælger en anden. En eksisterende
            demo åbnes som den er; --cases, --seed eller --new laver den forfra. Jobsag skriver
            aldrig demo-data i en mappe med rigtige data.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("cases"), help: "Antal sager (standard 500).")
    var caseCount: Int?

    @Option(name: .customLong("seed"), help: "Startværdi for tilfældighederne: samme værdi giver samme data.")
    var seed: UInt64?

    @Flag(name: .customLong("new"), help: "Lav demo-data forfra, også når de findes.")
    var regenerate = false

    static let defaultCaseCount = 500

    func run() throws {
        if let caseCount, !(1...200_000).contains(caseCount) {
            throw CommandFailure(message: "--cases skal være mellem 1 og 200000, ikke \(caseCount).")
        }
        let directory = options.dataDirectory.flatMap { $0.isEmpty ? nil : $0 } ?? options.dataHome + "/jobsag-demo"
        let store = try openOrCreate(directory)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        try ProgramRunner(options: options, store: store, fallbackUser: ProgramRunner.demoUser(store)).run()
    }

    private func openOrCreate(_ directory: String) throws -> FileStore {
        let wantsNew = regenerate || caseCount != nil || seed != nil
        if !wantsNew, let existing = try? FileStore.open(directory: directory) {
            guard existing.info.isDemo else {
                throw CommandFailure(message: StoreError.existingStoreIsNotDemo(path: directory).message.da)
            }
            return existing
        }
        let count = caseCount ?? DemoCommand.defaultCaseCount
        let today = try options.resolvedAsOf().date
        let data = DemoGenerator(seed: seed ?? DemoGenerator.defaultSeed, today: today).generate(caseCount: count)
        do {
            try FileManager.default.createDirectory(atPath: (directory as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let store = try FileStore.create(
                directory: directory, isDemo: true, caseworkers: data.caseworkers, cases: data.cases,
                by: "DEMO", at: SystemClock.now())
            print("Demo-data: \(data.cases.count) sager og \(data.caseworkers.count) medarbejdere i \(store.layout.directory)")
            return store
        } catch let error as StoreError {
            throw CommandFailure(message: error.message.da)
        }
    }
}
