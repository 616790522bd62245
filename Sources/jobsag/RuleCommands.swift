import ArgumentParser
import Foundation
import JobsagCore
import JobsagExport
import JobsagRules
import JobsagStore
import JobsagStoreRules

/// `jobsag rules [ID]`: the rule catalogue, or one rule with its sources.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Vis regelkataloget, eller én regel med kilde og lovgrundlag.",
        discussion: "--json skriver reglerne med al metadata og kilder som ét dokument (formatet står i README).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("En regels id, fx KF.4I6.", valueName: "regel"), completion: CompletionValues.ruleIDs)
    var id: String?

    @Flag(name: .customLong("json"), help: "Skriv reglerne med kilder som JSON.")
    var json = false

    func run() throws {
        let language = try options.resolvedLanguage()
        guard let id else {
            Output.write(json ? RuleCatalogueJSON.text(RuleCatalogue.rules) : RuleText.catalogue(language: language))
            return
        }
        let versions = RuleCatalogue.versions(of: id.uppercased())
        guard !versions.isEmpty else {
            let near = RuleCatalogue.ids.filter { $0.hasPrefix(String(id.uppercased().prefix(2))) }.prefix(8)
            throw CommandFailure.usage("Reglen »\(id)« findes ikke i kataloget." + (near.isEmpty ? "" : " Findes: " + near.joined(separator: ", ") + "."))
        }
        Output.write(json ? RuleCatalogueJSON.text(versions) : versions.map { RuleText.describe($0, language: language) }.joined(separator: "\n"))
    }
}

/// The cases a report covers: every case, or one caseworker's caseload.
enum ReportScope {
    static func load(_ store: any CaseStore, user: UserResolution.Claim?) throws -> [Case] {
        try load(store, where: try StoreAccess.call { try filter(store, user: user) })
    }

    /// The cases `filter` selects (the files that cannot be read are reported).
    static func load(_ store: any CaseStore, where filter: CaseFilter) throws -> [Case] {
        try StoreAccess.call {
            let load = try store.loadCases(where: filter)
            Output.warnings(load.problems)
            return load.cases
        }
    }

    /// The case files in scope, with their versions (the files that cannot be read are reported).
    static func caseVersions(_ store: any CaseStore, user: UserResolution.Claim?) throws -> [CaseVersion] {
        try StoreAccess.call {
            let scan = try store.caseVersions(where: try filter(store, user: user))
            Output.warnings(scan.problems)
            return scan.versions
        }
    }

    /// A batch of cases by id.
    static func load(_ store: any CaseStore, ids: Set<CaseID>) throws -> [Case] {
        try map(store, where: .ids(ids)) { $0 }
    }

    /// What `transform` makes of each case `filter` selects (`CaseStore.mapCases`).
    static func map<Value: Sendable>(_ store: any CaseStore, where filter: CaseFilter, _ transform: @escaping @Sendable (Case) -> Value) throws -> [Value] {
        try values { () throws(StoreError) in try store.mapCases(where: filter, transform) }
    }

    /// What `transform` makes of each case `filter` selects and its version (`CaseStore.mapCasesWithVersions`).
    static func mapWithVersions<Value: Sendable>(
        _ store: any CaseStore, where filter: CaseFilter, _ transform: @escaping @Sendable (CaseVersion, Case) -> Value
    ) throws -> [Value] {
        try values { () throws(StoreError) in try store.mapCasesWithVersions(where: filter, transform) }
    }

    /// The values of the cases read (the cases that cannot be read are reported).
    private static func values<Value>(_ read: () throws(StoreError) -> CasesRead<Value>) throws -> [Value] {
        try StoreAccess.call {
            let read = try read()
            Output.warnings(read.problems)
            return read.values
        }
    }

    /// Every case, or with `--user` that user's caseload (in a demo and on a database; a data
    /// directory that is not a demo is one caseworker's, and names nobody else).
    static func filter(_ store: any CaseStore, user claim: UserResolution.Claim?) throws -> CaseFilter {
        guard let claim else { return .all }
        if !UserResolution.acceptsCaseloadFilter(store), let login = try UserResolution.provenLogin(store) {
            throw UserResolution.claimRefused(claim.source, login: login)
        }
        let caseworkers = try store.caseworkers()
        guard let match = caseworkers.first(where: { $0.initials.uppercased() == claim.initials.uppercased() }) else {
            throw CommandFailure(message: "\(claim.source) »\(claim.initials)« er ikke en bruger i datamappen.")
        }
        return .caseload(of: [match.initials])
    }

