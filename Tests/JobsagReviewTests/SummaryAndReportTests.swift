// The round summary's numbers add up; the Markdown and CSV reports are well-formed.
import Foundation
import JobsagCore
import JobsagReview
import JobsagRules
import Testing

@Suite struct SummaryAndReportTests {
    static func checkpoint(_ id: String, _ answer: CheckpointAnswer?) -> Checkpoint {
        Checkpoint(
            id: id, kind: id.hasPrefix("Q.") ? .manual : .automatic, title: LocalizedText(da: "Titel \(id) æøå", en: "Title \(id)"),
            nationalFigure: id == "Q.ROED.TRAAD" ? LocalizedText(da: "57% ja", en: "57% yes") : nil, answer: answer)
    }

    static func review(_ caseID: CaseID, _ caseworker: Initials, _ answers: [CheckpointAnswer?], _ verdict: Verdict?) -> CaseReview {
        CaseReview(
            caseID: caseID, caseworker: caseworker, targetGroup: .dagpenge, reviewer: "ÅVJ", reviewedOn: Fixtures.today,
            checkpoints: zip(["KF.4I6", "PL.CV", "Q.ROED.TRAAD"], answers).map { checkpoint($0, $1) }, verdict: verdict)
    }

    /// Three cases, answers by hand: see the expectations below.
    static var round: ReviewRound {
        let reviews = [
            review("S-A", "LM", [.ja, .nej, .ja], .iOrden),
            review("S-B", "LM", [.nej, .ja, .ikkeRelevant], .skalRettes),
            review("S-C", "OR", [.ja, nil, .ja], nil),
        ]
        return ReviewRound(
            id: "2026-Q4-1", title: "Tilsyn | efterår", reviewer: "ÅVJ", createdOn: Fixtures.today, request: Fixtures.request(size: 3),
            caseIDs: reviews.map(\.caseID), reviews: Dictionary(uniqueKeysWithValues: reviews.map { ($0.caseID, $0) }))
    }

    static let actions = [
        OpenAction(caseID: "S-B", caseworker: "LM", reminderID: "r2", text: "Ret planen; tjek \"delmål\" | og CV", due: Fixtures.date("2026-12-01")),
        OpenAction(caseID: "S-A", caseworker: "LM", reminderID: "r1", text: "=Book samtale", due: Fixtures.date("2026-11-30")),
    ]

    @Test func theCountsAddUpPerCheckpoint() throws {
        let summary = RoundSummary(round: Self.round, openActions: Self.actions)
        #expect(summary.checkpointRows.map(\.id) == ["KF.4I6", "PL.CV", "Q.ROED.TRAAD"])
        for row in summary.checkpointRows {
            #expect(row.ja + row.nej + row.ikkeRelevant + row.unanswered == 3)
        }
        let kf = try #require(summary.checkpointRows.first { $0.id == "KF.4I6" })
        #expect((kf.ja, kf.nej, kf.ikkeRelevant, kf.unanswered) == (2, 1, 0, 0))
        #expect(abs((kf.shareJa ?? 0) - 2.0 / 3.0) < 1e-9)
        let cv = try #require(summary.checkpointRows.first { $0.id == "PL.CV" })
        #expect((cv.ja, cv.nej, cv.unanswered) == (1, 1, 1))
        #expect(cv.shareJa == 0.5)
        let thread = try #require(summary.checkpointRows.first { $0.id == "Q.ROED.TRAAD" })
        #expect(thread.shareJa == 1.0)
        #expect(thread.nationalFigure?.da == "57% ja")
    }

