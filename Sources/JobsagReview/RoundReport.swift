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
        text += "\n## " + t("Åbne opfølgningspunkter", "Open follow-up actions", l) + "\n\n"
        text += s.openActions.isEmpty ? t("Ingen.", "None.", l) + "\n" : actionTable(s, l).markdown
        return text
    }

    // MARK: CSV

    /// UTF-8 with BOM (the caller writes the text as UTF-8), `;` between cells, CRLF line
    /// ends, RFC 4180 quoting, decimal comma (Danish) in the percentage columns. One section
    /// per table: a line with the section's name, its header and rows, then an empty line.
    public static func csv(_ s: RoundSummary, round: ReviewRound, language: Language) -> String {
        let l = language
        var text = "\u{FEFF}"
        var factsTable = ReportTable(header: [t("Felt", "Field", l), t("Værdi", "Value", l)])
        for (label, value) in facts(s, round: round, language: l) { factsTable.add([label, value]) }
        let sections: [(String, ReportTable)] = [
            (t("Stikprøve", "Spot-check", l), factsTable),
            (t("Sager", "Cases", l), casesTable(round, l)),
            (t("Kontrolpunkter", "Checkpoints", l), checkpointTable(s, l, forCSV: true)),
            (t("Sagsbehandlere", "Caseworkers", l), caseworkerTable(s, l, forCSV: true)),
            (t("Sagsbehandler × regelfamilie (andel ja %)", "Caseworker × rule family (share yes %)", l), matrixTable(s, l, forCSV: true)),
            (t("Samlet vurdering", "Verdicts", l), verdictTable(s, l)),
            (t("Åbne opfølgningspunkter", "Open follow-up actions", l), actionTable(s, l)),
        ]
        for (index, (name, table)) in sections.enumerated() {
            if index > 0 { text += "\r\n" }
            text += ReportTable.csvLine([name]) + table.csv
        }
        return text
    }

    // MARK: Parts

    private static func t(_ da: String, _ en: String, _ language: Language) -> String {
        language == .da ? da : en
    }

    private static func facts(_ s: RoundSummary, round: ReviewRound, language l: Language) -> [(String, String)] {
        let request = round.request
        var strata: [String] = []
        if request.byTargetGroup { strata.append(t("målgruppe", "target group", l)) }
        if request.byCaseworker { strata.append(t("sagsbehandler", "caseworker", l)) }
        return [
            (t("Runde", "Round", l), round.id),
            (t("Tilsynsførende", "Reviewer", l), round.reviewer),
            (t("Oprettet", "Created", l), ReportFormat.date(round.createdOn)),
            (t("Periode", "Period", l), ReportFormat.date(request.from) + " – " + ReportFormat.date(request.to)),
            (t("Stikprøvestørrelse", "Sample size", l), String(request.size) + " (" + t("udtrukket", "drawn", l) + ": " + String(round.caseIDs.count) + ")"),
            (t("Seed", "Seed", l), String(request.seed)),
            (t("Lagdelt efter", "Stratified by", l), strata.isEmpty ? t("ingen", "none", l) : strata.joined(separator: " × ")),
            (t("Fremdrift", "Progress", l), String(s.reviewedCount) + " " + t("gennemgået", "reviewed", l) + ", "
                + String(s.caseCount - s.reviewedCount) + " " + t("tilbage", "left", l)),
        ]
    }

    private static func casesTable(_ round: ReviewRound, _ l: Language) -> ReportTable {
        var table = ReportTable(header: [
            t("Sag", "Case", l), t("Sagsbehandler", "Caseworker", l), t("Målgruppe", "Target group", l),
            t("Besvaret", "Answered", l), t("Vurdering", "Verdict", l), t("Opfølgningspunkter", "Follow-up actions", l),
        ])
        for caseID in round.caseIDs {
            guard let review = round.reviews[caseID] else {
                table.add([caseID, "", "", "", "", ""])
                continue
            }
            table.add([
                caseID, review.caseworker, review.targetGroup?.rawValue ?? "",
                String(review.answeredCount) + "/" + String(review.checkpoints.count),
                review.verdict?.label.text(l) ?? "", String(review.actions.count),
            ])
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