    /// The local policy from the store's settings (`settings.policy`), else the defaults.
    static func engine(_ store: any CaseStore) -> RuleEngine {
        RuleEngine(policy: store.policy)
    }
}

/// `jobsag check`: evaluates every case; exit status 1 when anything is overdue or cannot be evaluated.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Vurdér alle sager og vis, hvad der er overskredet og forfalder snart.",
        discussion: "Afslutter med status 1, hvis noget er overskredet eller ikke kan vurderes (ikke for krav, der ikke længere kan opfyldes). --json skriver alle forpligtelser (formatet står i README).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .customLong("json"), help: "Skriv alle forpligtelser som JSON.")
    var json = false

    @Flag(name: .customLong("with-names"), help: "Vis borgernes navne (standard: kun sagsnumre).")
    var withNames = false

    /// Cases are read and evaluated this many at a time: memory stays flat with the store's size.
    static let batchSize = 2_000

    func run() throws {
        let store = try StoreAccess.open(options)
        let asOf = try options.resolvedAsOf().date
        let language = try options.resolvedLanguage()
        let engine = ReportScope.engine(store)
        let user = UserResolution.claim(options, environment: false)
        var report = CheckReport(asOf: asOf, detail: json ? .all : .listed)
        var keepingCache: (@Sendable () -> Void)?
        if json || withNames {
            // Every obligation, or the citizens' names: from the cases themselves.
            for batch in Self.batches(try ReportScope.caseVersions(store, user: user)) {
                report.add(try ReportScope.load(store, ids: Set(batch.map(\.id))), engine: engine)
            }
        } else if store.keeps(.check) {
            keepingCache = try addUsingCache(&report, store: store, user: user, engine: engine, asOf: asOf)
        } else {
            // No cache to compare the cases' versions with: the scope read as it is, each case
            // evaluated and summed up on the core that decoded it.
            let filter = try StoreAccess.call { try ReportScope.filter(store, user: user) }
            for (id, result) in try ReportScope.map(store, where: filter, { item in
                (item.id, CheckCache.CaseResult(stamp: "", case: item, assessment: engine.evaluate(item, asOf: asOf)))
            }) {
                report.add(id, result)
            }
        }
        // `check.cache` written on another core while the text is made.
        let writingCache = DispatchGroup()
        if let keepingCache { DispatchQueue.global().async(group: writingCache, execute: keepingCache) }
        Output.write(json ? report.json() : report.text(language: language, withNames: withNames))
        writingCache.wait()
        if report.needsAction { throw ExitCode(1) }
    }

    /// The text's figures from `check.cache` for every case file unchanged since the last
    /// run with the same day, policy and program; the other cases are read and evaluated.
    /// Returns the writing of the cache when anything in it changed.
    private func addUsingCache(
        _ report: inout CheckReport, store: any CaseStore, user: UserResolution.Claim?, engine: RuleEngine, asOf: CalendarDate
    ) throws -> (@Sendable () -> Void)? {
        let key = CheckCache.Key(asOf: asOf, policy: engine.policy, rules: ProgramIdentity.current)
        var cache = CheckCache.read(store.readCache(.check), key: key)
        guard !cache.cases.isEmpty else {
            // The day's first check has nothing cached: every case is read with its version as
            // read, evaluated and summed up on the core that decoded it (the case and its
            // obligations freed there), none listed first or looked up.
            let filter = try StoreAccess.call { try ReportScope.filter(store, user: user) }
            let results = try ReportScope.mapWithVersions(store, where: filter) { version, item in
                (id: version.id, result: CheckCache.CaseResult(stamp: version.stamp, case: item, assessment: engine.evaluate(item, asOf: asOf)))
            }
            for (id, result) in results { report.add(id, result) }
            guard !results.isEmpty else { return nil }
            return { if let data = CheckCache.encoded(key: key, results: results) { store.writeCache(.check, data) } }
        }
        let versions = try ReportScope.caseVersions(store, user: user)
        let stale = versions.filter { cache.cases[$0.id]?.stamp != $0.stamp }
        cache.cases.reserveCapacity(cache.cases.count + stale.count)
        for batch in Self.batches(stale) {
            let stamps = Dictionary(uniqueKeysWithValues: batch.map { ($0.id, $0.stamp) })
            // Each case evaluated and summed up on the core that decoded it, while the next
            // are read: the case and its obligations are freed there too.
            let results = try ReportScope.map(store, where: .ids(Set(stamps.keys))) { item in
                (item.id, CheckCache.CaseResult(stamp: stamps[item.id] ?? "", case: item, assessment: engine.evaluate(item, asOf: asOf)))
            }
            for (id, result) in results { cache.cases[id] = result }
        }
        var reported = 0
        for version in versions {
            // A file that could not be read has no result; it was reported.
            if let result = cache.cases[version.id], result.stamp == version.stamp {
                report.add(version.id, result)
                reported += 1
            }
        }
        var changed = !stale.isEmpty
        if options.user == nil, cache.cases.count > reported {
            // Every case was listed, and not every result was of one: drop the results of cases that are gone.
            let present = Set(versions.map(\.id))
            let before = cache.cases.count
            cache.cases = cache.cases.filter { present.contains($0.key) }
            changed = changed || cache.cases.count != before
        }
        guard changed else { return nil }
        let changedCache = cache
        return { if let data = changedCache.encoded() { store.writeCache(.check, data) } }
    }

    /// The versions in batches of `batchSize`.
    private static func batches(_ versions: [CaseVersion]) -> [ArraySlice<CaseVersion>] {
        stride(from: 0, to: versions.count, by: batchSize).map { versions[$0..<min(versions.count, $0 + batchSize)] }
    }
}

