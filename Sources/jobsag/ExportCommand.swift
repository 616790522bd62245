import ArgumentParser
import Foundation
import JobsagApp
import JobsagCore
import JobsagExport
import JobsagStore

/// `jobsag export --csv FILE`: the user's cases (the scope the caseload opens in) as a CSV
/// file for Excel or LibreOffice; the CPR number masked unless `--with-cpr`. Every export
/// is logged before it is written, a full CPR export as such.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Skriv dine sager som CSV til Excel eller LibreOffice (UTF-8 med BOM, semikolon, dd.mm.åååå).",
        discussion: """
            Én række pr. sag i din sagsstamme (teamleder: teamet; faglig konsulent: alle teams): sag, navn, \
            CPR (skjult, medmindre --with-cpr), målgruppe, sagsbehandler, koordinerende, næste frist, regel og lys. \
            Eksporten noteres i loggen. - som fil skriver til standard output.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("csv"), help: ArgumentHelp("Filen, der skal skrives (- for standard output).", valueName: "fil"), completion: .file(extensions: ["csv"]))
    var csvFile: String

    @Flag(name: .customLong("with-cpr"), help: "Hele CPR-numre i stedet for skjulte (noteres i loggen).")
    var withCPR = false

    func run() throws {
        let store = try StoreAccess.open(options)
        let asOf = try options.resolvedAsOf().date
        let (user, cases) = try StoreAccess.call { () throws -> (Caseworker, CaseLoad) in
            let caseworkers = try store.caseworkers()
            let user = try UserResolution.resolve(
                options: options, caseworkers: caseworkers, fallback: store.info.isDemo ? ProgramRunner.demoUser(store) : nil)
            let scope = AppState.initials(in: AppState.initialScope(for: user.role), user: user, caseworkers: caseworkers)
            return (user, try store.loadCases(where: .caseload(of: scope)))
        }
        Output.warnings(cases.problems)
        let text = CaseloadCSV.text(cases: cases.cases, engine: ReportScope.engine(store), asOf: asOf, withCPR: withCPR)
        try StoreAccess.call {
            try store.record(AuditEvent(
                time: SystemClock.now(), user: user.initials, action: .export, caseID: nil,
                changes: ["caseload.csv"] + (withCPR ? ["cpr"] : [])))
        }
        if let file = try CommandPath.writeExport(text, to: csvFile) {
            Output.line("CSV skrevet: \(file) (\(cases.cases.count) sager\(withCPR ? ", med hele CPR-numre" : ""))")
        }
    }
}
