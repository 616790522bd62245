import JobsagCore
import JobsagRules
import Testing
@testable import JobsagExport

/// The caseload CSV: the caseload's light and next deadline, masked CPR unless asked for,
/// Danish dates, and cells a spreadsheet does not misread.
@Suite struct CaseloadCSVTests {
    @Test func aRowIsWhatTheCaseloadShows() throws {
        let missed = CheckExitTests.item(start: "2026-01-05")
        var named = missed
        named.id = "S-000002"
        named.citizen.name = "=Åse; \"Ø\" Ærø"
        let text = CaseloadCSV.text(cases: [named, missed], engine: CheckExitTests.engine, asOf: CheckExitTests.asOf, withCPR: false)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.first == "\u{FEFF}Sag;Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler;Koordinerende;Næste frist;Regel;Lys")
        // By id; a missed KF.4I6 is history (green), no deadline after it.
        #expect(lines[1] == "S-000001;Søren Ærø Andersen;120385-xxxx;kh-aktivitetsparat;05.01.2026;MHJ;;;;grøn")
        // A name with `;` and `"` is quoted, one that starts like a formula defused.
        #expect(lines[2].hasPrefix("S-000002;\"'=Åse; \"\"Ø\"\" Ærø\";120385-xxxx;"))
        #expect(lines.last == "", "every line ends in CRLF")
        let full = CaseloadCSV.text(cases: [missed], engine: CheckExitTests.engine, asOf: CheckExitTests.asOf, withCPR: true)
        #expect(full.contains(";120385-1235;"))
    }

    @Test func anOverdueDeadlineIsRedWithItsDateAndRule() throws {
        let item = CheckExitTests.item(start: "2026-06-01")
        let text = CaseloadCSV.text(cases: [item], engine: CheckExitTests.engine, asOf: CheckExitTests.asOf, withCPR: false)
        let row = try #require(text.split(separator: "\r\n").dropFirst().first).split(separator: ";", omittingEmptySubsequences: false)
        #expect(row[7].range(of: #"^\d\d\.\d\d\.\d{4}$"#, options: .regularExpression) != nil, "\(row)")
        #expect(row[8] == "KF.4I6")
        #expect(["rød", "gul"].contains(String(row[9])), "\(row)")
    }
}
