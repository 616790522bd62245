// The report's CSV files as a spreadsheet reads them: LibreOffice (headless) under a Danish and an English locale.
import Foundation
import JobsagCore
import JobsagReview
import ProcessTestSupport
import Testing

/// Each CSV file of a round's report, opened by LibreOffice Calc under `da_DK` and `en_US`
/// with its number recognition at its most eager (special numbers: dates, percentages) and
/// saved again as CSV: every cell comes back as the same text or the same number, and under
/// `da_DK` every count and share is a number. Needs LibreOffice (Debian `libreoffice-calc`):
/// a failure, not a skip, under CI.
@Suite(.enabled(if: LibreOffice.program != nil || ProcessInfo.processInfo.environment["CI"] == "true"))
struct ReportSpreadsheetTests {
    @Test func everyCellReadsBackTheSameUnderADanishAndAnEnglishLocale() throws {
        let soffice = try #require(LibreOffice.program, "LibreOffice is not installed (apt-get install -y libreoffice-calc)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-calc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = directory.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: written, withIntermediateDirectories: true)
        let summary = RoundSummary(round: SummaryAndReportTests.round, openActions: SummaryAndReportTests.actions)
        let files = RoundReport.csvFiles(summary, round: SummaryAndReportTests.round, language: .da)
        for file in files {
            try Data(file.text.utf8).write(to: written.appendingPathComponent(file.name))
        }
        for locale in ["da_DK", "en_US"] {
            let converted = directory.appendingPathComponent(locale)
            let run = try BoundedRun(
                soffice,
                ["-env:UserInstallation=file://" + directory.appendingPathComponent("profile-\(locale)").path, "--headless",
                 // Separator `;`, quote `"`, UTF-8, from line 1; the locale's own number recognition, special numbers on.
                 "--infilter=CSV:59,34,76,1,,0,false,true", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1",
                 "--outdir", converted.path] + files.map { written.appendingPathComponent($0.name).path },
                environment: ["LANG": "\(locale).UTF-8", "LC_ALL": "\(locale).UTF-8", "HOME": directory.path, "PATH": "/usr/bin:/bin"],
                timeout: 180)
            #expect(run.ending == .exited(0), "soffice under \(locale): \(run.ending) \(run.error)")
            for file in files {
                let original = CSVText.cells(file.text)
                let back = CSVText.cells(try String(contentsOf: converted.appendingPathComponent(file.name), encoding: .utf8))
                #expect(back.count == original.count, "\(locale) \(file.name): \(back.count) rows, not \(original.count)")
                for (row, (mine, theirs)) in zip(original, back).enumerated() {
                    #expect(mine.count == theirs.count, "\(locale) \(file.name) row \(row + 1)")
                    for (cell, (text, read)) in zip(mine, theirs).enumerated() where !CSVText.same(text.text, read.text) {
                        Issue.record("\(locale) \(file.name) row \(row + 1) column \(cell + 1): wrote \(text.text), read back \(read.text)")
                    }
                }
            }
        }
        // Under the Danish locale counts and shares are numbers (LibreOffice quotes only texts).
        let danish = directory.appendingPathComponent("da_DK")
        let checkpoints = CSVText.cells(try String(contentsOf: danish.appendingPathComponent("2026-Q4-1-kontrolpunkter.csv"), encoding: .utf8))
        for row in checkpoints.dropFirst() {
            #expect(row[2...6].allSatisfy { !$0.quoted || $0.text.isEmpty }, "\(row.map(\.text))")
        }
        let cases = CSVText.cells(try String(contentsOf: danish.appendingPathComponent("2026-Q4-1-sager.csv"), encoding: .utf8))
        #expect(cases.dropFirst().allSatisfy { !$0[3].quoted && !$0[4].quoted }, "answered and asked checkpoints are numbers")
    }
}

/// LibreOffice's program, when it is installed.
enum LibreOffice {
    static let program = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Just enough CSV for the test: `;` between cells, `"` quoting with `""` inside.
enum CSVText {
    struct Cell {
        var text: String
        var quoted: Bool
    }

    static func cells(_ text: String) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var cell = Cell(text: "", quoted: false)
        var inQuotes = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" {
                        cell.text.append(characters.removeFirst())
                    } else {
                        inQuotes = false
                    }
                } else {
                    cell.text.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                inQuotes = true
                cell.quoted = true
            case ";":
                row.append(cell)
                cell = Cell(text: "", quoted: false)
            case "\n", "\r\n", "\r":
                row.append(cell)
                rows.append(row)
                row = []
                cell = Cell(text: "", quoted: false)
            default:
                cell.text.append(character)
            }
        }
        if !row.isEmpty || !cell.text.isEmpty { rows.append(row + [cell]) }
        return rows
    }

    /// The same text, or the same number however the locale writes it (`66,7`, `100` for
    /// `100,0`, `75,00 %` or `75.00%` for `75 %`).
    static func same(_ written: String, _ read: String) -> Bool {
        written == read || (number(written).map { $0 == number(read) } ?? false)
    }

    private static func number(_ text: String) -> Double? {
        var digits = text.trimmingCharacters(in: .whitespaces)
        if digits.hasSuffix("%") { digits = String(digits.dropLast()).trimmingCharacters(in: .whitespaces) }
        return Double(digits.replacingOccurrences(of: ",", with: "."))
    }
}
