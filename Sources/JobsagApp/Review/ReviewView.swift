import JobsagCore
import JobsagReview
import TerminalKit

/// A line of the round's summary: pieces of text, each with its style.
typealias SummaryLine = [(text: String, style: Style)]

extension AppState {
    func drawReview(_ buffer: inout CellBuffer, layout: Layout) {
        guard let state = reviewing, let parts = layout.reviewParts, let body = layout.review else { return }
        if state.showsSummary {
            let lines = reviewSummaryLines()
            for (offset, line) in lines.dropFirst(state.summaryTop).prefix(body.height).enumerated() {
                var x = body.x
                for piece in line { x = buffer.write(piece.text, x: x, y: body.y + offset, style: piece.style, maxX: body.maxX) }
            }
            return
        }
        drawReviewHeader(&buffer, parts.header, state)
        guard let review = state.review else { return }
        drawChecklist(&buffer, parts.list, review, scroll: state.scroll)
        buffer.write(String(repeating: "─", count: parts.rule.width), x: parts.rule.x, y: parts.rule.y, style: theme.border)
        if let checkpoint = state.checkpoint { drawCheckpoint(&buffer, parts.entry, checkpoint) }
    }

    /// The case under review and the progress of the round.
    private func drawReviewHeader(_ buffer: inout CellBuffer, _ rect: Rect, _ state: ReviewState) {
        let round = state.round
        guard let caseID = state.caseID else { return }
        var first = strings.format(.reviewCaseOf, state.caseIndex + 1, round.caseIDs.count) + " · "
        if let item = cases[caseID] {
            first += item.citizen.name + " · " + item.citizen.cpr.masked + " · " + strings[.columnCaseworker] + " " + item.caseworker
            if let group = state.review?.targetGroup { first += " · " + strings.shortLabel(group) }
        } else {
            first += caseID + " · " + strings[.reviewCaseNotLoaded]
        }
        buffer.write(first, in: rect.row(0), style: theme.heading)
        guard let review = state.review else { return }
        let verdict = review.verdict.map { $0.label.text(strings.language) } ?? "–"
        let second = strings.format(
            .reviewProgress, round.reviewedCount, round.caseIDs.count, review.answeredCount, review.checkpoints.count, verdict,
            review.actions.count)
        buffer.write(second, in: rect.row(1), style: theme.muted)
    }

    private func drawChecklist(_ buffer: inout CellBuffer, _ rect: Rect, _ review: CaseReview, scroll: ListScroll) {
        let language = strings.language
        let suggestionWidth = min(16, max(10, rect.width / 6))
        for line in 0..<rect.height {
            let position = scroll.top + line
            guard position < review.checkpoints.count else { break }
            let checkpoint = review.checkpoints[position]
            let y = rect.y + line
            let base: Style = position == scroll.selected ? theme.selected : .plain
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
            var x = rect.x + 1
            let answer = checkpoint.answer.map(shortAnswer) ?? "·"
            buffer.write(answer, in: Rect(x: x, y: y, width: 4, height: 1), style: merge(answerStyle(checkpoint.answer), into: base))
            x += 5
            let marker = checkpoint.isOverride ? "≠" : checkpoint.note.isEmpty ? " " : "✎"
            buffer.write(marker, x: x, y: y, style: merge(checkpoint.isOverride ? theme.yellow : .plain, into: base))
            x += 2
            buffer.write(checkpoint.id, in: Rect(x: x, y: y, width: 19, height: 1), style: base)
            x += 20
            let titleWidth = max(0, rect.maxX - x - suggestionWidth - 1)
            buffer.write(checkpoint.title.text(language), in: Rect(x: x, y: y, width: titleWidth, height: 1), style: base)
            let suggestion = checkpoint.suggested.map { strings[.reviewSuggested] + " " + shortAnswer($0) } ?? strings[.reviewManual]
            buffer.write(suggestion, in: Rect(x: rect.maxX - suggestionWidth, y: y, width: suggestionWidth, height: 1),
                         style: merge(checkpoint.suggested.map(answerStyle) ?? theme.muted, into: base), alignRight: true)
        }
    }

