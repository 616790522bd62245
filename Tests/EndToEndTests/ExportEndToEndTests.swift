import Foundation
import Testing

/// `jobsag export --csv`: the user's cases for a spreadsheet, masked CPR numbers unless
/// asked, every export logged, `-` for standard output; `jobsag import --csv` makes them
/// again in another store, all or nothing.
@Suite struct ExportEndToEndTests {
    @Test func theCaseloadIsExportedMaskedLoggedAndToStandardOutput() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-export-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: work) }
        let store = work.appendingPathComponent("dd").path
        let environment = ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": work.path, "PATH": "/usr/bin:/bin"]
        func jobsag(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try Tmux.executeWithStatus(Tmux.binary, arguments + ["--data", store, "--as-of", "2026-12-01"], environment: environment)
        }
        #expect(try jobsag(["demo", "--cases", "60"]).status == 0)

        let file = work.appendingPathComponent("sager.csv")
        let masked = try jobsag(["export", "--csv", file.path])
        #expect(masked.status == 0, "\(masked.error)")
        #expect(masked.output.contains("CSV skrevet: \(file.path)"))
        let data = try Data(contentsOf: file)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "a BOM, so that Excel reads UTF-8")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Sag;Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler;Koordinerende;Næste frist;Regel;Lys\r\n"))
        let rows = text.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        // The demo's first caseworker: the caseload, every CPR masked, dates and lights in Danish.
        #expect(rows.allSatisfy { $0.split(separator: ";", omittingEmptySubsequences: false)[2].hasSuffix("-xxxx") })
        #expect(rows.allSatisfy { ["rød", "gul", "grøn"].contains($0.split(separator: ";").last.map(String.init) ?? "") })
        #expect(rows.contains { $0.range(of: #";\d\d\.\d\d\.\d{4};"#, options: .regularExpression) != nil })

        let full = try jobsag(["export", "--csv", "-", "--with-cpr"])
        #expect(full.status == 0, "\(full.error)")
        #expect(full.output.contains("Sag;Navn;CPR;"), "the file itself, no confirmation on standard output")
        #expect(!full.output.contains("CSV skrevet"))
        #expect(full.output.split(separator: "\r\n").dropFirst().allSatisfy { !$0.contains("-xxxx") })

        let audit = try FileManager.default.contentsOfDirectory(atPath: store + "/audit")
            .map { try String(contentsOfFile: store + "/audit/" + $0, encoding: .utf8) }.joined()
            .split(separator: "\n").filter { $0.contains("\"export\"") }
        #expect(audit.count == 2)
        #expect(audit.filter { $0.contains("\"cpr\"") }.count == 1, "the full CPR export is logged as such")
    }

    @Test func casesAreImportedAllOrNothing() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-import-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: work) }
        let store = work.appendingPathComponent("dd")
        let environment = ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": work.path, "PATH": "/usr/bin:/bin"]
        func jobsag(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try Tmux.executeWithStatus(Tmux.binary, arguments + ["--data", store.path], environment: environment)
        }
        func caseCount() throws -> Int {
            let names = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("cases").path)
            return names.filter { $0.hasSuffix(".json") }.count
        }
        struct Staff: Decodable {
            struct Member: Decodable { var initials: String; var role: String }
            var caseworkers: [Member]
        }
        #expect(try jobsag(["demo", "--cases", "40", "--seed", "2"]).status == 0)
        let staff = try JSONDecoder().decode(Staff.self, from: Data(contentsOf: store.appendingPathComponent("caseworkers.json"))).caseworkers
        // The faglig konsulent imports: every team's caseworkers are in scope.
        let consultant = try #require(staff.first { $0.role == "fagligKonsulent" }).initials
        let workers = staff.filter { $0.role == "sagsbehandler" }.map(\.initials)
        let file = work.appendingPathComponent("fra-andet-system.csv")
        func write(_ rows: [String]) throws {
            let text = "\u{FEFF}Sag;Navn;CPR;Målgruppe;Ydelsesstart;Sagsbehandler;Koordinerende;Næste frist;Regel;Lys\r\n"
                + rows.map { $0 + "\r\n" }.joined()
            try Data(text.utf8).write(to: file)
        }
        let rows = [
            ";Åse Ærø;020304-1111;kh-jobparat;01.09.2026;\(workers[0]);;;;",
            ";Øjvind Ørum;050607-2222;uh-uddannelsesparat;2026-10-15;\(workers[1]);\(workers[0]);;;",
            ";Bo Ås;080910-3333;sygedagpenge;03.11.2026;\(workers[0]);;;;",
        ]

        // One wrong row (a masked CPR number): named, nothing is created.
        try write([rows[0], ";Ole;120385-xxxx;kh-jobparat;05.01.2026;\(workers[0]);;;;", rows[2]])
        let masked = try jobsag(["import", "--csv", file.path, "--user", consultant])
        #expect(masked.status == 1)
        #expect(masked.error.contains("linje 3: CPR-nummeret er skjult"), "\(masked.error)")
        #expect(masked.error.contains("ingen sager er oprettet"))
        #expect(try caseCount() == 40)

        try write(rows)
        let imported = try jobsag(["import", "--csv", file.path, "--user", consultant])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("3 sager oprettet fra \(file.path): S-000041–S-000043."), "\(imported.output)")
        #expect(try caseCount() == 43)
        #expect(try jobsag(["validate"]).status == 0)
        let exported = try jobsag(["export", "--csv", "-", "--with-cpr", "--user", consultant]).output
        #expect(exported.contains("S-000042;Øjvind Ørum;050607-2222;uh-uddannelsesparat;15.10.2026;\(workers[1]);\(workers[0]);"), "\(exported)")

        // Again: the citizens have cases now; the first row is named, nothing more is created.
        let again = try jobsag(["import", "--csv", file.path, "--user", consultant])
        #expect(again.status == 1)
        #expect(again.error.contains("linje 2: borgeren har allerede sagen S-000041"), "\(again.error)")
        #expect(try caseCount() == 43)
        let audit = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("audit").path)
            .map { try String(contentsOf: store.appendingPathComponent("audit/" + $0), encoding: .utf8) }.joined()
        #expect(audit.split(separator: "\n").filter { line in line.contains("\"create\"") && ["S-000041", "S-000042", "S-000043"].contains { line.contains($0) } }.count == 3)
    }
}
