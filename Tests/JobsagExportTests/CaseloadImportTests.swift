import JobsagCore
import JobsagRules
import Testing
@testable import JobsagExport

/// `jobsag import --csv`: the office CSV read back, the cases of an export made again, and
/// every wrong row named by its line with nothing imported.
@Suite struct CaseloadImportTests {
    static let today = CalendarDate("2026-11-23")!

    private func read(_ text: String, caseworkers: Set<Initials> = ["MHJ", "SØK"]) -> CaseloadImport.Outcome {
        var counter = 0
        return CaseloadImport.read(text, caseworkers: caseworkers, today: Self.today) {
            counter += 1
            return "e\(counter)"
        }
    }

    private func problems(_ text: String) -> [CaseloadImport.Problem] {
        guard case .problems(let problems) = read(text) else { return [] }
        return problems
    }

    @Test func theOfficeFormReadsBackQuotesLineBreaksAndFormulaGuards() throws {
        let text = OfficeCSV.document(header: ["A", "B"], rows: [["=Åse; \"Ø\"", "to\r\nlinjer"], ["-3", " x "]]) + "\r\n"
        let rows = try OfficeCSV.rows(text).get()
        #expect(rows.map(\.cells) == [["A", "B"], ["=Åse; \"Ø\"", "to\r\nlinjer"], ["-3", " x "]])
        #expect(rows.map(\.line) == [1, 2, 4], "a row starts on its own line; the quoted line break counts")
        #expect(try OfficeCSV.rows("a;b\nc;d").get().map(\.cells) == [["a", "b"], ["c", "d"]], "LF and no final line end")
        #expect(OfficeCSV.rows("a;b\r\n\"c;d\r\n") == .failure(OfficeCSV.UnclosedQuote(line: 2)))
    }

    @Test func anExportWithFullCPRNumbersIsMadeAgain() throws {
        var item = CheckExitTests.item(start: "2026-01-05")
        item.coordinatingCaseworker = "SØK"
        item.citizen.name = "=Åse Ørum-Ærø"
        let exported = CaseloadCSV.text(cases: [item], engine: CheckExitTests.engine, asOf: CheckExitTests.asOf, withCPR: true)
        guard case .cases(let cases) = read(exported) else {
            Issue.record("not read: \(read(exported))")
            return
        }
        let made = try #require(cases.first)
        #expect(cases.count == 1)
        #expect(made.citizen.name == "=Åse Ørum-Ærø" && made.citizen.cpr == item.citizen.cpr)
        #expect(made.caseworker == "MHJ" && made.coordinatingCaseworker == "SØK")
        #expect(made.targetGroup(on: Self.today) == .khAktivitetsparat)
        #expect(made.episodes.map(\.start) == [CalendarDate("2026-01-05")] && made.episodes.map(\.id) == ["e1"])
        #expect(made.created == Self.today)
    }

    @Test func everyWrongRowIsNamedByItsLineAndNothingIsImported() {
        let header = "Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler;Koordinerende\r\n"
        let found = problems(header
            + "Åse;120385-1235;kh-jobparat;05.01.2026;MHJ;\r\n"
            + "Ole;120385-xxxx;kh-jobparat;05.01.2026;MHJ;\r\n"
            + "Bo;010190-1234;kh-ukendt;31.02.2026;XX;YY\r\n"
            + "Ib;120385-1235;dagpenge;01.12.2026;SØK;\r\n"
            + ";311299-1234;fleksjob;2026-01-01;MHJ;\r\n")
        #expect(Set(found.map(\.line)) == [3, 4, 5, 6], "line 2 is right")
        #expect(found.contains { $0.line == 3 && $0.message.contains("skjult") })
        #expect(found.filter { $0.line == 4 }.count == 4, "group, date, caseworker and coordinating: \(found.filter { $0.line == 4 })")
        #expect(found.contains { $0.line == 5 && $0.message.contains("linje 2") }, "the same CPR number twice")
        #expect(found.contains { $0.line == 5 && $0.message.contains("fremtiden") })
        #expect(found.contains { $0.line == 6 && $0.message == "Navn mangler." })
    }

    @Test func theHeaderMustNameTheColumns() {
        #expect(problems("Navn;CPR;Målgruppe;Sagsbehandler\r\nÅse;120385-1235;kh-jobparat;MHJ\r\n").map(\.message) == ["Kolonnen »Ydelsesstart« mangler."])
        #expect(problems("Navn;CPR;Malgruppe;Ydelsesstart;Sagsbehandler\r\n").first?.message.hasPrefix("Ukendt kolonne »Malgruppe«") == true)
        #expect(problems("").map(\.message) == ["Filen er tom."])
        #expect(problems("Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler\r\n").map(\.message) == ["Filen har ingen sager, kun overskrifter."])
    }

    @Test func aCaseworkerOutsideTheScopeIsRefused() {
        let text = "Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler\r\nÅse;120385-1235;kh-jobparat;05.01.2026;JJ\r\n"
        guard case .problems(let found) = read(text, caseworkers: ["MHJ"]) else {
            Issue.record("imported a case for JJ")
            return
        }
        #expect(found.map(\.line) == [2] && found.first?.message.contains("JJ") == true)
    }
}