    @Test func theCountsAddUpPerCaseworkerAndFamily() throws {
        let summary = RoundSummary(round: Self.round, openActions: Self.actions)
        let lm = try #require(summary.caseworkerRows.first { $0.initials == "LM" })
        #expect((lm.cases, lm.reviewedCases, lm.ja, lm.nej) == (2, 2, 3, 2))
        #expect(lm.shareJa == 0.6)
        let or = try #require(summary.caseworkerRows.first { $0.initials == "OR" })
        #expect((or.cases, or.reviewedCases, or.ja, or.nej) == (1, 0, 2, 0))
        let lmRow = try #require(summary.matrix.first { $0.caseworker == "LM" })
        #expect(lmRow.cells.map(\.family) == RuleFamily.columns)
        #expect(lmRow.cell(.KF)?.rating == .red)
        #expect(lmRow.cell(.Q)?.rating == .green)
        #expect(lmRow.cell(.UH)?.rating == nil)
        let orRow = try #require(summary.matrix.first { $0.caseworker == "OR" })
        #expect(orRow.cell(.PL)?.rating == nil)
        #expect(orRow.cell(.KF)?.rating == .green)
        #expect(summary.verdicts == [.iOrden: 1, .skalRettes: 1])
        #expect(summary.reviewedCount == 2)
        #expect(summary.openActions.map(\.reminderID) == ["r1", "r2"])
        #expect(RAGRating(shareJa: 0.9) == .green)
        #expect(RAGRating(shareJa: 0.6) == .yellow)
        #expect(RAGRating(shareJa: 0.59) == .red)
    }

    @Test func openActionsAreTheRoundsRemindersNotDone() throws {
        var item = try #require(Fixtures.demo.cases.first)
        item.reminders = [
            Reminder(id: "x1", due: Fixtures.today, text: "åben", createdBy: "ÅVJ", reviewRoundID: "2026-Q4-1"),
            Reminder(id: "x2", due: Fixtures.today, text: "lukket", done: Fixtures.today, createdBy: "ÅVJ", reviewRoundID: "2026-Q4-1"),
            Reminder(id: "x3", due: Fixtures.today, text: "anden runde", createdBy: "ÅVJ", reviewRoundID: "2026-Q3-1"),
            Reminder(id: "x4", due: Fixtures.today, text: "egen", createdBy: item.caseworker),
        ]
        var round = Self.round
        round.caseIDs.append(item.id)
        let summary = RoundSummary(round: round, cases: [item])
        #expect(summary.openActions.map(\.reminderID) == ["x1"])
        #expect(summary.openActions.first?.caseworker == item.caseworker)
    }

