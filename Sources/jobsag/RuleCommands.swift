import ArgumentParser
import Foundation
import JobsagCore
import JobsagExport
import JobsagRules
import JobsagStore

/// `jobsag rules [ID]`: the rule catalogue, or one rule with its sources.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Vis regelkataloget, eller én regel med kilde og lovgrundlag.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "En regels id, fx KF.4I6.")
    var id: String?

    func run() throws {
        let language = try options.resolvedLanguage()
        guard let id else {
            print(RuleText.catalogue(language: language), terminator: "")
            return
        }
        let versions = RuleCatalogue.versions(of: id.uppercased())
        guard !versions.isEmpty else {
            let near = RuleCatalogue.ids.filter { $0.hasPrefix(String(id.uppercased().prefix(2))) }.prefix(8)
            throw CommandFailure(message: "Reglen »\(id)« findes ikke i kataloget." + (near.isEmpty ? "" : " Findes: " + near.joined(separator: ", ") + "."))
        }
        print(versions.map { RuleText.describe($0, language: language) }.joined(separator: "\n"), terminator: "")
    }
}

/// The cases a report covers: every case, or one caseworker's caseload.
enum ReportScope {
    static func load(_ store: FileStore, user: String?) throws -> [Case] {
        try StoreAccess.call {
            let load = try store.loadCases(where: try filter(store, user: user))
            warn(load.problems)
            return load.cases
        }
    }

    /// The ids of the cases in scope (the files that cannot be read are reported).
    static func caseIDs(_ store: FileStore, user: String?) throws -> [CaseID] {
        try StoreAccess.call {
            let scan = try store.caseIDs(where: try filter(store, user: user))
            warn(scan.problems)
            return scan.ids
        }
    }

    /// A batch of cases by id.
    static func load(_ store: FileStore, ids: Set<CaseID>) throws -> [Case] {
        try StoreAccess.call {
            let load = try store.loadCases(where: .ids(ids))
            warn(load.problems)
            return load.cases
        }
    }

    /// Every case, or with `--user` that user's caseload.
    private static func filter(_ store: FileStore, user: String?) throws -> CaseFilter {
        guard let user, !user.isEmpty else { return .all }
        let caseworkers = try store.caseworkers()
        guard let match = caseworkers.first(where: { $0.initials.uppercased() == user.uppercased() }) else {
            throw CommandFailure(message: "--user »\(user)« er ikke en bruger i datamappen.")
        }
        return .caseload(of: [match.initials])
    }

    private static func warn(_ problems: [StoreProblem]) {
        for problem in problems {
            FileHandle.standardError.write(Data(("jobsag: " + problem.message.da + "\n").utf8))
        }
    }

    /// The local policy from the store's settings (`settings.policy`), else the defaults.
    static func engine(_ store: FileStore) -> RuleEngine {
        RuleEngine(policy: store.policy)
    }
}

/// `jobsag check`: evaluates every case; exit status 1 when anything is overdue.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Vurdér alle sager og vis, hvad der er overskredet og forfalder snart.",
        discussion: "Afslutter med status 1, hvis noget er overskredet. --json skriver alle forpligtelser (formatet står i README).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .customLong("json"), help: "Skriv alle forpligtelser som JSON.")
    var json = false

    @Flag(name: .customLong("with-names"), help: "Vis borgernes navne (standard: kun sagsnumre).")
    var withNames = false

    /// Cases are read and evaluated this many at a time: memory stays flat with the store's size.
    static let batchSize = 2_000

    func run() throws {
        let store = try StoreAccess.open(options.resolvedDataDirectory)
        let asOf = try options.resolvedAsOf().date
        let language = try options.resolvedLanguage()
        let engine = ReportScope.engine(store)
        var report = CheckReport(asOf: asOf, detail: json ? .all : .listed)
        let ids = try ReportScope.caseIDs(store, user: options.user)
        for start in stride(from: 0, to: ids.count, by: Self.batchSize) {
            let batch = ids[start..<min(ids.count, start + Self.batchSize)]
            report.add(try ReportScope.load(store, ids: Set(batch)), engine: engine)
        }
        print(json ? report.json() : report.text(language: language, withNames: withNames), terminator: "")
        if report.hasOverdue { throw ExitCode(1) }
    }
}

/// `jobsag reminders`: lists what is due; `--ics` writes a calendar file.
struct RemindersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "Vis hvad der forfalder (frister og egne påmindelser); --ics skriver en kalenderfil.",
        discussion: "Kalenderen navngiver sagen ved sagsnummer og regel, aldrig CPR-nummer; borgerens navn kun med --with-names.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("ics"), help: "Skriv en iCalendar-fil (RFC 5545) med én begivenhed pr. frist.")
    var icsFile: String?

    @Flag(name: .customLong("with-names"), help: "Tag borgernes navne med.")
    var withNames = false

    func run() throws {
        let store = try StoreAccess.open(options.resolvedDataDirectory)
        let cases = try ReportScope.load(store, user: options.user ?? options.environment["JOBSAG_USER"])
        let asOf = try options.resolvedAsOf().date
        let language = try options.resolvedLanguage()
        let export = ReminderExport(cases: cases, engine: ReportScope.engine(store), asOf: asOf)
        guard let icsFile else {
            print(export.text(language: language, withNames: withNames), terminator: "")
            return
        }
        let calendar = export.calendar(language: language, withNames: withNames, stamp: SystemClock.now())
        do {
            // An export, not a store file: umask 077 keeps it private to the user.
            try Data(calendar.text.utf8).write(to: URL(fileURLWithPath: icsFile), options: .atomic)
        } catch {
            throw CommandFailure(message: "Kunne ikke skrive \(icsFile): \(error.localizedDescription)")
        }
        print("Kalender skrevet: \(icsFile) (\(calendar.events.count) begivenheder)")
    }
}
