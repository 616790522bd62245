// The citizen's plan as a browser prints it: headless Chromium, print to PDF, text back with pdftotext.
import Foundation
import JobsagCore
import ProcessTestSupport
import Testing
@testable import JobsagExport

/// The plan's HTML printed by Chromium (headless, `--print-to-pdf`) is A4, and the text read
/// back from the PDF (`pdftotext`, poppler) has the plan's sections and the Danish letters and
/// `<&>` as written, and no CPR number. Needs Debian's `chromium` and `poppler-utils`: a
/// failure, not a skip, under CI.
@Suite(.enabled(if: PrintTools.available || ProcessInfo.processInfo.environment["CI"] == "true"))
struct CitizenPlanPrintTests {
    @Test func printsOnA4AndReadsBackAsWritten() throws {
        let chromium = try #require(PrintTools.chromium, "Chromium is not installed (apt-get install -y chromium)")
        let pdftotext = try #require(PrintTools.program("pdftotext"), "pdftotext is not installed (apt-get install -y poppler-utils)")
        let pdfinfo = try #require(PrintTools.program("pdfinfo"), "pdfinfo is not installed (apt-get install -y poppler-utils)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("plan.html")
        let pdf = directory.appendingPathComponent("plan.pdf")
        try Data(CitizenPlanTests.plan().html().utf8).write(to: page)
        let environment = ["HOME": directory.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "Europe/Copenhagen"]
        let print = try BoundedRun(
            chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + directory.appendingPathComponent("profile").path,
             "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, page.absoluteString],
            environment: environment, timeout: 120)
        #expect(print.ending == .exited(0), "chromium: \(print.ending) \(print.error)")
        let info = try BoundedRun(pdfinfo, [pdf.path], environment: environment, timeout: 30)
        #expect(info.output.contains("(A4)"), "page size: \(info.output)")
        let read = try BoundedRun(pdftotext, ["-enc", "UTF-8", pdf.path, "-"], environment: environment, timeout: 30)
        #expect(read.ending == .exited(0), "pdftotext: \(read.error)")
        let text = read.output
        for expected in [
            "Min plan – Åse Ærø <Østergård> & Søn", "Mine mål", "Jobmål: Lager & logistik <truck>", "Delmål: Truckcertifikat B",
            "Mine tilbud", "Virksomhedspraktik hos Fjordlageret ApS", "Næste samtale", "Dine rettigheder og pligter",
            "Mette Højgaard (MHJ), Team Øst",
        ] {
            #expect(text.contains(expected), "\(expected) not in the printed text:\n\(text)")
        }
        #expect(!text.contains("120385"))
    }
}

/// The programs the print test needs, when they are installed.
enum PrintTools {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func program(_ name: String) -> String? {
        let path = "/usr/bin/" + name
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static var available: Bool { chromium != nil && program("pdftotext") != nil && program("pdfinfo") != nil }
}
