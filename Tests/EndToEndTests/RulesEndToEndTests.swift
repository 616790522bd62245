import Foundation
import Testing

/// The rules through the command line: the worked examples of RULES.md §6 on a store that
/// holds them (Tests/Fixtures/worked-examples), the catalogue, and the calendar export.
@Suite(.serialized) struct RulesEndToEndTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/worked-examples")

    /// A private copy of the worked-examples store.
    private func workedExamplesStore() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-we-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Self.fixture, to: target)
        _ = try Tmux.execute("/bin/chmod", ["-R", "go-rwx", target.path])
        return target
    }

    private var environment: [String: String] {
        ["LANG": "C.UTF-8", "TZ": "Europe/Copenhagen", "HOME": FileManager.default.temporaryDirectory.path, "PATH": "/usr/bin:/bin"]
    }

    struct Item: Decodable {
        var caseId: String
        var ruleId: String
        var status: String
        var deadline: String?
        var subjectId: String?
        var evidenceIds: [String]
        var explanation: [String: String]
    }

    struct Document: Decodable {
        var asOf: String
        var obligations: [Item]
    }

    private func check(_ store: URL, asOf: String) throws -> (status: Int32, document: Document) {
        let result = try Tmux.executeWithStatus(Tmux.binary, ["check", "--data", store.path, "--as-of", asOf, "--json"], environment: environment)
        let document = try JSONDecoder().decode(Document.self, from: Data(result.output.utf8))
        return (result.status, document)
    }

    private func items(_ document: Document, _ caseID: String, _ ruleID: String) -> [Item] {
        document.obligations.filter { $0.caseId == caseID && $0.ruleId == ruleID }
    }

    @Test func workedExample1_benefitChangeKeepsOrEndsTheEpisode() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        for (asOf, expected) in [("2024-06-20", "open"), ("2024-07-01", "dueSoon"), ("2024-07-08", "missed")] {
            let (_, document) = try check(store, asOf: asOf)
            let kf = items(document, "WE1-A", "KF.4I6")
            #expect(kf.map(\.status) == [expected], "as of \(asOf)")
            #expect(kf.first?.deadline == "2024-07-07")
            #expect(kf.first?.evidenceIds.count == 3)
            // Moved to sickness benefit: the cash-benefit count does not follow the citizen.
            #expect(items(document, "WE1-B", "KF.4I6").isEmpty)
        }
    }

    @Test func workedExample2_aLetterIsNoJobConversationFrom2023_03_22() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let (_, document) = try check(store, asOf: "2023-06-01")
        #expect(items(document, "WE2-A", "KF.4I6").first?.evidenceIds == ["we2a-c1"])
        #expect(items(document, "WE2-A", "KF.FORM").contains { $0.subjectId == "we2a-c2" && $0.status != "met" })
        #expect(items(document, "WE2-B", "KF.4I6").first?.evidenceIds == ["we2b-c1", "we2b-c2"])
        #expect(!items(document, "WE2-B", "KF.FORM").contains { $0.subjectId == "we2b-c2" })
    }

    @Test func workedExample3_anOldTestExemptsFromTheReadingTest() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let (_, document) = try check(store, asOf: "2024-09-10")
        let exempt = try #require(items(document, "WE3-A", "UH.LSR").first)
        #expect(exempt.status == "met")
        #expect(exempt.evidenceIds == ["we3a-t1"])
        #expect(items(document, "WE3-B", "UH.LSR").first?.deadline == "2024-10-02")
    }

    @Test func workedExample4_monthArithmeticClampsToTheMonthEnd() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let (_, document) = try check(store, asOf: "2024-02-01")
        #expect(items(document, "WE4", "UH.LSR").first?.deadline == "2024-02-29")
        #expect(items(document, "WE4", "UH.VISITATION").first?.deadline == "2024-04-30")
    }

    @Test func workedExample5_theAggravatedSanctionLacksANewBreach() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let (_, document) = try check(store, asOf: "2022-02-01")
        let decision = try #require(items(document, "WE5", "RD.40A").first { $0.subjectId == "we5-s40a" })
        #expect(decision.status == "missed")
        #expect(decision.explanation["da"]?.contains("betingelse 3") == true)
    }

    @Test func workedExample6_a2019CaseIsJudgedByThePre2020Rules() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let (_, document) = try check(store, asOf: "2019-06-30")
        #expect(items(document, "WE6", "KF.UH.UP.2I3").map(\.status) == ["met"])
        #expect(items(document, "WE6", "KF.4I6").allSatisfy { $0.status == "notApplicable" })
    }

    @Test func checkExitsOneWhenSomethingIsOverdue() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let overdue = try Tmux.executeWithStatus(Tmux.binary, ["check", "--data", store.path, "--as-of", "2024-09-10"], environment: environment)
        #expect(overdue.status == 1)
        #expect(overdue.output.contains("OVERSKREDET"))
        #expect(!overdue.output.contains("Åsmussen"))
        let named = try Tmux.executeWithStatus(Tmux.binary, ["check", "--data", store.path, "--as-of", "2024-09-10", "--with-names"], environment: environment)
        #expect(named.output.contains("Åsmussen"))
    }

    @Test func rulesListsTheCatalogueAndShowsOneRuleWithItsSources() throws {
        let list = try Tmux.execute(Tmux.binary, ["rules"], environment: environment)
        for id in ["KF.4I6", "KF.FORM", "UH.LSR", "TB.RETPLIGT", "PL.JOBMAAL", "RD.40A", "TT.UNDTAG", "IN.DANSK", "FJ.REHAB", "KF.UH.UP.2I3", "PL.CV.AAUP"] {
            #expect(list.contains(id), "the catalogue lacks \(id)")
        }
        let one = try Tmux.execute(Tmux.binary, ["rules", "KF.4I6"], environment: environment)
        #expect(one.contains("001 l.553-561"))
        #expect(one.contains("Lovgrundlag"))
        let unknown = try Tmux.executeWithStatus(Tmux.binary, ["rules", "XX.9"], environment: environment)
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("findes ikke"))
    }

    @Test func theCalendarParsesWithAStandardParserAndNamesNoCPR() throws {
        let store = try workedExamplesStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let ics = store.appendingPathComponent("frister.ics")
        let written = try Tmux.executeWithStatus(Tmux.binary, ["reminders", "--data", store.path, "--as-of", "2024-09-10", "--ics", ics.path],
                                                 environment: environment)
        #expect(written.status == 0, "\(written.error)")
        let listing = try Tmux.execute(Tmux.binary, ["reminders", "--data", store.path, "--as-of", "2024-09-10"], environment: environment)
        let itemLines = listing.split(separator: "\n").dropFirst().count
        let text = try String(contentsOf: ics, encoding: .utf8)
        #expect(!text.contains("030798"))
        #expect(!text.contains("Åse Test"))
        let script = """
            import sys, icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [c for c in calendar.walk() if c.name == 'VEVENT']
            assert len({str(e['UID']) for e in events}) == len(events)
            print(len(events))
            """
        let parsed = try Tmux.executeWithStatus("/usr/bin/env", ["python3", "-c", script, ics.path])
        #expect(parsed.status == 0, "icalendar could not parse the file: \(parsed.error)")
        #expect(Int(parsed.output.trimmingCharacters(in: .whitespacesAndNewlines)) == itemLines)
        let named = try Tmux.executeWithStatus(Tmux.binary, ["reminders", "--data", store.path, "--as-of", "2024-09-10", "--ics", ics.path, "--with-names"],
                                               environment: environment)
        #expect(named.status == 0)
        #expect(try String(contentsOf: ics, encoding: .utf8).contains("Åse Test"))
    }
}
