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
            Demo-data ligger i deres egen mappe ($XDG_DATA_HOME/jobsag-demo, ellers \
            ~/.local/share/jobsag-demo), medmindre --data vælger en anden. En eksisterende \
            demo åbnes som den er; --cases, --seed eller --new laver den forfra. Jobsag skriver \
            aldrig demo-data i en mappe med rigtige data.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("cases"), parsing: .unconditional,
            help: ArgumentHelp("Antal sager, fra 1 til 200000 (standard 500).", valueName: "antal"))
    var caseCountText: String?

    @Option(name: .customLong("seed"), parsing: .unconditional,
            help: ArgumentHelp("Startværdi for tilfældighederne (et helt tal fra 0): samme værdi giver samme data.", valueName: "tal"))
    var seedText: String?

    @Flag(name: .customLong("new"), help: "Lav demo-data forfra, også når de findes.")
    var regenerate = false

    static let defaultCaseCount = 500
    static let caseCountRange = 1...200_000

    func run() throws {
        let caseCount = try caseCountText.map { try NumberOption.count($0, option: "--cases", in: Self.caseCountRange) }
        let seed = try seedText.map { try NumberOption.seed($0, option: "--seed") }
        if options.databaseURL != nil {
            throw CommandFailure.usage("jobsag demo laver altid en datamappe (--data); en database fyldes med jobsag db import --from MAPPE.")
        }
        let today = try options.resolvedAsOf().date
        _ = try options.resolvedLanguage()
        let directory = options.dataDirectory.flatMap { $0.isEmpty ? nil : CommandPath.absolute($0) } ?? options.dataHome + "/jobsag-demo"
        let store = try openOrCreate(directory, caseCount: caseCount, seed: seed, today: today)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        try ProgramRunner(options: options, store: store).run()
    }

    private func openOrCreate(_ directory: String, caseCount: Int?, seed: UInt64?, today: CalendarDate) throws -> FileStore {
        let wantsNew = regenerate || caseCount != nil || seed != nil
        if !wantsNew, let existing = try? FileStore.open(directory: directory) {
            guard existing.info.isDemo else {
                throw CommandFailure(message: StoreError.existingStoreIsNotDemo(path: directory).message.da)
            }
            return existing
        }
        let count = caseCount ?? DemoCommand.defaultCaseCount
        let data = DemoGenerator(seed: seed ?? DemoGenerator.defaultSeed, today: today).generate(caseCount: count)
        try CommandPath.createParentDirectories(of: directory)
        do {
            let store = try FileStore.create(
                directory: directory, isDemo: true, caseworkers: data.caseworkers, cases: data.cases,
                by: "DEMO", at: SystemClock.now())
            Output.line("Demo-data: \(data.cases.count) sager og \(data.caseworkers.count) medarbejdere i \(store.layout.directory)")
            return store
        } catch {
            throw CommandFailure(message: error.message.da)
        }
    }
}