    /// One file per table, each a plain table: a header, then rows of the header's width.
    @Test func theCSVIsOneTableAFileThatDanishExcelOpens() throws {
        let summary = RoundSummary(round: Self.round, openActions: Self.actions)
        let files = RoundReport.csvFiles(summary, round: Self.round, language: .da)
        #expect(files.map(\.name) == ["runde", "sager", "kontrolpunkter", "sagsbehandlere", "regelfamilier", "vurderinger", "noter", "opfoelgning"]
            .map { "\(Self.round.id)-\($0).csv" })
        for file in files {
            #expect(Array(file.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file.name)")
            // Every line ends in CRLF; no bare LF.
            let body = file.text.replacingOccurrences(of: "\r\n", with: "")
            #expect(!body.contains("\n") && !body.contains("\r"), "\(file.name)")
            #expect(file.text.hasSuffix("\r\n"), "\(file.name)")
        }
        let text = Dictionary(uniqueKeysWithValues: files.map { ($0.name.replacingOccurrences(of: "\(Self.round.id)-", with: ""), $0.text) })
        let checkpoints = try #require(text["kontrolpunkter.csv"])
        #expect(checkpoints.contains("KF.4I6;Titel KF.4I6 æøå;2;1;0;0;66,7;"))
        #expect(checkpoints.contains("Q.ROED.TRAAD;Titel Q.ROED.TRAAD æøå;2;0;1;0;100,0;57% ja"))
        #expect(text["sagsbehandlere.csv"]?.contains("LM;2;2;3;2;60,0") == true)
        // Counts stand alone in their cells: no `2/8` a spreadsheet reads as a date.
        let cases = try #require(text["sager.csv"])
        #expect(cases.contains("Besvaret;Kontrolpunkter"))
        #expect(!cases.contains("/"))
        let facts = try #require(text["runde.csv"])
        #expect(facts.contains("Tilsyn | efterår"))
        #expect(facts.contains("\r\nUdtrukket;"))
        // RFC 4180 quoting, and a formula-looking text is defused.
        let actions = try #require(text["opfoelgning.csv"])
        #expect(actions.contains("\"Ret planen; tjek \"\"delmål\"\" | og CV\""))
        #expect(actions.contains(";'=Book samtale"))
    }

    /// An override of the rules' suggestion, a note and a case's overall comment reach the
    /// summary and both reports.
    @Test func notesOverridesAndCommentsReachTheReport() throws {
        var round = Self.round
        var review = try #require(round.reviews["S-A"])
        review.checkpoints[1].suggested = .ja
        review.checkpoints[1].note = "CV'et mangler; borgeren; \"Ærø\""
        review.checkpoints[2].note = "Rød tråd ok"
        review.comment = "Godt arbejde, Åse"
        round.reviews["S-A"] = review
        let summary = RoundSummary(round: round, openActions: [])
        #expect(summary.remarks.count == 3)
        #expect(summary.remarks.first?.isOverride == true)
        #expect(summary.remarks.first.map { ($0.suggested, $0.answer) } ?? (nil, nil) == (.ja, .nej))
        let markdown = RoundReport.markdown(summary, round: round, language: .da)
        #expect(markdown.contains("## Noter og afvigelser"))
        #expect(markdown.contains("| S-A | LM | PL.CV | ja | nej | CV'et mangler; borgeren; \"Ærø\" |"), "\(markdown)")
        #expect(markdown.contains("| S-A | LM | samlet bemærkning |   |   | Godt arbejde, Åse |"))
        let notes = try #require(RoundReport.csvFiles(summary, round: round, language: .da).first { $0.name.hasSuffix("-noter.csv") })
        #expect(notes.text.contains("S-A;LM;PL.CV;ja;nej;\"CV'et mangler; borgeren; \"\"Ærø\"\"\"\r\n"))
        #expect(notes.text.contains("S-A;LM;Q.ROED.TRAAD;;;Rød tråd ok\r\n"))
    }

    @Test func theMarkdownTablesHaveConsistentColumns() {
        let summary = RoundSummary(round: Self.round, openActions: Self.actions)
        for language in Language.allCases {
            let markdown = RoundReport.markdown(summary, round: Self.round, language: language)
            var expected: Int?
            var tables = 0
            for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else {
                    expected = nil
                    continue
                }
                let count = Self.unescapedPipes(String(line))
                if let expected {
                    #expect(count == expected, "\(line)")
                } else {
                    expected = count
                    tables += 1
                }
            }
            #expect(tables == 6)
            #expect(markdown.contains("\\| og CV"))
            #expect(markdown.contains("Tilsyn \\| efterår"))
            #expect(!markdown.contains("\r"))
        }
        let danish = RoundReport.markdown(summary, round: Self.round, language: .da)
        #expect(danish.contains("| KF.4I6 | Titel KF.4I6 æøå | 2 | 1 | 0 | 0 | 66,7 % |"))
    }

    @Test func reportsNameNoCitizen() throws {
        let engine = RuleEngine()
        let round = try ReviewRound.start(
            id: "2026-Q4-1", title: "Demo", reviewer: "ÅVJ", createdOn: Fixtures.today, request: Fixtures.request(),
            cases: Fixtures.demo.cases, engine: engine)
        let summary = RoundSummary(round: round, cases: Fixtures.demo.cases)
        let reports = RoundReport.markdown(summary, round: round, language: .da) + RoundReport.csvFiles(summary, round: round, language: .da).map(\.text).joined()
        for item in Fixtures.demo.cases where round.caseIDs.contains(item.id) {
            #expect(!reports.contains(item.citizen.name))
            #expect(!reports.contains(item.citizen.cpr.formatted))
            #expect(reports.contains(item.id))
        }
    }

    @Test func aRoundSurvivesAJSONRoundTrip() throws {
        let engine = RuleEngine()
        var round = try ReviewRound.start(
            id: "2026-Q4-1", title: "Demo æøå", reviewer: "ÅVJ", createdOn: Fixtures.today, request: Fixtures.request(),
            cases: Fixtures.demo.cases, engine: engine)
        #expect(round.caseIDs.count == 15)
        #expect(round.reviews.count == 15)
        let first = try #require(round.caseIDs.first)
        var review = try #require(round.reviews[first])
        review.confirmAllSuggested()
        review.verdict = .tilDroeftelse
        try round.record(review)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(round)
        let decoded = try JSONDecoder().decode(ReviewRound.self, from: data)
        #expect(decoded == round)
        #expect(try encoder.encode(decoded) == data)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["reviews"] is [Any])
        #expect(object["format"] == nil, "the store writes format and version around the document")
    }

    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var previous: Character?
        for character in line {
            if character == "|", previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }
}
