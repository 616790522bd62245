import ArgumentParser
import Foundation
import JobsagApp
import JobsagCore
import JobsagExport
import JobsagStore

/// `jobsag plan CASE-ID --html FILE | --md FILE`: the citizen's own plan, to print or send:
/// goals, offers, the next conversation, rights and duties, the caseworker. No CPR number,
/// no conversation log, no journal notes. Only a case in the user's scope (what the caseload
/// opens with); writing it is logged as an export of the case, before the file is written.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Skriv borgerens plan (Min Plan) til borgeren som HTML eller Markdown, uden CPR-nummer.",
        discussion: """
            Planen har borgerens mål og delmål, tilbud med datoer, næste samtale, rettigheder og pligter og sagsbehandlerens navn; \
            aldrig CPR-nummeret, samtalerne eller journalnotaterne. HTML-filen kan udskrives på A4. \
            Kun sager i din sagsstamme (teamleder: teamet; faglig konsulent: alle). Planen noteres i sagens log. \
            - som fil skriver til standard output.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Sagens nummer, fx S-000123.", valueName: "sag"), completion: CompletionValues.caseIDs)
    var caseID: String

    @Option(name: .customLong("html"), help: ArgumentHelp("Skriv planen som HTML til filen (- for standard output).", valueName: "fil"),
            completion: .file(extensions: ["html"]))
    var htmlFile: String?

    @Option(name: .customLong("md"), help: ArgumentHelp("Skriv planen som Markdown til filen (- for standard output).", valueName: "fil"),
            completion: .file(extensions: ["md"]))
    var markdownFile: String?

    func run() throws {
        let files = [(CitizenPlan.Format.html, htmlFile), (.md, markdownFile)].compactMap { format, file in file.map { (format, $0) } }
        guard !files.isEmpty else {
            throw CommandFailure.usage("Angiv, hvor planen skal skrives: --html FIL eller --md FIL, fx: jobsag plan \(caseID) --html plan.html")
        }
        guard files.filter({ $0.1 == "-" }).count <= 1 else {
            throw CommandFailure.usage("Kun én af --html og --md kan skrive til standard output (-).")
        }
        let store = try StoreAccess.open(options)
        let asOf = try options.resolvedAsOf().date
        let (user, caseworkers, item) = try StoreAccess.call { () throws -> (Caseworker, [Caseworker], Case) in
            let caseworkers = try store.caseworkers()
            let user = try UserResolution.resolve(store, options: options, caseworkers: caseworkers)
            return (user, caseworkers, try store.loadCase(id: caseID))
        }
        let scope = AppState.initials(in: AppState.initialScope(for: user.role), user: user, caseworkers: caseworkers)
        guard scope.contains(item.caseworker) || item.coordinatingCaseworker.map(scope.contains) == true else {
            throw CommandFailure(message: "Sag \(item.id) er ikke i din sagsstamme (sagsbehandler \(item.caseworker)). "
                + "Åbn sagen i programmet med en begrundelse, og skriv planen derfra med tasten P.")
        }
        for written in try CitizenPlanFile.write(
            item, to: files.map { (format: $0.0, path: $0.1) }, store: store, user: user.initials, caseworkers: caseworkers, asOf: asOf) {
            Output.line("Plan skrevet: \(written)")
        }
    }
}
