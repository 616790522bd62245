import Foundation
import Testing

/// `jobsag export --csv`: the user's cases for a spreadsheet, masked CPR numbers unless
/// asked, every export logged, `-` for standard output.
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
        #expect(text.hasPrefix("Sag;Navn;CPR;Målgruppe;Sagsbehandler;Koordinerende;Næste frist;Regel;Lys\r\n"))
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
}
