import ArgumentParser
import Foundation
import JobsagApp
import JobsagCore
import JobsagExport
import JobsagStore

/// `jobsag import --csv FILE`: new cases from a CSV file with the columns `jobsag export
/// --csv` writes, for caseworkers of the user's scope; every row checked, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Opret sager fra en CSV-fil med kolonnerne fra jobsag export (flytning fra et andet system); alt eller intet.",
        discussion: """
            Læser Navn, CPR (det fulde nummer), Målgruppe (fx kh-jobparat), Ydelsesstart, Sagsbehandler og \
            Koordinerende; Sag, Næste frist, Regel og Lys udregner Jobsag selv. Hver række kontrolleres, og hvert \
            problem nævnes med sit linjenummer; er der ét, oprettes ingen sager (status 1). Sagsbehandlerne skal \
            være i din sagsstamme (teamleder: teamet; faglig konsulent: alle teams). - læser fra standard input.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("csv"), help: ArgumentHelp("CSV-filen (UTF-8, semikolon; - for standard input).", valueName: "fil"),
            completion: .file(extensions: ["csv"]))
    var csvFile: String

    func run() throws {
        let text = try Self.read(csvFile)
        let store = try StoreAccess.open(options)
        let today = SystemClock.today()
        let (user, scope) = try UserResolution.userAndScope(store, options: options)
        var ids = EntryIDSource(seed: UInt64.random(in: 0...UInt64.max))
        let cases: [Case]
        switch CaseloadImport.read(text, caseworkers: scope, today: today, nextEntryID: { ids.next() }) {
        case .cases(let read): cases = read
        case .problems(let problems):
            for problem in problems { Output.warning("linje \(problem.line): \(problem.message)") }
            throw CommandFailure(message: "\(problems.count) problem\(problems.count == 1 ? "" : "er") i \(Self.name(csvFile)); ingen sager er oprettet.", exitCode: 1)
        }
        let created: [Case]
        do {
            created = try store.create(cases, by: user.initials, at: SystemClock.now())
        } catch {
            guard case .cprInUse(let existing, let caseworker) = error else { throw CommandFailure(message: error.message.da) }
            // The row of the citizen who has a case: the import names its cases by their lines.
            let cpr = try? store.loadCase(id: existing).citizen.cpr
            let line = cases.first { $0.citizen.cpr == cpr }.map { String($0.id.dropFirst(CaseloadImport.lineIDPrefix.count)) }
            throw CommandFailure(
                message: (line.map { "linje \($0): " } ?? "") + "borgeren har allerede sagen \(existing) (sagsbehandler \(caseworker)); "
                    + "ingen sager er oprettet fra \(Self.name(csvFile)).",
                exitCode: 1)
        }
        Output.line("\(created.count) \(created.count == 1 ? "sag" : "sager") oprettet fra \(Self.name(csvFile)): "
            + (created.first.map { first in first.id + (created.count > 1 ? "–" + (created.last?.id ?? "") : "") } ?? "") + ".")
    }

    private static func name(_ path: String) -> String {
        path == "-" ? "standard input" : CommandPath.absolute(path)
    }

    /// The file's text (a BOM is fine), or standard input for `-`; a file that is not UTF-8
    /// or larger than any caseload (64 MB) is refused.
    private static func read(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            let file = CommandPath.absolute(path)
            guard let read = try CommandPath.readIfPresent(file) else {
                // A device or a pipe (a shell's `<(…)`) is read through standard input.
                throw CommandFailure(message: FileManager.default.fileExists(atPath: file)
                    ? "\(file) er ikke en almindelig fil. Send den på standard input: jobsag import --csv - < \(file)"
                    : "\(file) findes ikke.")
            }
            data = read
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(message: "\(name(path)) er ikke UTF-8. Gem filen som »CSV UTF-8« i Excel eller LibreOffice.")
        }
        return text
    }
}
