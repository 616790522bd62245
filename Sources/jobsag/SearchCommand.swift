import ArgumentParser
import Foundation
import JobsagApp
import JobsagCore
import JobsagExport
import JobsagStore

/// `jobsag search TEXT`: the conversations, journal notes and goals of the user's cases (the
/// cases the caseload opens with) that hold TEXT, newest first. Each case listed is logged as
/// viewed, as opening it in the program is. Exit status 0 when something was found, 1 when
/// nothing was, 2 when the command could not run.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Søg i samtaler, journalnotater og mål i dine sager.",
        discussion: """
            Søger i de sager, sagsstammen åbner med (din egen sagsstamme; teamlederen teamets, den faglige konsulent alle), \
            som filteret i sagsstammen: store og små bogstaver og accenter er ligegyldige, og aa er å. \
            Hver sag, der vises noget fra, logges som vist. Afslutter med status 0, når noget er fundet, 1 når intet er fundet, \
            og 2 når kommandoen ikke kunne køre. --json skriver et dokument (formatet står i README).
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Det, der søges efter, fx lager eller \"ringede i dag\".", valueName: "tekst"))
    var text: String

    @Flag(name: .customLong("json"), help: "Skriv det fundne som JSON.")
    var json = false

    @Flag(name: .customLong("with-names"), help: "Vis borgernes navne (standard: kun sagsnumre).")
    var withNames = false

    func run() throws {
        let query = DanishText.normalized(text.trimmingWhitespace())
        guard !DanishText.searchKey(query).isEmpty else {
            throw CommandFailure.usage("Søgeteksten er tom. Skriv det, der søges efter, fx: jobsag search lager")
        }
        let language = try options.resolvedLanguage()
        let store = try StoreAccess.open(options)
        let (user, cases) = try StoreAccess.call { () throws -> (Caseworker, [Case]) in
            let caseworkers = try store.caseworkers()
            let user = try UserResolution.resolve(store, options: options, caseworkers: caseworkers)
            let scope = AppState.initials(in: AppState.initialScope(for: user.role), user: user, caseworkers: caseworkers)
            return (user, try ReportScope.load(store, where: .caseload(of: scope)))
        }
        let names = withNames ? Dictionary(cases.map { ($0.id, $0.citizen.name) }, uniquingKeysWith: { first, _ in first }) : [:]
        let report = SearchReport(query: query, search: LogSearch(cases: cases), names: names)
        try StoreAccess.call {
            for caseID in report.casesFound {
                try store.record(AuditEvent(time: SystemClock.now(), user: user.initials, action: .view, caseID: caseID))
            }
        }
        Output.write(json ? report.json() : report.text(language: language))
        if report.hits.isEmpty { throw ExitCode(1) }
    }
}
