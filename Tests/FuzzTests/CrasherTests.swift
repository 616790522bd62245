import Foundation
import ProcessTestSupport
import Testing

/// Every input that ever crashed Jobsag (`Tests/Fixtures/crashers`), each in a store of its own
/// beside the worked examples, through every command that reads all cases: no signal, no
/// hang, the bad file named by `validate`, and the other cases still read.
@Suite struct CrasherTests {
    static let folder = FuzzStore.fixtures.appendingPathComponent("crashers")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()
    static let workedExampleIDs = ["WE1-A", "WE1-B", "WE2-A", "WE2-B", "WE3-A", "WE3-B", "WE4", "WE5", "WE6"]

    @Test func theFolderHoldsTheCrashersAndItsReadmeNamesEach() throws {
        #expect(Self.names.count >= 19, "\(Self.folder.path) holds \(Self.names.count) crashers")
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        for name in Self.names {
            #expect(readme.contains("`\(name)`"), "README.md does not describe \(name)")
        }
    }

    @Test(arguments: names) func aCrasherIsReportedAndTheOtherCasesAreStillRead(_ name: String) throws {
        let crasher = CaseFile(name: name, data: try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let store = try FuzzStore(cases: [crasher], withWorkedExamples: true)
        defer { store.remove() }
        let path = store.casesDirectory.appendingPathComponent(name).path
        for command in FuzzStore.Command.allCases {
            let run = try store.run(command)
            let context = "\(command.commandLine(store)): \(run.ending)\n\(run.output.suffix(1000))\(run.error.suffix(2000))"
            #expect(!run.ending.isFailure, "\(context)")
            guard !run.ending.isFailure else { continue }
            switch command {
            case .validate:
                #expect(run.ending == .exited(1) && run.output.contains(path), "validate does not report the file: \(context)")
            case .checkJSON:
                let read = Self.caseIDs(inCheckJSON: run.output)
                #expect(Set(Self.workedExampleIDs).isSubset(of: read), "the other cases were not all judged: \(context)")
            case .check:
                #expect(run.ending == .exited(0) || run.ending == .exited(1), "\(context)")
            case .remindersICS:
                let calendar = (try? String(contentsOf: store.calendarFile, encoding: .utf8)) ?? ""
                #expect(run.ending == .exited(0) && calendar.contains("BEGIN:VEVENT"), "no calendar of the other cases: \(context)")
            case .reviewStart:
                let sampled = Set(run.output.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) })
                #expect(run.ending == .exited(0) && Set(Self.workedExampleIDs).isSubset(of: sampled),
                        "the round does not hold the other cases: \(context)")
            }
        }
    }

    /// The case ids of the obligations in `jobsag check --json` output.
    static func caseIDs(inCheckJSON text: String) -> Set<String> {
        let document = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        let obligations = document?["obligations"] as? [[String: Any]] ?? []
        return Set(obligations.compactMap { $0["caseId"] as? String })
    }
}
