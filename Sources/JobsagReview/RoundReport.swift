// The report of a round as Markdown (any viewer) and CSV (Danish Excel, LibreOffice).
import JobsagCore

/// Writes a round's summary for sharing. Names cases by id only: never a CPR number or a
/// citizen's name.
public enum RoundReport {
    // MARK: Markdown

    /// GitHub-flavoured Markdown: a heading, the round's facts, and one table per part.
    public static func markdown(_ s: RoundSummary, round: ReviewRound, language: Language) -> String {
        let l = language
        var text = "# " + t("Stikprøve", "Spot-check", l) + ": " + ReportTable.markdownCell(round.title.isEmpty ? round.id : round.title) + "\n\n"
        for (label, value) in facts(s, round: round, language: l) {
            text += "- **" + label + ":** " + ReportTable.markdownCell(value) + "\n"
        }
        text += "\n## " + t("Sager", "Cases", l) + "\n\n" + casesTable(round, l).markdown
        text += "\n## " + t("Kontrolpunkter", "Checkpoints", l) + "\n\n" + checkpointTable(s, l).markdown
        text += "\n## " + t("Sagsbehandlere", "Caseworkers", l) + "\n\n" + caseworkerTable(s, l).markdown
        text += "\n## " + t("Sagsbehandler × regelfamilie", "Caseworker × rule family", l) + "\n\n" + matrixTable(s, l).markdown
        text += "\n" + t(
            "Grøn: mindst 90 % ja; gul: mindst 60 %; rød: under 60 %; – : ingen svar.",
            "Green: at least 90% yes; yellow: at least 60%; red: below 60%; –: no answers.", l) + "\n"
        text += "\n## " + t("Samlet vurdering", "Verdicts", l) + "\n\n" + verdictTable(s, l).markdown
        text += "\n## " + t("Noter og afvigelser", "Notes and overrides", l) + "\n\n"
        text += s.remarks.isEmpty ? t("Ingen.", "None.", l) + "\n" : remarkTable(s, l).markdown
        text += "\n## " + t("Åbne opfølgningspunkter", "Open follow-up actions", l) + "\n\n"
        text += s.openActions.isEmpty ? t("Ingen.", "None.", l) + "\n" : actionTable(s, l).markdown
        return text
    }

    // MARK: CSV

    /// One CSV file of the report: its name (`2026-Q4-1-sager.csv`) and its text.
    public struct CSVFile: Hashable, Sendable {
        public var name: String
        public var text: String
    }

    /// One file per table, so that a spreadsheet or `pandas.read_csv(f, sep=";", decimal=",")`
    /// reads each as it is: UTF-8 with BOM (the caller writes the text as UTF-8), `;` between
    /// cells, CRLF line ends, RFC 4180 quoting. A count or a share is a number alone in its
    /// cell (a share in percent with a decimal comma in Danish), never `11/30` or `57 %`,
    /// which a spreadsheet reads as a date or a text; dates are `dd.mm.yyyy`. File names are
    /// the round's id and the table's Danish name in ASCII, the same in either language.
    public static func csvFiles(_ s: RoundSummary, round: ReviewRound, language: Language) -> [CSVFile] {
        let l = language
        var factsTable = ReportTable(header: [t("Felt", "Field", l), t("Værdi", "Value", l)])
        for (label, value) in csvFacts(s, round: round, language: l) { factsTable.add([label, value]) }
        let tables: [(String, ReportTable)] = [
            ("runde", factsTable),
            ("sager", casesTable(round, l, forCSV: true)),
            ("kontrolpunkter", checkpointTable(s, l, forCSV: true)),
            ("sagsbehandlere", caseworkerTable(s, l, forCSV: true)),
            ("regelfamilier", matrixTable(s, l, forCSV: true)),
            ("vurderinger", verdictTable(s, l)),
            ("noter", remarkTable(s, l)),
            ("opfoelgning", actionTable(s, l)),
        ]
        return tables.map { name, table in CSVFile(name: "\(round.id)-\(name).csv", text: table.csv) }
    }

