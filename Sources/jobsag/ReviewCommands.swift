import ArgumentParser
import Foundation
import JobsagApp
import JobsagCore
import JobsagReview
import JobsagStore

/// `jobsag review ...`: spot-check rounds (ledelsestilsyn) and the access-log review.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Ledelsestilsyn: start en stikprøverunde, vis runderne, skriv rapporten, gennemgå adgangsloggen.",
        subcommands: [ReviewStartCommand.self, ReviewListCommand.self, ReviewReportCommand.self, ReviewAccessCommand.self])
}

/// `jobsag review start`: draws a sample and saves the round with pre-filled checklists.
struct ReviewStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Træk en stikprøve af sager (lagdelt efter målgruppe og sagsbehandler) og gem runden.",
        discussion: """
            Kun teamledere og faglige konsulenter. Samme periode, størrelse og seed på de samme \
            sager giver den samme stikprøve. Udskriver rundens id og sagerne (sagsnummer, \
            sagsbehandler, målgruppe; aldrig navne eller CPR-numre).
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("from"), parsing: .unconditional,
            help: ArgumentHelp("Periodens første dag (fx 01.07.2026 eller 2026-07-01).", valueName: "dato"))
    var from: String

    @Option(name: .customLong("to"), parsing: .unconditional, help: ArgumentHelp("Periodens sidste dag.", valueName: "dato"))
    var to: String

    @Option(name: .customLong("size"), parsing: .unconditional,
            help: ArgumentHelp("Antal sager i stikprøven, fra 1 til 10000 (standard 15).", valueName: "antal"))
    var sizeText: String?

    @Option(name: .customLong("seed"), parsing: .unconditional, help: ArgumentHelp(
        "Startværdi for lodtrækningen (et helt tal fra 0); samme værdi giver samme stikprøve (standard: tilfældig, udskrives).",
        valueName: "tal"))
    var seedText: String?

    @Flag(name: .customLong("no-strata-group"), help: "Lagdel ikke efter målgruppe.")
    var noStrataGroup = false

    @Flag(name: .customLong("no-strata-caseworker"), help: "Lagdel ikke efter sagsbehandler.")
    var noStrataCaseworker = false

    @Option(name: .customLong("title"), help: ArgumentHelp("Rundens titel.", valueName: "titel"))
    var title: String?

    func run() throws {
        let size = try sizeText.map { try NumberOption.count($0, option: "--size", in: 1...10_000) } ?? 15
        let seed = try seedText.map { try NumberOption.seed($0, option: "--seed") }
        let today = SystemClock.today()
        let asOf = try options.resolvedAsOf().date
        let start = try ReviewCLI.date(from, option: "--from", today: today)
        let end = try ReviewCLI.date(to, option: "--to", today: today)
        guard start <= end else {
            throw CommandFailure.usage("--from (\(start.danish)) ligger efter --to (\(end.danish)).")
        }
        let store = try StoreAccess.open(options)
        let (user, scope) = try ReviewCLI.leadAndScope(store, options: options, doing: "starte en stikprøverunde")
        let chosenSeed = seed ?? UInt64.random(in: 0...UInt64(Int64.max))
        let request = SampleRequest(
            from: start, to: end, size: size, seed: chosenSeed, byTargetGroup: !noStrataGroup, byCaseworker: !noStrataCaseworker)
        let cases = try StoreAccess.call { try store.loadCases(where: .caseload(of: scope)) }
        Output.warnings(cases.problems)
        let id = ReviewRound.nextID(createdOn: asOf, existing: try StoreAccess.call { try store.reviewIDs() })
        let round: ReviewRound
        do {
            round = try ReviewRound.start(
                id: id, title: title ?? "Stikprøve \(start.danish)–\(end.danish)", reviewer: user.initials,
                createdOn: asOf, request: request, cases: cases.cases, engine: ReportScope.engine(store))
        } catch {
            throw CommandFailure(message: error.message.da)
        }
        guard !round.caseIDs.isEmpty else {
            throw CommandFailure(message: "Ingen sager var aktive i perioden \(start.danish)–\(end.danish); ingen runde er gemt.")
        }
        try StoreAccess.call {
            try store.saveReview(round, id: round.id, format: ReviewCLI.format, by: user.initials, at: SystemClock.now())
        }
        Output.line("Runde \(round.id): \(round.caseIDs.count) sager, seed \(chosenSeed)"
            + (seed == nil ? " (brug --seed \(chosenSeed) for at trække samme stikprøve igen)" : "") + ".")
        for caseID in round.caseIDs {
            let review = round.reviews[caseID]
            Output.line([caseID, review?.caseworker ?? "", review?.targetGroup?.rawValue ?? ""].joined(separator: "\t"))
        }
    }
}

/// `jobsag review list`: the rounds with their progress.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Vis stikprøverunderne med fremdrift (gennemgået / tilbage).",
        discussion: "Afslutter med status 1, hvis en runde ikke kan læses. --json skriver runderne som ét dokument (formatet står i README).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .customLong("json"), help: "Skriv runderne som JSON.")
    var json = false

    func run() throws {
        let store = try StoreAccess.open(options)
        let ids = try StoreAccess.call { try store.reviewIDs() }
        var rounds: [ReviewRound] = []
        var unreadable: [LocalizedText] = []
        for id in ids {
            do {
                rounds.append(try store.loadReview(ReviewRound.self, id: id, format: ReviewCLI.format))
            } catch {
                unreadable.append(error.message)
            }
        }
        if json {
            Output.write(ReviewJSON.rounds(rounds, unreadable: unreadable))
        } else if ids.isEmpty {
            Output.line("Ingen stikprøverunder endnu. Start en med: jobsag review start --from DATO --to DATO")
        } else {
            for round in rounds {
                Output.line([
                    round.id, round.createdOn.danish, round.reviewer,
                    "\(round.reviewedCount)/\(round.caseIDs.count) gennemgået, \(round.leftCount) tilbage", round.title,
                ].joined(separator: "\t"))
            }
            for message in unreadable { Output.warning(message.da) }
        }
        if !unreadable.isEmpty { throw ExitCode(1) }
    }
}

/// `jobsag review report ROUND`: the round's summary as Markdown (stdout or a file) and CSV.
struct ReviewReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Skriv rundens rapport: Markdown på skærmen eller i en fil (--md), og/eller CSV til regneark (--csv).",
        discussion: "Rapporten nævner sager ved sagsnummer, aldrig navne eller CPR-numre. Hver rapport noteres i loggen.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Rundens id, fx 2026-Q4-1 (se jobsag review list).", valueName: "runde"), completion: CompletionValues.roundIDs)
    var round: String

    @Option(name: .customLong("md"), help: ArgumentHelp("Skriv Markdown-rapporten til denne fil.", valueName: "fil"), completion: .file(extensions: ["md"]))
    var markdownFile: String?

    @Option(name: .customLong("csv"), help: ArgumentHelp(
        "Skriv CSV-rapporten i denne mappe: én fil pr. tabel (UTF-8 med BOM, semikolon, decimalkomma).", valueName: "mappe"), completion: .directory)
    var csvDirectory: String?

    func run() throws {
        if csvDirectory == "-" {
            throw CommandFailure.usage("--csv skriver en mappe med én fil pr. tabel; angiv en mappe, ikke -.")
        }
        let store = try StoreAccess.open(options)
        let (user, scope) = try ReviewCLI.leadAndScope(store, options: options, doing: "skrive en rundes rapport")
        _ = try options.resolvedAsOf()
        let language = try options.resolvedLanguage()
        let loaded = try ReviewCLI.round(round, in: store, scope: scope)
        let cases = try StoreAccess.call { try store.loadCases(where: .ids(Set(loaded.caseIDs))) }
        Output.warnings(cases.problems)
        let summary = RoundSummary(round: loaded, cases: cases.cases)
        // Without a file the Markdown goes to standard output.
        let markdownTarget = markdownFile ?? (csvDirectory == nil ? "-" : nil)
        let written = (markdownTarget == nil ? [] : ["reviews[\(loaded.id)].md"]) + (csvDirectory == nil ? [] : ["reviews[\(loaded.id)].csv"])
        try StoreAccess.call {
            try store.record(AuditEvent(time: SystemClock.now(), user: user.initials, action: .export, caseID: nil, changes: written))
        }
        if let markdownTarget,
           let file = try CommandPath.writeExport(RoundReport.markdown(summary, round: loaded, language: language), to: markdownTarget) {
            Output.line("Markdown skrevet: \(file)")
        }
        if let csvDirectory {
            let directory = CommandPath.absolute(csvDirectory)
            try CommandPath.createDirectories(directory)
            let files = RoundReport.csvFiles(summary, round: loaded, language: language)
            for file in files {
                try CommandPath.writeExport(file.text, to: directory + "/" + file.name)
            }
            Output.line("CSV skrevet i \(directory): \(files.map(\.name).joined(separator: ", "))")
        }
    }
}

/// `jobsag review access`: who opened a case, or a sample of access-log lines to check.
struct ReviewAccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Gennemgå adgangsloggen: hvem har åbnet en sag (--case), eller en stikprøve af opslag (--sample).",
        discussion: "Kun teamledere og faglige konsulenter. Viser tidspunkt, bruger, handling og den noterede grund. --json skriver opslagene som ét dokument (formatet står i README).")

    @OptionGroup var options: GlobalOptions

    @Flag(name: .customLong("json"), help: "Skriv opslagene som JSON.")
    var json = false

    @Option(name: .customLong("case"), help: ArgumentHelp("Sagens nummer: vis hvem der har åbnet den og hvornår.", valueName: "sag"), completion: CompletionValues.caseIDs)
    var caseID: String?

    @Option(name: .customLong("sample"), parsing: .unconditional,
            help: ArgumentHelp("Træk så mange opslag tilfældigt fra loggen, fra 1 til 100000.", valueName: "antal"))
    var sampleText: String?

    @Option(name: .customLong("seed"), parsing: .unconditional,
            help: ArgumentHelp("Startværdi for lodtrækningen, et helt tal fra 0 (standard: tilfældig, udskrives).", valueName: "tal"))
    var seedText: String?

    @Option(name: .customLong("from"), parsing: .unconditional, help: ArgumentHelp("Kun opslag fra denne dag.", valueName: "dato"))
    var from: String?

    @Option(name: .customLong("to"), parsing: .unconditional, help: ArgumentHelp("Kun opslag til og med denne dag.", valueName: "dato"))
    var to: String?

    func run() throws {
        guard (caseID == nil) != (sampleText == nil) else {
            throw CommandFailure.usage("Angiv enten --case SAG eller --sample ANTAL.")
        }
        let sample = try sampleText.map { try NumberOption.count($0, option: "--sample", in: 1...100_000) }
        let seed = try seedText.map { try NumberOption.seed($0, option: "--seed") }
        if let caseID, !caseID.isValidCaseID {
            throw CommandFailure.usage("»\(caseID)« er ikke et gyldigt sagsnummer.")
        }
        let today = SystemClock.today()
        let start = try from.map { try ReviewCLI.date($0, option: "--from", today: today) }
        let end = try to.map { try ReviewCLI.date($0, option: "--to", today: today) }
        let store = try StoreAccess.open(options)
        let (_, scope) = try ReviewCLI.leadAndScope(store, options: options, doing: "gennemgå adgangsloggen")
        if let caseID {
            let history = try StoreAccess.call { try store.auditEvents(caseID: caseID) }
            Output.warnings(history.problems)
            let owners = (try? store.loadCase(id: caseID)).map { [$0.caseworker, $0.coordinatingCaseworker].compactMap { $0 } } ?? []
            guard owners.isEmpty || !scope.isDisjoint(with: owners) else {
                throw CommandFailure(message: "Sagen \(caseID) hører ikke til dit team (sagsbehandler: \(owners.joined(separator: ", "))).")
            }
            let accesses = AccessSample.accesses(history.events, caseID: caseID, from: start, to: end)
            guard !json else {
                Output.write(ReviewJSON.accesses(accesses, caseID: caseID, owners: owners, seed: nil, poolSize: nil))
                return
            }
            Output.line("Sag \(caseID): \(accesses.count) opslag" + (owners.isEmpty ? "" : " (sagsbehandler: \(owners.joined(separator: ", ")))") + ".")
            for event in accesses { Output.line(ReviewCLI.describe(event, owners: owners)) }
        } else if let sample {
            let history = try StoreAccess.call { try store.allAuditEvents() }
            Output.warnings(history.problems)
            let chosenSeed = seed ?? UInt64.random(in: 0...UInt64(Int64.max))
            // The lookups of the lead's staff (the team; a consultant's: everyone's).
            let pool = AccessSample.accesses(history.events, from: start, to: end).filter { scope.contains($0.user) }
            let drawn = AccessSample.draw(pool, count: sample, seed: chosenSeed)
            guard !json else {
                Output.write(ReviewJSON.accesses(drawn, caseID: nil, owners: nil, seed: chosenSeed, poolSize: pool.count))
                return
            }
            Output.line("\(drawn.count) af \(pool.count) opslag, seed \(chosenSeed). Kontrollér, at hvert opslag havde et arbejdsmæssigt formål.")
            for event in drawn { Output.line(ReviewCLI.describe(event, owners: nil)) }
        }
    }
}

/// What the review commands share: roles, dates and store errors.
enum ReviewCLI {
    static let format = DocumentFormat(name: ReviewRound.format, version: ReviewRound.version)

    /// The user, who must be a team lead or a professional consultant, and the caseworkers
    /// of the lead's scope, as in the terminal: a team lead's team, a consultant's every team.
    static func leadAndScope(_ store: any CaseStore, options: GlobalOptions, doing what: String) throws -> (Caseworker, Set<Initials>) {
        let caseworkers = try StoreAccess.call { try store.caseworkers() }
        let user = try UserResolution.resolve(store, options: options, caseworkers: caseworkers, demoFallback: false)
        guard user.role == .teamleder || user.role == .fagligKonsulent else {
            throw CommandFailure(
                message: "Kun en teamleder eller faglig konsulent kan \(what); \(user.initials) er \(user.role.rawValue).")
        }
        return (user, AppState.initials(in: .team, user: user, caseworkers: caseworkers))
    }

    /// A date as the rest of the command line takes it (`23.11.2026`, `2026-11-23`, `i dag`, `-30`).
    static func date(_ text: String, option: String, today: CalendarDate) throws -> CalendarDate {
        switch DateInput.parse(text, today: today) {
        case .success(let date): return date
        case .failure(let problem): throw CommandFailure.usage("\(option) »\(text)«: " + problem.message.da)
        }
    }

    /// The round with `id`, drawn by a lead of `scope`, or a message that names the rounds there are.
    static func round(_ id: String, in store: any CaseStore, scope: Set<Initials>) throws -> ReviewRound {
        let ids = try StoreAccess.call { try store.reviewIDs() }
        guard ids.contains(id) else {
            throw CommandFailure(
                message: "Runden »\(id)« findes ikke." + (ids.isEmpty ? " Der er ingen runder endnu." : " Findes: " + ids.joined(separator: ", ") + "."))
        }
        let round = try StoreAccess.call { try store.loadReview(ReviewRound.self, id: id, format: format) }
        guard scope.contains(round.reviewer) else {
            throw CommandFailure(message: "Runden \(id) er trukket af \(round.reviewer) i et andet team; kun det teams ledere og de faglige konsulenter kan bruge den.")
        }
        return round
    }

    /// `23.11.2026 14:05  MHJ  åbnede  S-000123  grund: ...`.
    static func describe(_ event: AuditEvent, owners: [Initials]?) -> String {
        let (date, clock) = CopenhagenTime.local(event.time)
        var parts = [date.danish + " " + clock, event.user, label(event.action), event.caseID ?? ""]
        if let reason = event.reason, !reason.isEmpty {
            parts.append("grund: " + reason)
        } else if let owners, !owners.contains(event.user) {
            parts.append("uden for egen sagsstamme, ingen grund noteret")
        }
        return parts.joined(separator: "\t")
    }

    static func label(_ action: AuditEvent.Action) -> String {
        switch action {
        case .view: return "åbnede sagen"
        case .accessOutsideCaseload: return "åbnede sagen uden for egen sagsstamme"
        case .revealCPR: return "viste det fulde CPR-nummer"
        case .create: return "oprettede"
        case .update: return "ændrede"
        case .delete: return "slettede"
        case .export: return "eksporterede"
        case .undo: return "fortrød"
        case .sessionStart: return "startede Jobsag"
        }
    }
}