    /// The selected checkpoint: its question, the suggestion and national figure, the
    /// evidence the rules found, and the reviewer's note.
    private func drawCheckpoint(_ buffer: inout CellBuffer, _ rect: Rect, _ checkpoint: Checkpoint) {
        let language = strings.language
        var lines: [(String, Style)] = TextWrap.lines(checkpoint.id + " · " + checkpoint.title.text(language), width: rect.width)
            .map { ($0, theme.heading) }
        var facts: [String] = []
        if let suggested = checkpoint.suggested { facts.append(strings[.reviewSuggestedLong] + " " + suggested.label.text(language)) }
        if let figure = checkpoint.nationalFigure { facts.append(strings[.reviewNational] + " " + figure.text(language)) }
        if !facts.isEmpty { lines.append((facts.joined(separator: " · "), .plain)) }
        for evidence in checkpoint.evidence {
            lines += TextWrap.lines("• " + evidence.text(language), width: rect.width).map { ($0, theme.muted) }
        }
        if !checkpoint.note.isEmpty {
            lines += TextWrap.lines(strings[.reviewNoteLabel] + " " + checkpoint.note, width: rect.width).map { ($0, .plain) }
        }
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            buffer.write(line.0, x: rect.x, y: rect.y + offset, style: line.1, maxX: rect.maxX)
        }
    }

    private func shortAnswer(_ answer: CheckpointAnswer) -> String {
        strings.entry("reviewAnswer." + answer.rawValue)
    }

    private func answerStyle(_ answer: CheckpointAnswer?) -> Style {
        switch answer {
        case .ja?: return theme.green
        case .nej?: return theme.red
        case .ikkeRelevant?, nil: return theme.muted
        }
    }

    // MARK: Summary

    /// The round's summary: per checkpoint and per caseworker the share of "ja" beside the
    /// national figure, the matrix of caseworkers by rule family, the reviewers' notes and
    /// overrides, and the open follow-ups.
    func reviewSummaryLines() -> [SummaryLine] {
        guard let round = reviewing?.round else { return [] }
        // Drawn every frame: the sampled cases looked up, not every case copied.
        let summary = RoundSummary(round: round, cases: round.caseIDs.compactMap { cases[$0] })
        let language = strings.language
        let width = max(40, size.width)
        var lines: [SummaryLine] = []
        func heading(_ text: String) { lines.append([]); lines.append([(text.uppercased(), theme.columnHeader)]) }

        lines.append([(round.id + " · " + round.title, theme.heading)])
        let verdicts = Verdict.allCases.map { $0.label.text(language) + " " + String(summary.verdicts[$0] ?? 0) }.joined(separator: " · ")
        lines.append([(strings.format(.reviewSummaryProgress, summary.reviewedCount, summary.caseCount) + " · " + verdicts, .plain)])
        lines.append([(strings.format(
            .reviewSummaryRequest, round.request.from.danish, round.request.to.danish, round.request.seed, round.request.size), theme.muted)])

        heading(strings[.reviewSummaryCheckpoints])
        let numbers = [(strings[.reviewColumnYes], 4), (strings[.reviewColumnNo], 4), (strings[.reviewColumnNotRelevant], 5),
                       (strings[.reviewColumnOpen], 6), (strings[.reviewColumnShare], 9)]
        // The question's title only where there is room for it beside the figures.
        let figureWidth = min(28, width / 4)
        let titleWidth = width - 20 - numbers.reduce(0) { $0 + $1.1 + 1 } - figureWidth - 2
        let titles = titleWidth >= 24 ? [("", titleWidth, false)] : []
        lines.append([(Self.cells([("", 20, false)] + titles + numbers.map { ($0.0, $0.1, true) }
                                  + [(strings[.reviewColumnNational], figureWidth, false)]), theme.columnHeader)])
        for row in summary.checkpointRows {
            let title = titles.isEmpty ? [] : [(row.title.text(language), titleWidth, false)]
            let text = Self.cells([(row.id, 20, false)] + title + [
                (String(row.ja), 4, true), (String(row.nej), 4, true), (String(row.ikkeRelevant), 5, true), (String(row.unanswered), 6, true),
                (Self.percent(row.shareJa), 9, true), (row.nationalFigure?.text(language) ?? "", figureWidth, false),
            ])
            lines.append([(text, .plain)])
        }

        heading(strings[.reviewSummaryCaseworkers])
        lines.append([(Self.cells([("", 6, false), (strings[.reviewColumnCases], 6, true), (strings[.reviewColumnReviewed], 11, true),
                                   (strings[.reviewColumnYes], 5, true), (strings[.reviewColumnNo], 5, true),
                                   (strings[.reviewColumnShare], 9, true)]), theme.columnHeader)])
        for row in summary.caseworkerRows {
            lines.append([(Self.cells([(row.initials, 6, false), (String(row.cases), 6, true), (String(row.reviewedCases), 11, true),
                                       (String(row.ja), 5, true), (String(row.nej), 5, true), (Self.percent(row.shareJa), 9, true)]), .plain)])
        }

        heading(strings[.reviewSummaryMatrix])
        lines.append([(Self.cells([("", 6, false)] + RuleFamily.columns.map { ($0.rawValue, 5, true) }), theme.columnHeader)])
        for row in summary.matrix {
            var line: SummaryLine = [(Self.cells([(row.caseworker, 6, false)]), .plain)]
            for family in RuleFamily.columns {
                let cell = row.cell(family)
                line.append((" " + Self.cells([(Self.percent(cell?.shareJa), 4, true)]), ragStyle(cell?.rating)))
            }
            lines.append(line)
        }
        lines.append([(strings[.reviewMatrixLegend], theme.muted)])

        heading(strings.format(.reviewSummaryRemarks, summary.remarks.count))
        for remark in summary.remarks {
            var parts = [remark.caseID, remark.caseworker, remark.checkpointID ?? strings[.reviewOverallComment]]
            if let suggested = remark.suggested, let answer = remark.answer {
                parts.append(suggested.label.text(language) + " → " + answer.label.text(language))
            }
            lines.append([(parts.joined(separator: "  ") + "  " + remark.note, remark.isOverride ? theme.yellow : .plain)])
        }

        heading(strings.format(.reviewSummaryActions, summary.openActions.count))
        for action in summary.openActions {
            let style = action.due < context.asOf ? theme.red : .plain
            lines.append([(action.due.danishShort + "  " + action.caseID + "  " + action.caseworker + "  " + action.text, style)])
        }
        return lines
    }

    private func ragStyle(_ rating: RAGRating?) -> Style {
        switch rating {
        case .green?: return theme.green
        case .yellow?: return theme.yellow
        case .red?: return theme.red
        case nil: return theme.muted
        }
    }

    /// Cells laid out in fixed widths, one space apart (truncated, or aligned right).
    static func cells(_ cells: [(text: String, width: Int, alignRight: Bool)]) -> String {
        cells.map { cell in
            let text = DisplayWidth.truncate(cell.text, to: cell.width)
            let padding = String(repeating: " ", count: max(0, cell.width - DisplayWidth.of(text)))
            return cell.alignRight ? padding + text : text + padding
        }.joined(separator: " ")
    }

    /// A share as a whole percentage ("67 %"), or "–".
    static func percent(_ share: Double?) -> String {
        share.map { String(Int(($0 * 100).rounded())) + " %" } ?? "–"
    }
}