    // MARK: Parts

    private static func t(_ da: String, _ en: String, _ language: Language) -> String {
        language == .da ? da : en
    }

    /// The round's facts as the Markdown lists them.
    private static func facts(_ s: RoundSummary, round: ReviewRound, language l: Language) -> [(String, String)] {
        let request = round.request
        return [
            (t("Runde", "Round", l), round.id),
            (t("Tilsynsførende", "Reviewer", l), round.reviewer),
            (t("Oprettet", "Created", l), ReportFormat.date(round.createdOn)),
            (t("Periode", "Period", l), ReportFormat.date(request.from) + " – " + ReportFormat.date(request.to)),
            (t("Stikprøvestørrelse", "Sample size", l), String(request.size) + " (" + t("udtrukket", "drawn", l) + ": " + String(round.caseIDs.count) + ")"),
            (t("Seed", "Seed", l), String(request.seed)),
            (t("Lagdelt efter", "Stratified by", l), strata(request, l)),
            (t("Fremdrift", "Progress", l), String(s.reviewedCount) + " " + t("gennemgået", "reviewed", l) + ", "
                + String(s.caseCount - s.reviewedCount) + " " + t("tilbage", "left", l)),
        ]
    }

    /// The round's facts for the CSV: each number in a cell of its own. Not the seed: its 19
    /// digits are more than a spreadsheet's number keeps.
    private static func csvFacts(_ s: RoundSummary, round: ReviewRound, language l: Language) -> [(String, String)] {
        let request = round.request
        return [
            (t("Runde", "Round", l), round.id),
            (t("Titel", "Title", l), round.title),
            (t("Tilsynsførende", "Reviewer", l), round.reviewer),
            (t("Oprettet", "Created", l), ReportFormat.date(round.createdOn)),
            (t("Periode fra", "Period from", l), ReportFormat.date(request.from)),
            (t("Periode til", "Period to", l), ReportFormat.date(request.to)),
            (t("Stikprøvestørrelse", "Sample size", l), String(request.size)),
            (t("Udtrukket", "Drawn", l), String(round.caseIDs.count)),
            (t("Lagdelt efter", "Stratified by", l), strata(request, l)),
            (t("Gennemgået", "Reviewed", l), String(s.reviewedCount)),
            (t("Tilbage", "Left", l), String(s.caseCount - s.reviewedCount)),
        ]
    }

    private static func strata(_ request: SampleRequest, _ l: Language) -> String {
        var strata: [String] = []
        if request.byTargetGroup { strata.append(t("målgruppe", "target group", l)) }
        if request.byCaseworker { strata.append(t("sagsbehandler", "caseworker", l)) }
        return strata.isEmpty ? t("ingen", "none", l) : strata.joined(separator: " × ")
    }

    /// The round's cases; for CSV the answered and the asked checkpoints in columns of their own.
    private static func casesTable(_ round: ReviewRound, _ l: Language, forCSV: Bool = false) -> ReportTable {
        let answered = forCSV ? [t("Besvaret", "Answered", l), t("Kontrolpunkter", "Checkpoints", l)] : [t("Besvaret", "Answered", l)]
        var table = ReportTable(header: [t("Sag", "Case", l), t("Sagsbehandler", "Caseworker", l), t("Målgruppe", "Target group", l)]
            + answered + [t("Vurdering", "Verdict", l), t("Opfølgningspunkter", "Follow-up actions", l)])
        for caseID in round.caseIDs {
            guard let review = round.reviews[caseID] else {
                table.add([caseID])
                continue
            }
            let counts = forCSV
                ? [String(review.answeredCount), String(review.checkpoints.count)]
                : [String(review.answeredCount) + "/" + String(review.checkpoints.count)]
            table.add([caseID, review.caseworker, review.targetGroup?.rawValue ?? ""] + counts
                + [review.verdict?.label.text(l) ?? "", String(review.actions.count)])
        }
        return table
    }

