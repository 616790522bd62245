import Foundation
import Testing

/// `jobsag audit verify` as an administrator runs it: exit status 0 and the chain's head on an
/// intact log, 1 naming the line changed by hand, 2 when there is no store; `validate` agrees.
@Suite struct AuditVerifyEndToEndTests {
    @Test func anIntactLogPassesAndAChangedLineIsNamed() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-audit-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: work) }
        let store = work.appendingPathComponent("dd").path
        let environment = ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": work.path, "PATH": "/usr/bin:/bin"]
        func jobsag(_ arguments: [String], data: String = store) throws -> (status: Int32, output: String, error: String) {
            try Tmux.executeWithStatus(Tmux.binary, arguments + ["--data", data], environment: environment)
        }
        #expect(try jobsag(["demo", "--cases", "20"]).status == 0)

        let intact = try jobsag(["audit", "verify"])
        #expect(intact.status == 0, "\(intact.error)")
        #expect(intact.output.hasPrefix("Revisionsloggen er intakt: 20 hændelser i kæden. Seneste SHA-256: "), "\(intact.output)")

        let audit = work.appendingPathComponent("dd/audit")
        let month = try #require(try FileManager.default.contentsOfDirectory(atPath: audit.path).first)
        let file = audit.appendingPathComponent(month)
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[4] = lines[4].replacingOccurrences(of: "\"action\":\"create\"", with: "\"action\":\"view\"")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)

        let broken = try jobsag(["audit", "verify"])
        #expect(broken.status == 1)
        #expect(broken.output.hasPrefix(file.path + ", linje 5, kolonne 1: linjen er ændret"), "\(broken.output)")
        #expect(broken.output.contains("De 4 hændelser før bruddet er uændrede"))
        let validate = try jobsag(["validate"])
        #expect(validate.status == 1)
        #expect(validate.output.contains(file.path + ", linje 5, kolonne 1: linjen er ændret"), "\(validate.output)")

        let nowhere = try jobsag(["audit", "verify"], data: work.appendingPathComponent("findes-ikke").path)
        #expect(nowhere.status == 2)
        #expect(nowhere.error.contains("findes ikke"))
    }
}
