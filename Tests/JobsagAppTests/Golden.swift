import Foundation
import Testing
import TerminalKit

/// Golden screens: the text of a rendered frame compared with a file under `Golden/`.
/// Run with `JOBSAG_RECORD_GOLDEN=1` to write the files anew after a deliberate change.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ buffer: CellBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = buffer.plainText + "\n"
        if ProcessInfo.processInfo.environment["JOBSAG_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing golden file \(file.path); record it with JOBSAG_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = zip(expected.split(separator: "\n", omittingEmptySubsequences: false), actual.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().filter { $0.element.0 != $0.element.1 }
                .prefix(5).map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
                .joined(separator: "\n")
            Issue.record("screen differs from \(name).txt\n\(diff)", sourceLocation: sourceLocation)
        }
    }
}