    private static func checkpointTable(_ s: RoundSummary, _ l: Language, forCSV: Bool = false) -> ReportTable {
        var table = ReportTable(header: [
            t("Kontrolpunkt", "Checkpoint", l), t("Titel", "Title", l), t("Ja", "Yes", l), t("Nej", "No", l),
            t("Ikke relevant", "Not relevant", l), t("Ubesvaret", "Unanswered", l),
            forCSV ? t("Andel ja (%)", "Share yes (%)", l) : t("Andel ja", "Share yes", l),
            t("Landstal", "National figure", l),
        ])
        for row in s.checkpointRows {
            table.add([
                row.id, row.title.text(l), String(row.ja), String(row.nej), String(row.ikkeRelevant), String(row.unanswered),
                forCSV ? ReportFormat.decimal(row.shareJa, l) : ReportFormat.percent(row.shareJa, l),
                row.nationalFigure?.text(l) ?? "",
            ])
        }
        return table
    }

    private static func caseworkerTable(_ s: RoundSummary, _ l: Language, forCSV: Bool = false) -> ReportTable {
        var table = ReportTable(header: [
            t("Sagsbehandler", "Caseworker", l), t("Sager", "Cases", l), t("Gennemgået", "Reviewed", l),
            t("Ja", "Yes", l), t("Nej", "No", l), forCSV ? t("Andel ja (%)", "Share yes (%)", l) : t("Andel ja", "Share yes", l),
        ])
        for row in s.caseworkerRows {
            table.add([
                row.initials, String(row.cases), String(row.reviewedCases), String(row.ja), String(row.nej),
                forCSV ? ReportFormat.decimal(row.shareJa, l) : ReportFormat.percent(row.shareJa, l),
            ])
        }
        return table
    }

    private static func matrixTable(_ s: RoundSummary, _ l: Language, forCSV: Bool = false) -> ReportTable {
        var table = ReportTable(header: [t("Sagsbehandler", "Caseworker", l)] + RuleFamily.columns.map(\.rawValue))
        for row in s.matrix {
            let cells = RuleFamily.columns.map { family -> String in
                guard let cell = row.cell(family), let rating = cell.rating else { return forCSV ? "" : "–" }
                return forCSV ? ReportFormat.decimal(cell.shareJa, l) : rating.label.text(l) + " " + ReportFormat.percent(cell.shareJa, l)
            }
            table.add([row.caseworker] + cells)
        }
        return table
    }

    private static func verdictTable(_ s: RoundSummary, _ l: Language) -> ReportTable {
        var table = ReportTable(header: [t("Vurdering", "Verdict", l), t("Sager", "Cases", l)])
        for verdict in Verdict.allCases {
            table.add([verdict.label.text(l), String(s.verdicts[verdict] ?? 0)])
        }
        table.add([t("ikke vurderet", "no verdict", l), String(s.caseCount - s.verdicts.values.reduce(0, +))])
        return table
    }

    /// The notes, the overrides of the rules' suggestions (suggestion and answer) and the
    /// overall comments (no checkpoint).
    private static func remarkTable(_ s: RoundSummary, _ l: Language) -> ReportTable {
        var table = ReportTable(header: [
            t("Sag", "Case", l), t("Sagsbehandler", "Caseworker", l), t("Kontrolpunkt", "Checkpoint", l),
            t("Forslag", "Suggested", l), t("Svar", "Answer", l), t("Note", "Note", l),
        ])
        for remark in s.remarks {
            table.add([
                remark.caseID, remark.caseworker, remark.checkpointID ?? t("samlet bemærkning", "overall comment", l),
                remark.suggested?.label.text(l) ?? "", remark.answer?.label.text(l) ?? "", remark.note,
            ])
        }
        return table
    }

    private static func actionTable(_ s: RoundSummary, _ l: Language) -> ReportTable {
        var table = ReportTable(header: [
            t("Sag", "Case", l), t("Sagsbehandler", "Caseworker", l), t("Frist", "Due", l), t("Opfølgning", "Action", l),
        ])
        for action in s.openActions {
            table.add([action.caseID, action.caseworker, ReportFormat.date(action.due), action.text])
        }
        return table
    }
}