/// `jobsag reminders`: lists what is due; `--ics` writes a calendar file.
struct RemindersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "Vis hvad der forfalder (frister, egne påmindelser og bookede møder); --ics skriver en kalenderfil.",
        discussion: "--json skriver listen som ét dokument (formatet står i README). Kalenderen navngiver sagen ved sagsnummer og regel, aldrig CPR-nummer; borgerens navn kun med --with-names. Et booket møde er en begivenhed med klokkeslæt (Europe/Copenhagen); flyttes det, tæller SEQUENCE op, og aflyses det, skrives det som aflyst. Skriv til den samme fil hver gang: en frist, der er opfyldt siden sidst, skrives som aflyst (STATUS:CANCELLED) i \(ICalendar.cancelledEventDays) dage, så kalenderen fjerner den.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("ics"), help: ArgumentHelp("Skriv en iCalendar-fil (RFC 5545) med én begivenhed pr. frist og pr. møde.", valueName: "fil"), completion: .file(extensions: ["ics"]))
    var icsFile: String?

    @Flag(name: .customLong("with-names"), help: "Tag borgernes navne med.")
    var withNames = false

    @Flag(name: .customLong("json"), help: "Skriv det, der forfalder, som JSON.")
    var json = false

    func run() throws {
        if json, icsFile != nil {
            throw CommandFailure.usage("--json og --ics kan ikke bruges sammen: vælg listen som JSON eller kalenderfilen.")
        }
        let store = try StoreAccess.open(options)
        let cases = try ReportScope.load(store, user: UserResolution.claim(options))
        let asOf = try options.resolvedAsOf().date
        let language = try options.resolvedLanguage()
        let export = ReminderExport(cases: cases, engine: ReportScope.engine(store), asOf: asOf)
        guard let icsFile else {
            Output.write(json ? export.json(withNames: withNames) : export.text(language: language, withNames: withNames))
            return
        }
        let previous = try Self.previousCalendar(at: icsFile)
        let calendar = export.calendar(language: language, withNames: withNames, storeID: store.info.identity.stableID, stamp: SystemClock.now())
            .revising(previous)
        if let written = try CommandPath.writeExport(calendar.text, to: icsFile) {
            let cancelled = calendar.events.filter { $0.status == .cancelled }.count
            Output.line("Kalender skrevet: \(written) (\(calendar.events.count - cancelled) begivenheder"
                + (cancelled > 0 ? ", \(cancelled) aflyst" : "") + ")")
        }
    }

    /// The calendar the last run wrote to `path`: the next one continues it (sequences, and
    /// the deadlines met since, cancelled). A file that is not a Jobsag calendar is not
    /// overwritten. Standard output (`-`) has no last run.
    private static func previousCalendar(at path: String) throws -> ICalendar? {
        guard path != "-" else { return nil }
        let file = CommandPath.absolute(path)
        guard let data = try CommandPath.readIfPresent(file) else { return nil }
        guard let calendar = ICalendar(jobsagText: String(decoding: data, as: UTF8.self)) else {
            throw CommandFailure(message: "\(file) findes og er ikke en kalender fra Jobsag, så den overskrives ikke. Vælg en anden fil, eller flyt den først.")
        }
        return calendar
    }
}
