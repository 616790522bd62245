import Foundation
import JobsagCore

/// `jobsag import --csv`: cases made from the columns `jobsag export --csv` writes (moving
/// from another system, or between stores). Every row is checked, each problem named with
/// its line; the import is all or nothing, so any problem means no case at all.
///
/// Read: Navn, CPR (the full number), Målgruppe (e.g. `kh-jobparat`), Ydelsesstart (the
/// benefit episode's first day), Sagsbehandler, Koordinerende (may be empty). What Jobsag
/// works out itself is not read: Sag (the store gives the id), Næste frist, Regel, Lys.
/// Columns are found by their header, in any order; an unknown header is a problem (a typo
/// would otherwise drop a column).
public enum CaseloadImport {
    /// One problem: the line of the file and what is wrong, in Danish.
    public struct Problem: Hashable, Sendable {
        public var line: Int
        public var message: String
    }

    /// A case read carries `import-LINE` as its id until the store gives it one, so that a
    /// refusal by the store can name the row.
    public static let lineIDPrefix = "import-"

    static let required = ["Navn", "CPR", "Målgruppe", "Ydelsesstart", "Sagsbehandler"]
    static let optional = ["Koordinerende"]
    static let computed = ["Sag", "Næste frist", "Regel", "Lys"]

    /// What a file gives: every case, or every problem (and then no case).
    public enum Outcome: Sendable {
        case cases([Case])
        case problems([Problem])
    }

    /// The cases of `text`, owned by caseworkers in `caseworkers` (the user's scope), made
    /// on `today` with episode ids from `nextEntryID`; or every problem found.
    public static func read(
        _ text: String, caseworkers: Set<Initials>, today: CalendarDate, nextEntryID: () -> EntryID
    ) -> Outcome {
        let rows: [OfficeCSV.Row]
        switch OfficeCSV.rows(text) {
        case .success(let read): rows = read
        case .failure(let unclosed):
            return .problems([Problem(line: unclosed.line, message: "Et felt i anførselstegn slutter aldrig (\" mangler).")])
        }
        guard let header = rows.first else { return .problems([Problem(line: 1, message: "Filen er tom.")]) }
        let columns = Dictionary(header.cells.enumerated().map { ($1.trimmingCharacters(in: .whitespaces), $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [Problem] = []
        let names = header.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where !(required + optional + computed).contains(name) {
            problems.append(Problem(line: 1, message: "Ukendt kolonne »\(name)«. Kolonnerne er: " + (required + optional).joined(separator: ", ") + "."))
        }
        for name in required where columns[name] == nil {
            problems.append(Problem(line: 1, message: "Kolonnen »\(name)« mangler."))
        }
        guard problems.isEmpty else { return .problems(problems) }
        if rows.count == 1 { return .problems([Problem(line: 1, message: "Filen har ingen sager, kun overskrifter.")]) }

        var cases: [Case] = []
        var linesOfCPR: [CPR: Int] = [:]
        for row in rows.dropFirst() {
            func cell(_ name: String) -> String {
                guard let index = columns[name], index < row.cells.count else { return "" }
                return row.cells[index].trimmingCharacters(in: .whitespaces)
            }
            func problem(_ message: String) { problems.append(Problem(line: row.line, message: message)) }
            if row.cells.count > header.cells.count {
                problem("Rækken har \(row.cells.count) felter, overskriften \(header.cells.count).")
            }
            let name = DanishText.normalized(cell("Navn"))
            if name.isEmpty { problem("Navn mangler.") }
            let cpr = parseCPR(cell("CPR"), problem: problem)
            if let cpr {
                if let earlier = linesOfCPR[cpr] {
                    problem("CPR-nummeret står også på linje \(earlier): én borger, én sag.")
                } else {
                    linesOfCPR[cpr] = row.line
                }
            }
            let group = TargetGroup(rawValue: cell("Målgruppe"))
            if group == nil {
                problem("Målgruppe »\(cell("Målgruppe"))« findes ikke. Brug en af: " + TargetGroup.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            let start = parseDate(cell("Ydelsesstart"), today: today, problem: problem)
            let caseworker = cell("Sagsbehandler")
            if !caseworkers.contains(caseworker) {
                problem(caseworker.isEmpty ? "Sagsbehandler mangler." : "Sagsbehandler »\(caseworker)« er ikke i din sagsstamme eller dit team.")
            }
            let coordinating = cell("Koordinerende")
            if !coordinating.isEmpty, !caseworkers.contains(coordinating) {
                problem("Koordinerende »\(coordinating)« er ikke i din sagsstamme eller dit team.")
            }
            guard let cpr, let group, let start, !name.isEmpty, caseworkers.contains(caseworker) else { continue }
            let episode = BenefitEpisode(id: nextEntryID(), benefit: group.benefit, category: group.category, start: start)
            cases.append(Case(
                id: lineIDPrefix + String(row.line), created: today, caseworker: caseworker,
                coordinatingCaseworker: coordinating.isEmpty ? nil : coordinating,
                citizen: Citizen(cpr: cpr, name: name), episodes: [episode]))
        }
        return problems.isEmpty ? .cases(cases) : .problems(problems)
    }

    private static func parseCPR(_ text: String, problem: (String) -> Void) -> CPR? {
        if text.lowercased().hasSuffix("xxxx") {
            problem("CPR-nummeret er skjult (\(text)). Eksportér med --with-cpr, eller skriv det fulde nummer.")
            return nil
        }
        switch CPR.parse(text) {
        case .success(let cpr): return cpr
        case .failure(.wrongForm): problem("CPR »\(text)« skal have formen ddmmåå-xxxx.")
        case .failure(.impossibleBirthDate): problem("CPR »\(text)« har en fødselsdato, der ikke findes.")
        }
        return nil
    }

    private static func parseDate(_ text: String, today: CalendarDate, problem: (String) -> Void) -> CalendarDate? {
        switch DateInput.parse(text, today: today) {
        case .success(let date):
            if date > today { problem("Ydelsesstart \(date.danish) ligger i fremtiden.") }
            return date > today ? nil : date
        case .failure(let failure):
            problem("Ydelsesstart »\(text)«: " + failure.message.da)
            return nil
        }
    }
}
