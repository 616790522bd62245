import JobsagCore
import JobsagRules

/// The caseload as office programs open it (`jobsag export --csv`): one row per case with
/// what the caseload shows of it (`CaseloadMark`) as of a day, and the benefit episode's
/// start, so that `jobsag import --csv` can make the case again (`CaseloadImport`). The CPR number is masked
/// unless the caller asks for it in full; dates are `dd.mm.yyyy`.
public enum CaseloadCSV {
    public static let header = [
        "Sag", "Navn", "CPR", "Målgruppe", "Ydelsesstart", "Sagsbehandler", "Koordinerende", "Næste frist", "Regel", "Lys",
    ]

    /// The file's text, the cases by id.
    public static func text(cases: [Case], engine: RuleEngine, asOf: CalendarDate, withCPR: Bool) -> String {
        let rows = cases.sorted { $0.id < $1.id }.map { item -> [String] in
            let mark = CaseloadMark(item, assessment: engine.evaluate(item, asOf: asOf))
            return [
                item.id, item.citizen.name, withCPR ? item.citizen.cpr.formatted : item.citizen.cpr.masked,
                item.targetGroup(on: asOf)?.rawValue ?? "", item.episode(on: asOf)?.start?.danish ?? "",
                item.caseworker, item.coordinatingCaseworker ?? "",
                mark.next?.date?.danish ?? "", mark.nextRule ?? "", lightText(mark.light),
            ]
        }
        return OfficeCSV.document(header: header, rows: rows)
    }

    static func lightText(_ light: TrafficLight) -> String {
        switch light {
        case .red: return "rød"
        case .yellow: return "gul"
        case .green: return "grøn"
        }
    }
}
